// The import command: a raw speech file → slides/<name>.md, a draft outline; prints what it removed and what it made.
import fs from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomically } from '../files/atomic.ts';
import { displayPath } from '../files/project.ts';
import { draftOutline } from '../import/index.ts';
import { OutlineError } from '../outline/error.ts';
import { parseOutline } from '../outline/index.ts';
import { SLIDES_DIR } from './outlines.ts';
import { say } from '../messages/index.ts';
import { writeText } from '../messages/terminal.ts';

export interface ImportOptions {
  /** Where to write the draft (default: slides/<basename of the input>.md). */
  output?: string;
  /** Overwrite the output if it exists. */
  force?: boolean;
  /** The slot in minutes (`--duration 8`), written as the draft's `duration:`. */
  duration?: number;
}

/** Returns the exit code: 0 written, 1 for anything the user can fix (missing file, bad input, existing output). */
export async function importCommand(file: string, options: ImportOptions): Promise<number> {
  const shown = displayPath(path.resolve(file));
  const output = path.resolve(options.output ?? path.join(SLIDES_DIR, `${path.parse(file).name}.md`));
  try {
    if (await isFolder(output)) {
      throw OutlineError.about(
        displayPath(output),
        say('importIntoFolder'),
        say('importIntoFolderHint', path.join(displayPath(output), `${path.parse(file).name}.md`)),
      );
    }
    if (!options.force && (await exists(output))) {
      throw OutlineError.about(displayPath(output), say('importExists'), say('importExistsFix'));
    }
    const bytes = await readInput(file, shown);
    const draft = await draftOutline({
      bytes,
      fileName: shown,
      ...(options.duration === undefined ? {} : { duration: options.duration }),
    });
    for (const line of draft.removed) {
      writeText(process.stderr, `${say('removedLine', `${shown}:${line.line}`, line.rule, line.text)}\n`);
    }
    for (const warning of draft.warnings) {
      writeText(
        process.stderr,
        `${say('importWarning', `${shown}:${warning.line}:${warning.column}`, warning.message)}\n`,
      );
    }
    await writeFileAtomically(output, draft.markdown);
    // The draft must build as it stands; if it does not, that is our bug, and the user should hear it now.
    try {
      parseOutline(draft.markdown, displayPath(output));
    } catch (error) {
      if (!(error instanceof OutlineError)) throw error;
      writeText(process.stderr, `${error.report()}\n${say('draftDoesNotParse')}\n`);
      return 1;
    }
    const { parts, slides, style } = draft.summary;
    writeText(process.stdout, `${say('imported', displayPath(output), parts, slides, style, draft.removed.length)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof OutlineError) {
      writeText(process.stderr, `${error.report()}\n`);
      return 1;
    }
    throw error;
  }
}

async function isFolder(file: string): Promise<boolean> {
  return fs.stat(file).then(
    (stat) => stat.isDirectory(),
    () => false,
  );
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}

/** The file's bytes; a missing, unreadable or folder path is the user's to fix, said in one line. */
async function readInput(file: string, shown: string): Promise<Uint8Array> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? say('speechMissing')
        : code === 'EISDIR'
          ? say('speechIsFolder')
          : code === 'EACCES'
            ? say('speechNotAllowed')
            : say('speechUnreadable', code ?? String(error));
    throw OutlineError.about(shown, message, say('speechPathFix'));
  }
}
