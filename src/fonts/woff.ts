// The two web font containers, with Node's own zlib and brotli: WOFF 1.0 opened (how we read the @fontsource files,
// 3× faster than decoding their woff2 in WebAssembly) and WOFF2 written (as the deck ships its fonts).
// The woff2 keeps its tables as they are (the format's "null transform" for glyf and loca): the glyf transform would
// save about a fifth more, but the only woff2 encoders on npm compress at brotli's slowest setting, a second and more
// per face, which every change to a deck's text would pay.
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { dataView, readTables, writeTables } from './sfnt.ts';
import type { Tables } from './sfnt.ts';

// zlib's work runs on libuv's threads: the faces of a deck, cut at once, use every core.
const inflate = promisify(zlib.inflate);
const brotliCompress = promisify(zlib.brotliCompress);

/** The TrueType font inside a WOFF 1.0 file. */
export async function woffToSfnt(woff: Uint8Array): Promise<Uint8Array> {
  const view = dataView(woff);
  if (view.getUint32(0) !== 0x774f4646) throw new Error('not a WOFF file');
  const count = view.getUint16(12);
  const entries = Array.from({ length: count }, (_, i) => {
    const entry = 44 + i * 20;
    const offset = view.getUint32(entry + 4);
    const compressed = view.getUint32(entry + 8);
    return {
      tag: String.fromCharCode(...woff.subarray(entry, entry + 4)),
      data: woff.subarray(offset, offset + compressed),
      packed: compressed < view.getUint32(entry + 12),
      checksum: view.getUint32(entry + 16),
    };
  });
  const tables: Tables = new Map(
    await Promise.all(
      entries.map(async (entry) => [entry.tag, entry.packed ? await inflate(entry.data) : entry.data] as const),
    ),
  );
  return writeTables(tables, new Map(entries.map((entry) => [entry.tag, entry.checksum])));
}

/** brotli quality: 5 compresses a Chinese subset within 4 % of the best (11) at a fiftieth of its time. */
const QUALITY = 5;

/** A WOFF2 file of a TrueType font: one brotli stream of its tables, every table untransformed. */
export async function sfntToWoff2(font: Uint8Array, quality = QUALITY): Promise<Uint8Array> {
  const tables = readTables(font);
  const tags = [...tables.keys()].sort();
  const padded = (n: number) => (n + 3) & ~3;
  const directory: number[] = [];
  for (const tag of tags) {
    // 63: the tag is written out; bits 6–7 say "null transform", which is 3 for glyf and loca and 0 for the rest
    directory.push(
      63 | (tag === 'glyf' || tag === 'loca' ? 0xc0 : 0),
      ...[...tag].map((c) => c.charCodeAt(0)),
      ...base128(tables.get(tag)!.length),
    );
  }
  const stream = Buffer.concat(tags.map((tag) => tables.get(tag)!));
  const compressed = await brotliCompress(stream, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: quality,
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_FONT,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: stream.length,
    },
  });
  const headerLength = 48;
  const length = padded(headerLength + directory.length + compressed.length);
  const woff2 = new Uint8Array(length);
  const view = dataView(woff2);
  view.setUint32(0, 0x774f4632);
  view.setUint32(4, 0x00010000);
  view.setUint32(8, length);
  view.setUint16(12, tags.length);
  view.setUint32(16, 12 + 16 * tags.length + tags.reduce((sum, tag) => sum + padded(tables.get(tag)!.length), 0));
  view.setUint32(20, compressed.length);
  view.setUint16(24, 1);
  woff2.set(directory, headerLength);
  woff2.set(compressed, headerLength + directory.length);
  return woff2;
}

/** WOFF2's UIntBase128: big-endian groups of 7 bits, the high bit set on all but the last. */
function base128(n: number): number[] {
  const bytes = [n & 0x7f];
  for (let rest = Math.floor(n / 128); rest > 0; rest = Math.floor(rest / 128)) bytes.unshift((rest & 0x7f) | 0x80);
  return bytes;
}
