// A browser started ahead of its work, so that its start-up (about a second, the longest wait of every export)
// overlaps with reading the outlines and writing the decks.
import type { Browser } from 'puppeteer-core';
import { closeBrowser, launchBrowser, openAhead } from './launch.ts';

/** A browser being started ahead of its work: `use` waits for it, runs the work and closes it; `cancel` closes it
 *  if `use` did not (calling it after `use` is harmless). One of them must be called, and a failed start is
 *  reported only by `use` (an outline error found meanwhile wins over a missing browser). The work may close it
 *  sooner with `release`, once nothing it still does needs the browser (a browser lent for longer stays open). */
export interface EarlyBrowser {
  use<T>(work: (browser: Browser, release: () => Promise<void>) => Promise<T>): Promise<T>;
  cancel(): Promise<void>;
}

/** Starts a browser now; see EarlyBrowser. `pages`: how many pages the work will open at once first, opened as soon
 *  as the browser answers (launch.ts's openAhead). */
export function launchEarly(pages = 0): EarlyBrowser {
  const starting = launchBrowser().then(
    (browser) => {
      if (pages > 0) openAhead(browser, pages);
      return { browser, error: undefined };
    },
    (error: unknown) => ({ browser: undefined, error }),
  );
  let closed: Promise<void> | undefined;
  const close = (browser: Browser) => (closed ??= closeBrowser(browser));
  return {
    async use(work) {
      const { browser, error } = await starting;
      if (!browser) throw error;
      try {
        return await work(browser, () => close(browser));
      } finally {
        await close(browser);
      }
    },
    async cancel() {
      const { browser } = await starting;
      if (browser) await close(browser);
    },
  };
}
