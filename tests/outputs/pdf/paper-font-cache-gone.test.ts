// The handout's and the script's pages read their fonts from the fonts' cache (pdf/paper.ts's paperFonts). Something
// else may empty that cache after the fonts were cut and before the page loads them (a clean-up, another program):
// the page would then print in the system's fonts without a word. Here the cache is emptied as each paper page is
// opened: once (the fonts are cut again and the paper prints in ours), and every time (the command stops with its own
// message, as the machine's fault). The same for the other files a paper page reads (pdf/paper.ts's withPaperPage:
// the handout, the script, the bound PDF's cover): the theme's stylesheet gone from its folder, a picture that does
// not decode. Chromium prints without them and without a word; the command stops instead, naming the file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { endCutter } from '../../../src/fonts/cutter.ts';
import { closeBrowser, launchBrowser, newPage } from '../../../src/outputs/browser/launch.ts';
import { buildDeck } from '../../../src/outputs/deck/folder.ts';
import type { WrittenDeck } from '../../../src/outputs/deck/folder.ts';
import { exportHandout } from '../../../src/outputs/pdf/handout.ts';
import { withPaperPage } from '../../../src/outputs/pdf/paper.ts';
import { exportScript } from '../../../src/outputs/pdf/script.ts';
import { embeddedFonts } from '../../support/pdf.ts';
import { machineStop } from '../../support/machine-stop.ts';
import { SAMPLE_OUTLINE } from '../../support/sample.ts';

const lose = vi.hoisted(() => ({ times: 0, fonts: '', theme: '' }));

// The fonts' cache in a folder of this file's own (the client's stays where it is: it is not what is tested).
vi.mock('../../../src/files/cache.ts', async (original) => {
  const { ownFontsCache } = await import('../../support/fonts-cache.ts');
  const cache = ownFontsCache(await original<typeof import('../../../src/files/cache.ts')>());
  lose.fonts = cache.folder;
  return cache.module;
});

// While `times` lasts, a page about to read from the fonts' cache finds it emptied first.
vi.mock('../../../src/outputs/browser/request-filter.ts', async (original) => {
  const real = await original<typeof import('../../../src/outputs/browser/request-filter.ts')>();
  const { emptyBeforeRead } = await import('../../support/fonts-cache.ts');
  return {
    ...real,
    readOnly(...args: Parameters<typeof real.readOnly>) {
      emptyBeforeRead(lose, args[1]);
      return real.readOnly(...args);
    },
  };
});

// While `theme` is set, the theme's stylesheet is looked for there (a file that is not).
vi.mock('../../../src/files/paths.ts', async (original) => {
  const real = await original<typeof import('../../../src/files/paths.ts')>();
  return { ...real, themePath: (name: string) => lose.theme || real.themePath(name) };
});

const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-paper-gone-'));
let browser: Browser;
let built: WrittenDeck;

beforeAll(async () => {
  built = await buildDeck(SAMPLE_OUTLINE, dist);
  browser = await launchBrowser();
});

afterAll(async () => {
  await closeBrowser(browser);
  await endCutter();
  fs.rmSync(dist, { recursive: true, force: true });
  fs.rmSync(lose.fonts, { recursive: true, force: true });
});

beforeEach(() => {
  lose.times = 0;
  lose.theme = '';
});

const exports = { handout: exportHandout, script: exportScript } as const;

describe('paper whose fonts leave the cache before its page loads them', () => {
  for (const [name, make] of Object.entries(exports)) {
    it(`cuts them again, and the ${name} prints in our fonts`, async () => {
      lose.times = 1;
      const target = path.join(dist, `${name}.pdf`);
      await make(browser, built, target);
      expect(lose.times).toBe(0);
      const fonts = await embeddedFonts(target);
      expect(fonts.length).toBeGreaterThan(0);
      // ours only: the system's fonts would stand in for them
      for (const font of fonts) expect(font).toMatch(/^Noto(Sans|Serif)SC/);
    }, 300_000);

    it(`stops as the machine’s fault, naming the font, when they leave it again (${name})`, async () => {
      lose.times = Number.POSITIVE_INFINITY;
      const target = path.join(dist, `${name}-again.pdf`);
      const text = await machineStop(make(browser, built, target));
      expect(text).toMatch(/noto-(sans|serif)-sc-[\w-]+\.(woff2|css)|paper-\w+\.css/);
      expect(fs.existsSync(target)).toBe(false);
    }, 300_000);
  }
});

describe('paper that lacks a file it links', () => {
  for (const [name, make] of Object.entries(exports)) {
    it(`stops, naming the theme’s stylesheet gone from its folder (${name})`, async () => {
      lose.theme = path.join(dist, 'themes-gone', 'official.css');
      const target = path.join(dist, `${name}-no-theme.pdf`);
      const text = await machineStop(make(browser, built, target));
      expect(text).toContain('official.css');
      expect(fs.existsSync(target)).toBe(false);
    }, 300_000);
  }

  it('prints as before where every file is there (handout)', async () => {
    const target = path.join(dist, 'handout.pdf');
    await exportHandout(browser, built, target);
    expect(fs.statSync(target).size).toBeGreaterThan(0);
  }, 300_000);

  for (const [what, make] of Object.entries({
    'a picture that does not decode': (folder: string) => {
      fs.writeFileSync(path.join(folder, 'broken.png'), 'not a picture');
      return '<img src="broken.png" alt="">';
    },
    'a stylesheet that is not there': () => '<link rel="stylesheet" href="missing.css">',
  })) {
    it(`stops, naming ${what}`, async () => {
      const folder = fs.mkdtempSync(path.join(dist, 'page-'));
      const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">${make(folder)}</head><body><p>正文</p></body></html>`;
      const page = await newPage(browser, 794, 1123);
      try {
        const target = path.join(folder, 'page.pdf');
        const text = await machineStop(
          withPaperPage(
            page,
            target,
            { html, stylesheets: [pathToFileURL(path.join(folder, 'x.css')).href], online: false },
            'the page',
            '',
            60_000,
            async () => page.pdf(),
          ),
        );
        expect(text).toMatch(/broken\.png|missing\.css/);
      } finally {
        await page.close().catch(() => undefined);
      }
    }, 300_000);
  }
});
