// In the dev server: a small badge in the corner with what `check` would say (timing, errors, warnings, hints),
// refreshed on every save; the slides' overflow is measured here in the page and sent to the terminal, so both list
// the same findings. Click it for the list; Esc closes the list (and the error overlay) before reveal.js sees the key.
import type { DeckCheck, Finding } from '../check/findings.ts';
import { isBroken } from '../check/findings.ts';
import { byPosition } from '../outline/position.ts';
import { CHECK_EVENT, CHECK_REQUEST, LAYOUT_EVENT, SLIDES_EVENT, VERSION_META } from '../check/events.ts';
import type { LayoutReport, SlidesUpdate } from '../check/events.ts';
import { layoutFindings } from '../check/layout.ts';
import type { SlideRef } from '../check/layout.ts';
import { formatMinutes } from '../deck/timing.ts';
import { sayInPage } from '../messages/page.ts';
import { measureSlides } from './layout-check.ts';
import { element, errorOverlay, withCode } from './error-overlay.ts';

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
  /** Which save the slides in the page come from, and what was measured on which slides. */
  let slidesVersion = Number(document.querySelector<HTMLMetaElement>(`meta[name="${VERSION_META}"]`)?.content ?? 0);
  let layout: LayoutReport = { version: -1, findings: [] };
  let open = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const style = document.createElement('style');
  style.textContent = STYLE;
  const badge = document.createElement('div');
  badge.id = 'sd-check';
  const button = element('button', '');
  document.head.append(style);
  document.body.append(badge);
  const overlay = errorOverlay();
  badge.addEventListener('click', (event) => {
    if (!(event.target instanceof HTMLElement) || !event.target.closest('button')) return;
    open = !open;
    render();
  });
  // Capture, on the window: reveal.js listens on the document, so a key handled here never reaches it.
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || !(overlay.open || open)) return;
      if (overlay.open) overlay.dismiss();
      else {
        open = false;
        render();
      }
      event.preventDefault();
      event.stopImmediatePropagation();
    },
    true,
  );

  /** What the badge lists: the latest save's findings, and what was measured on its slides (never older ones). */
  const findings = (): Finding[] => {
    if (!check) return [];
    const measured = !isBroken(check) && layout.version === check.version ? layout.findings : [];
    return [...check.findings, ...measured].sort(byPosition);
  };

  const render = () => {
    // Nothing to say until the server has said what it found.
    if (!check) return;
    const { lang } = check;
    const shown = findings();
    const count = (severity: Finding['severity']) => shown.filter((finding) => finding.severity === severity).length;
    const [errors, warnings, hints] = [count('error'), count('warning'), count('hint')];
    badge.dataset.level = errors ? 'error' : warnings ? 'warning' : 'ok';
    const timing =
      check.seconds === undefined
        ? ''
        : sayInPage(lang, 'badgeTiming', formatMinutes(check.seconds), check.duration ?? 0);
    const label = [timing, sayInPage(lang, 'badgeCounts', errors, warnings, hints)].filter(Boolean).join(' · ');
    // The button stays the same node across renders (only its words change): a click or focus on it is never lost to
    // a render that a save or a measurement started in between.
    button.textContent = label;
    button.title = sayInPage(lang, 'badgeTitle');
    badge.replaceChildren(button);
    if (!open || shown.length === 0) return;
    const list = element('ol');
    for (const finding of shown) {
      const item = element('li', '', { 'data-severity': finding.severity });
      const place = finding.line === undefined ? '' : `${finding.line}:${finding.column ?? 1}  `;
      item.append(
        element('b', `${sayInPage(lang, 'severity', finding.severity)} `),
        place,
        ...withCode('span', finding.message).childNodes,
      );
      if (finding.hint) item.append(withCode('small', finding.hint));
      list.append(item);
    }
    badge.append(list);
  };

  const measure = () => {
    clearTimeout(timer);
    timer = setTimeout(
      () =>
        whenReady(() => {
          const version = slidesVersion;
          void measureSlides().then((measures) => {
            // New slides arrived while measuring: their own measurement is on its way.
            if (version !== slidesVersion) return;
            layout = {
              version,
              findings: layoutFindings(check?.file ?? '', slideRefs(), measures, check?.lang ?? 'zh'),
            };
            hot.send(LAYOUT_EVENT, layout);
            render();
          });
        }),
      MEASURE_DELAY_MS,
    );
  };

  hot.on(CHECK_EVENT, (next: DeckCheck) => {
    const saved = next.version !== check?.version;
    check = next;
    if (saved) overlay.show(next);
    render();
    if (next.version === slidesVersion && layout.version !== slidesVersion) measure();
  });
  // New slides are in the page once live-reload has swapped them in; measure them then.
  hot.on(SLIDES_EVENT, (update: SlidesUpdate) => {
    slidesVersion = update.version;
    measure();
  });
  hot.send(CHECK_REQUEST);
}

/** The slides as the page shows them: number, title and source line, for layout findings. */
function slideRefs(): SlideRef[] {
  return [...document.querySelectorAll<HTMLElement>('.reveal .slides section.sd-slide')].map((section, index) => ({
    number: index + 1,
    title: section.dataset.title ?? '',
    line: Number(section.dataset.line) || 1,
  }));
}

/** Runs `then` once the deck is laid out and its fonts are in (see ready.ts). */
function whenReady(then: () => void): void {
  if (document.documentElement.dataset.speechdeckReady) return then();
  const watcher = new MutationObserver(() => {
    if (!document.documentElement.dataset.speechdeckReady) return;
    watcher.disconnect();
    then();
  });
  watcher.observe(document.documentElement, { attributes: true, attributeFilter: ['data-speechdeck-ready'] });
}
