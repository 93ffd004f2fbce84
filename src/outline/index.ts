// Reads a speech outline (YAML front matter + Markdown body) into the Outline every later stage works from.
import { parseBody } from './body.ts';
import { OutlineError } from './error.ts';
import { readFrontMatter } from './front-matter.ts';
import { collectImages } from './images.ts';
import { markdownFor } from './markdown.ts';
import { readMeta } from './meta.ts';
import { containerProblems } from './notes.ts';
import { readSource } from './source.ts';
import { readStructure } from './structure.ts';
import type { Outline, Position, Problem } from './types.ts';

export type * from './types.ts';
export { OutlineError, formatProblem } from './error.ts';
export { DEFAULT_CLOSING, DEFAULT_PACE, DEFAULT_THEME } from './meta.ts';

const MINIMAL_OUTLINE =
  'a minimal outline is `---`, `title: 你的题目`, `---`, then `# 第一部分` and `## 第一页`, each on its own line.';

/**
 * Parses an outline. `file` is only used in messages. Throws an OutlineError listing every problem found
 * (front matter and body together), and never any other error.
 */
export function parseOutline(source: string, file: string): Outline {
  try {
    return readOutline(source, file);
  } catch (error) {
    if (error instanceof OutlineError) throw error;
    const why = error instanceof Error ? error.message : String(error);
    throw OutlineError.at(
      file,
      { line: 1, column: 1 },
      `the outline could not be read (${why})`,
      'this is a bug in speechdeck: please report it with the outline attached.',
    );
  }
}

function readOutline(source: string, file: string): Outline {
  const { text, lines } = readSource(source);
  if (text.trim() === '') throw OutlineError.at(file, { line: 1, column: 1 }, 'the outline is empty', MINIMAL_OUTLINE);

  const front = readFrontMatter(lines);
  const { meta, problems: metaProblems } = readMeta(front);
  let problems: Problem[] = [...front.problems, ...metaProblems];
  // A front matter that never closes leaves no way to tell where the body starts: its problem is enough.
  if (front.bodyStart === null) throw new OutlineError(file, problems);

  const body = parseBody(markdownFor(meta?.html ?? false), lines, front.bodyStart);
  const { opening, parts, closingNotes, problems: bodyProblems } = readStructure(body);
  problems = problems.concat(containerProblems(body), bodyProblems);
  if (closingNotes && meta?.closing === false) problems.push(noClosingSlide(closingNotes));
  if (problems.length > 0 || meta === undefined) throw new OutlineError(file, inFileOrder(problems));
  return { file, meta, opening, parts, ...(closingNotes ? { closingNotes } : {}), images: collectImages(body) };
}

/** Notes for a closing slide the front matter turned off would be said nowhere. */
function noClosingSlide({ line, column }: Position): Problem {
  return {
    line,
    column,
    message: '`::: notes closing` has no closing slide to go to: the front matter says `closing: false`',
    hint: 'remove `closing: false`, or move these notes into the last slide’s `::: notes`.',
  };
}

function inFileOrder(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
}
