// The slides' pictures and the long image, made from the sample in a real browser and read back as files.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { buildDeck } from '../../../src/outputs/deck/folder.ts';
import type { WrittenDeck } from '../../../src/outputs/deck/folder.ts';
import { launchBrowser, closeBrowser } from '../../../src/outputs/browser/launch.ts';
import { writePictures } from '../../../src/outputs/pictures/folder.ts';
import type { PicturesOutput } from '../../../src/outputs/pictures/folder.ts';
import { decodePng } from '../../../src/outputs/pictures/jpeg.ts';
import { picturePages, shootSlides } from '../../../src/outputs/pictures/shoot.ts';
import { DECK_MARKER } from '../../../src/files/deck-folder.ts';
import { openDeckPage } from '../../support/browser.ts';
import { SAMPLE_OUTLINE } from '../../support/sample.ts';

const dist = mkdtempSync(path.join(os.tmpdir(), 'speechdeck-pictures-'));
let browser: Browser;
let built: WrittenDeck;
let made: PicturesOutput;
const target = { folder: path.join(dist, 'qunzhong-png'), longImage: path.join(dist, 'qunzhong-长图.jpg') };

beforeAll(async () => {
  built = await buildDeck(SAMPLE_OUTLINE, dist);
  browser = await launchBrowser();
  made = await writePictures(browser, built, target, { scale: 1, jpeg: false, long: true }, 'pictures', () => {});
});

afterAll(async () => {
  await closeBrowser(browser);
  rmSync(dist, { recursive: true, force: true });
});

/** Width and height from a PNG's header. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = Buffer.from(bytes);
  return { width: view.readUInt32BE(16), height: view.readUInt32BE(20) };
}

/** A JPEG's size and each component's sampling factors, from its SOF0 segment. */
function jpegFrame(bytes: Uint8Array): { width: number; height: number; sampling: number[] } {
  const view = Buffer.from(bytes);
  for (let at = 2; at < view.length; ) {
    const marker = view[at + 1]!;
    const length = view.readUInt16BE(at + 2);
    if (marker === 0xc0) {
      const components = view[at + 9]!;
      const sampling = Array.from({ length: components }, (_, i) => view[at + 11 + i * 3]!);
      return { height: view.readUInt16BE(at + 5), width: view.readUInt16BE(at + 7), sampling };
    }
    at += 2 + length;
  }
  throw new Error('no SOF0 segment');
}

