// One woff2 per face per deck, holding exactly the deck's characters: cut by harfbuzz (harfbuzz.ts) from the
// @fontsource files already installed, merged into one font where a character lives in another of the face's
// files (cut.ts, run in a process of its own: cutter.ts), and kept in a cache under a hash of the characters, so a deck
// whose text did not change costs nothing.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { trace } from '../trace.ts';
import { cacheFolder, writeCacheFile } from '../files/cache.ts';
import { packageFile } from '../files/paths.ts';
import { withCutter } from './cutter.ts';
import type { Cut } from './cutter.ts';
import { FONTS, faceFileStem } from './index.ts';
import type { FallbackFace, FontFace } from './index.ts';
import { FALLBACK } from './fallback.ts';

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
  return withCutter(async (cut) => {
    const made = await Promise.all(faces.map((face) => subsetFace(folder, face, characters, cut)));
    return [...made, ...(await fallbackFaces(folder, missingFrom(made), cut))];
  });
}

/** The characters some face lacks, once each. */
function missingFrom(faces: SubsetFace[]): string {
  return [...new Set(faces.flatMap((face) => [...face.missing]))]
    .sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!)
    .join('');
}

/** HanaMin for the characters it has, the box for the rest. */
async function fallbackFaces(folder: string, missing: string, cut: Cut): Promise<SubsetFace[]> {
  if (!missing) return [];
  const rare = await subsetFace(folder, 'rare', missing, cut);
  const covered = [...missing].filter((char) => !rare.missing.includes(char)).join('');
  const faces = covered ? [{ ...rare, covers: covered }] : [];
  if (rare.missing) faces.push({ ...(await subsetFace(folder, 'box', '□', cut)), covers: rare.missing });
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

async function subsetFace(
  folder: string,
  face: FontFace | FallbackFace,
  characters: string,
  cut: Cut,
): Promise<SubsetFace> {
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
  const made = await cut(face, characters, 'woff2');
  trace(`fonts: ${face} cut to ${[...characters].length} characters`);
  // The font first, then the manifest that says it is whole.
  await writeCacheFile(file, made.font);
  await writeCacheFile(manifest, JSON.stringify({ face, missing: made.missing }));
  await forgetUnused(folder);
  return { face, file, name, size: made.font.length, missing: made.missing };
}

/** A face cut to `characters` as a TrueType font (what a PDF embeds), from the cache or made now (in the cutting
 *  process, whose harfbuzz memory goes with it). */
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
  const { font } = await withCutter((cut) => cut(face, characters, 'ttf'));
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

export { unicodeRanges as parseUnicodeRange } from './fallback.ts';

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
