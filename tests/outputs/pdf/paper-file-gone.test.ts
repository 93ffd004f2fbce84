// A paper page (pdf/paper.ts's withPaperPage: the handout, the script, the bound PDF's cover) that lacks a file it
// links, besides its fonts: the theme's stylesheet gone from its folder, a picture that does not decode. Chromium
// prints without them and without a word; the command stops instead, as the machine's fault, naming the file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { failureOf } from '../../../src/commands/failure.ts';
import { endCutter } from '../../../src/fonts/cutter.ts';
import { closeBrowser, launchBrowser, newPage } from '../../../src/outputs/browser/launch.ts';
import { buildDeck } from '../../../src/outputs/deck/folder.ts';
import type { WrittenDeck } from '../../../src/outputs/deck/folder.ts';
import { EnvironmentError } from '../../../src/outputs/errors.ts';
import { exportHandout } from '../../../src/outputs/pdf/handout.ts';
import { withPaperPage } from '../../../src/outputs/pdf/paper.ts';
import { exportScript } from '../../../src/outputs/pdf/script.ts';
import { SAMPLE_OUTLINE } from '../../support/sample.ts';

const theme = vi.hoisted(() => ({ gone: '' }));

// While `gone` is set, the theme's stylesheet is looked for there (a file that is not).
vi.mock('../../../src/files/paths.ts', async (original) => {
  const real = await original<typeof import('../../../src/files/paths.ts')>();
  return { ...real, themePath: (name: string) => theme.gone || real.themePath(name) };
});

const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-paper-file-gone-'));
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
});

beforeEach(() => {
  theme.gone = '';
});

/** What `work` threw, as the command would end on it: an EnvironmentError, exit 2, our message without a stack. */
async function stopped(work: Promise<unknown>): Promise<string> {
  const error = await work.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(EnvironmentError);
  const failure = failureOf(error);
  expect(failure.exit).toBe(2);
  expect(failure.text).not.toMatch(/\n\s+at /);
  return failure.text;
}

const exports = { handout: exportHandout, script: exportScript } as const;

describe('paper that lacks a file it links', () => {
  for (const [name, make] of Object.entries(exports)) {
    it(`stops, naming the theme’s stylesheet gone from its folder (${name})`, async () => {
      theme.gone = path.join(dist, 'themes-gone', 'official.css');
      const target = path.join(dist, `${name}-no-theme.pdf`);
      const text = await stopped(make(browser, built, target));
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
        const text = await stopped(
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
