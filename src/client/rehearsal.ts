// Rehearsal mode: `R` starts and ends the clock, `Z` pauses it (reveal.js leaves both keys free; `P` is its previous
// slide), in the deck and in the speaker view. At the end, planned against real time per slide and in total; when
// `rehearse` or `present` serves the deck, the times are saved beside the outline and the measured pace comes back.
import type { RevealApi } from 'reveal.js';
import { formatMinutes } from '../deck/timing.ts';
import type { Language } from '../messages/language.mjs';
import { sayInPage } from '../messages/page.ts';
import { REHEARSAL_PATH } from './lectern-protocol.ts';
import { RehearsalClock } from './rehearsal-clock.ts';
import { whenSpeakerViewOpens } from './speaker-view.ts';

const REHEARSAL_KEY = 'R';
const PAUSE_KEY = 'Z';

/** The page's words: English when the address says `lang=en` (the command ran in English), else Chinese. */
export function pageLanguage(): Language {
  return new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'zh';
}

const STYLE = `
.sd-rehearsal-panel { position: fixed; top: 8px; left: 50%; transform: translateX(-50%); z-index: 40;
  font: 600 18px/1.4 'Noto Sans SC', sans-serif; background: rgba(20,20,20,.85); color: #fff;
  padding: 6px 16px; border-radius: 6px; pointer-events: none; }
.sd-rehearsal-panel[hidden] { display: none; }
.sd-rehearsal-panel.sd-paused { background: #b26a00; }
.sd-rehearsal-result { position: fixed; top: 0; right: 0; bottom: 0; left: 0; z-index: 50; background: rgba(0,0,0,.55); display: flex;
  align-items: center; justify-content: center; font: 18px/1.5 'Noto Sans SC', sans-serif; }
.sd-rehearsal-result > div { background: #fff; color: #222; max-height: 90vh; overflow: auto; padding: 20px 28px;
  border-radius: 8px; min-width: 50vw; }
.sd-rehearsal-result h2 { font-size: 24px; margin: 0 0 12px; }
.sd-rehearsal-result table { border-collapse: collapse; width: 100%; }
.sd-rehearsal-result th, .sd-rehearsal-result td { padding: 3px 10px; border-bottom: 1px solid #ddd; text-align: left; }
.sd-rehearsal-result td.sd-time { text-align: right; font-variant-numeric: tabular-nums; }
.sd-rehearsal-result tr.sd-over td.sd-diff { color: #b00; font-weight: 700; }
.sd-rehearsal-result tr.sd-total td { font-weight: 700; border-top: 2px solid #222; }
.sd-rehearsal-result button { margin-top: 14px; font: inherit; padding: 4px 16px; }
`;

interface SlideRow {
  number: number;
  title: string;
  planned: number;
  real: number;
}

/** What the deck shows of a rehearsal in one window: the running clock, then the table. */
class RehearsalView {
  readonly panel: HTMLElement;
  constructor(readonly doc: Document) {
    const style = doc.createElement('style');
    style.textContent = STYLE;
    doc.head.appendChild(style);
    this.panel = doc.createElement('div');
    this.panel.className = 'sd-rehearsal-panel';
    this.panel.hidden = true;
    doc.body.appendChild(this.panel);
  }

  show(text: string | undefined, paused: boolean): void {
    this.panel.hidden = text === undefined;
    this.panel.textContent = text ?? '';
    this.panel.classList.toggle('sd-paused', paused);
  }

  result(lang: Language, rows: SlideRow[], saying: Promise<string>): void {
    const doc = this.doc;
    doc.querySelector('.sd-rehearsal-result')?.remove();
    const cell = (tag: 'td' | 'th', text: string, className?: string) => {
      const element = doc.createElement(tag);
      element.textContent = text;
      if (className) element.className = className;
      return element;
    };
    const difference = (real: number, planned: number) =>
      `${real >= planned ? '+' : '−'}${formatMinutes(Math.abs(real - planned))}`;
    const row = (cells: HTMLElement[], className?: string) => {
      const tr = doc.createElement('tr');
      if (className) tr.className = className;
      tr.append(...cells);
      return tr;
    };
    const overlay = doc.createElement('div');
    overlay.className = 'sd-rehearsal-result';
    const box = doc.createElement('div');
    const heading = doc.createElement('h2');
    heading.textContent = sayInPage(lang, 'rehearsalResult');
    const table = doc.createElement('table');
    table.append(
      row(
        sayInPage(lang, 'rehearsalColumns')
          .split('|')
          .map((name) => cell('th', name)),
      ),
      ...rows.map((r) =>
        row(
          [
            cell('td', String(r.number)),
            cell('td', r.title),
            cell('td', formatMinutes(r.planned), 'sd-time'),
            cell('td', formatMinutes(r.real), 'sd-time'),
            cell('td', difference(r.real, r.planned), 'sd-time sd-diff'),
          ],
          // Over by more than a tenth and five seconds: worth the speaker's eye.
          r.real > r.planned * 1.1 && r.real - r.planned >= 5 ? 'sd-over' : undefined,
        ),
      ),
    );
    const planned = rows.reduce((sum, r) => sum + r.planned, 0);
    const real = rows.reduce((sum, r) => sum + r.real, 0);
    table.append(
      row(
        [
          cell('td', ''),
          cell('td', sayInPage(lang, 'rehearsalTotal')),
          cell('td', formatMinutes(planned), 'sd-time'),
          cell('td', formatMinutes(real), 'sd-time'),
          cell('td', difference(real, planned), 'sd-time sd-diff'),
        ],
        `sd-total${real > planned * 1.05 ? ' sd-over' : ''}`,
      ),
    );
    const said = doc.createElement('p');
    said.className = 'sd-rehearsal-saved';
    void saying.then((text) => {
      said.textContent = text;
      overlay.dataset.saved = 'true';
    });
    const close = doc.createElement('button');
    close.textContent = sayInPage(lang, 'closeEsc');
    const remove = () => {
      overlay.remove();
      doc.removeEventListener('keydown', onKey, true);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.stopImmediatePropagation();
        remove();
      }
    };
    close.addEventListener('click', remove);
    doc.addEventListener('keydown', onKey, true);
    box.append(heading, said, table, close);
    overlay.append(box);
    doc.body.append(overlay);
  }
}

