// Which base name a deck's outputs get and where each output goes: the outline's file name, refused when it is not a
// safe name as it stands; or, when asked, `fileName:` or 单位-姓名-题目 mapped by the one safe-name function.
import path from 'node:path';
import { OutlineError } from '../outline/error.ts';
import type { Meta, Position } from '../outline/types.ts';
import { language, say } from '../messages/index.ts';
import { OUTPUT_SUFFIXES, nameForSending, nameProblem, safeBaseName } from './names.ts';
import type { NameProblem, OutputSuffixes } from './names.ts';
import { displayPath } from './project.ts';

/** How the outputs are named: as today (the outline's file name, English suffixes), or for sending. */
export interface Naming {
  /** `--name-for-sending`: X is 单位-姓名-题目 from `organization`, `speaker` and `title`. */
  forSending?: boolean;
}

/** What of a loaded deck its name is made from. */
export interface NamedDeck {
  outlinePath: string;
  outline: {
    meta: Pick<Meta, 'title' | 'speaker' | 'organization' | 'fileName'>;
    keys: Partial<Record<keyof Meta, Position>>;
  };
}

export interface OutputName {
  name: string;
  suffixes: OutputSuffixes;
}

/** The base name and suffixes of a deck's outputs. A name for sending (`fileName:` or `--name-for-sending`) takes
 *  the suffixes of the command line's language (`X-讲义.pdf` in Chinese, `X-handout.pdf` in English); the outline's
 *  own file name keeps the English ones, as every earlier build named them. */
export function outputName(deck: NamedDeck, naming: Naming = {}): OutputName {
  const { meta, keys } = deck.outline;
  const sending = OUTPUT_SUFFIXES[language()];
  if (meta.fileName !== undefined) {
    const name = safeBaseName(meta.fileName);
    if (!name)
      throw OutlineError.at(
        displayPath(deck.outlinePath),
        keys.fileName ?? { line: 1, column: 1 },
        say('fileNameEmpty', meta.fileName),
        say('fileNameEmptyFix'),
      );
    return { name, suffixes: sending };
  }
  if (naming.forSending) {
    const name = nameForSending([meta.organization, meta.speaker, meta.title]);
    if (name) return { name, suffixes: sending };
  }
  return { name: outlineFileName(deck.outlinePath), suffixes: OUTPUT_SUFFIXES.en };
}

/** `slides/talk.md` → `talk`, refused (naming the file) when it is not a safe name as it stands: `slides/...md` would
 *  make its deck folder `dist/..`, the project itself. */
function outlineFileName(outlinePath: string): string {
  const name = path.basename(outlinePath).replace(/\.(md|markdown)$/i, '');
  const problem = nameProblem(name);
  if (problem)
    throw OutlineError.about(
      displayPath(outlinePath),
      say('unsafeOutputName', name, whyUnsafe(problem)),
      say('unsafeOutputNameFix', safeBaseName(name) || 'talk'),
    );
  return name;
}

function whyUnsafe(problem: NameProblem): string {
  switch (problem.kind) {
    case 'empty':
      return say('nameEmpty');
    case 'dots':
      return say('nameDots');
    case 'character':
      return say('nameCharacter', escapeControl(problem.character));
    case 'reserved':
      return say('nameReserved');
    case 'ends':
      return say('nameEnds');
    case 'long':
      return say('nameLong', problem.limit);
  }
}

/** A character shown so that the terminal prints it rather than obeys it. */
function escapeControl(character: string): string {
  return /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]/.test(character)
    ? `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
    : character;
}

/** Where each output of a deck goes, under `distDir`. */
export function outputPaths(name: string, distDir: string, suffixes: OutputSuffixes = OUTPUT_SUFFIXES.en) {
  return {
    name,
    deckDir: path.join(distDir, name),
    /** The whole deck in one file, beside its folder. */
    oneFile: path.join(distDir, name + suffixes.oneFile),
    pdf: path.join(distDir, name + suffixes.pdf),
    notesPdf: path.join(distDir, name + suffixes.notesPdf),
    handout: path.join(distDir, name + suffixes.handout),
    script: path.join(distDir, name + suffixes.script),
    pptx: path.join(distDir, name + suffixes.pptx),
    /** The slides' pictures: a folder, like the deck's. */
    pictures: path.join(distDir, name + suffixes.pictures),
    /** The long image; `-1`, `-2`… before `.jpg` when it is cut in parts. */
    longImage: path.join(distDir, name + suffixes.longImage),
  };
}

export type OutputPaths = ReturnType<typeof outputPaths>;
