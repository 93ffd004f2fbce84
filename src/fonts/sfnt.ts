// The OpenType/TrueType file as a set of tables: read a font's table directory, write tables back into a font, and
// read a cmap. Only what merging faces needs (merge.ts); subsetting itself is harfbuzz's (subset.ts).

/** A font's tables by tag ('glyf', 'cmap'…), each as it is stored. */
export type Tables = Map<string, Uint8Array>;

/** The tables of a TrueType font (an sfnt, not woff/woff2). */
export function readTables(font: Uint8Array): Tables {
  const view = dataView(font);
  const version = view.getUint32(0);
  if (version !== 0x00010000 && version !== 0x74727565)
    throw new Error('not a TrueType font (only glyf-based fonts can be merged)');
  const count = view.getUint16(4);
  const tables: Tables = new Map();
  for (let i = 0; i < count; i++) {
    const entry = 12 + i * 16;
    const tag = String.fromCharCode(font[entry]!, font[entry + 1]!, font[entry + 2]!, font[entry + 3]!);
    const offset = view.getUint32(entry + 8);
    const length = view.getUint32(entry + 12);
    tables.set(tag, font.subarray(offset, offset + length));
  }
  return tables;
}

/** A TrueType font of these tables: sorted directory, 4-byte aligned, checksums and head's checksum adjustment set.
 *  `checksums` gives tables' checksums already known (a WOFF file carries them), which saves summing them. */
export function writeTables(tables: Tables, checksums: ReadonlyMap<string, number> = new Map()): Uint8Array {
  const tags = [...tables.keys()].sort();
  const count = tags.length;
  const headerSize = 12 + count * 16;
  const padded = (n: number) => (n + 3) & ~3;
  const size = tags.reduce((sum, tag) => sum + padded(tables.get(tag)!.length), headerSize);
  const font = new Uint8Array(size);
  const view = dataView(font);
  const power = 2 ** Math.floor(Math.log2(count));
  view.setUint32(0, 0x00010000);
  view.setUint16(4, count);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, count * 16 - power * 16);
  let offset = headerSize;
  let headOffset = -1;
  tags.forEach((tag, i) => {
    const data = tables.get(tag)!;
    font.set(data, offset);
    if (tag === 'head') {
      headOffset = offset;
      // the adjustment is computed over the font with this field zero
      view.setUint32(offset + 8, 0);
    }
    const entry = 12 + i * 16;
    for (let c = 0; c < 4; c++) font[entry + c] = tag.charCodeAt(c);
    view.setUint32(
      entry + 4,
      tag !== 'head' && checksums.has(tag) ? checksums.get(tag)! : checksum(font, offset, data.length),
    );
    view.setUint32(entry + 8, offset);
    view.setUint32(entry + 12, data.length);
    offset += padded(data.length);
  });
  if (headOffset >= 0) {
    // the font's checksum is the sum of its directory's and its tables' checksums
    let sum = checksum(font, 0, headerSize);
    for (let i = 0; i < count; i++) sum = (sum + view.getUint32(12 + i * 16 + 4)) >>> 0;
    view.setUint32(headOffset + 8, (0xb1b0afba - sum) >>> 0);
  }
  return font;
}

/** The OpenType table checksum: the sum of its big-endian 32-bit words, zero-padded (`bytes` is, past `length`). */
function checksum(bytes: Uint8Array, offset: number, length: number): number {
  const view = dataView(bytes);
  let sum = 0;
  const end = offset + ((length + 3) & ~3);
  for (let i = offset; i < end; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

export function dataView(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Code point → glyph id from a cmap table: its Unicode subtable of format 12 (full range), else of format 4 (BMP). */
export function readCmap(cmap: Uint8Array): Map<number, number> {
  const view = dataView(cmap);
  const count = view.getUint16(2);
  const subtables: Array<{ format: number; offset: number }> = [];
  for (let i = 0; i < count; i++) {
    const platform = view.getUint16(4 + i * 8);
    const encoding = view.getUint16(6 + i * 8);
    const offset = view.getUint32(8 + i * 8);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (unicode) subtables.push({ format: view.getUint16(offset), offset });
  }
  const chosen = subtables.find((s) => s.format === 12) ?? subtables.find((s) => s.format === 4);
  const map = new Map<number, number>();
  if (!chosen) return map;
  const at = chosen.offset;
  if (chosen.format === 12) {
    const groups = view.getUint32(at + 12);
    for (let g = 0; g < groups; g++) {
      const start = view.getUint32(at + 16 + g * 12);
      const end = view.getUint32(at + 20 + g * 12);
      const glyph = view.getUint32(at + 24 + g * 12);
      for (let c = start; c <= end; c++) map.set(c, glyph + c - start);
    }
    return map;
  }
  const segments = view.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const end = view.getUint16(ends + s * 2);
    const start = view.getUint16(starts + s * 2);
    const delta = view.getInt16(deltas + s * 2);
    const rangeOffset = view.getUint16(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const raw = view.getUint16(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) map.set(c, glyph);
    }
  }
  return map;
}

/** A cmap table for this mapping: a format 4 subtable for the BMP and a format 12 one for everything (Windows
 *  Unicode encodings 1 and 10), which is what every renderer and font sanitizer reads. */
export function writeCmap(map: ReadonlyMap<number, number>): Uint8Array {
  const entries = [...map].filter(([, glyph]) => glyph !== 0).sort((a, b) => a[0] - b[0]);
  // runs where code point and glyph id both go up by one
  const runs: Array<{ start: number; end: number; glyph: number }> = [];
  for (const [code, glyph] of entries) {
    const last = runs.at(-1);
    if (last && code === last.end + 1 && glyph === last.glyph + (code - last.start)) last.end = code;
    else runs.push({ start: code, end: code, glyph });
  }
  const bmp = runs.filter((run) => run.end < 0xffff);
  const segments = bmp.length + 1;
  const format4Length = 16 + segments * 8;
  const format12Length = 16 + runs.length * 12;
  const headerLength = 4 + 2 * 8;
  const table = new Uint8Array(headerLength + format4Length + format12Length);
  const view = dataView(table);
  view.setUint16(2, 2);
  view.setUint16(4, 3);
  view.setUint16(6, 1);
  view.setUint32(8, headerLength);
  view.setUint16(12, 3);
  view.setUint16(14, 10);
  view.setUint32(16, headerLength + format4Length);

  let at = headerLength;
  const power = 2 ** Math.floor(Math.log2(segments));
  view.setUint16(at, 4);
  view.setUint16(at + 2, format4Length);
  view.setUint16(at + 6, segments * 2);
  view.setUint16(at + 8, power * 2);
  view.setUint16(at + 10, Math.log2(power));
  view.setUint16(at + 12, segments * 2 - power * 2);
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  [...bmp, { start: 0xffff, end: 0xffff, glyph: 0 }].forEach((run, s) => {
    view.setUint16(ends + s * 2, run.end);
    view.setUint16(starts + s * 2, run.start);
    // the closing segment maps 0xFFFF to glyph 0, as the format asks
    view.setUint16(deltas + s * 2, run.start === 0xffff ? 1 : (run.glyph - run.start) & 0xffff);
    view.setUint16(rangeOffsets + s * 2, 0);
  });

  at = headerLength + format4Length;
  view.setUint16(at, 12);
  view.setUint32(at + 4, format12Length);
  view.setUint32(at + 12, runs.length);
  runs.forEach((run, g) => {
    view.setUint32(at + 16 + g * 12, run.start);
    view.setUint32(at + 20 + g * 12, run.end);
    view.setUint32(at + 24 + g * 12, run.glyph);
  });
  return table;
}
