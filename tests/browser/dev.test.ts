// The dev server: on 127.0.0.1, a saved outline or theme updates the open page and keeps its slide.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import type { RevealApi } from 'reveal.js';
import type { AddressInfo } from 'node:net';
import type { ViteDevServer } from 'vite';
import { startDevServer } from '../../src/build/dev.ts';
import { THEMES_DIR } from '../../src/files/paths.ts';
import { launchBrowser, closeBrowser } from '../../src/outputs/browser/launch.ts';
import { SAMPLE_OUTLINE } from '../support/sample.ts';

const THEME = 'zz-dev-test';
const themeFile = path.join(THEMES_DIR, `${THEME}.css`);
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-dev-'));
const outline = path.join(folder, 'talk.md');
const source = fs.readFileSync(SAMPLE_OUTLINE, 'utf8').replace(/^theme: .*$/m, `theme: ${THEME}`);

let browser: Browser;
let server: ViteDevServer;
let page: Page;

const slideIndex = () => page.evaluate(() => (window as unknown as { speechdeck: RevealApi }).speechdeck.getIndices().h);
/** chokidar folds writes that come too close together; a pause makes each save its own event. */
const save = async (file: string, text: string) => {
  await new Promise((resolve) => setTimeout(resolve, 400));
  fs.writeFileSync(file, text);
};

beforeAll(async () => {
  fs.copyFileSync(path.join(THEMES_DIR, 'light.css'), themeFile);
  fs.writeFileSync(outline, source);
  server = await startDevServer(outline, { host: '127.0.0.1', port: 0 });
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 720 });
  await page.goto(`${server.resolvedUrls!.local[0]}#/5`);
  await page.waitForSelector('html[data-speechdeck-ready]', { timeout: 60_000 });
});

afterAll(async () => {
  if (browser) await closeBrowser(browser);
  await server?.close();
  fs.rmSync(themeFile, { force: true });
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('speechdeck dev', () => {
  it('listens on 127.0.0.1 only', () => {
    expect((server.httpServer!.address() as AddressInfo).address).toBe('127.0.0.1');
  });

  it('opens on the slide in the address', async () => {
    expect(await slideIndex()).toBe(5);
  });

  it('shows a saved outline without leaving the current slide', async () => {
    await save(outline, source.replace('经济社会深刻变革', '经济社会深刻变革（改过）'));
    await page.waitForFunction(() => document.querySelector('.slides')!.textContent!.includes('（改过）'), { timeout: 20_000 });
    expect(await slideIndex()).toBe(5);
  });

  it('shows an outline error in the page, and clears it when the error is fixed', async () => {
    await save(outline, source.replace('title: ', 'titel: '));
    await page.waitForSelector('vite-error-overlay', { timeout: 20_000 });
    await save(outline, source);
    await page.waitForFunction(() => !document.querySelector('vite-error-overlay'), { timeout: 20_000 });
    expect(await slideIndex()).toBe(5);
  });

  it('reads a save written in two steps (emptied, then written, as some editors do) only once it is whole', async () => {
    await save(outline, '');
    await new Promise((resolve) => setTimeout(resolve, 20));
    fs.writeFileSync(outline, source.replace('经济社会深刻变革', '经济社会深刻变革（两步）'));
    await page.waitForFunction(() => document.querySelector('.slides')!.textContent!.includes('（两步）'), { timeout: 20_000 });
    // the empty file in between never reached the page
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await page.evaluate(() => !!document.querySelector('vite-error-overlay'))).toBe(false);
    expect(await slideIndex()).toBe(5);
  });

  it('applies a saved theme without leaving the current slide', async () => {
    await save(themeFile, `${fs.readFileSync(themeFile, 'utf8')}\n.reveal h2.sd-heading { color: rgb(1, 2, 3); }\n`);
    await page.waitForFunction(
      () => [...document.querySelectorAll('h2.sd-heading')].some((h) => getComputedStyle(h).color === 'rgb(1, 2, 3)'),
      { timeout: 20_000 },
    );
    expect(await slideIndex()).toBe(5);
  });
});
