// JPEG files we write: full-colour (4:4:4) so that red text stays sharp, from PNG pictures the browser took. Chromium
// encodes its JPEG screenshots at 4:2:0, which halves the colour resolution and blurs thin red strokes; jpeg-js (pure
// JavaScript, nothing native to install) writes every component at full resolution.
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';

/** Marks our JPEG files (a COM segment), so that a later run knows which long-image parts it may remove. */
const JPEG_MARK = 'speechdeck';

/** The decoded pixels of a PNG, RGBA. */
export function decodePng(png: Uint8Array): { width: number; height: number; data: Uint8Array } {
  const image = PNG.sync.read(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
  return { width: image.width, height: image.height, data: image.data };
}

/** A 4:4:4 baseline JPEG of RGBA pixels at `quality` (1–100). */
export function encodeJpeg(image: { width: number; height: number; data: Uint8Array }, quality: number): Uint8Array {
  return jpeg.encode({ ...image, comments: [JPEG_MARK] }, quality).data;
}

/** Whether a JPEG file carries our mark. */
export function markedJpeg(bytes: Uint8Array): boolean {
  // The COM segment comes right after the headers, in the first few hundred bytes.
  return Buffer.from(bytes.subarray(0, 4096)).includes(Buffer.from(JPEG_MARK, 'latin1'));
}
