// Whether a deck folder is speechdeck's to replace: the list of files written with the deck (`.speechdeck-deck.json`)
// says what it made; a folder without one (a deck built before the list existed) is ours only if it holds exactly
// what a deck holds. Anything else in the folder is the speaker's, and the build stops rather than lose it.
import fs from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import path from 'node:path';
import { STAGING_PREFIX } from './atomic.ts';

/** The list of files written with a deck, in the deck's folder. */
export const DECK_MARKER = '.speechdeck-deck.json';

/** The marker's text for a deck folder holding `files` (paths relative to it, with `/`). */
export function deckMarker(files: readonly string[]): string {
  return folderMarker(['index.html', ...files]);
}

/** The marker's text for any folder speechdeck writes whole (a deck, the slides' pictures) holding `files`. */
export function folderMarker(files: readonly string[]): string {
  return `${JSON.stringify({ generator: 'speechdeck', files: [...new Set(files)].sort() }, null, 1)}\n`;
}

/** The files of `deckDir` (relative, with `/`) the last build wrote, from its marker; undefined without one. */
async function markedFiles(deckDir: string): Promise<Set<string> | undefined> {
  try {
    const marker = JSON.parse(await fs.readFile(path.join(deckDir, DECK_MARKER), 'utf8')) as {
      generator?: unknown;
      files?: unknown;
    };
    if (marker.generator !== 'speechdeck' || !Array.isArray(marker.files)) return undefined;
    return new Set(marker.files.filter((file): file is string => typeof file === 'string'));
  } catch {
    return undefined;
  }
}

/** The first file (by path) that replacing `deckDir` would lose because speechdeck did not write it, or undefined
 *  when the folder is missing, empty or wholly speechdeck's. A file where the folder should be is itself lost. */
export async function firstUnownedFile(deckDir: string): Promise<string | undefined> {
  let entries: Dirent[];
  try {
    entries = await fs.readdir(deckDir, { recursive: true, withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    // A file where the folder should be is lost with it; a file where a folder above it should be stops the write
    // itself, which says so (write-errors.ts).
    if (code === 'ENOTDIR') return (await fs.stat(deckDir).catch(() => undefined))?.isFile() ? deckDir : undefined;
    throw error;
  }
  const files = entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(deckDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    // what a killed run of ours left (atomic.ts removes it)
    .filter((file) => !path.posix.basename(file).startsWith(STAGING_PREFIX))
    .sort();
  const marked = await markedFiles(deckDir);
  if (marked) {
    const lost = files.find((file) => file !== DECK_MARKER && !marked.has(file));
    return lost === undefined ? undefined : path.join(deckDir, lost);
  }
  if (files.length === 0) return undefined;
  // No marker: a deck built before there was one is its page, made by speechdeck, and the files in `assets/` that
  // the page and its stylesheets name.
  const read = (file: string) => fs.readFile(path.join(deckDir, file), 'utf8').catch(() => '');
  const page = await read('index.html');
  if (!page.includes('<meta name="generator" content="speechdeck">'))
    return path.join(deckDir, files.includes('index.html') ? 'index.html' : files[0]!);
  const named = [
    page,
    ...(await Promise.all(files.filter((file) => /^assets\/[^/]+\.css$/.test(file)).map(read))),
  ].join('\n');
  const lost = files.find((file) => {
    if (file === 'index.html') return false;
    const inAssets = /^assets\/([^/]+)$/.exec(file);
    return !inAssets || !(named.includes(inAssets[1]!) || named.includes(encodeURIComponent(inAssets[1]!)));
  });
  return lost === undefined ? undefined : path.join(deckDir, lost);
}
