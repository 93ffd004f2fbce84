// The one-file deck stores each picture once: a photo on three slides and the logo on every slide add their
// base64 once to the file, not once a use, and every image still shows (set back by the page's own script, under
// the deck's content policy).
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/outputs/deck/folder.ts';
import { writeOneFile } from '../../src/outputs/deck/one-file.ts';
import { closeBrowser, launchBrowser } from '../../src/outputs/browser/launch.ts';
import { prng } from '../support/prng.ts';

/** A PNG of noise, which does not compress: its size is its pixels'. */
function noise(width: number, height: number, seed: number): Buffer {
  const random = prng(seed);
  const picture = new PNG({ width, height });
  for (let i = 0; i < picture.data.length; i++) picture.data[i] = i % 4 === 3 ? 255 : random.int(0, 255);
  return PNG.sync.write(picture);
}

const PHOTO_BYTES = noise(160, 120, 1);
const LOGO_BYTES = noise(48, 48, 2);

function outline(photoUses: number, logoEverywhere: boolean): string {
  const slides = Array.from({ length: 4 }, (_, i) =>
    i < photoUses ? `## 第${i + 1}页\n\n- 要点\n\n![现场](images/photo.png)\n` : `## 第${i + 1}页\n\n- 要点\n`,
  );
  return `---\ntitle: 题目\nlogo: images/logo.png\nlogoOnEverySlide: ${logoEverywhere}\n---\n\n${slides.join('\n')}`;
}

let work: string;
const sizes = new Map<string, { path: string; bytes: number }>();

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'speechdeck-one-file-pictures-'));
  for (const [name, uses, everywhere] of [
    ['once', 1, false],
    ['thrice', 3, true],
  ] as const) {
    const dir = path.join(work, name);
    await fs.mkdir(path.join(dir, 'images'), { recursive: true });
    await fs.writeFile(path.join(dir, 'images', 'photo.png'), PHOTO_BYTES);
    await fs.writeFile(path.join(dir, 'images', 'logo.png'), LOGO_BYTES);
    await fs.writeFile(path.join(dir, 'talk.md'), outline(uses, everywhere));
    const built = await buildDeck(path.join(dir, 'talk.md'), path.join(dir, 'dist'));
    sizes.set(name, await writeOneFile(built, path.join(dir, 'dist', 'talk.html')));
  }
}, 120_000);

afterAll(async () => {
  if (work) await fs.rm(work, { recursive: true, force: true });
});

describe('the one-file deck with a picture on several slides', () => {
  it("grows by far less than another copy of the picture's base64 for each use", () => {
    const base64 = (bytes: Buffer) => Math.ceil(bytes.length / 3) * 4;
    const grown = sizes.get('thrice')!.bytes - sizes.get('once')!.bytes;
    // two more uses of the photo and five of the logo: stored once each, they add a few hundred bytes of slides
    expect(grown).toBeLessThan(base64(LOGO_BYTES) / 2);
    expect(base64(PHOTO_BYTES)).toBeGreaterThan(50_000);
  });

  it('shows every image, the logo on every slide, with no error and nothing asked of the network', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(pathToFileURL(sizes.get('thrice')!.path).href, { waitUntil: 'load' });
      await page.waitForSelector('html[data-speechdeck-ready]', { timeout: 60_000 });
      const images = await page.evaluate(async () => {
        const all = [...document.querySelectorAll<HTMLImageElement>('.reveal img')];
        await Promise.all(all.map((img) => img.decode().catch(() => undefined)));
        return all.map((img) => ({
          className: img.className,
          data: img.src.startsWith('data:image/png;base64,'),
          shown: img.complete && img.naturalWidth > 0,
        }));
      });
      expect(images.filter((img) => img.className === 'sd-corner-logo').length).toBeGreaterThanOrEqual(4);
      expect(images.filter((img) => img.className === '').length).toBe(3);
      expect(images.filter((img) => !img.data || !img.shown)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await closeBrowser(browser);
    }
  });
});
