// The font of the foot lines speechdeck draws on PDF pages itself (the bound PDF's page numbers): the deck's own sans
// face cut to the few characters those lines hold, embedded as a CID-keyed TrueType font (Type0, Identity-H), so
// that every font of the file is embedded and the numbers match the pages' own type. The PDF's standard 14 fonts
// (Helvetica), which pdf-lib drew them in before, are left to the reader's machine to find.
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { FONTS } from '../../../fonts/index.ts';
import { readCmap, readTables } from '../../../fonts/sfnt.ts';
import { cachedTrueType } from '../../../fonts/subset.ts';
import { toUnicodeCMap } from './join.ts';
import { dictText } from './syntax.ts';

/** What a foot line holds: `- 12 -`. */
const FOOT_CHARACTERS = '0123456789- ';

/** A TrueType font cut to a few characters, with what a PDF needs to draw them and to describe it. */
export interface FootFont {
  /** The TrueType font file. */
  file: Uint8Array;
  /** `ABCDEF+NotoSansSC-Regular`: the subset's name (a tag of six capitals from its content). */
  name: string;
  /** Each character's glyph in the file and its advance, in thousandths of the size. */
  glyphs: Map<string, { gid: number; advance: number }>;
  /** The advance of the glyph drawn for a character the font lacks (.notdef, glyph 0). */
  missingAdvance: number;
  /** In thousandths of the size. */
  bbox: [number, number, number, number];
  ascent: number;
  descent: number;
  capHeight: number;
}

/** The sans face cut to the characters of a foot line (`characters` may add more), kept in the fonts' cache. */
export async function footFont(characters = FOOT_CHARACTERS): Promise<FootFont> {
  const font = await cachedTrueType('sans', characters);
  return describeFont(font, `${FONTS.sans.family.replace(/\s+/g, '')}-Regular`);
}

function describeFont(file: Uint8Array, postscriptName: string): FootFont {
  const tables = readTables(file);
  const table = (tag: string) => {
    const bytes = tables.get(tag);
    if (!bytes) throw new Error(`the font has no ${tag} table`);
    return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  };
  const head = table('head');
  const hhea = table('hhea');
  const hmtx = table('hmtx');
  const unit = 1000 / head.getUint16(18);
  const scaled = (n: number) => Math.round(n * unit);
  const metrics = hhea.getUint16(34);
  const advance = (gid: number) => scaled(hmtx.getUint16(4 * Math.min(gid, metrics - 1)));
  const cmap = readCmap(tables.get('cmap') ?? new Uint8Array());
  const glyphs = new Map<string, { gid: number; advance: number }>();
  for (const [code, gid] of cmap) glyphs.set(String.fromCodePoint(code), { gid, advance: advance(gid) });
  const os2 = tables.get('OS/2');
  const ascent = scaled(hhea.getInt16(4));
  // OS/2's sCapHeight is there from its version 2 on
  const capHeight =
    os2 && os2.byteLength >= 90 && table('OS/2').getUint16(0) >= 2 ? scaled(table('OS/2').getInt16(88)) : ascent;
  const tag = [...createHash('sha256').update(file).digest().subarray(0, 6)]
    .map((byte) => String.fromCharCode(65 + (byte % 26)))
    .join('');
  return {
    file,
    name: `${tag}+${postscriptName}`,
    glyphs,
    missingAdvance: advance(0),
    bbox: [scaled(head.getInt16(36)), scaled(head.getInt16(38)), scaled(head.getInt16(40)), scaled(head.getInt16(42))],
    ascent,
    descent: scaled(hhea.getInt16(6)),
    capHeight,
  };
}

/** A line of text in the font: its string operand (glyph ids, hex) and its width at `size`. */
export function footRun(font: FootFont, text: string, size: number): { operand: string; width: number } {
  let hex = '';
  let units = 0;
  for (const char of text) {
    const glyph = font.glyphs.get(char);
    hex += (glyph?.gid ?? 0).toString(16).padStart(4, '0');
    units += glyph?.advance ?? font.missingAdvance;
  }
  return { operand: `<${hex}>`, width: (units * size) / 1000 };
}

/** The font's objects, written through `add` (a dictionary, and a stream's data), the Type0 font's number returned. */
export function writeFootFont(font: FootFont, add: (text: string, data?: Uint8Array) => number): number {
  const file = add(dictText([`/Length1 ${font.file.length}`, '/Filter /FlateDecode']), deflateSync(font.file));
  const descriptor = add(
    dictText([
      '/Type /FontDescriptor',
      `/FontName /${font.name}`,
      // symbolic: its glyphs are reached by glyph id, not by a standard encoding
      '/Flags 4',
      `/FontBBox [${font.bbox.join(' ')}]`,
      '/ItalicAngle 0',
      `/Ascent ${font.ascent}`,
      `/Descent ${font.descent}`,
      `/CapHeight ${font.capHeight}`,
      '/StemV 80',
      `/FontFile2 ${file} 0 R`,
    ]),
  );
  const used = [...font.glyphs].sort(([, a], [, b]) => a.gid - b.gid);
  const widths = used.map(([, glyph]) => `${glyph.gid} [${glyph.advance}]`).join(' ');
  const cid = add(
    dictText([
      '/Type /Font',
      '/Subtype /CIDFontType2',
      `/BaseFont /${font.name}`,
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>',
      `/FontDescriptor ${descriptor} 0 R`,
      `/DW ${font.missingAdvance}`,
      `/W [0 [${font.missingAdvance}] ${widths}]`,
      '/CIDToGIDMap /Identity',
    ]),
  );
  const utf16 = (char: string) =>
    Array.from({ length: char.length }, (_, i) => char.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')).join(
      '',
    );
  const toUnicode = add(
    dictText([]),
    Buffer.from(toUnicodeCMap(new Map(used.map(([char, glyph]) => [glyph.gid, utf16(char)]))), 'latin1'),
  );
  return add(
    dictText([
      '/Type /Font',
      '/Subtype /Type0',
      `/BaseFont /${font.name}`,
      '/Encoding /Identity-H',
      `/DescendantFonts [${cid} 0 R]`,
      `/ToUnicode ${toUnicode} 0 R`,
    ]),
  );
}
