// The windows we print in carry none of the browser's own pages: headless Chromium gave every new window its address
// bar's pop-up (a page of chrome://resources in a renderer of its own), which cost more CPU than the printing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { closeBrowser, launchBrowser, newPage } from '../../src/outputs/browser/launch.ts';
import { browserArgs, DISABLED_FEATURES, PUPPETEER_DEFAULT_ARGS } from '../../src/outputs/browser/flags.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await closeBrowser(browser);
});

describe('the windows pages are printed in', () => {
  it('start with one --disable-features holding Puppeteer’s features and ours', () => {
    const disabled = browserArgs('profile').filter((arg) => arg.startsWith('--disable-features='));
    expect(disabled).toHaveLength(1);
    const puppeteers = PUPPETEER_DEFAULT_ARGS.find((arg) => arg.startsWith('--disable-features='))!;
    expect(disabled[0]!.split('=')[1]!.split(',')).toEqual([
      ...puppeteers.split('=')[1]!.split(','),
      ...DISABLED_FEATURES,
    ]);
  });

  it('load no page of the browser’s own beside ours', async () => {
    const pages = [await newPage(browser, 800, 450), await newPage(browser, 800, 450)];
    try {
      for (const page of pages) await page.goto('data:text/html,<p>页</p>', { waitUntil: 'load' });
      const session = await browser.target().createCDPSession();
      const { targetInfos } = await session.send('Target.getTargets');
      await session.detach();
      expect(targetInfos.filter((target) => target.url.startsWith('chrome://')).map((target) => target.url)).toEqual(
        [],
      );
    } finally {
      for (const page of pages) await page.close();
    }
  });
});
