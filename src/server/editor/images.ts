// Pictures dropped or pasted into the outline: kept only when their bytes are a picture a deck can show, copied into
// the outline's `images/` folder under a name of their own that never replaces a file already there.
import path from 'node:path';
import { writeNewFileAtomically } from '../../files/atomic.ts';

export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

/** The picture kind the bytes are, by their signature (the name and the browser's type can say anything). */
function imageKind(bytes: Uint8Array): 'png' | 'jpg' | 'gif' | 'webp' | 'bmp' | 'avif' | undefined {
  const starts = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  const ascii = (from: number, text: string) => [...text].every((char, i) => bytes[from + i] === char.charCodeAt(0));
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (starts(0xff, 0xd8, 0xff)) return 'jpg';
  if (ascii(0, 'GIF87a') || ascii(0, 'GIF89a')) return 'gif';
  if (ascii(0, 'RIFF') && ascii(8, 'WEBP')) return 'webp';
  if (ascii(0, 'BM') && bytes.length > 26) return 'bmp';
  if (ascii(4, 'ftypavif') || ascii(4, 'ftypavis')) return 'avif';
  return undefined;
}

/** A name safe on every system from what the picture was called: letters, digits, Han and `-_` kept, the rest
 *  `-`, short, with the extension its bytes call for. */
function pictureName(given: string, kind: string): string {
  const stem = path.basename(given.replace(/\\/g, '/'), path.extname(given));
  const safe = stem
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  const reserved = /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(safe);
  return `${safe && !reserved ? safe : 'picture'}.${kind}`;
}

/** Copies a picture into `<outline's folder>/images/`: `name.png`, or `name-2.png`… when taken. Returns the path
 *  to write in the outline (`images/name.png`). */
export async function savePicture(
  outlineDir: string,
  given: string,
  bytes: Uint8Array,
): Promise<{ address: string } | { refused: 'not-a-picture' | 'too-large' }> {
  if (bytes.length > MAX_IMAGE_BYTES) return { refused: 'too-large' };
  const kind = imageKind(bytes);
  if (kind === undefined) return { refused: 'not-a-picture' };
  const name = pictureName(given, kind);
  const stem = name.slice(0, -(kind.length + 1));
  for (let n = 1; n < 10_000; n++) {
    const candidate = n === 1 ? name : `${stem}-${n}.${kind}`;
    if (await writeNewFileAtomically(path.join(outlineDir, 'images', candidate), bytes))
      return { address: `images/${candidate}` };
  }
  return { refused: 'too-large' };
}
