// The speaker view: its pacing clock follows each slide's estimated time, and its own text uses the deck's fonts.

/** The talk's length for the speaker view: the sum of every slide's `data-timing` (reveal's pacing needs a total). */
export function pacingTotal(): number {
  return [...document.querySelectorAll<HTMLElement>('.reveal .slides section[data-timing]')]
    .map((section) => Number(section.dataset.timing))
    .filter((seconds) => Number.isFinite(seconds))
    .reduce((sum, seconds) => sum + seconds, 0);
}

/** Copies of the page's stylesheets (links with absolute addresses, inline styles as they are), for another window.
 *  Reading the rules themselves is not allowed from file://, so the sheets are linked again instead. */
function stylesheetsFor(target: Document): Node[] {
  return [...document.querySelectorAll<HTMLLinkElement | HTMLStyleElement>('link[rel="stylesheet"], style')].map(
    (element) => {
      if (element instanceof HTMLLinkElement) {
        const link = target.createElement('link');
        link.rel = 'stylesheet';
        link.href = element.href;
        return link;
      }
      const style = target.createElement('style');
      style.textContent = element.textContent;
      return style;
    },
  );
}

/** After the deck's sheets: the speaker view's own look, in the deck's font. */
const SPEAKER_STYLE = `
html, body { background: #fff; color: #222; }
body, #speaker-controls, .overlay-element { font-family: 'Noto Sans SC', sans-serif; }
.speaker-controls-notes .value { font-size: 1.35em; line-height: 1.7; }
/* 下一页 above the next slide, not over its title's first character */
#upcoming-slide { display: flex; flex-direction: column; }
#upcoming-slide .label { position: static; flex: none; margin: 0 0 4px; }
#upcoming-slide iframe { flex: 1 1 auto; min-height: 0; height: auto; }
`;

const openers: Array<(speaker: Window) => void> = [];

/** Calls `setUp` with the speaker view's window each time it opens, once reveal has written it (the rehearsal's clock
 *  and the prompter add their keys and panels there). */
export function whenSpeakerViewOpens(setUp: (speaker: Window) => void): void {
  openers.push(setUp);
}

/** reveal.js writes the speaker view into a blank window with only Helvetica: Chinese there would be boxes on a
 *  machine without Chinese system fonts. We hand that window the deck's bundled fonts as soon as it opens. */
export function speakerViewFonts(): void {
  const open = window.open.bind(window);
  window.open = (...args: Parameters<typeof window.open>) => {
    const opened = open(...args);
    if (opened && args[1] === 'speechdeck-notes') {
      // reveal writes the page right after opening the window; style it once that has happened
      setTimeout(() => {
        const { head } = opened.document;
        for (const sheet of stylesheetsFor(opened.document)) head.appendChild(sheet);
        const style = opened.document.createElement('style');
        style.textContent = SPEAKER_STYLE;
        head.appendChild(style);
        for (const setUp of openers) setUp(opened);
      }, 0);
    }
    return opened;
  };
}
