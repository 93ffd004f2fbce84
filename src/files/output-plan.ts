// Before anything is written: the outputs of every deck of a run are checked together. Two outlines that would write
// the same output, an output that would replace an outline or a file a deck shows (a deck folder that is `slides/`,
// the project, or the folder the pictures come from), and a deck folder holding files speechdeck did not write are
// refused, each naming the file.
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { OutlineError } from '../outline/error.ts';
import { say } from '../messages/index.ts';
import { firstUnownedFile } from './deck-folder.ts';
import { displayPath, isInside } from './project.ts';

/** What one deck's run will write, and what it is made from. */
export interface PlannedOutputs {
  outlinePath: string;
  /** The files the deck shows (pictures, the logo…), as found. */
  resources: Iterable<string>;
  /** The deck folder, when the run replaces it. */
  deckDir?: string;
  /** Other folders the run replaces whole (the slides' pictures), held to the deck folder's rules. */
  folders?: readonly string[];
  /** The single files the run writes (`X.html`, `X.pdf`…). */
  files: readonly string[];
}

/** Throws an OutlineError naming the first output that must not be written; resolves when all may be. */
export async function checkOutputs(decks: readonly PlannedOutputs[]): Promise<void> {
  refuseSharedOutputs(decks);
  const sources = decks
    .flatMap((deck) => [deck.outlinePath, ...deck.resources])
    .map((file) => ({ file, key: comparable(file) }));
  for (const deck of decks) {
    const shown = displayPath(deck.outlinePath);
    for (const owned of ownedFolders(deck)) {
      const folder = comparable(owned);
      const held = sources.find((source) => isInside(folder, source.key));
      if (held)
        throw OutlineError.about(
          shown,
          say('outputWouldReplace', shownFolder(owned), displayPath(held.file)),
          say('outputWouldReplaceFix'),
        );
    }
    for (const file of deck.files) {
      const same = sources.find((source) => source.key === comparable(file));
      if (same)
        throw OutlineError.about(
          shown,
          say('outputWouldReplace', displayPath(file), displayPath(same.file)),
          say('outputWouldReplaceFix'),
        );
    }
  }
  for (const deck of decks)
    for (const owned of ownedFolders(deck)) {
      const lost = await firstUnownedFile(owned);
      if (lost !== undefined)
        throw OutlineError.about(
          displayPath(lost),
          say('notWrittenBySpeechdeck', shownFolder(owned)),
          say('notWrittenBySpeechdeckFix'),
        );
    }
}

/** The folders a deck's run replaces whole: its deck folder and any other. */
function ownedFolders(deck: PlannedOutputs): string[] {
  return [...(deck.deckDir === undefined ? [] : [deck.deckDir]), ...(deck.folders ?? [])];
}

/** Two outlines whose outputs are the same file, or one's file inside the other's deck folder. */
function refuseSharedOutputs(decks: readonly PlannedOutputs[]): void {
  const written: Array<{ key: string; output: string; folder: boolean; outline: string }> = [];
  for (const deck of decks) {
    const outputs = [
      ...ownedFolders(deck).map((output) => ({ output, folder: true })),
      ...deck.files.map((output) => ({ output, folder: false })),
    ];
    for (const { output, folder } of outputs) {
      const key = comparable(output);
      const other = written.find(
        (w) =>
          w.outline !== deck.outlinePath &&
          (w.key === key || (w.folder && isInside(w.key, key)) || (folder && isInside(key, w.key))),
      );
      if (other) {
        const shownOutput = other.folder ? shownFolder(other.output) : displayPath(other.output);
        throw OutlineError.about(
          displayPath(deck.outlinePath),
          say('sameOutput', shownOutput, displayPath(other.outline)),
          say('sameOutputFix'),
        );
      }
      written.push({ key, output, folder, outline: deck.outlinePath });
    }
  }
}

/** A path as the file system will find it (links followed as far as it exists), folded to one case: Windows and
 *  macOS take `Talk/` and `talk/` for one folder, and refusing one build too many loses nothing. */
function comparable(file: string): string {
  const absolute = path.resolve(file);
  let existing = absolute;
  let rest = '';
  for (;;) {
    try {
      existing = realpathSync(existing);
      break;
    } catch {
      const parent = path.dirname(existing);
      if (parent === existing) break;
      rest = path.join(path.basename(existing), rest);
      existing = parent;
    }
  }
  return path.join(existing, rest).toLowerCase();
}

function shownFolder(folder: string): string {
  return `${displayPath(folder)}${path.sep}`;
}
