// The handout's and the script's pages read their fonts from the fonts' cache (pdf/paper.ts's paperFonts). Something
// else may empty that cache after the fonts were cut and before the page loads them (a clean-up, another program):
// the page would then print in the system's fonts without a word. Here the cache is emptied as each paper page is
// opened: once (the fonts are cut again and the paper prints in ours), and every time (the command stops with its own
// message, as the machine's fault).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { failureOf } from '../../../src/commands/failure.ts';
import { endCutter } from '../../../src/fonts/cutter.ts';
import { closeBrowser, launchBrowser } from '../../../src/outputs/browser/launch.ts';
import { buildDeck } from '../../../src/outputs/deck/folder.ts';
import type { WrittenDeck } from '../../../src/outputs/deck/folder.ts';
import { EnvironmentError } from '../../../src/outputs/errors.ts';
import { exportHandout } from '../../../src/outputs/pdf/handout.ts';
import { exportScript } from '../../../src/outputs/pdf/script.ts';
import { embeddedFonts } from '../../support/pdf.ts';
import { SAMPLE_OUTLINE } from '../../support/sample.ts';

const lose = vi.hoisted(() => ({ times: 0, fonts: '' }));

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
      const error = await make(browser, built, target).then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(EnvironmentError);
      const failure = failureOf(error);
      expect(failure.exit).toBe(2);
      expect(failure.text).toMatch(/noto-(sans|serif)-sc-[\w-]+\.(woff2|css)|paper-\w+\.css/);
      expect(failure.text).not.toMatch(/\n\s+at /);
      expect(fs.existsSync(target)).toBe(false);
    }, 300_000);
  }
});
