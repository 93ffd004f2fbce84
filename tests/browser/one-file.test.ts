// The one-file deck (dist/<name>.html) copied alone into an empty folder and opened from file:// with the network
// cut: it asks for no file but itself, starts, draws every character of every slide and of the speaker view in the
// deck's own fonts (asked of Chromium through the DevTools protocol), and its speaker view opens with the notes and the
// next slide under the deck's Content-Security-Policy.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page, Target } from 'puppeteer-core';
import { closeBrowser, launchBrowser } from '../../src/outputs/browser/launch.ts';

const sample = inject('sample');
let browser: Browser;
let folder: string;
let deckUrl: string;

beforeAll(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'speechdeck-usb-'));
  const copy = path.join(folder, path.basename(sample.oneFile));
  await fs.copyFile(sample.oneFile, copy);
  deckUrl = pathToFileURL(copy).href;
  browser = await launchBrowser();
});

afterAll(async () => {
  if (browser) await closeBrowser(browser);
  if (folder) await fs.rm(folder, { recursive: true, force: true });
});

/** True for the deck's own file (with any query or fragment) and for data: URLs, which are no request at all. */
function isOwn(url: string): boolean {
  return url.startsWith('data:') || url.split(/[?#]/)[0] === deckUrl;
}

/** Opens the copied file with every other request refused (the network is off), recording what was asked for. */
async function openAlone(query = ''): Promise<{ page: Page; foreign: string[]; errors: string[] }> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 720 });
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (isOwn(request.url())) return void request.continue();
    foreign.push(request.url());
    void request.abort('internetdisconnected');
  });
  await page.goto(`${deckUrl}${query}`, { waitUntil: 'load' });
  await page.waitForSelector('html[data-speechdeck-ready]', { timeout: 60_000 });
  return { page, foreign, errors };
}

/** Every font Chromium used for the text of the elements matching `selector`, through CSS.getPlatformFontsForNode:
 *  those that are not the page's web fonts (isCustomFont false) came from the machine. */
async function fontsUsed(
  page: Page,
  selector: string,
): Promise<{ custom: Set<string>; system: string[]; glyphs: number }> {
  const client = await page.createCDPSession();
  try {
    await client.send('DOM.enable');
    await client.send('CSS.enable');
    const { root } = await client.send('DOM.getDocument', { depth: -1 });
    const { nodeIds } = await client.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
    const custom = new Set<string>();
    const system: string[] = [];
    let glyphs = 0;
    for (const nodeId of nodeIds) {
      const { fonts } = await client.send('CSS.getPlatformFontsForNode', { nodeId });
      for (const font of fonts) {
        glyphs += font.glyphCount;
        if (font.isCustomFont) custom.add(font.familyName);
        else if (font.glyphCount > 0) system.push(`${font.familyName} (${font.glyphCount} glyphs)`);
      }
    }
    return { custom, system, glyphs };
  } finally {
    await client.detach();
  }
}

