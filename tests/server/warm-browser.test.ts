// The editor's warm browser: started once however often it is asked for, lent to each export and left open, started
// again when it died or failed to start, closed when the server stops. Fake browsers: no Chromium starts here.
import { describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { WarmBrowser } from '../../src/server/editor/warm-browser.ts';

function fakes() {
  const started: Array<{ connected: boolean; id: number }> = [];
  const closed: number[] = [];
  /** Each time spare pages were asked to be opened, the browser's id, and whether an export was using it then. */
  const spares: Array<{ id: number; during: boolean }> = [];
  let exporting = false;
  let failNext = false;
  const warm = new WarmBrowser(
    async () => {
      if (failNext) {
        failNext = false;
        throw new Error('no browser');
      }
      const browser = { connected: true, id: started.length + 1 };
      started.push(browser);
      return browser as unknown as Browser;
    },
    async (browser) => {
      const fake = browser as unknown as { connected: boolean; id: number };
      fake.connected = false;
      closed.push(fake.id);
    },
    async (browser) => {
      spares.push({ id: (browser as unknown as { id: number }).id, during: exporting });
    },
  );
  const use = () =>
    warm.lend().use(async (browser) => {
      exporting = true;
      await Promise.resolve();
      exporting = false;
      return (browser as unknown as { id: number }).id;
    });
  return { warm, started, closed, spares, use, failing: () => (failNext = true) };
}

describe('the browser the editor keeps warm', () => {
  it('starts once, and every export uses it without closing it', async () => {
    const { warm, started, closed, use } = fakes();
    warm.warm();
    warm.warm();
    expect(await Promise.all([use(), use()])).toEqual([1, 1]);
    expect(await use()).toBe(1);
    expect(started).toHaveLength(1);
    expect(closed).toEqual([]);
    await warm.lend().cancel();
    expect(closed).toEqual([]);
  });

  it("opens the next export's pages ahead: once it has started, and after each export, never during one", async () => {
    const { warm, spares, use } = fakes();
    warm.warm();
    await use();
    await use();
    expect(spares).toEqual([
      { id: 1, during: false },
      { id: 1, during: false },
      { id: 1, during: false },
    ]);
    await warm.stop();
  });

  it('starts another when the one it kept died, and closes what is left of the dead one', async () => {
    const { started, closed, use } = fakes();
    expect(await use()).toBe(1);
    started[0]!.connected = false;
    expect(await use()).toBe(2);
    expect(closed).toEqual([1]);
  });

  it('tells the export when none could start, and tries again at the next', async () => {
    const { use, failing } = fakes();
    failing();
    await expect(use()).rejects.toThrow('no browser');
    expect(await use()).toBe(1);
  });

  it('closes it when the server stops, and starts none after', async () => {
    const { warm, closed, use, started } = fakes();
    warm.warm();
    await warm.stop();
    expect(closed).toEqual([1]);
    warm.warm();
    await expect(use()).rejects.toThrow();
    expect(started).toHaveLength(1);
  });
});
