// In the dev server: a small badge in the corner with what `check` would say (timing, errors, warnings, hints),
// refreshed on every save; the slides' overflow is measured here in the page. Click it for the list.
import type { DeckCheck, Finding } from '../check/findings.ts';
import { byPosition } from '../outline/position.ts';
import { CHECK_EVENT, CHECK_REQUEST, SLIDES_EVENT } from '../check/events.ts';
import { layoutFindings } from '../check/layout.ts';
import type { SlideRef } from '../check/layout.ts';
import { formatMinutes } from '../deck/timing.ts';
import { measureSlides } from './layout-check.ts';

/** Saves come in bursts; the page measures once they have settled. */
const MEASURE_DELAY_MS = 300;

const STYLE = `
#sd-check { position: fixed; top: 12px; right: 12px; z-index: 1000; max-width: min(720px, 90vw);
  font: 14px/1.45 'Noto Sans SC', system-ui, sans-serif; color: #222; text-align: left; }
#sd-check button { all: unset; cursor: pointer; float: right; padding: 4px 12px; border-radius: 14px;
  background: rgba(255, 255, 255, 0.92); box-shadow: 0 1px 4px rgba(0, 0, 0, 0.25); white-space: nowrap; }
#sd-check button::before { content: '●'; margin-right: 6px; color: var(--sd-check-colour, #2e7d32); }
#sd-check[data-level='error'] { --sd-check-colour: #c62828; }
#sd-check[data-level='warning'] { --sd-check-colour: #ef8f00; }
#sd-check ol { clear: both; list-style: none; margin: 0; padding: 8px 12px; position: relative; top: 6px;
  max-height: 60vh; overflow: auto; background: rgba(255, 255, 255, 0.97); border-radius: 8px;
  box-shadow: 0 1px 6px rgba(0, 0, 0, 0.3); }
#sd-check li { margin: 4px 0; }
#sd-check li[data-severity='error'] b { color: #c62828; }
#sd-check li[data-severity='warning'] b { color: #ef8f00; }
#sd-check li[data-severity='hint'] b { color: #1565c0; }
#sd-check small { display: block; color: #666; }
@media print { #sd-check { display: none !important; } }
`;

export function showCheckBadge(): void {
  // Only in the dev server, only in the audience view: not in print view or the speaker view's previews.
  const hot = import.meta.hot;
  if (!hot || /print-pdf|receiver/i.test(window.location.search)) return;

  let check: DeckCheck | undefined;
  let layout: Finding[] = [];
  let open = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const style = document.createElement('style');
  style.textContent = STYLE;
  const badge = document.createElement('div');
  badge.id = 'sd-check';
  document.head.append(style);
  document.body.append(badge);
  badge.addEventListener('click', (event) => {
    if (!(event.target instanceof HTMLElement) || !event.target.closest('button')) return;
    open = !open;
    render();
  });

  const render = () => {
    const findings = [...(check?.findings ?? []), ...layout].sort(byPosition);
    const count = (severity: Finding['severity']) => findings.filter((finding) => finding.severity === severity).length;
    const [errors, warnings, hints] = [count('error'), count('warning'), count('hint')];
    badge.dataset.level = errors ? 'error' : warnings ? 'warning' : 'ok';
    const timing = check?.seconds === undefined ? '' : `${formatMinutes(check.seconds)}${check.duration ? ` of ${check.duration} min` : ''}`;
    const counts = [plural(errors, 'error'), plural(warnings, 'warning'), plural(hints, 'hint')].filter(Boolean);
    const label = [timing, ...(counts.length ? counts : ['no problems'])].filter(Boolean).join(' · ');
    badge.replaceChildren(element('button', label, { title: 'speechdeck check: click for the list' }));
    if (!open || findings.length === 0) return;
    const list = element('ol');
    for (const finding of findings) {
      const item = element('li', '', { 'data-severity': finding.severity });
      item.append(element('b', `${finding.severity} `), `${finding.line}:${finding.column}  ${finding.message}`);
      if (finding.hint) item.append(element('small', finding.hint));
      list.append(item);
    }
    badge.append(list);
  };

  const measure = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      void measureSlides().then((measures) => {
        layout = layoutFindings(check?.file ?? '', slideRefs(), measures);
        render();
      });
    }, MEASURE_DELAY_MS);
  };

  hot.on(CHECK_EVENT, (next: DeckCheck) => {
    check = next;
    render();
    measure();
  });
  // New slides are in the page once live-reload has swapped them in; measure them then.
  hot.on(SLIDES_EVENT, measure);
  hot.send(CHECK_REQUEST);
  render();
  whenReady(measure);
}

/** The slides as the page shows them: number, title and source line, for layout findings. */
function slideRefs(): SlideRef[] {
  return [...document.querySelectorAll<HTMLElement>('.reveal .slides section.sd-slide')].map((section, index) => ({
    number: index + 1,
    title: section.dataset.title ?? '',
    line: Number(section.dataset.line) || 1,
  }));
}

function whenReady(then: () => void): void {
  if (document.documentElement.dataset.speechdeckReady) return then();
  const watcher = new MutationObserver(() => {
    if (!document.documentElement.dataset.speechdeckReady) return;
    watcher.disconnect();
    then();
  });
  watcher.observe(document.documentElement, { attributes: true, attributeFilter: ['data-speechdeck-ready'] });
}

function element(tag: string, text = '', attributes: Record<string, string> = {}): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function plural(n: number, word: string): string {
  return n === 0 ? '' : `${n} ${word}${n === 1 ? '' : 's'}`;
}