/** What the server answers a saved rehearsal. */
interface Saved {
  pace: number | null;
  file: string;
}

async function save(lang: Language, seconds: number[]): Promise<string> {
  if (!/^https?:$/.test(window.location.protocol)) return sayInPage(lang, 'rehearsalNotSaved');
  try {
    const response = await fetch(REHEARSAL_PATH, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ seconds }),
    });
    if (response.status === 404) return sayInPage(lang, 'rehearsalNotSaved');
    if (!response.ok) return sayInPage(lang, 'rehearsalSaveFailed', (await response.text()).trim());
    const saved = (await response.json()) as Saved;
    return [
      saved.pace ? sayInPage(lang, 'rehearsalPace', saved.pace) : '',
      sayInPage(lang, 'rehearsalSaved', saved.file),
    ]
      .filter(Boolean)
      .join(' ');
  } catch (error) {
    return sayInPage(lang, 'rehearsalSaveFailed', String(error));
  }
}

/** The rehearsal's keys in the deck and in every speaker view it opens, its clock, its table. */
export function setUpRehearsal(deck: RevealApi): void {
  const lang = pageLanguage();
  const sections = () => [...document.querySelectorAll<HTMLElement>('.reveal .slides > section')];
  const clock = new RehearsalClock(sections().length, () => performance.now());
  const views = [new RehearsalView(document)];
  const live = () => views.filter((view) => view.doc.defaultView && !view.doc.defaultView.closed);
  let ticking: number | undefined;
  // Opened by `rehearse`: the keys are shown until the clock starts.
  const hint = new URLSearchParams(window.location.search).has('rehearse');

  const draw = () => {
    const { slide, total } = clock.elapsed();
    const text = !clock.running
      ? hint
        ? sayInPage(lang, 'rehearsalKeys')
        : undefined
      : clock.paused
        ? sayInPage(lang, 'rehearsalPaused', formatMinutes(total))
        : sayInPage(lang, 'rehearsalRunning', formatMinutes(slide), formatMinutes(total));
    for (const view of live()) view.show(text, clock.paused);
  };

  const toggle = () => {
    if (!clock.running) {
      clock.start(deck.getIndices().h);
      ticking = window.setInterval(draw, 250);
      draw();
      return;
    }
    const seconds = clock.stop();
    window.clearInterval(ticking);
    draw();
    const rows = sections().map((section, i) => ({
      number: i + 1,
      title: section.dataset.title ?? '',
      planned: Number(section.dataset.timing) || 0,
      real: seconds[i] ?? 0,
    }));
    const saying = save(lang, seconds);
    // The table where the speaker looks: the speaker view when it is open, else the deck.
    const shown = live();
    (shown.length > 1 ? shown[shown.length - 1]! : shown[0]!).result(lang, rows, saying);
  };
  const pause = () => {
    if (!clock.running) return;
    if (clock.paused) clock.resume();
    else clock.pause();
    draw();
  };

  deck.on('slidechanged', () => {
    if (clock.running) clock.show(deck.getIndices().h);
    draw();
  });
  deck.addKeyBinding({ keyCode: 82, key: REHEARSAL_KEY, description: 'Rehearsal: start / end' }, toggle);
  deck.addKeyBinding({ keyCode: 90, key: PAUSE_KEY, description: 'Rehearsal: pause / go on' }, pause);

  whenSpeakerViewOpens((speaker) => {
    views.push(new RehearsalView(speaker.document));
    // reveal's speaker view passes every key to its preview of the slide, not to this window: take ours first.
    speaker.document.addEventListener(
      'keydown',
      (event) => {
        if (event.ctrlKey || event.metaKey || event.altKey) return;
        const key = event.key.toUpperCase();
        if (key === REHEARSAL_KEY) toggle();
        else if (key === PAUSE_KEY) pause();
        else return;
        event.stopImmediatePropagation();
        event.preventDefault();
      },
      true,
    );
    draw();
  });

  draw();

  // For tests: the clock as it is now.
  (window as unknown as { speechdeckRehearsal: () => unknown }).speechdeckRehearsal = () => ({
    running: clock.running,
    paused: clock.paused,
    ...clock.elapsed(),
  });
}
