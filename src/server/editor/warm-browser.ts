// The browser the editor keeps warm for its export button: started in the background once a page opens, lent to
// each export (which then need not wait a second or more for one to start) with its pages opened ahead, started again
// if it died, and closed when the server stops. A Ctrl-C kills it with every browser speechdeck started (see outputs/browser/launch.ts).
import type { Browser } from 'puppeteer-core';
import { closeBrowser, launchBrowser, openSpares } from '../../outputs/browser/launch.ts';
import type { EarlyBrowser } from '../../outputs/browser/early.ts';

/** The pages an export of every output prints in at once. */
const SPARE_PAGES = 3;

export class WarmBrowser {
  private starting: Promise<Browser> | undefined;
  private stopped = false;

  constructor(
    private readonly launch: () => Promise<Browser> = () => launchBrowser(),
    private readonly close: (browser: Browser) => Promise<void> = closeBrowser,
    /** Opens the pages the next export will print in, ahead of it (one per page an export opens at once: the
     *  slides PDF, the handout, the script). */
    private readonly spares: (browser: Browser) => Promise<void> = (browser) => openSpares(browser, SPARE_PAGES),
  ) {}

  /** Starts it now, unless it runs already; a failure (no browser on this machine) is told to the export. */
  warm(): void {
    if (!this.stopped) void this.browser().catch(() => undefined);
  }

  /** The browser for one export; it stays open after the export. */
  lend(): EarlyBrowser {
    return {
      use: async (work) => {
        const browser = await this.browser();
        try {
          // (kept open for the next export: nothing releases it)
          return await work(browser, async () => undefined);
        } finally {
          // The next export's pages, opened while the speaker reads what this one wrote.
          this.openSpares(browser);
        }
      },
      cancel: async () => undefined,
    };
  }

  private openSpares(browser: Browser): void {
    if (!this.stopped) this.spares(browser).catch(() => undefined);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const starting = this.starting;
    this.starting = undefined;
    const browser = await starting?.catch(() => undefined);
    if (browser) await this.close(browser);
  }

  private async browser(): Promise<Browser> {
    if (this.stopped) throw new Error('the editor has stopped');
    const starting = this.starting;
    if (starting) {
      const browser = await starting.catch(() => undefined);
      if (browser?.connected) return browser;
      // It failed to start, or died since (closed by hand, killed): start another, once, however many ask.
      if (this.starting === starting) {
        this.starting = undefined;
        if (browser) await this.close(browser).catch(() => undefined);
      }
    }
    if (this.stopped) throw new Error('the editor has stopped');
    if (!this.starting) {
      this.starting = this.launch();
      void this.starting.then(
        (browser) => this.openSpares(browser),
        () => undefined,
      );
    }
    return this.starting;
  }
}
