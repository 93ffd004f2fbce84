// Pages opened ahead of the outputs that will ask for them (launch.ts's openAhead): each is given to one newPage, and
// no more windows are opened than the outputs ask for.
import { describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { closeBrowser, launchBrowser, newPage, openAhead } from '../../src/outputs/browser/launch.ts';

async function withBrowser(work: (browser: Browser) => Promise<void>): Promise<void> {
  const browser = await launchBrowser();
  try {
    await work(browser);
  } finally {
    await closeBrowser(browser);
  }
}

describe('pages opened ahead', () => {
  it('are the pages newPage gives, one each, with the tab the browser started with counted', async () => {
    await withBrowser(async (browser) => {
      // (asked for before a page is taken: nothing is waited for, the windows open meanwhile)
      openAhead(browser, 3);
      const pages = await Promise.all([newPage(browser, 800, 600), newPage(browser, 800, 600)]);
      const third = await newPage(browser, 640, 480);
      expect(new Set([...pages, third]).size).toBe(3);
      // no window opened beyond the three asked for
      expect((await browser.pages()).length).toBe(3);
      expect(third.viewport()).toMatchObject({ width: 640, height: 480 });
      // a fourth page asked for is opened then
      const fourth = await newPage(browser, 800, 600);
      expect([...pages, third]).not.toContain(fourth);
      expect((await browser.pages()).length).toBe(4);
    });
  });

  it('open no more than the pages the browser has unused already make up', async () => {
    await withBrowser(async (browser) => {
      openAhead(browser, 2);
      openAhead(browser, 2);
      await Promise.all([newPage(browser, 800, 600), newPage(browser, 800, 600)]);
      expect((await browser.pages()).length).toBe(2);
    });
  });
});
