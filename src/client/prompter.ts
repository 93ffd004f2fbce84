// The prompter: the notes of the current and the next slide in large type (at least 48 px on a 1920-wide screen,
// `+`/`-` to change), dark or light (`D`), mirrored for a glass prompter (`M`), with the slide number and the time
// left of the slot, scrolling within a slide at the speaker's pace (`A`, prompter-scroll.ts). `T` in the deck or the
// speaker view opens it in a window of its own (`?prompter`), which follows the deck by messages (as reveal's speaker
// view does) and sends its arrow keys back; the deck's address with `?prompter` opened on its own (another window,
// a second screen) follows any window of the browser showing that deck, by a BroadcastChannel named by the deck's
// title. The notes are the deck's own, phrased as the script's (deck/phrases.ts), so its lines break where the
// script's do.
import type { RevealApi } from 'reveal.js';
import { formatMinutes } from '../deck/timing.ts';
import { sayInPage } from '../messages/page.ts';
import { prompterScroll } from './prompter-scroll.ts';
import { pageLanguage } from './rehearsal.ts';
import { pacingTotal, whenSpeakerViewOpens } from './speaker-view.ts';

const PROMPTER_KEY = 'T';
const NAMESPACE = 'speechdeck-prompter';

interface PrompterMessage {
  namespace: typeof NAMESPACE;
  /** From the deck: the slide it shows. From the prompter: `ready`, or a key to turn the slides. */
  slide?: number;
  ready?: boolean;
  turn?: 'next' | 'prev';
}

function isPrompterMessage(data: unknown): data is PrompterMessage {
  return !!data && typeof data === 'object' && (data as { namespace?: unknown }).namespace === NAMESPACE;
}

/** True in the prompter's own window. */
export function isPrompter(): boolean {
  return new URLSearchParams(window.location.search).has('prompter');
}

/** The channel a prompter opened on its own (another window, the deck's address with `?prompter`) hears the deck
 *  on: one a deck, named by its title, so that another talk's deck open beside it is not followed. */
function deckChannel(): BroadcastChannel | undefined {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(`${NAMESPACE}:${document.title}`) : undefined;
}

/** In the deck: `T` (here and in the speaker view) opens the prompter, which is then told every slide change; a
 *  prompter opened on its own hears them too (`broadcast`, not in the editor's frames). */
export function offerPrompter(deck: RevealApi, broadcast: boolean): void {
  let prompter: Window | null = null;
  const channel = broadcast ? deckChannel() : undefined;
  const tell = () => {
    const message = { namespace: NAMESPACE, slide: deck.getIndices().h } satisfies PrompterMessage;
    prompter?.postMessage(message, '*');
    channel?.postMessage(message);
  };
  const answer = (data: PrompterMessage) => {
    if (data.ready) tell();
    if (data.turn === 'next') deck.next();
    if (data.turn === 'prev') deck.prev();
  };
  const open = () => {
    const url = new URL(window.location.href);
    url.searchParams.set('prompter', '');
    url.hash = `#/${deck.getIndices().h}`;
    prompter = window.open(url.href, 'speechdeck-prompter', 'width=1280,height=720');
  };
  deck.on('slidechanged', tell);
  window.addEventListener('message', (event) => {
    if (!prompter || event.source !== prompter || !isPrompterMessage(event.data)) return;
    answer(event.data);
  });
  channel?.addEventListener('message', (event) => {
    if (isPrompterMessage(event.data)) answer(event.data);
  });
  deck.addKeyBinding({ keyCode: 84, key: PROMPTER_KEY, description: 'Prompter' }, open);
  whenSpeakerViewOpens((speaker) =>
    speaker.document.addEventListener(
      'keydown',
      (event) => {
        if (event.ctrlKey || event.metaKey || event.altKey || event.key.toUpperCase() !== PROMPTER_KEY) return;
        event.stopImmediatePropagation();
        open();
      },
      true,
    ),
  );
}

