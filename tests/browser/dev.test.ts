// The dev server, run as a user runs it, from a copy of the project (its themes are changed here, never the repo's):
// on 127.0.0.1 only, a saved outline or theme updates the open page and keeps its slide, an error shows and clears.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { RevealApi } from 'reveal.js';
import { copiedProject, devTest } from '../support/servers.ts';
import { SAMPLE_OUTLINE } from '../support/sample.ts';

const THEME = 'zz-dev-test';
const source = fs.readFileSync(SAMPLE_OUTLINE, 'utf8').replace(/^theme: .*$/m, `theme: ${THEME}`);

const it = devTest({
  project: () => {
    const copy = copiedProject();
    fs.copyFileSync(path.join(copy.root, 'themes', 'light.css'), path.join(copy.root, 'themes', `${THEME}.css`));
    fs.writeFileSync(path.join(copy.root, 'slides', 'talk.md'), source);
    return copy;
  },
  ownCopy: true,
  hash: '#/5',
});
let page: Page;
let outline: string;
let themeFile: string;

it.beforeAll(async ({ page: opened, project }) => {
  page = opened;
  outline = path.join(project.root, 'slides', 'talk.md');
  themeFile = path.join(project.root, 'themes', `${THEME}.css`);
});

const slideIndex = () =>
  page.evaluate(() => (window as unknown as { speechdeck: RevealApi }).speechdeck.getIndices().h);
const slidesText = (text: string) => (document.querySelector('.slides')?.textContent ?? '').includes(text);

describe('speechdeck dev', () => {
  it("listens on 127.0.0.1 only: the machine's other addresses refuse the connection", async ({ dev }) => {
    const { url } = dev;
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

  it('opens on the slide in the address, every font it asks for served (its packages are links here) and no error', async ({
    dev,
  }) => {
    expect(await slideIndex()).toBe(5);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    expect(dev.errors()).toBe('');
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

  it('shows a save written in two steps (emptied, then written, as some editors do) once it is whole, and no error', async ({
    dev,
  }) => {
    const errorsBefore = dev.errors().length;
    fs.writeFileSync(outline, '');
    fs.writeFileSync(outline, source.replace('经济社会深刻变革', '经济社会深刻变革（两步）'));
    await page.waitForFunction(slidesText, { timeout: 20_000 }, '（两步）');
    // The whole file was read once the save settled, so the burst is over: nothing of the empty file was shown.
    expect(dev.errors().slice(errorsBefore)).toBe('');
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
