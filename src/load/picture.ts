// Whether a picture file can be shown: a format browsers (Edge above all) draw, a header image-size can read, the
// data that header announces actually there, and a pixel count a browser and the PowerPoint can hold. A file named
// .png that is text, an iPhone's HEIC photo named .jpg, or a 437 KB PNG that claims 60,000×60,000 pixels would
// otherwise show the browser's broken-image icon in every output, or stall it decoding.
import { createRequire } from 'node:module';
import type { imageSize as ImageSize } from 'image-size';
import type { ISizeCalculationResult } from 'image-size/dist/types/interface';

/** image-size, loaded at the first picture: most talks have none, and every command would pay for loading it. */
let imageSize: typeof ImageSize | undefined;

/** 100 megapixels: a 50-megapixel phone photo passes with room to spare; past this a browser decoding it needs
 *  hundreds of MB per copy. */
export const MOST_PIXELS = 100_000_000;

/** The longest side a picture in a deck needs (deck/size.ts). */
export { LONGEST_PICTURE_SIDE as LONGEST_SIDE } from '../deck/size.ts';

/** Formats a browser draws in an `<img>`, by image-size's name for them. */
const SHOWN = new Set(['png', 'jpg', 'gif', 'webp', 'svg', 'avif', 'bmp', 'ico', 'cur']);

/** HEIF brands of iPhone photos (HEIC) and other HEIF files, which Edge and Chrome do not draw. */
const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);

export type PictureCheck =
  | { ok: true; width?: number; height?: number }
  | { ok: false; why: 'heic' }
  | { ok: false; why: 'unreadable'; detail: string }
  | { ok: false; why: 'pixels'; width: number; height: number };

/** Checks the bytes of a picture file. */
export function checkPicture(bytes: Uint8Array): PictureCheck {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (
    buffer.length >= 12 &&
    buffer.toString('latin1', 4, 8) === 'ftyp' &&
    HEIC_BRANDS.has(buffer.toString('latin1', 8, 12))
  )
    return { ok: false, why: 'heic' };
  imageSize ??= (createRequire(import.meta.url)('image-size') as typeof import('image-size')).imageSize;
  let size: ISizeCalculationResult;
  try {
    size = imageSize(buffer);
  } catch {
    return { ok: false, why: 'unreadable', detail: 'format' };
  }
  if (!size.type || !SHOWN.has(size.type)) return { ok: false, why: 'unreadable', detail: 'format' };
  if (size.type === 'svg') return { ok: true };
  const { width, height } = size;
  if (!width || !height) return { ok: false, why: 'unreadable', detail: 'size' };
  if (width * height > MOST_PIXELS) return { ok: false, why: 'pixels', width, height };
  const data = size.type === 'png' ? pngHasData(buffer) : size.type === 'jpg' ? jpegHasData(buffer) : true;
  return data ? { ok: true, width, height } : { ok: false, why: 'unreadable', detail: 'data' };
}

/** A PNG's chunks, each whole, with image data (IDAT) among them. */
function pngHasData(png: Buffer): boolean {
  let at = 8;
  let data = false;
  while (at + 8 <= png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (at + 12 + length > png.length) return false;
    if (type === 'IDAT' && length > 0) data = true;
    if (type === 'IEND') return data;
    at += 12 + length;
  }
  // no IEND: a file cut short keeps what was there, if any image data was
  return data;
}

/** A JPEG's segments up to its first scan (SOS), with bytes of image data after it. */
function jpegHasData(jpeg: Buffer): boolean {
  let at = 2;
  while (at + 4 <= jpeg.length) {
    if (jpeg[at] !== 0xff) return false;
    const marker = jpeg[at + 1]!;
    // fill bytes and markers without a length
    if (marker === 0xff) {
      at++;
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    if (marker === 0xd9) return false;
    const length = jpeg.readUInt16BE(at + 2);
    if (marker === 0xda) return jpeg.length - (at + 2 + length) > 2;
    at += 2 + length;
  }
  return false;
}