const STYLE = `
html, body { margin: 0; height: 100%; }
.reveal { visibility: hidden; }
.sd-prompter { position: fixed; top: 0; right: 0; bottom: 0; left: 0; z-index: 100; overflow: hidden; display: flex; flex-direction: column;
  font-family: 'Noto Sans SC', sans-serif; background: #000; color: #fff; line-height: 1.55; }
.sd-prompter.sd-light { background: #fff; color: #000; }
.sd-prompter.sd-mirror .sd-prompter-text { transform: scaleX(-1); }
.sd-prompter-bar { display: flex; justify-content: space-between; padding: 8px 24px; font-size: 28px;
  color: #bbb; border-bottom: 1px solid #444; }
.sd-light .sd-prompter-bar { color: #444; border-color: #ccc; }
.sd-prompter-bar .sd-over { color: #ff5a4f; font-weight: 700; }
.sd-prompter-text { flex: 1; overflow: hidden; padding: 16px 48px; }
.sd-prompter-current, .sd-prompter-next { font-size: var(--sd-prompter-size); line-break: strict;
  word-break: keep-all; overflow-wrap: break-word; }
.sd-prompter-current p, .sd-prompter-next p { margin: 0 0 0.4em; }
.sd-prompter .sd-keep { white-space: nowrap; }
.sd-prompter .sd-keep wbr { display: none; }
.sd-prompter .sd-notes-for { display: none; }
.sd-prompter-next { opacity: 0.5; font-size: calc(var(--sd-prompter-size) * 0.75); margin-top: 0.8em;
  border-top: 2px dashed currentColor; padding-top: 0.4em; }
.sd-prompter-next-label { font-size: 24px; opacity: 0.8; }
.sd-prompter-keys { font-size: 18px; opacity: 0.5; padding: 4px 24px; }
`;

const SIZE_KEY = 'speechdeck-prompter-size';

/** The prompter's type size: the speaker's last choice, else 56 px at 1920 wide (never under 48 px there). */
function startingSize(): number {
  const stored = Number(localStorage.getItem(SIZE_KEY));
  if (Number.isFinite(stored) && stored >= 16 && stored <= 200) return stored;
  return Math.max(32, Math.round((window.innerWidth / 1920) * 56));
}

