// The meeting's one file for the meeting-room PC (<meeting>.html): a cover, the programme (议程) whose entries jump to
// any talk, then each talk in turn, a divider naming its speaker before it. Each talk is its own one-file deck (its
// theme, speaker view and timing), held in a frame of the page, so the file works offline as every deck does. The
// keys that move past a talk's last slide (or before its first) move the meeting on (or back).
import { escapeHtml, chineseDate } from '../../deck/index.ts';
import type { Meeting } from '../../meeting/file.ts';

/** One talk of the meeting deck: its one-file deck, or, for a file a speaker sent, none (a slide names the file). */
export interface MeetingDeckTalk {
  title: string;
  speaker?: string;
  /** The talk's one-file deck (its whole HTML). */
  deck?: string;
  /** For a sent file: its name, opened on its own. */
  sentFile?: string;
}

/** Marks where a font shared by the talks stood in a talk's deck (a noncharacter, so no deck holds it). */
const FONT_MARK = '\uffff';

/** The fonts the talks' decks share (the meeting cuts its fonts once, so every talk holds the same), taken out of
 *  each deck as it comes, into one list, once: the page puts them back when it starts. A deck that holds the mark
 *  itself (or was cut already) is kept whole. Cutting each talk's deck as soon as it is made keeps only its own part
 *  in memory while the other talks are made, not a copy of every font per talk. */
export class SharedFonts {
  readonly fonts: string[] = [];
  private readonly index = new Map<string, number>();

  cut(deck: string): string {
    if (deck.includes(FONT_MARK)) return deck;
    return deck.replace(/data:font\/woff2;base64,[A-Za-z0-9+/=]+/g, (url) => {
      let at = this.index.get(url);
      if (at === undefined) {
        at = this.fonts.push(url) - 1;
        this.index.set(url, at);
      }
      return `${FONT_MARK}${at}${FONT_MARK}`;
    });
  }
}

/** The talks' decks with each font they share taken out into one list (SharedFonts). */
export function sharedFonts(decks: string[]): { decks: string[]; fonts: string[] } {
  const shared = new SharedFonts();
  return { decks: decks.map((deck) => shared.cut(deck)), fonts: shared.fonts };
}

/** JSON inside a `<script>` element: no `<` that could close it. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The meeting's deck; `fonts`: where the talks' decks were cut as they were made (their fonts are taken out here
 *  otherwise). */
export function meetingDeckHtml(
  meeting: Meeting,
  talks: MeetingDeckTalk[],
  fonts: SharedFonts = new SharedFonts(),
): string {
  const decks = talks.flatMap((talk) => (talk.deck ? [deckJson(fonts.cut(talk.deck))] : []));
  const { before, after } = meetingDeckFrame(meeting, talks, fonts.fonts);
  return `${before}${decks.join(',')}${after}`;
}

/** A talk's deck (its fonts cut) as it stands in the meeting deck's list of decks. */
export function deckJson(deck: string): string {
  return scriptJson(deck);
}

/** The meeting deck around its list of decks: `before` it and `after` it; between them go the talks' decks that
 *  have one, in order, each as `deckJson` gives it, separated by commas. Written in three parts, the decks need not
 *  all be held at once (write-deck.ts). A talk's `deck` here only says whether it has one. */