describe('the one-file deck, alone in a folder, offline', () => {
  it('has no reference to another file: every src, href and url() is data: or #', async () => {
    // The markup and the stylesheets; the script's own text (code that builds addresses) is not a reference.
    const html = (await fs.readFile(sample.oneFile, 'utf8')).replace(
      /(<script\b[^>]*>)[\s\S]*?<\/script>/gi,
      '$1</script>',
    );
    expect(html).toMatch(/<img\b|url\(/);
    const references = [
      ...[...html.matchAll(/\s(?:src|href)\s*=\s*["']([^"']*)["']/gi)].map((m) => m[1]!),
      ...[...html.matchAll(/url\(\s*["']?([^"')]*)/gi)].map((m) => m[1]!),
    ];
    expect(references.length).toBeGreaterThan(0);
    expect(references.filter((ref) => !/^(data:|#)/i.test(ref))).toEqual([]);
  });

  it('starts, asking for no file but its own', async () => {
    const { page, foreign, errors } = await openAlone('#/3');
    const state = await page.evaluate(() => ({
      slides: Number(document.documentElement.dataset.speechdeckSlides),
      current: (window as unknown as { speechdeck: { getIndices(): { h: number } } }).speechdeck.getIndices().h,
      title: document.querySelector('.reveal .slides section.present h2')?.textContent,
    }));
    expect(state.slides).toBeGreaterThan(10);
    expect(state.current).toBe(3);
    expect(state.title).toBeTruthy();
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('searches, zooms and shows the overview, as the folder deck does', async () => {
    const { page, foreign, errors } = await openAlone('#/0');
    // search: the plugin's box finds a word of a later slide and goes there
    await page.keyboard.down('Control');
    await page.keyboard.down('Shift');
    await page.keyboard.press('KeyF');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Control');
    await page.waitForSelector('.searchinput', { visible: true });
    await page.type('.searchinput', '枫桥经验');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => (window as unknown as { speechdeck: { getIndices(): { h: number } } }).speechdeck.getIndices().h > 0,
    );
    expect(await page.$eval('.reveal .slides section.present', (section) => section.textContent)).toContain('枫桥经验');
    // overview with Esc, and the zoom plugin in place (Alt+click)
    await page.click('body');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.reveal.overview');
    expect(
      await page.evaluate(
        () => !!(window as unknown as { speechdeck: { getPlugin(id: string): unknown } }).speechdeck.getPlugin('zoom'),
      ),
    ).toBe(true);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("draws every slide with the deck's own fonts, not one glyph from the machine's", async () => {
    // The print view lays every slide out at once, so each slide's text is measured where the audience sees it.
    const { page, foreign } = await openAlone('?print-pdf');
    const used = await fontsUsed(page, '.reveal .slides section *');
    expect(used.glyphs).toBeGreaterThan(500);
    expect(used.system).toEqual([]);
    // the families as the font files name themselves (`Noto Sans SC Thin`: the name of the variable font's default)
    expect([...used.custom].every((family) => /^Noto (Sans|Serif) SC\b/.test(family))).toBe(true);
    expect(used.custom.size).toBeGreaterThanOrEqual(2);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it("opens the speaker view with the notes and the next slide, in the deck's fonts, under the deck's policy", async () => {
    expect(await fs.readFile(sample.oneFile, 'utf8')).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-[^"]*frame-src 'none'; connect-src 'none'/,
    );
    const { page } = await openAlone('#/5');
    const opened = new Promise<Target>((resolve) => browser.once('targetcreated', resolve));
    await page.keyboard.press('s');
    const speaker = (await (await opened).page())!;
    await speaker.waitForFunction(
      () => getComputedStyle(document.querySelector('#connection-status')!).display === 'none',
      { timeout: 30_000 },
    );
    await speaker.waitForFunction(() => document.querySelector('.speaker-controls-notes .value')?.textContent?.trim(), {
      timeout: 30_000,
    });
    await speaker.evaluate(() => document.fonts.ready);
    const notes = await speaker.$eval('.speaker-controls-notes .value', (element) => element.textContent!);
    expect(notes).toContain('群众工作面对的对象');
    // the current and the next slide drawn in their previews (copies of the slides: the policy allows no frames)
    const previews = await speaker.waitForFunction(
      () => {
        const text = (box: string) =>
          document.querySelector(`${box} .speechdeck-preview section.present`)?.textContent?.trim() ?? '';
        const [current, upcoming] = [text('#current-slide'), text('#upcoming-slide')];
        return current && upcoming && current !== upcoming ? { current, upcoming } : null;
      },
      { timeout: 30_000 },
    );
    const shown = (await previews.jsonValue()) as { current: string; upcoming: string };
    const slides = await page.evaluate(() => {
      const reveal = (
        window as unknown as { speechdeck: { getCurrentSlide(): HTMLElement; getSlide(h: number): HTMLElement } }
      ).speechdeck;
      return { current: reveal.getCurrentSlide().textContent!.trim(), next: reveal.getSlide(6).textContent!.trim() };
    });
    expect(shown).toEqual({ current: slides.current, upcoming: slides.next });
    expect(await speaker.$eval('.pacing', (element) => getComputedStyle(element).display)).not.toBe('none');
    const used = await fontsUsed(speaker, '.speaker-controls-notes *, .speaker-controls-notes, h4.label, .label');
    expect(used.glyphs).toBeGreaterThan(50);
    expect(used.system).toEqual([]);
    // what the speaker window and its slide previews loaded: nothing but the deck's own file
    const loaded = await speaker.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    expect(loaded.filter((url) => !isOwn(url))).toEqual([]);
    await speaker.close();
    await page.close();
  });
});
