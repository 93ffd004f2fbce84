// A frame holding the real deck page (the preview, the strip): set up after each load, once the deck says it is ready.
import type { SlidesUpdate } from '../check/events.ts';
import type { ChangedSlides } from '../client/live-reload.ts';

/** What the deck page offers the editor; each frame uses its part. */
export interface DeckWindow extends Window {
  speechdeckShowSlides?: (update: SlidesUpdate) => ChangedSlides;
}

/**
 * Loads `address` into `frame` and calls `setUp` after every load of it (the first, and each the dev server asks
 * for: a new theme after a save), once the page can show slides; resolves after the first.
 */
export function loadDeckFrame<W extends DeckWindow>(
  frame: HTMLIFrameElement,
  address: string,
  setUp: (win: W) => void,
): Promise<void> {
  // Hidden until the deck is ready: before its script has put in the theme, the page is bare HTML (a title in huge
  // black type across the pane).
  frame.style.visibility = 'hidden';
  const ready = new Promise<void>((resolve) => {
    frame.addEventListener('load', () => {
      frame.style.visibility = 'hidden';
      const wait = () => {
        const win = (frame.contentWindow as W | null) ?? undefined;
        // The page's script runs after its load event: look again shortly.
        if (!win?.speechdeckShowSlides || !win.document.documentElement.dataset.speechdeckReady) {
          setTimeout(wait, 20);
          return;
        }
        setUp(win);
        frame.style.visibility = '';
        resolve();
      };
      wait();
    });
  });
  frame.src = address;
  return ready;
}
