// Reading an outline from disk: decode, parse, plan, render, and check what points outside it (theme, images).
import fs from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { OutlineError, parseOutline } from '../outline/index.ts';
import type { Outline, Problem } from '../outline/index.ts';
import { planDeck, renderSlides } from '../deck/index.ts';
import type { DeckPlan } from '../deck/index.ts';
import { THEMES_DIR, themePath } from '../files/paths.ts';

export interface LoadedDeck {
  outlinePath: string;
  /** The folder images must stay inside: the working directory when it holds the outline, else the outline's folder. */
  projectDir: string;
  outline: Outline;
  plan: DeckPlan;
  /** The slides' HTML with image paths made relative to `projectDir`. */
  slidesHtml: string;
  /** Each local image of the slides: its `src` in `slidesHtml` (`./…`) and the file it names. */
  images: Map<string, string>;
  /** The outline's text, for findings that point into the front matter (`check`). */
  source: string;
}

/** The name used in messages: relative to the working directory when that is shorter. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && relative.length < file.length ? relative : file;
}

export function projectDirFor(outlinePath: string): string {
  const cwd = process.cwd();
  const relative = path.relative(cwd, path.resolve(outlinePath));
  return relative.startsWith('..') || path.isAbsolute(relative) ? path.dirname(path.resolve(outlinePath)) : cwd;
}

/** Reads the outline's bytes as UTF-8 text; a file that is not text is an OutlineError at the first bad line. */
export async function readOutlineText(outlinePath: string): Promise<string> {
  const shown = displayPath(outlinePath);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(outlinePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : `cannot read it (${code ?? 'unknown error'})`;
    throw OutlineError.at(shown, { line: 1, column: 1 }, `cannot open the outline: ${why}.`, 'Check the path; outlines live in slides/<name>.md.');
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw OutlineError.at(shown, positionOfByte(bytes, nul), 'the file contains NUL bytes: it is not a text outline.', 'Save it as UTF-8 text, or use `speechdeck import` for .docx and other encodings.');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    throw OutlineError.at(shown, positionOfByte(bytes, bad), 'the file is not valid UTF-8.', 'Save it as UTF-8, or run `speechdeck import` on it, which also reads GBK and UTF-16.');
  }
}

export async function loadDeck(outlinePath: string): Promise<LoadedDeck> {
  const absolute = path.resolve(outlinePath);
  const shown = displayPath(absolute);
  const source = await readOutlineText(absolute);
  const outline = parseOutline(source, shown);
  // What the parser cannot know: the theme file and the images. All such problems are reported together.
  const problems: Problem[] = [];
  const theme = outline.meta.theme;
  if (!existsSync(themePath(theme))) {
    const available = (await fs.readdir(THEMES_DIR)).filter((f) => f.endsWith('.css') && !f.startsWith('_')).map((f) => f.slice(0, -4));
    problems.push({ ...keyPosition(source, 'theme'), message: `unknown theme \`${theme}\``, hint: `Available themes: ${available.join(', ')}.` });
  }
  const projectDir = projectDirFor(absolute);
  const plan = planDeck(outline);
  const images = new Map<string, string>();
  const slidesHtml = resolveImages(renderSlides(plan), outline, absolute, projectDir, problems, images);
  if (problems.length > 0) throw new OutlineError(shown, problems.sort((a, b) => a.line - b.line || a.column - b.column));
  return { outlinePath: absolute, projectDir, outline, plan, slidesHtml, images, source };
}

/** Image paths are relative to the outline; the deck needs them relative to the project, and never outside it.
 *  Images are met in the order the outline lists them, so each problem gets its own image's line. Each image found
 *  goes into `images`, its new `src` to its file. */
function resolveImages(
  html: string,
  outline: Outline,
  outlinePath: string,
  projectDir: string,
  problems: Problem[],
  images: Map<string, string>,
): string {
  const unused = [...outline.images];
  return html.replace(/<img src="([^"]*)"/g, (whole, src: string) => {
    const raw = decodeHtmlAttribute(src);
    if (/^(https?:|data:image\/)/i.test(raw)) return whole;
    let decoded = raw;
    try {
      decoded = decodeURI(raw);
    } catch {
      // keep the raw text: a literal % in a file name
    }
    const file = path.resolve(path.dirname(outlinePath), decoded);
    const index = unused.findIndex((img) => img.src === raw || img.src === decoded);
    const where = index >= 0 ? unused.splice(index, 1)[0]! : { line: 1, column: 1 };
    const at = { line: where.line, column: where.column };
    const relative = path.relative(projectDir, file);
    if (relative.startsWith('..') || path.isAbsolute(relative)) {
      problems.push({ ...at, message: `image \`${decoded}\` is outside the project folder`, hint: 'Copy the image next to the outline (e.g. slides/images/) and link it from there.' });
      return whole;
    }
    if (!existsSync(file)) {
      problems.push({ ...at, message: `image \`${decoded}\` does not exist`, hint: `Looked for ${displayPath(file)}.` });
      return whole;
    }
    const resolved = `./${encodeURI(relative.split(path.sep).join('/'))}`;
    images.set(resolved, file);
    return `<img src="${resolved}"`;
  });
}

function decodeHtmlAttribute(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Line and column of a front matter key, for errors the parser cannot know about (e.g. a missing theme file). */
function keyPosition(source: string, key: string): { line: number; column: number } {
  const lines = source.split(/\r?\n/);
  const index = lines.findIndex((line) => new RegExp(`^${key}\\s*:`).test(line));
  return index >= 0 ? { line: index + 1, column: 1 } : { line: 1, column: 1 };
}

function positionOfByte(bytes: Buffer, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  // Columns count characters, as everywhere else: the bytes before `offset` on its line are valid UTF-8.
  return { line, column: bytes.subarray(start, offset).toString('utf8').length + 1 };
}

function firstInvalidUtf8(bytes: Buffer): number {
  let lo = 0;
  let hi = bytes.length;
  // The longest valid prefix, by bisection: decoding is linear, so this stays O(n log n) on 10 MB files.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    try {
      // stream: a prefix cut inside a multi-byte character is not itself an error
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}
