// The built deck from file:// in Firefox too (meeting-room PCs run what they run). Skipped, saying so, without Firefox.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import type { Browser } from 'puppeteer-core';
import type { RevealApi } from 'reveal.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const FIREFOX = [process.env.SPEECHDECK_FIREFOX, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find(
  (f): f is string => !!f && existsSync(f),
);
if (!FIREFOX) console.warn('skipping the Firefox test: no Firefox installed (Debian: apt-get install firefox-esr)');

const sample = inject('sample');

describe.skipIf(!FIREFOX)('the sample deck in Firefox, from file://', () => {
  let browser: Browser;
  // Made in beforeAll, which a skipped suite never runs: a machine without Firefox gets no empty profile folder.
  let profile: string | undefined;

  beforeAll(async () => {
    profile = mkdtempSync(path.join(os.tmpdir(), 'speechdeck-firefox-'));
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX!,
      headless: true,
      userDataDir: profile,
      timeout: 60_000,
    });
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    browser?.process()?.kill('SIGKILL');
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('runs the deck, navigates, and loads the bundled Chinese fonts', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${pathToFileURL(sample.indexHtml).href}#/5`);
    await page.waitForSelector('html[data-speechdeck-ready]', { timeout: 60_000 });
    const state = await page.evaluate(async () => {
      const deck = (window as unknown as { speechdeck: RevealApi }).speechdeck;
      await document.fonts.load('400 42px "Noto Sans SC"', '群众工作');
      await document.fonts.load('700 68px "Noto Serif SC"', '群众工作');
      return {
        total: deck.getTotalSlides(),
        slide: deck.getIndices().h,
        loaded: [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/"/g, '')),
        failed: [...document.fonts].filter((f) => f.status === 'error').length,
      };
    });
    expect(errors).toEqual([]);
    expect(state.slide).toBe(5);
    expect(state.total).toBeGreaterThan(10);
    expect(state.loaded).toEqual(expect.arrayContaining(['Noto Sans SC', 'Noto Serif SC']));
    expect(state.failed).toBe(0);
  });
});
