// One woff2 per face per deck, holding exactly the deck's characters: cut by harfbuzz (harfbuzz.ts) from the
// @fontsource files already installed, merged into one font where a character lives in another of the face's
// files (merge.ts), and kept in a cache under a hash of the characters, so a deck whose text did not change costs
// nothing.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { cacheFolder, writeCacheFile } from '../files/cache.ts';
import { packageFile } from '../files/paths.ts';
import { FONTS, faceFileStem } from './index.ts';
import type { FallbackFace, FontFace } from './index.ts';
import { FALLBACK, boxFont, cutRare, unicodeRanges } from './fallback.ts';
import { cutTrueType, prepareHarfbuzz } from './harfbuzz.ts';
import { appendGlyphs } from './merge.ts';
import { readCmap, readTables } from './sfnt.ts';
import { sfntToWoff2, woffToSfnt } from './woff.ts';

/** A face cut to a deck's characters. */
export interface SubsetFace {
  face: FontFace | FallbackFace;
  /** For a fallback face: the characters it stands in for (fontFaceCss declares it for these only). */
  covers?: string | undefined;
  /** The woff2 file in the cache. */
  file: string;
  /** Its name in a deck folder: `noto-sans-sc-400-<hash>.woff2`. */
  name: string;
  size: number;
  /** Characters asked for that no file of the face holds (the fallback faces draw them). */
  missing: string;
}

/** Bump when the way subsets are made changes, so that the cache is not trusted across it. */
const MAKER = 'speechdeck-subset-2';

/** Each face cut to `characters` (see text.ts's characterSet), from the cache or made now (faces in parallel); then,
 *  when some of the characters are in none of them, the fallback faces for those (fallback.ts). */
export async function subsetFaces(faces: readonly FontFace[], characters: string): Promise<SubsetFace[]> {
  if (!faces.length) return [];
  const folder = await cacheFolder('fonts');
  const cut = await Promise.all(faces.map((face) => subsetFace(folder, face, characters)));
  return [...cut, ...(await fallbackFaces(folder, missingFrom(cut)))];
}

/** The characters some face lacks, once each. */
function missingFrom(faces: SubsetFace[]): string {
  return [...new Set(faces.flatMap((face) => [...face.missing]))]
    .sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!)
    .join('');
}

/** HanaMin for the characters it has, the box for the rest. */
async function fallbackFaces(folder: string, missing: string): Promise<SubsetFace[]> {
  if (!missing) return [];
  const rare = await subsetFace(folder, 'rare', missing);
  const covered = [...missing].filter((char) => !rare.missing.includes(char)).join('');
  const faces = covered ? [{ ...rare, covers: covered }] : [];
  if (rare.missing) faces.push({ ...(await subsetFace(folder, 'box', '□')), covers: rare.missing });
  return faces;
}

/** How a face is named in the cache and where its files come from. */
function sourceOf(face: FontFace | FallbackFace): { stem: string; version: string } {
  if (face === 'rare' || face === 'box')
    return {
      stem: `${FALLBACK[face].name.toLowerCase()}`,
      version: `${FALLBACK[face].package}@${FALLBACK[face].version}`,
    };
  return { stem: faceFileStem(face), version: `${FONTS[face].package}@${packageVersion(face)}` };
}

/** A face cut to `characters`: a bundled face, HanaMin, or the box (whole, whatever is asked). */
async function cutAny(
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

async function subsetFace(folder: string, face: FontFace | FallbackFace, characters: string): Promise<SubsetFace> {
  const { stem, version } = sourceOf(face);
  const key = createHash('sha256').update(`${MAKER}\0${version}\0${face}\0${characters}`).digest('hex').slice(0, 16);
  const name = `${stem}-${key}.woff2`;
  const file = path.join(folder, name);
  const manifest = `${file}.json`;
  try {
    const [stat, missing] = await Promise.all([fs.stat(file), fs.readFile(manifest, 'utf8')]);
    // used again: kept from the clean-up a while longer
    const now = new Date();
    await fs.utimes(manifest, now, now).catch(() => undefined);
    return { face, file, name, size: stat.size, missing: (JSON.parse(missing) as { missing: string }).missing };
  } catch {
    // not made yet
  }
  const made = await cutAny(face, characters);
  // The font first, then the manifest that says it is whole.
  await writeCacheFile(file, made.woff2);
  await writeCacheFile(manifest, JSON.stringify({ face, missing: made.missing }));
  await forgetUnused(folder);
  return { face, file, name, size: made.woff2.length, missing: made.missing };
}

/** A face cut to `characters` as a TrueType font (what a PDF embeds), from the cache or made now: cutting means
 *  opening the face's file in harfbuzz, whose memory stays with the process. */
export async function cachedTrueType(face: FontFace, characters: string): Promise<Uint8Array> {
  const folder = await cacheFolder('fonts');
  const { stem, version } = sourceOf(face);
  const key = createHash('sha256').update(`${MAKER}\0${version}\0${face}\0ttf\0${characters}`).digest('hex');
  const file = path.join(folder, `${stem}-${key.slice(0, 16)}.ttf`);
  try {
    const font = await fs.readFile(file);
    // used again: kept from the clean-up a while longer
    const now = new Date();
    await fs.utimes(file, now, now).catch(() => undefined);
    return font;
  } catch {
    // not made yet
  }
  const { font } = await cutSfnt(face, characters);
  await writeCacheFile(file, font);
  await forgetUnused(folder);
  return font;
}

/** How long a subset nobody asked for stays in the cache: every edit of a talk's text makes new ones. */
const KEEP_UNUSED_MS = 14 * 24 * 3600 * 1000;

/** Removes the subsets (by their manifests' times, which each use renews) and other files of the cache, such as
 *  paper stylesheets, not used for a fortnight. */
async function forgetUnused(folder: string): Promise<void> {
  const now = Date.now();
  for (const name of await fs.readdir(folder).catch(() => [] as string[])) {
    if (name.endsWith('.woff2')) continue;
    const file = path.join(folder, name);
    const stat = await fs.stat(file).catch(() => undefined);
    if (!stat || now - stat.mtimeMs <= KEEP_UNUSED_MS) continue;
    if (name.endsWith('.woff2.json')) await fs.rm(file.slice(0, -'.json'.length), { force: true });
    await fs.rm(file, { force: true });
  }
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

export { unicodeRanges as parseUnicodeRange } from './fallback.ts';

/** A face cut to `characters`, with no cache: each file that holds some of the characters still wanted is cut, in
 *  order, and the pieces merged into the first. */
export async function cutFace(face: FontFace, characters: string): Promise<{ woff2: Uint8Array; missing: string }> {
  const { font, missing } = await cutSfnt(face, characters);
  return { woff2: await sfntToWoff2(font), missing };
}

/** cutFace's font before it is compressed. */
async function cutSfnt(face: FontFace, characters: string): Promise<{ font: Uint8Array; missing: string }> {
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

const versions = new Map<string, string>();

function packageVersion(face: FontFace): string {
  const pkg = FONTS[face].package;
  let version = versions.get(pkg);
  if (!version) {
    const folder = path.dirname(packageFile(`${pkg}/${FONTS[face].weight}.css`));
    version = (JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as { version: string }).version;
    versions.set(pkg, version);
  }
  return version;
}
