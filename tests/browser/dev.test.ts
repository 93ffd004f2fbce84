// The dev server, run as a user runs it, from a copy of the project (its themes are changed here, never the repo's):
// on 127.0.0.1 only, a saved outline or theme updates the open page and keeps its slide, an error shows and clears.
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import type { RevealApi } from 'reveal.js';
import { closeBrowser, launchBrowser } from '../../src/outputs/browser/launch.ts';
import { devAddress, openDevPage } from '../support/dev-server.ts';
import { projectCopy } from '../support/project-copy.ts';
import { SAMPLE_OUTLINE } from '../support/sample.ts';

const THEME = 'zz-dev-test';
const copy = projectCopy();
const themeFile = path.join(copy.root, 'themes', `${THEME}.css`);
const outline = path.join(copy.root, 'slides', 'talk.md');
const source = fs.readFileSync(SAMPLE_OUTLINE, 'utf8').replace(/^theme: .*$/m, `theme: ${THEME}`);

let dev: ChildProcessWithoutNullStreams;
let stdout = '';
let stderr = '';
let url = '';
let browser: Browser;
let page: Page;

const slideIndex = () =>
  page.evaluate(() => (window as unknown as { speechdeck: RevealApi }).speechdeck.getIndices().h);
const slidesText = (text: string) => (document.querySelector('.slides')?.textContent ?? '').includes(text);

beforeAll(async () => {
  fs.copyFileSync(path.join(copy.root, 'themes', 'light.css'), themeFile);
  fs.writeFileSync(outline, source);
  dev = spawn(process.execPath, [path.join(copy.root, 'bin/speechdeck.js'), 'dev', 'slides/talk.md', '--port', '0'], {
    cwd: copy.root,
    env: { ...process.env, SPEECHDECK_FROM_SOURCE: '1' },
  });
  dev.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  dev.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  url = await new Promise<string>((resolve, reject) => {
    const look = () => {
      const found = devAddress(stdout);
      if (found) resolve(found);
    };
    dev.stdout.on('data', look);
    dev.once('exit', (code) => reject(new Error(`the dev server exited (${code}): ${stdout}${stderr}`)));
  });
  browser = await launchBrowser();
  page = await openDevPage(browser, `${url}#/5`);
}, 120_000);

afterAll(async () => {
  if (browser) await closeBrowser(browser);
  if (dev && dev.exitCode === null) {
    const exited = new Promise((resolve) => dev.once('exit', resolve));
    dev.kill('SIGTERM');
    await exited;
  }
  copy.remove();
});

describe('speechdeck dev', () => {
  it("listens on 127.0.0.1 only: the machine's other addresses refuse the connection", async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const port = Number(new URL(url).port);
    const others = Object.values(os.networkInterfaces())
      .flat()
      .filter((address) => address && !address.internal && address.family === 'IPv4')
      .map((address) => address!.address);
    for (const host of others) {
      const refused = await new Promise<boolean>((resolve) => {
        const socket = net.connect({ host, port }, () => {
          socket.destroy();
          resolve(false);
        });
        socket.on('error', () => resolve(true));
      });
      expect(refused, host).toBe(true);
    }
  });

  it('opens on the slide in the address, every font it asks for served (its packages are links here) and no error', async () => {
    expect(await slideIndex()).toBe(5);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    expect(stderr).toBe('');
  });

  it('shows a saved outline without leaving the current slide', async () => {
    fs.writeFileSync(outline, source.replace('经济社会深刻变革', '经济社会深刻变革（改过）'));
    await page.waitForFunction(slidesText, { timeout: 20_000 }, '（改过）');
    expect(await slideIndex()).toBe(5);
  });

  it('shows an outline error in the page, and clears it when the error is fixed', async () => {
    fs.writeFileSync(outline, source.replace('title: ', 'titel: '));
    await page.waitForSelector('#sd-error', { timeout: 20_000 });
    fs.writeFileSync(outline, source);
    await page.waitForFunction(() => !document.querySelector('#sd-error'), { timeout: 20_000 });
    expect(await slideIndex()).toBe(5);
  });

  it('shows a save written in two steps (emptied, then written, as some editors do) once it is whole, and no error', async () => {
    const errorsBefore = stderr.length;
    fs.writeFileSync(outline, '');
    fs.writeFileSync(outline, source.replace('经济社会深刻变革', '经济社会深刻变革（两步）'));
    await page.waitForFunction(slidesText, { timeout: 20_000 }, '（两步）');
    // The whole file was read once the save settled, so the burst is over: nothing of the empty file was shown.
    expect(stderr.slice(errorsBefore)).toBe('');
    expect(await page.evaluate(() => !!document.querySelector('#sd-error, vite-error-overlay'))).toBe(false);
    expect(await slideIndex()).toBe(5);
  });

  it('applies a saved theme without leaving the current slide', async () => {
    fs.appendFileSync(themeFile, '\n.reveal h2.sd-heading { color: rgb(1, 2, 3); }\n');
    await page.waitForFunction(
      () => [...document.querySelectorAll('h2.sd-heading')].some((h) => getComputedStyle(h).color === 'rgb(1, 2, 3)'),
      { timeout: 20_000 },
    );
    expect(await slideIndex()).toBe(5);
  });
});
