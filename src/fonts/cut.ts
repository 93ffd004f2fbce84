// Cutting a face to some characters, with no cache (subset.ts keeps the cache): each of the face's @fontsource files
// that holds some of the characters still wanted is cut by harfbuzz (harfbuzz.ts), in order, and the pieces merged
// into the first (merge.ts). Runs in the cutting process (cut-worker.ts, started by cutter.ts): harfbuzz's WebAssembly
// memory, which grows to the largest font it opened and never shrinks, goes with it.
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { packageFile } from '../files/paths.ts';
import { FONTS } from './index.ts';
import type { FallbackFace, FontFace } from './index.ts';
import { boxFont, cutRare, unicodeRanges } from './fallback.ts';
import { cutTrueType, prepareHarfbuzz } from './harfbuzz.ts';
import { appendGlyphs } from './merge.ts';
import { readCmap, readTables } from './sfnt.ts';
import { sfntToWoff2, woffToSfnt } from './woff.ts';

/** A face cut to `characters`: a bundled face, HanaMin, or the box (whole, whatever is asked). */
export async function cutAny(
  face: FontFace | FallbackFace,
  characters: string,
): Promise<{ woff2: Uint8Array; missing: string }> {
  if (face === 'box') return { woff2: await sfntToWoff2(boxFont((await cutSfnt('sans', '□')).font)), missing: '' };
  if (face === 'rare') {
    const { font, missing } = await cutRare(characters);
    // none of them in HanaMin either: an empty file is never declared (fallbackFaces covers nothing with it)
    return { woff2: font ? await sfntToWoff2(font) : new Uint8Array(), missing };
  }
  return cutFace(face, characters);
}

/** One of a face's files and the code points the stylesheet says it holds (none given: whatever it has). */
interface Source {
  file: string;
  ranges?: Array<[number, number]>;
}

/** A face's files (their WOFF 1.0 copies, quicker to open): first `chinese-simplified` (about 8,000 characters, the common ones and ASCII, with the layout
 *  features of Chinese punctuation), then every unicode-range slice of the full stylesheet, where the rest are. */
function sourcesOf(face: FontFace): Source[] {
  const known = sources.get(face);
  if (known) return known;
  const { package: pkg, weight } = FONTS[face];
  const stylesheet = packageFile(`${pkg}/${weight}.css`);
  const folder = path.dirname(stylesheet);
  const main: Source = {
    file: path.join(folder, 'files', `${pkg.replace('@fontsource/', '')}-chinese-simplified-${weight}-normal.woff`),
  };
  const slices = [...readFileSync(stylesheet, 'utf8').matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, rule]) => {
    const url = /url\(\.\/(files\/[^)]+\.woff)\)/.exec(rule!)?.[1];
    const range = /unicode-range:\s*([^;]+)/.exec(rule!)?.[1];
    return url && range ? [{ file: path.join(folder, url), ranges: unicodeRanges(range) }] : [];
  });
  sources.set(face, [main, ...slices]);
  return [main, ...slices];
}

const sources = new Map<FontFace, Source[]>();

/** A face cut to `characters`, with no cache: each file that holds some of the characters still wanted is cut, in
 *  order, and the pieces merged into the first. */
export async function cutFace(face: FontFace, characters: string): Promise<{ woff2: Uint8Array; missing: string }> {
  const { font, missing } = await cutSfnt(face, characters);
  return { woff2: await sfntToWoff2(font), missing };
}

/** cutFace's font before it is compressed. */
export async function cutSfnt(face: FontFace, characters: string): Promise<{ font: Uint8Array; missing: string }> {
  prepareHarfbuzz();
  const wanted = new Set([...characters].map((char) => char.codePointAt(0)!));
  const pieces: Uint8Array[] = [];
  for (const source of sourcesOf(face)) {
    const mine = [...wanted].filter(
      (code) => !source.ranges || source.ranges.some(([from, to]) => code >= from && code <= to),
    );
    if (!mine.length) continue;
    const font = await woffToSfnt(await fs.readFile(source.file));
    // The first piece keeps its layout features (and the glyphs they reach); the others only their characters.
    const piece = await cutTrueType(font, mine, { noLayoutClosure: pieces.length > 0 });
    const held = readCmap(readTables(piece).get('cmap')!);
    for (const code of mine) if (held.has(code)) wanted.delete(code);
    pieces.push(piece);
    if (!wanted.size) break;
  }
  if (!pieces.length) throw new Error(`no font file of ${FONTS[face].family} was found`);
  return { font: appendGlyphs(pieces[0]!, pieces.slice(1)), missing: String.fromCodePoint(...wanted) };
}
