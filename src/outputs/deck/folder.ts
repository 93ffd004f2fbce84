// Building one outline into dist/<name>/: index.html (the slides), the theme's prebuilt client (see
// client-bundle.ts), the fonts cut to the deck's characters (fonts/subset.ts) and the outline's images, a folder that
// works from file:// with no server and no network.
import { mkdirSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { builtStylesheetTag, deckDocument } from '../../deck/document.ts';
import { loadDeck } from '../../load/index.ts';
import type { LoadedDeck } from '../../load/index.ts';
import { outputName } from '../../files/output-names.ts';
import { checkOutputs } from '../../files/output-plan.ts';
import { DECK_MARKER, deckMarker } from '../../files/deck-folder.ts';
import { clientBundle } from './client-bundle.ts';
import { renameWhenFree, replaceAtomically, settled, temporaryPath, writeFileAtomically } from '../../files/atomic.ts';
import { copyFileAnywhere } from '../../files/copy.ts';
import type { ClientBundle } from './client-bundle.ts';
import { SLIDE_FACES, fontFaceCss } from '../../fonts/index.ts';
import type { FontFace } from '../../fonts/index.ts';
import { fontLicenceComment, fontLicences } from '../../fonts/licences.ts';
import { subsetFaces } from '../../fonts/subset.ts';
import type { SubsetFace } from '../../fonts/subset.ts';
import { characterSet, charactersOfHtml } from '../../fonts/text.ts';
import { SPEAKER_VIEW_WORDS } from './speaker-view.ts';
import { deckPictures } from './pictures.ts';
import {
  NARROW_TO_DECK_FOLDER,
  contentPolicy,
  contentPolicyTag,
  inlineScriptTexts,
  speakerViewScripts,
} from './content-policy.ts';
import { inlineScript } from './inline.ts';
import { lecternPageWords } from '../../messages/catalogue/lectern-page.ts';
import { say } from '../../messages/index.ts';
import { sentences } from '../../outline/error.ts';
import { displayPath } from '../../files/project.ts';
import { EnvironmentError } from '../errors.ts';
import { trace } from '../../trace.ts';

export interface BuiltDeck {
  deck: LoadedDeck;
  name: string;
  deckDir: string;
  indexHtml: string;
  /** Every character the deck's fonts hold (fonts/text.ts): paper made from the deck asks for the same. */
  characters: string;
  /** The @font-face rules index.html declares, as written there: a kept page swaps them in place when a character
   *  new to the deck changed only them (pdf/deck-pages.ts). */
  fontFaces?: string;
}

/** A file the deck folder must hold, and where it comes from. */
interface DeckFile {
  /** Relative to the deck folder, with forward slashes. */
  path: string;
  source: string;
  size: number;
}

/** A deck just written, and what its folder holds. */
export interface WrittenDeck extends BuiltDeck {
  size: { files: number; bytes: number };
  /** What the folder was made of, for the one-file deck (one-file.ts). */
  client: ClientBundle;
  fonts: SubsetFace[];
  /** Each address of the deck's files → the file it holds (a large picture's scaled copy: pictures.ts). */
  pictures: Map<string, string>;
}

export async function buildDeck(outlinePath: string, distDir: string, options: DeckOptions = {}): Promise<WrittenDeck> {
  const deck = await loadDeck(outlinePath);
  return writeDeck(deck, distDir, options);
}

export interface DeckOptions {
  /** Text that paper made from this deck will show besides the deck's own (the handout's and script's words). */
  paperText?: string[];
  /** Faces the paper uses besides the slides' (the script's serif): cut now, while the browser starts. */
  paperFaces?: readonly FontFace[];
  /** The outputs' base name (files/output-names.ts); the outline's own by default. */
  name?: string;
  /** The characters to cut the fonts to, when decks share them (a meeting's talks, each holding the same cut, made
   *  once): it must hold every character of this deck. The deck's own by default. */
  characters?: string;
}

/** Where a deck's font files go in its folder. */
export const FONT_FOLDER = 'assets';

/** Writes an already loaded deck into `distDir/<name>/`. */
export async function writeDeck(deck: LoadedDeck, distDir: string, options: DeckOptions = {}): Promise<WrittenDeck> {
  const characters = options.characters ?? deckCharacters(deck, options.paperText ?? []);
  const paperFaces = (options.paperFaces ?? []).filter((face) => !SLIDE_FACES.includes(face));
  const pictures = await deckPictures(deck);
  const [{ client, script }, images, fonts, speakerScripts] = await Promise.all([
    clientBundle(deck.plan.meta.theme).then(async (client) => ({
      client,
      script: await fs.readFile(path.join(client.dir, client.script), 'utf8'),
    })),
    deckImages(pictures),
    subsetFaces(SLIDE_FACES, characters),
    speakerViewScripts(),
    subsetFaces(paperFaces, characters),
  ]);
  const name = options.name ?? outputName(deck).name;
  const deckDir = path.join(distDir, name);
  // The whole run was checked before anything was written (outputs/index.ts); a deck written alone is checked here.
  await checkOutputs([{ outlinePath: deck.outlinePath, resources: deck.images.values(), deckDir, files: [] }]);
  const faces = fonts.map((font) => font.face);
  const fontFaces = fontFaceCss(
    fonts.map((font) => ({ face: font.face, url: `./${FONT_FOLDER}/${font.name}`, covers: font.covers })),
  );
  const fontTags = `<style>\n${fontFaces}\n</style>`;
  // The same policy as the one-file deck's: every script inline and by hash (the client's too, see
  // content-policy.ts), the folder's own files for its styles, fonts and pictures, narrowed to the folder at once.
  const clientScript = `<script>\n${inlineScript(script)}\n</script>\n`;
  const narrow = `<script>${NARROW_TO_DECK_FOLDER}</script>`;
  const policy = contentPolicy(
    [
      NARROW_TO_DECK_FOLDER,
      ...inlineScriptTexts(clientScript),
      ...inlineScriptTexts(deck.slidesHtml),
      ...speakerScripts,
    ],
    deck.plan.meta.online,
    'folder',
  );
  const html = deckDocument(
    deck.plan,
    `${contentPolicyTag(policy)}\n${narrow}\n${fontLicenceComment(faces, FONT_FOLDER)}\n${fontTags}\n${builtStylesheetTag(client)}`,
    deck.slidesHtml,
    clientScript,
  );
  const clientFiles = client.files.filter((file) => file.path !== client.script);
  const files: DeckFile[] = [
    // The client's files but its script, which is in index.html.
    ...clientFiles.map((file) => ({ path: file.path, source: path.join(client.dir, file.path), size: file.size })),
    ...fonts.map((font) => ({ path: `${FONT_FOLDER}/${font.name}`, source: font.file, size: font.size })),
    // (the fonts' licences beside them: the licence travels with the font)
    ...(await Promise.all(
      fontLicences(faces).map(async (licence) => ({
        path: `${FONT_FOLDER}/${licence.name}`,
        source: licence.source,
        size: (await fs.stat(licence.source)).size,
      })),
    )),
    ...images,
  ];
  await fs.mkdir(distDir, { recursive: true });
  // One look at what the folder holds already. The client's file names carry a hash of their contents, so the
  // same names and sizes are the same client.
  const present = await Promise.all(
    files.map((file) =>
      fs.stat(path.join(deckDir, file.path)).then(
        (s) => s.size === file.size,
        () => false,
      ),
    ),
  );
  const clientInPlace = present.slice(0, clientFiles.length).every(Boolean);
  const marker = deckMarker(files.map((file) => file.path));
  await withFontsInCache(
    fonts,
    () =>
      clientInPlace
        ? updateDeckFolder(deckDir, files, present, html, marker)
        : replaceDeckFolder(deckDir, files, html, marker),
    () => subsetFaces(SLIDE_FACES, characters),
  );
  const bytes = files.reduce((sum, file) => sum + file.size, Buffer.byteLength(html));
  return {
    deck,
    name,
    deckDir,
    indexHtml: path.join(deckDir, 'index.html'),
    characters,
    fontFaces,
    size: { files: files.length + 1, bytes },
    client,
    fonts,
    pictures,
  };
}

/** Runs `write`, which copies `fonts` out of the fonts' cache. A font gone from the cache meanwhile (something else
 *  emptied it: a clean-up, another program) is cut again (`cutAgain`) and `write` run once more; gone again, the
 *  command stops with a message that names the file and says what to do, as the machine's fault (exit 2). */
async function withFontsInCache(
  fonts: SubsetFace[],
  write: () => Promise<void>,
  cutAgain: () => Promise<unknown>,
): Promise<void> {
  const lost = (error: unknown) => {
    const failure = error as Partial<NodeJS.ErrnoException> | null;
    return failure?.code === 'ENOENT' ? fonts.find((font) => font.file === failure.path) : undefined;
  };
  try {
    return await write();
  } catch (error) {
    if (!lost(error)) throw error;
  }
  await cutAgain();
  try {
    return await write();
  } catch (error) {
    const font = lost(error);
    if (!font) throw error;
    throw new EnvironmentError(
      sentences(
        say('fontCacheGone', displayPath(font.file)),
        say('fontCacheGoneHint', displayPath(path.dirname(font.file))),
      ),
    );
  }
}

/** Every character the deck can show: its page (slides, notes, footers, the words the deck adds), the speaker view's
 *  words, and the paper's. */
export function deckCharacters(deck: LoadedDeck, paperText: string[]): string {
  const page = deckDocument(deck.plan, '', deck.slidesHtml);
  trace('slides rendered');
  const characters = characterSet([charactersOfHtml(page), ...SPEAKER_VIEW_WORDS, ...lecternPageWords(), ...paperText]);
  trace("the fonts' characters found");
  return characters;
}

/** The outline's local images as files of the deck: the loader gave each its address in the deck folder. */
async function deckImages(pictures: Map<string, string>): Promise<DeckFile[]> {
  return Promise.all(
    [...pictures].map(async ([url, source]) => ({
      path: decodeURIComponent(url.replace(/^\.\//, '')),
      source,
      size: (await fs.stat(source)).size,
    })),
  );
}

/** A fresh folder, staged beside the old one and renamed over it; `marker` lists what it holds (files/deck-folder.ts). */
async function replaceDeckFolder(deckDir: string, files: DeckFile[], html: string, marker: string): Promise<void> {
  const staging = temporaryPath(deckDir);
  try {
    await copyFiles(staging, files);
    await fs.writeFile(path.join(staging, 'index.html'), html);
    await fs.writeFile(path.join(staging, DECK_MARKER), marker);
    await replaceAtomically(staging, deckDir);
  } catch (error) {
    await fs.rm(staging, { recursive: true, force: true });
    settled(staging);
    throw error;
  }
}

/** The same client is in place: add the files it lacks (`present` says which it has), replace index.html
 *  (atomically), drop what no longer belongs. The marker lists the old files and the new while both are there, so
 *  a run stopped half-way leaves a folder the next one still knows as its own. */
async function updateDeckFolder(
  deckDir: string,
  files: DeckFile[],
  present: boolean[],
  html: string,
  marker: string,
): Promise<void> {
  const entries = await fs.readdir(deckDir, { recursive: true, withFileTypes: true });
  const relativeOf = (entry: (typeof entries)[number]) =>
    path.relative(deckDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
  const before = entries.filter((entry) => !entry.isDirectory()).map(relativeOf);
  await writeFileAtomically(
    path.join(deckDir, DECK_MARKER),
    deckMarker([...before, ...files.map((file) => file.path)]),
  );
  await copyFiles(
    deckDir,
    files.filter((_, i) => !present[i]),
    true,
  );
  await writeFileAtomically(path.join(deckDir, 'index.html'), html);
  const keep = new Set(['index.html', DECK_MARKER, ...files.map((file) => file.path)]);
  const holdsKept = (folder: string) => [...keep].some((file) => file.startsWith(`${folder}/`));
  for (const entry of entries) {
    const relative = relativeOf(entry);
    if (entry.isDirectory() ? !holdsKept(relative) : !keep.has(relative))
      await fs.rm(path.join(deckDir, relative), { recursive: true, force: true });
  }
  await writeFileAtomically(path.join(deckDir, DECK_MARKER), marker);
}

/** Copies (see copyFileAnywhere); `atomically` writes each beside its place first. */
async function copyFiles(dir: string, files: DeckFile[], atomically = false): Promise<void> {
  // Folders and copies are made at once: one made in the background after a stop removed the staging folder
  // would make it again.
  for (const folder of new Set(files.map((file) => path.dirname(path.join(dir, file.path)))))
    mkdirSync(folder, { recursive: true });
  await Promise.all(
    files.map(async (file) => {
      const target = path.join(dir, file.path);
      if (!atomically) return copyFileAnywhere(file.source, target);
      const staging = temporaryPath(target);
      try {
        copyFileAnywhere(file.source, staging);
        await renameWhenFree(staging, target);
      } finally {
        await fs.rm(staging, { force: true });
        settled(staging);
      }
    }),
  );
}
