// `dist/<name>-png/`: a picture of each slide (01.png…), and with `long` the long image beside it. The folder is
// staged and renamed over the old one, with the list of what it holds (files/deck-folder.ts): a later run replaces it
// only if nothing else has been put in it.
import { mkdirSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import type { BuiltDeck } from '../deck/folder.ts';
import { DECK_MARKER, folderMarker } from '../../files/deck-folder.ts';
import { replaceAtomically, settled, temporaryPath, writeNow } from '../../files/atomic.ts';
import { say } from '../../messages/index.ts';
import { decodePng, encodeJpeg } from './jpeg.ts';
import { writeLongImage } from './long-image.ts';
import type { LongImagePart } from './long-image.ts';
import { shootSlides } from './shoot.ts';

/** What `png` is asked for. */
export interface PictureOptions {
  /** Device pixels per slide pixel: 1 (1920×1080) or 2 (3840×2160). */
  scale: 1 | 2;
  /** `.jpg` pictures (4:4:4, see jpeg.ts) instead of `.png`. */
  jpeg: boolean;
  /** The long image too. */
  long: boolean;
  /** The long image's tallest part (px); 16,000 unless a test asks for less. */
  longMaxHeight?: number;
}

export const DEFAULT_PICTURES: PictureOptions = { scale: 1, jpeg: false, long: false };

/** The quality of a slide's JPEG: text edges stay clean. */
const SLIDE_JPEG_QUALITY = 92;

/** What the command line reports for the pictures. */
export interface PicturesOutput {
  kind: 'pictures';
  /** The folder. */
  path: string;
  count: number;
  width: number;
  height: number;
  bytes: number;
  long: LongImagePart[];
  /** How many pages took the pictures at once (shoot.ts's picturePages). */
  pages: 1 | 2;
}

/** `7` of 21 slides → `07.png`: numbered to the digits of the slide count (two at least), so they sort in order. */
export function pictureName(index: number, count: number, extension: 'png' | 'jpg'): string {
  return `${String(index + 1).padStart(Math.max(2, String(count).length), '0')}.${extension}`;
}

export async function writePictures(
  browser: Browser,
  built: BuiltDeck,
  target: { folder: string; longImage: string },
  options: PictureOptions,
  what: string,
  onPhase: (phase: string) => void,
): Promise<PicturesOutput> {
  const count = built.deck.plan.slides.length;
  const extension = options.jpeg ? 'jpg' : 'png';
  const staging = temporaryPath(target.folder);
  try {
    // At once, as staging files are written (files/atomic.ts): a stop then finds it whole or not begun.
    mkdirSync(staging, { recursive: true });
    const names: string[] = [];
    const pngs: string[] = [];
    let bytes = 0;
    onPhase(say('takingPictures'));
    const shot = await shootSlides(browser, built, options.scale, what, async (index, png) => {
      const name = pictureName(index, count, extension);
      const file = path.join(staging, options.jpeg ? `${name}.png` : name);
      writeNow(file, png, path.join(target.folder, name));
      // (by index: two pages may shoot at once, shoot.ts)
      pngs[index] = file;
      if (options.jpeg) {
        const jpeg = encodeJpeg(decodePng(png), SLIDE_JPEG_QUALITY);
        writeNow(path.join(staging, name), jpeg, path.join(target.folder, name));
        bytes += jpeg.length;
      } else bytes += png.length;
      names[index] = name;
    });
    let long: LongImagePart[] = [];
    if (options.long) {
      onPhase(say('makingLongImage'));
      long = await writeLongImage(browser, built, pngs, target.longImage, what, options.longMaxHeight);
    }
    if (options.jpeg) await Promise.all(pngs.map((file) => fs.rm(file, { force: true })));
    writeNow(path.join(staging, DECK_MARKER), folderMarker(names));
    await replaceAtomically(staging, target.folder);
    return {
      kind: 'pictures',
      path: target.folder,
      count: shot.count,
      width: shot.width,
      height: shot.height,
      bytes,
      long,
      pages: shot.pages,
    };
  } catch (error) {
    await fs.rm(staging, { recursive: true, force: true });
    settled(staging);
    throw error;
  }
}
