// Reads a speech outline (YAML front matter + Markdown body) into the Outline every later stage works from.
import { parseBody } from './body.ts';
import { OutlineError } from './error.ts';
import { readFrontMatter } from './front-matter.ts';
import { markdownFor } from './markdown.ts';
import { readMeta } from './meta.ts';
import { containerProblems } from './notes.ts';
import { readSource } from './source.ts';
import { readStructure } from './structure.ts';
import { typingMistakes } from './typing.ts';
import { byPosition } from './position.ts';
import type { ImageRef } from './images.ts';
import type { Meta, Outline, Position, Problem } from './types.ts';

export type * from './types.ts';
export type { ImageRef } from './images.ts';
export { OutlineError, formatProblem } from './error.ts';
export { byPosition } from './position.ts';
export { DEFAULT_CLOSING, DEFAULT_PACE, DEFAULT_THEME } from './meta.ts';

const MINIMAL_OUTLINE =
  'a minimal outline is `---`, `title: 你的题目`, `---`, then `# 第一部分` and `## 第一页`, each on its own line.';

/**
 * Parses an outline. `file` is only used in messages. Throws an OutlineError listing every problem found
 * (front matter and body together), and never any other error.
 */
export function parseOutline(source: string, file: string, options: ParseOptions = {}): Outline {
  try {
    return readOutline(source, file, options);
  } catch (error) {
    if (error instanceof OutlineError) throw error;
    const why = error instanceof Error ? error.message : String(error);
    throw OutlineError.about(
      file,
      `the outline could not be read (${why})`,
      'this is a bug in speechdeck: please report it with the outline attached.',
    );
  }
}

export interface ParseOptions {
  /** The address each image gets in the rendered HTML (the build's file, the dev server's URL); called once per
   *  image, in file order. Undefined keeps the address as written. */
  imageUrl?: (image: ImageRef) => string | undefined;
}

function readOutline(source: string, file: string, options: ParseOptions): Outline {
  const { text, lines } = readSource(source);
  if (text.trim() === '') throw OutlineError.about(file, 'the outline is empty', MINIMAL_OUTLINE);

  const front = readFrontMatter(lines);
  const { meta, problems: metaProblems } = readMeta(front);
  let problems: Problem[] = [...front.problems, ...metaProblems];
  // A front matter that never closes leaves no way to tell where the body starts: its problem is enough.
  if (front.bodyStart === null) throw new OutlineError(file, problems);

  const body = parseBody(markdownFor(meta?.html ?? false), lines, front.bodyStart, options.imageUrl);
  const { opening, parts, problems: bodyProblems } = readStructure(body);
  // A typing mistake explains what else goes wrong on its line (`##第一页` is also "text before the first heading").
  const typos = typingMistakes(body);
  const typed = new Set(typos.map((problem) => problem.line));
  problems = problems.concat(typos, [...containerProblems(body), ...bodyProblems].filter((problem) => !typed.has(problem.line)));
  if (problems.length > 0 || meta === undefined) throw new OutlineError(file, problems.sort(byPosition));
  const keys: Partial<Record<keyof Meta, Position>> = {};
  for (const setting of front.settings) if (Object.hasOwn(meta, setting.key)) keys[setting.key as keyof Meta] = setting.keyAt;
  return { file, meta, keys, opening, parts, images: body.env.images };
}
