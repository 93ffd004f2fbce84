// The speaker view, opened with S from the folder deck on file:// under its Content-Security-Policy (no frames, no
// script file, the folder's own files only):
// Chinese labels in the bundled font, notes, pacing clock, the current and next slide drawn as copies, keys.
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page, Target } from 'puppeteer-core';
import { closeBrowser, launchBrowser } from '../../src/outputs/browser/launch.ts';
import { openDeckPage } from '../support/browser.ts';

const sample = inject('sample');
let browser: Browser;
let speaker: Page;
let deckPage: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  const { page } = await openDeckPage(browser, `${pathToFileURL(sample.indexHtml).href}#/5`);
  deckPage = page;
  const opened = new Promise<Target>((resolve) => browser.once('targetcreated', resolve));
  await page.keyboard.press('s');
  speaker = (await (await opened).page())!;
  await speaker.waitForFunction(
    () => getComputedStyle(document.querySelector('#connection-status')!).display === 'none',
    { timeout: 30_000 },
  );
  await speaker.waitForFunction(() => document.querySelector('.speaker-controls-notes .value')?.textContent?.trim(), {
    timeout: 30_000,
  });
});

afterAll(async () => {
  if (browser) await closeBrowser(browser);
});

describe('the speaker view', () => {
  it('speaks Chinese', async () => {
    const view = await speaker.evaluate(() => ({
      title: document.title,
      lang: document.documentElement.lang,
      labels: [...document.querySelectorAll('h4.label, #upcoming-slide .label')].map((e) => e.textContent!.trim()),
    }));
    expect(view.title).toBe('演讲者视图');
    expect(view.lang).toBe('zh-CN');
    expect(view.labels).toEqual(expect.arrayContaining(['下一页', '演讲备注']));
    expect(view.labels.join(' ')).not.toMatch(/Upcoming|Notes|Pacing/);
  });

  it('sets 下一页 above the next slide, not over its title', async () => {
    // (the view's own style is added just after reveal writes the page: wait for it, never for time)
    const apart = await speaker.waitForFunction(
      () => {
        const label = document.querySelector('#upcoming-slide .label')?.getBoundingClientRect();
        const frame = document.querySelector('#upcoming-slide iframe')?.getBoundingClientRect();
        return !!label && !!frame && frame.height > 100 && label.bottom <= frame.top;
      },
      { timeout: 10_000 },
    );
    expect(await apart.jsonValue()).toBe(true);
  });

  it("shows the current slide's notes in the bundled Chinese font, really loaded", async () => {
    const notes = await speaker.evaluate(async () => {
      const text = document.querySelector('.speaker-controls-notes .value')!.textContent!;
      await document.fonts.ready;
      return {
        text,
        family: getComputedStyle(document.querySelector('.speaker-controls-notes .value')!).fontFamily,
        loaded:
          document.fonts.check('400 20px "Noto Sans SC"', text.slice(0, 10)) &&
          [...document.fonts].some((f) => f.status === 'loaded'),
      };
    });
    expect(notes.text).toContain('群众工作面对的对象');
    expect(notes.family).toContain('Noto Sans SC');
    expect(notes.loaded).toBe(true);
  });

  it("shows the pacing clock, set from each slide's estimated time", async () => {
    const pacing = await speaker.evaluate(() => getComputedStyle(document.querySelector('.pacing')!).display);
    expect(pacing).not.toBe('none');
  });

  it("runs under the deck's policy, which allows no frames and no script file, narrowed to the deck's folder", async () => {
    expect(fs.readFileSync(sample.indexHtml, 'utf8')).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-[^'"]+'( 'sha256-[^'"]+')*; [^"]*frame-src 'none'; connect-src 'none'/,
    );
    // the speaker window inherits both policies: the deck's and the one naming its folder (the fonts above loaded)
    const folder = `file://*${new URL('.', pathToFileURL(sample.indexHtml)).pathname}`;
    const policies = await deckPage.evaluate(() =>
      [...document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]')].map(
        (meta) => (meta as HTMLMetaElement).content,
      ),
    );
    expect(policies).toHaveLength(2);
    expect(policies[1]).toContain(`font-src ${folder} data:`);
    expect(policies[1]).not.toContain("'self'");
  });

  it('draws the current and the next slide, and follows the keys pressed in its window', async () => {
    const previews = async () =>
      speaker.waitForFunction(
        (want: string) => {
          const text = (box: string) =>
            document.querySelector(`${box} .speechdeck-preview section.present`)?.textContent?.trim() ?? '';
          const shown = { current: text('#current-slide'), upcoming: text('#upcoming-slide') };
          return shown.current && shown.upcoming && shown.current === want ? shown : null;
        },
        { timeout: 30_000 },
        await slideText(deckPage, 'current'),
      );
    const before = (await (await previews()).jsonValue()) as { current: string; upcoming: string };
    expect(before.upcoming).toBe(await slideText(deckPage, 6));
    // drawn, not an empty box: the copy has the size of its box
    const box = await speaker.$eval('#current-slide .speechdeck-preview .reveal', (element) => {
      const { width, height } = element.getBoundingClientRect();
      return { width, height };
    });
    expect(box.width).toBeGreaterThan(200);
    expect(box.height).toBeGreaterThan(100);
    await speaker.keyboard.press('ArrowRight');
    await deckPage.waitForFunction(() => location.hash === '#/6', { timeout: 30_000 });
    const after = (await (await previews()).jsonValue()) as { current: string; upcoming: string };
    expect(after.current).toBe(before.upcoming);
    expect(after.upcoming).toBe(await slideText(deckPage, 7));
  });

  it("draws a slide's background with it: a divider's dark field, not white", async () => {
    const divider = await deckPage.evaluate(() => {
      const deck = (window as unknown as { speechdeck: { getSlides(): HTMLElement[]; slide(h: number): void } })
        .speechdeck;
      const index = deck.getSlides().findIndex((slide) => slide.classList.contains('sd-divider'));
      deck.slide(index);
      return index;
    });
    expect(divider).toBeGreaterThan(0);
    const want = await slideText(deckPage, divider);
    const look = await speaker.waitForFunction(
      (text: string) => {
        const box = document.querySelector('#current-slide .speechdeck-preview');
        if (box?.querySelector('section.present')?.textContent?.trim() !== text) return null;
        const layer = box.querySelector('.slide-background');
        if (!layer) return null;
        const style = getComputedStyle(layer);
        return { image: style.backgroundImage, colour: style.backgroundColor, shown: style.display !== 'none' };
      },
      { timeout: 30_000 },
      want,
    );
    const preview = (await look.jsonValue()) as { image: string; colour: string; shown: boolean };
    const own = await deckPage.evaluate((index: number) => {
      const deck = (window as unknown as { speechdeck: { getSlideBackground(h: number): HTMLElement } }).speechdeck;
      const style = getComputedStyle(deck.getSlideBackground(index));
      return { image: style.backgroundImage, colour: style.backgroundColor };
    }, divider);
    expect(preview.shown).toBe(true);
    expect(own.image !== 'none' || own.colour !== 'rgba(0, 0, 0, 0)').toBe(true);
    expect({ image: preview.image, colour: preview.colour }).toEqual(own);
  });
});

/** The text of the deck's current slide, or of slide `index`, in the deck's own window. */
async function slideText(page: Page, index: number | 'current'): Promise<string> {
  return page.evaluate((which) => {
    const deck = (
      window as unknown as { speechdeck: { getCurrentSlide(): HTMLElement; getSlide(h: number): HTMLElement } }
    ).speechdeck;
    return (which === 'current' ? deck.getCurrentSlide() : deck.getSlide(which))!.textContent!.trim();
  }, index);
}