describe('the slides as pictures', () => {
  it('is one 1920×1080 PNG per slide, numbered 01.png…', () => {
    const files = readdirSync(target.folder).filter((file) => file !== DECK_MARKER);
    const slides = built.deck.plan.slides.length;
    expect(files).toEqual(Array.from({ length: slides }, (_, i) => `${String(i + 1).padStart(2, '0')}.png`));
    for (const file of files)
      expect(pngSize(readFileSync(path.join(target.folder, file)))).toEqual({ width: 1920, height: 1080 });
    expect(made).toMatchObject({ count: slides, width: 1920, height: 1080 });
  });

  it('shows a slide as the deck shows it', async () => {
    const { page } = await openDeckPage(browser, `${pathToFileURL(built.indexHtml).href}#/9`);
    try {
      await page.setViewport({ width: 1920, height: 1080 });
      // No transition in the way: the slide is shown where it stands, and the screenshot waits for a drawn frame.
      await page.evaluate(() => {
        const deck = (
          window as unknown as { speechdeck: { configure: (o: object) => void; slide: (n: number) => void } }
        ).speechdeck;
        deck.configure({ transition: 'none' });
        deck.slide(9);
      });
      await page.waitForFunction(() =>
        document.querySelector('.reveal .slides > section.present')?.classList.contains('present'),
      );
      const screen = decodePng(await page.screenshot({ type: 'png' }));
      const picture = decodePng(readFileSync(path.join(target.folder, '10.png')));
      expect([picture.width, picture.height]).toEqual([screen.width, screen.height]);
      let difference = 0;
      for (let i = 0; i < screen.data.length; i += 4)
        for (let c = 0; c < 3; c++) difference += Math.abs(screen.data[i + c]! - picture.data[i + c]!);
      // anti-aliased edges may differ by a shade; a wrong slide, a missing font or a shifted layout differs by far more
      expect(difference / (screen.width * screen.height * 3)).toBeLessThan(2);
    } finally {
      await page.close();
    }
  });

  it('takes the same pictures in one page as in two pages shooting halves of the slides at once', async () => {
    // the other way than the one taken for the pictures above
    const pages = made.pages === 2 ? 1 : 2;
    const shots: Uint8Array[] = [];
    const shot = await shootSlides(
      browser,
      built,
      1,
      'pictures',
      async (index, png) => {
        shots[index] = png;
      },
      pages,
    );
    expect(shot.count).toBe(built.deck.plan.slides.length);
    expect(shots.filter(Boolean)).toHaveLength(shot.count);
    for (const [i, png] of shots.entries()) {
      const written = decodePng(readFileSync(path.join(target.folder, `${String(i + 1).padStart(2, '0')}.png`)));
      const taken = decodePng(png);
      expect([taken.width, taken.height], `slide ${i + 1}`).toEqual([written.width, written.height]);
      let difference = 0;
      for (let at = 0; at < taken.data.length; at += 4)
        for (let c = 0; c < 3; c++) difference += Math.abs(taken.data[at + c]! - written.data[at + c]!);
      // The same slide: a gradient rounded a shade apart where its page stands elsewhere in the print view (measured
      // at most 0.25 a channel on average, each as close to the deck's own screenshot); another slide, a shifted
      // layout or a missing font differs by far more.
      expect(difference / (taken.width * taken.height * 3), `slide ${i + 1}`).toBeLessThan(0.5);
    }
  }, 600_000);

  it('writes one long image: 1080 px wide, 4:4:4, within 16,000 px and 5 MB', () => {
    expect(made.long).toHaveLength(1);
    const bytes = readFileSync(target.longImage);
    const frame = jpegFrame(bytes);
    expect(frame.width).toBe(1080);
    // header + 21 slides of 608 px with their gaps + footer
    expect(frame.height).toBeGreaterThan(21 * 608);
    expect(frame.height).toBeLessThanOrEqual(16_000);
    expect(frame.sampling).toEqual([0x11, 0x11, 0x11]);
    expect(bytes.length).toBeLessThanOrEqual(5 * 1024 * 1024);
  });

  it('cuts the long image into parts within a smaller limit, and removes the parts of ours it no longer needs', async () => {
    const foreign = path.join(dist, 'qunzhong-长图-9.jpg');
    writeFileSync(foreign, 'not ours');
    const cut = await writePictures(
      browser,
      built,
      target,
      { scale: 1, jpeg: true, long: true, longMaxHeight: 4000 },
      'pictures',
      () => {},
    );
    expect(cut.long.length).toBeGreaterThanOrEqual(4);
    for (const [i, part] of cut.long.entries()) {
      expect(path.basename(part.path)).toBe(`qunzhong-长图-${i + 1}.jpg`);
      const frame = jpegFrame(readFileSync(part.path));
      expect(frame.height).toBeLessThanOrEqual(4000);
      expect(frame.height).toBe(part.height);
    }
    // the single long image of the first run was ours: gone; the file that only bears a part's name was not
    await expect(fs.stat(target.longImage)).rejects.toThrow();
    expect(readFileSync(foreign, 'utf8')).toBe('not ours');
    // JPEG pictures this time: the PNGs of the last run went with the folder it replaced
    const files = readdirSync(target.folder).filter((file) => file !== DECK_MARKER);
    expect(files.every((file) => file.endsWith('.jpg'))).toBe(true);
    expect(jpegFrame(readFileSync(path.join(target.folder, files[0]!))).sampling).toEqual([0x11, 0x11, 0x11]);
  }, 600_000); // every slide pictured again and the long image cut: 97–125 s on a 2-core machine under load 50
});

describe('how many pages take the pictures', () => {
  it('two on a machine of two cores or more for a deck worth a second load, one otherwise, whatever the load', () => {
    expect(picturePages(21, 2, undefined)).toBe(2);
    expect(picturePages(8, 2, undefined)).toBe(2);
    expect(picturePages(7, 2, undefined)).toBe(1);
    expect(picturePages(21, 1, undefined)).toBe(1);
    expect(picturePages(5, 4, undefined)).toBe(1);
    expect(picturePages(21, 1, '2')).toBe(2);
    expect(picturePages(21, 2, '1')).toBe(1);
    expect(picturePages(1, 2, '2')).toBe(1);
  });
});