export function meetingDeckFrame(
  meeting: Meeting,
  talks: Array<Omit<MeetingDeckTalk, 'deck'> & { deck?: unknown }>,
  fonts: readonly string[],
): { before: string; after: string } {
  const deckIndex = new Map<number, number>();
  for (const [i, talk] of talks.entries()) if (talk.deck) deckIndex.set(i, deckIndex.size);
  const when = [meeting.organization, meeting.place, meeting.date ? chineseDate(meeting.date) : undefined]
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line!)}</p>`)
    .join('');
  const who = (talk: { speaker?: string }) => (talk.speaker ? `${escapeHtml(talk.speaker)}　` : '');
  const programme = talks
    .map(
      (talk, i) =>
        `<li><a href="#talk-${i + 1}" data-jump="${i}"><span class="n">${i + 1}</span>` +
        `<span class="t">${escapeHtml(talk.title)}</span><span class="s">${talk.speaker ? escapeHtml(talk.speaker) : ''}</span></a></li>`,
    )
    .join('\n');
  const screens = talks
    .map((talk, i) => {
      const divider =
        `<section class="screen divider" data-talk="${i}" id="talk-${i + 1}"><p class="next">${i === 0 ? '首先' : '下面'}，请</p>` +
        `<h2>${who(talk)}</h2><p class="title">${escapeHtml(talk.title)}</p></section>`;
      const body = talk.deck
        ? `<section class="screen talk" data-talk="${i}"><iframe title="${escapeHtml(talk.title)}" data-deck="${deckIndex.get(i)}"></iframe></section>`
        : `<section class="screen sent" data-talk="${i}"><h2>${escapeHtml(talk.title)}</h2><p>${who(talk)}</p>` +
          `<p class="file">请单独打开发言人发来的文件：${escapeHtml(talk.sentFile ?? '')}</p></section>`;
      return divider + body;
    })
    .join('\n');
  const before = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="generator" content="speechdeck">
<title>${escapeHtml(meeting.title)}</title>
<style>
html, body { margin: 0; height: 100%; overflow: hidden; background: #7f0000; font-family: 'Noto Sans SC', 'Microsoft YaHei', sans-serif; }
.screen { position: fixed; inset: 0; display: none; box-sizing: border-box; }
.screen.present { display: flex; }
.cover, .divider, .sent { flex-direction: column; align-items: center; justify-content: center; text-align: center;
  background: radial-gradient(ellipse at 50% 35%, #c62828 0%, #a51616 45%, #7f0000 100%); color: #fff6e0; }
.cover h1 { font-family: 'Noto Serif SC', 'SimSun', serif; font-size: 6vw; margin: 0 0 4vh; color: #fff; }
.cover p, .sent p { font-size: 2.4vw; margin: 1vh 0; }
.divider .next { font-size: 2.4vw; color: #f3c74b; margin: 0; }
.divider h2 { font-size: 5vw; margin: 3vh 0; color: #fff; }
.divider .title, .sent .file { font-size: 3vw; }
.programme { flex-direction: column; background: #fffdf8; padding: 6vh 8vw; }
.programme h2 { font-family: 'Noto Serif SC', 'SimSun', serif; color: #9e1212; font-size: 4vw; margin: 0 0 4vh;
  border-bottom: 2px solid #e8d9b8; padding-bottom: 2vh; }
.programme ol { list-style: none; margin: 0; padding: 0; overflow: auto; }
.programme a { display: flex; gap: 2vw; align-items: baseline; padding: 1.4vh 1vw; color: #222; text-decoration: none;
  font-size: 2.4vw; border-radius: 4px; }
.programme a:hover, .programme a:focus { background: #f8eee3; outline: none; }
.programme .n { color: #b71c1c; font-weight: 700; min-width: 3vw; }
.programme .s { color: #6b5e55; margin-left: auto; }
.talk iframe { border: 0; width: 100%; height: 100%; }
</style>
</head>
<body>
<section class="screen cover present"><h1>${escapeHtml(meeting.title)}</h1>${when}</section>
<section class="screen programme"><h2>议程</h2><ol>
${programme}
</ol></section>
${screens}
<script type="application/json" id="sd-decks">[`;
  const after = `]</script>
<script type="application/json" id="sd-fonts">${scriptJson(fonts)}</script>
<script>
(() => {
  // Each talk's deck, its shared fonts put back where they stood (one copy of them in this file for every talk).
  const decks = JSON.parse(document.getElementById('sd-decks').textContent);
  const fonts = JSON.parse(document.getElementById('sd-fonts').textContent);
  for (const frame of document.querySelectorAll('iframe[data-deck]'))
    frame.srcdoc = decks[Number(frame.dataset.deck)].replace(/\uffff(\\d+)\uffff/g, (_, n) => fonts[Number(n)]);
  const screens = [...document.querySelectorAll('.screen')];
  let at = 0;
  const show = (index) => {
    at = Math.max(0, Math.min(screens.length - 1, index));
    screens.forEach((screen, i) => screen.classList.toggle('present', i === at));
    const frame = screens[at].querySelector('iframe');
    if (frame) {
      frame.focus();
      watch(frame);
    } else document.body.focus();
  };
  const NEXT = ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter', 'n'];
  const BACK = ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p'];
  // Inside a talk, reveal.js moves the slides; past its last (or before its first) the meeting moves on (or back).
  const watch = (frame) => {
    const win = frame.contentWindow;
    if (!win || win.__meeting) return;
    const hook = () => {
      const deck = win.speechdeck;
      if (!deck || !deck.isReady || !deck.isReady()) return void setTimeout(hook, 100);
      win.__meeting = true;
      win.document.addEventListener('keydown', (event) => {
        if (event.key === 'Escape' && event.shiftKey) return show(1);
        if (NEXT.includes(event.key) && deck.isLastSlide() && !deck.availableFragments().next) show(at + 1);
        else if (BACK.includes(event.key) && deck.isFirstSlide() && !deck.availableFragments().prev) show(at - 1);
      }, true);
    };
    hook();
  };
  document.addEventListener('keydown', (event) => {
    if (NEXT.includes(event.key)) show(at + 1);
    else if (BACK.includes(event.key)) show(at - 1);
    else if (event.key === 'Home') show(0);
  });
  for (const link of document.querySelectorAll('[data-jump]'))
    link.addEventListener('click', (event) => {
      event.preventDefault();
      show(screens.findIndex((screen) => screen.dataset.talk === link.dataset.jump));
    });
  document.body.tabIndex = -1;
  const start = /^#talk-(\\d+)$/.exec(location.hash);
  show(start ? screens.findIndex((screen) => screen.id === 'talk-' + start[1]) : 0);
})();
</script>
</body>
</html>
`;
  return { before, after };
}
