// Pictures larger than a deck needs (a 50-megapixel phone photo), scaled down for the deck: the copy goes into the
// cache and from there into the deck, and the speaker's own file is only read. sharp (libvips) does it in a fraction
// of a second at any size and ships a prebuilt binary per system as an optional package (@img/sharp-win32-x64,
// -darwin-arm64, -linux-x64…, all in the lock file), so `npm ci` needs no compiler anywhere; the pure-JavaScript
// codecs would hold a 100-megapixel photo whole in memory (400 MB) and take many seconds.
import { createHash } from 'node:crypto';
import path from 'node:path';
import fs from 'node:fs/promises';
import { cacheFolder, writeCacheFile } from '../../files/cache.ts';
import type { LoadedDeck } from '../../load/index.ts';
import { LONGEST_SIDE, MOST_PIXELS } from '../../load/picture.ts';

/** Formats scaled down, each written back in its own format; others (GIF, SVG…) go into the deck as they are. */
const SCALED = new Set(['.jpg', '.jpeg', '.png', '.webp']);

/** Each address of the deck's files → the file the deck takes for it: a scaled copy for a large picture, the
 *  outline's own file otherwise. */
export async function deckPictures(deck: LoadedDeck): Promise<Map<string, string>> {
  const large = new Set(deck.largePictures.map((picture) => picture.file));
  const scaled = new Map<string, Promise<string>>();
  const files = await Promise.all(
    [...deck.images].map(async ([address, file]) => {
      if (!large.has(file) || !SCALED.has(path.extname(file).toLowerCase())) return [address, file] as const;
      if (!scaled.has(file)) scaled.set(file, scaledCopy(file));
      return [address, await scaled.get(file)!] as const;
    }),
  );
  return new Map(files);
}

/** The picture with its longest side LONGEST_SIDE, from the cache or made now. */
async function scaledCopy(file: string): Promise<string> {
  const bytes = await fs.readFile(file);
  const key = createHash('sha256').update(`${LONGEST_SIDE}\0`).update(bytes).digest('hex').slice(0, 16);
  const copy = path.join(await cacheFolder('pictures'), `${key}${path.extname(file).toLowerCase()}`);
  try {
    await fs.access(copy);
    return copy;
  } catch {
    // not made yet
  }
  const { default: sharp } = await import('sharp');
  // The loader refused more than MOST_PIXELS by the header already; the limit stands here too, before decoding.
  const picture = sharp(bytes, { limitInputPixels: MOST_PIXELS, failOn: 'error' })
    // turned as its camera said (the browser turns the original the same way), then the tag dropped
    .rotate()
    .resize({ width: LONGEST_SIDE, height: LONGEST_SIDE, fit: 'inside', withoutEnlargement: true });
  const ext = path.extname(file).toLowerCase();
  const out =
    ext === '.png'
      ? picture.png()
      : ext === '.webp'
        ? picture.webp({ quality: 90 })
        : picture.jpeg({ quality: 88, mozjpeg: true });
  await writeCacheFile(copy, await out.toBuffer());
  return copy;
}
