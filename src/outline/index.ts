// Reads a speech outline (YAML front matter + Markdown body) into the Outline every later stage works from.
import { parseBody } from './body.ts';
import { OutlineError } from './error.ts';
import { readFrontMatter, type FrontMatter } from './front-matter.ts';
import { markdownFor } from './markdown.ts';
import { readAddress } from './address.ts';
import { readMeta } from './meta.ts';
import { containerProblems } from './notes.ts';
import { readSource } from './source.ts';
import { readStructure } from './structure.ts';
import { typingMistakes } from './typing.ts';
import { byPosition } from './position.ts';
import { say } from '../messages/index.ts';
import { tooDeep } from './depth.ts';
import type { ParseCache } from './chunks.ts';
import type { ImageRef, Meta, Outline, Position, Problem } from './types.ts';

export type * from './types.ts';
export { OutlineError, formatProblem } from './error.ts';
export { byPosition } from './position.ts';
export { ParseCache } from './chunks.ts';
export { DEFAULT_CLOSING, DEFAULT_PACE, DEFAULT_THEME } from './meta.ts';

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
    throw OutlineError.about(file, say('outlineBug', why), say('reportBugFix'));
  }
}

export interface ParseOptions {
  /** The address each file the deck loads (an image, a video, a page) gets in the rendered HTML (the build's file,
   *  the dev server's URL); called once per file named, in file order. Undefined keeps the address as written. */
  imageUrl?: (image: ImageRef) => string | undefined;
  /** Kept from the last parse of the same outline: the pieces of the body that did not change are not parsed again
   *  (the editor parses at every keystroke). The outline is the same with or without. */
  cache?: ParseCache;
}

function readOutline(source: string, file: string, options: ParseOptions): Outline {
  const { text, lines } = readSource(source);
  if (text.trim() === '') throw OutlineError.about(file, say('outlineEmpty'), say('outlineEmptyFix'));

  const front = readFrontMatter(lines);
  const { meta, problems: metaProblems } = readMeta(front);
  let problems: Problem[] = [...front.problems, ...metaProblems];
  // A front matter that never closes leaves no way to tell where the body starts: its problem is enough.
  if (front.bodyStart === null) throw new OutlineError(file, problems);

  // Where the front matter has problems, what it says of `html` and `online` still decides how the body reads.
  const said = (key: string) =>
    meta?.[key as 'html' | 'online'] ?? front.settings.some((setting) => setting.key === key && setting.value === true);
  // The title slide's `logo:` is an image like the body's: the caller resolves and checks it, at its value's line.
  const logo = meta ? logoImage(front, meta, options, problems) : [];
  const body = parseBody(markdownFor(said('html')), lines, front.bodyStart, {
    html: said('html'),
    online: said('online'),
    imageUrl: options.imageUrl,
    cache: options.cache,
  });
  const { opening, parts, closingNotes, problems: bodyProblems } = readStructure(body);
  // A typing mistake explains what else goes wrong on its line (`##第一页` is also "text before the first heading").
  const typos = typingMistakes(body);
  const typed = new Set(typos.map((problem) => problem.line));
  problems = problems.concat(
    typos,
    [...containerProblems(body), ...body.env.problems, ...bodyProblems].filter((problem) => !typed.has(problem.line)),
  );
  problems.push(...tooDeep(lines.slice(front.bodyStart), front.bodyStart));
  if (closingNotes && meta?.closing === false) problems.push(noClosingSlide(closingNotes));
  if (problems.length > 0 || meta === undefined) throw new OutlineError(file, problems.sort(byPosition));
  const keys: Partial<Record<keyof Meta, Position>> = {};
  for (const setting of front.settings)
    if (Object.hasOwn(meta, setting.key)) keys[setting.key as keyof Meta] = setting.keyAt;
  return {
    file,
    meta,
    keys,
    opening,
    parts,
    ...(closingNotes ? { closingNotes } : {}),
    images: [...logo, ...body.env.images],
  };
}

/** Notes for a closing slide the front matter turned off would be said nowhere. */
function noClosingSlide({ line, column }: Position): Problem {
  return {
    line,
    column,
    message: say('closingNotesNoSlide'),
    hint: say('closingNotesNoSlideFix'),
  };
}

/** The logo as an image of the outline; `meta.logo` becomes the address the caller gives it (as written, encoded,
 *  without a caller). */
function logoImage(front: FrontMatter, meta: Meta, options: ParseOptions, problems: Problem[]): ImageRef[] {
  const setting = front.settings.find((s) => s.key === 'logo');
  if (!meta.logo || !setting) return [];
  // The same address rules as every other file the deck shows: no script, no remote file without `online: true`.
  const address = readAddress(meta.logo, 'image', meta.online);
  if (address.kind === 'problem') {
    problems.push({ ...setting.valueAt, ...address.problem });
    return [];
  }
  if (address.kind === 'kept') return [];
  const image: ImageRef = { ...setting.valueAt, src: address.path };
  meta.logo = options.imageUrl?.(image) ?? encodeURI(address.path);
  return [image];
}