/** In the prompter's window: the view, its keys, following the deck that opened it. */
export function setUpPrompter(deck: RevealApi): void {
  const lang = pageLanguage();
  const style = document.createElement('style');
  style.textContent = STYLE;
  document.head.appendChild(style);
  const root = document.createElement('div');
  root.className = 'sd-prompter';
  root.innerHTML =
    '<div class="sd-prompter-bar"><span class="sd-prompter-slide"></span><span class="sd-prompter-scroll"></span>' +
    '<span class="sd-prompter-left"></span></div>' +
    '<div class="sd-prompter-text"><div class="sd-prompter-current"></div>' +
    '<div class="sd-prompter-next"><div class="sd-prompter-next-label"></div><div class="sd-prompter-next-notes"></div></div></div>' +
    '<div class="sd-prompter-keys"></div>';
  document.body.appendChild(root);
  const part = (name: string) => root.querySelector<HTMLElement>(`.sd-prompter-${name}`)!;
  part('next-label').textContent = sayInPage(lang, 'prompterNext');
  part('keys').textContent = sayInPage(lang, 'prompterKeys');
  let size = startingSize();
  const setSize = (next: number) => {
    size = Math.min(200, Math.max(16, next));
    root.style.setProperty('--sd-prompter-size', `${size}px`);
  };
  setSize(size);
  if (new URLSearchParams(window.location.search).has('mirror')) root.classList.add('sd-mirror');
  if (new URLSearchParams(window.location.search).get('prompter') === 'light') root.classList.add('sd-light');

  const sections = [...document.querySelectorAll<HTMLElement>('.reveal .slides > section')];
  const notesOf = (index: number) => sections[index]?.querySelector('aside.notes')?.innerHTML;
  const show = () => {
    const h = deck.getIndices().h;
    part('slide').textContent = sayInPage(lang, 'prompterSlide', h + 1, sections.length);
    const current = notesOf(h);
    if (current) part('current').innerHTML = current;
    else part('current').textContent = sayInPage(lang, 'prompterNoNotes');
    part('next-notes').innerHTML = notesOf(h + 1) ?? '';
    part('next').hidden = h + 1 >= sections.length;
    scroll.slideChanged();
  };
  // Within a slide, at the speaker's pace (`A`, `Z`; `?prompter&scroll` starts it).
  const scroll = prompterScroll(
    part('text'),
    part('current'),
    () => Number(sections[deck.getIndices().h]?.dataset.timing) || 0,
    (on, paused) => {
      part('scroll').textContent = on ? sayInPage(lang, paused ? 'prompterScrollPaused' : 'prompterScrolling') : '';
    },
    new URLSearchParams(window.location.search).has('scroll'),
  );
  const slot = pacingTotal();
  const started = performance.now();
  const tick = () => {
    const left = slot - (performance.now() - started) / 1000;
    const element = part('left');
    element.textContent =
      left >= 0
        ? sayInPage(lang, 'prompterLeft', formatMinutes(left))
        : sayInPage(lang, 'prompterOver', formatMinutes(-left));
    element.classList.toggle('sd-over', left < 0);
  };
  deck.on('slidechanged', show);
  deck.on('ready', () => {
    // The keys here are the prompter's: the arrows turn the deck that opened it.
    deck.configure({ keyboard: false });
    show();
  });
  tick();
  window.setInterval(tick, 1000);

  // The deck that opened this window tells it each slide; it is the one moved by the arrow keys here. Opened on its
  // own, the prompter hears the deck (any window of this browser showing it) on the deck's channel instead.
  const channel = window.opener ? undefined : deckChannel();
  const follow = (data: unknown) => {
    if (isPrompterMessage(data) && typeof data.slide === 'number') deck.slide(data.slide);
  };
  window.addEventListener('message', (event) => {
    if (event.source === window.opener) follow(event.data);
  });
  channel?.addEventListener('message', (event) => follow(event.data));
  const toDeck = (message: PrompterMessage) => {
    if (window.opener) window.opener.postMessage(message, '*');
    else channel?.postMessage(message);
  };
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const turn = ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'n', 'N'].includes(event.key)
      ? 'next'
      : ['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P'].includes(event.key)
        ? 'prev'
        : undefined;
    if (turn) {
      toDeck({ namespace: NAMESPACE, turn });
      // On its own, with no deck open, it turns its own slides (a deck that hears it answers with its slide).
      if (!window.opener) {
        if (turn === 'next') deck.next();
        else deck.prev();
      }
    } else if (event.key === '+' || event.key === '=') setSize(size + 4);
    else if (event.key === '-' || event.key === '_') setSize(size - 4);
    else if (event.key.toUpperCase() === 'D') root.classList.toggle('sd-light');
    else if (event.key.toUpperCase() === 'M') root.classList.toggle('sd-mirror');
    else if (event.key.toUpperCase() === 'A') scroll.toggle();
    else if (event.key.toUpperCase() === 'Z') scroll.pause();
    else return;
    if (event.key === '+' || event.key === '=' || event.key === '-' || event.key === '_')
      localStorage.setItem(SIZE_KEY, String(size));
    event.preventDefault();
  });
  toDeck({ namespace: NAMESPACE, ready: true });
  // For tests: the scrolling as it is now.
  (window as unknown as { speechdeckPrompter: () => unknown }).speechdeckPrompter = () => ({
    scrolling: scroll.on,
    paused: scroll.paused,
    progress: scroll.progress(),
    scrollTop: part('text').scrollTop,
  });
}
