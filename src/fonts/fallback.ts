// Characters the bundled faces lack: drawn from a fallback face we ship, never from the machine's fonts. Rare
// characters of names (CJK Extension A and B: 䶮 𠮷 𪚥) come from HanaMin (花園明朝, the `hanamin` package: the
// Hanazono fonts, used under the Hanazono Font License, see licences/HanaMin.txt; they cover Extension A and B
// whole); what no face has at all (later extensions, emoji it lacks) is drawn as a box, from a font made here of
// Noto Sans SC's own □ with a cmap that maps every code point to it. Both are declared under the bundled families' own names with a
// unicode-range of just those characters, so every page that loads the bundled faces (deck, one file, handout,
// script) uses them without a stylesheet of its own.
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { packageFile } from '../files/paths.ts';
import { cutTrueType } from './harfbuzz.ts';
import { appendGlyphs } from './merge.ts';
import { readCmap, readTables, writeTables } from './sfnt.ts';

export const FALLBACK = {
  rare: { name: 'HanaMin', package: 'hanamin', version: readVersion('hanamin') },
  box: { name: 'box', package: '@fontsource/noto-sans-sc', version: readVersion('@fontsource/noto-sans-sc') },
} as const;

function readVersion(pkg: string): string {
  try {
    return (JSON.parse(readFileSync(packageFile(`${pkg}/package.json`), 'utf8')) as { version: string }).version;
  } catch {
    return 'missing';
  }
}

/** HanaMin's files and the code points its stylesheet gives each. */
function rareSources(): Array<{ file: string; ranges: Array<[number, number]> }> {
  if (rare) return rare;
  const stylesheet = packageFile('hanamin/HanaMin.css');
  const folder = path.dirname(stylesheet);
  rare = [...readFileSync(stylesheet, 'utf8').matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, rule]) => {
    const url = /url\(([^)]+\.woff2)\)/.exec(rule!)?.[1];
    const range = /unicode-range:\s*([^;]+)/.exec(rule!)?.[1];
    return url && range ? [{ file: path.join(folder, url), ranges: unicodeRanges(range) }] : [];
  });
  return rare;
}

let rare: Array<{ file: string; ranges: Array<[number, number]> }> | undefined;

/** `U+4e00-4e0f,U+3001` → [[0x4e00, 0x4e0f], [0x3001, 0x3001]] */
export function unicodeRanges(text: string): Array<[number, number]> {
  // one pass over the list (a face's stylesheet has 9,000 of them); a part that is not a plain range (`U+4??`) is
  // left out
  const ranges: Array<[number, number]> = [];
  for (const [, from, to] of text.matchAll(/(?:^|,)\s*U\+([0-9a-f]+)(?:-([0-9a-f]+))?\s*(?=,|$)/gi))
    ranges.push([parseInt(from!, 16), parseInt(to ?? from!, 16)]);
  return ranges;
}

/** HanaMin cut to `characters`, as a TrueType font, and the characters it does not have either. */
export async function cutRare(characters: string): Promise<{ font: Uint8Array | undefined; missing: string }> {
  // HanaMin ships woff2 only: decoded by fontverter (wawoff2), loaded only when a deck has such characters
  const { default: fontverter } = await import('fontverter');
  const wanted = new Set([...characters].map((char) => char.codePointAt(0)!));
  const pieces: Uint8Array[] = [];
  for (const source of rareSources()) {
    const mine = [...wanted].filter((code) => source.ranges.some(([from, to]) => code >= from && code <= to));
    if (!mine.length) continue;
    const font = await fontverter.convert(await fs.readFile(source.file), 'sfnt');
    const piece = await cutTrueType(font, mine, { noLayoutClosure: true });
    const held = readCmap(readTables(piece).get('cmap')!);
    const found = mine.filter((code) => held.has(code));
    if (!found.length) continue;
    for (const code of found) wanted.delete(code);
    pieces.push(piece);
  }
  const font = pieces.length ? appendGlyphs(pieces[0]!, pieces.slice(1)) : undefined;
  return { font, missing: String.fromCodePoint(...wanted) };
}

/** The box: a font with Noto Sans SC's own □ (U+25A1; `font` is that face cut to it) and a cmap (format 13, many
 *  code points to one glyph) that maps every character to it. Declared only for the characters no face has, so it
 *  never stands in for one that has a glyph. */
export function boxFont(font: Uint8Array): Uint8Array {
  const tables = readTables(font);
  const glyph = readCmap(tables.get('cmap')!).get(0x25a1);
  if (glyph === undefined) throw new Error('the box face has no □');
  const copy = new Map(tables);
  copy.set(
    'cmap',
    manyToOneCmap(
      [
        [0x20, 0xd7ff],
        [0xe000, 0x10ffff],
      ],
      glyph,
    ),
  );
  for (const tag of ['GSUB', 'GPOS', 'GDEF']) copy.delete(tag);
  return writeTables(copy);
}

/** A cmap of one subtable (Windows, full Unicode) in format 13: each range of code points to one glyph. */
function manyToOneCmap(ranges: Array<[number, number]>, glyph: number): Uint8Array {
  const length = 16 + ranges.length * 12;
  const table = new Uint8Array(4 + 8 + length);
  const view = new DataView(table.buffer);
  view.setUint16(0, 0); // version
  view.setUint16(2, 1); // one subtable
  view.setUint16(4, 3); // Windows
  view.setUint16(6, 10); // full Unicode
  view.setUint32(8, 12);
  view.setUint16(12, 13);
  view.setUint16(14, 0);
  view.setUint32(16, length);
  view.setUint32(20, 0); // language
  view.setUint32(24, ranges.length);
  ranges.forEach(([from, to], i) => {
    view.setUint32(28 + i * 12, from);
    view.setUint32(32 + i * 12, to);
    view.setUint32(36 + i * 12, glyph);
  });
  return table;
}
