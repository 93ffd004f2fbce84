// Reading an outline from disk: decode, parse, plan, render, and check what it points at outside itself (the theme,
// the images). Every such problem is reported together, each at its own line.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { OutlineError, byPosition, parseOutline } from '../outline/index.ts';
import type { ImageRef, Outline, Problem } from '../outline/index.ts';
import { planDeck, renderSlides } from '../deck/index.ts';
import type { DeckPlan } from '../deck/index.ts';
import { THEMES_DIR, themePath } from '../files/paths.ts';
import { displayPath, isInside, projectDirFor } from '../files/project.ts';

export interface LoadedDeck {
  outlinePath: string;
  /** The folder images must stay inside: the working directory when it holds the outline, else the outline's folder. */
  projectDir: string;
  outline: Outline;
  plan: DeckPlan;
  /** The slides' HTML, every image at the address `images` gives it. */
  slidesHtml: string;
  /** Each local image of the slides: its address in `slidesHtml` and the file it names. */
  images: Map<string, string>;
}

/** Where image addresses point: into the built deck folder (`./assets/<name>-<hash>.png`, copied there by the
 *  build), or at the project's own files (`./slides/images/x.png`, served as they are by the dev server). */
export type ImageAddresses = 'deck' | 'project';

/** Reads the outline's bytes as UTF-8 text; a file that is not text is an OutlineError at the first bad line. */
export async function readOutlineText(outlinePath: string): Promise<string> {
  const shown = displayPath(outlinePath);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(outlinePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : `cannot read it (${code ?? 'unknown error'})`;
    throw OutlineError.about(shown, `cannot open the outline: ${why}.`, 'Check the path; outlines live in slides/<name>.md.');
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

export async function loadDeck(outlinePath: string, addresses: ImageAddresses = 'deck'): Promise<LoadedDeck> {
  const absolute = path.resolve(outlinePath);
  const shown = displayPath(absolute);
  const source = await readOutlineText(absolute);
  const projectDir = projectDirFor(absolute);
  // What the parser cannot know: the theme file and the images. All such problems are reported together.
  const problems: Problem[] = [];
  const images = new Map<string, string>();
  const imageUrl = imageResolver({ outlineDir: path.dirname(absolute), projectDir, addresses, problems, images });
  const outline = parseOutline(source, shown, { imageUrl });
  const theme = outline.meta.theme;
  if (!existsSync(themePath(theme))) {
    const available = (await fs.readdir(THEMES_DIR)).filter((f) => f.endsWith('.css') && !f.startsWith('_')).map((f) => f.slice(0, -4));
    problems.push({ ...(outline.keys.theme ?? {}), message: `unknown theme \`${theme}\``, hint: `Available themes: ${available.join(', ')}.` });
  }
  if (problems.length > 0) throw new OutlineError(shown, problems.sort(byPosition));
  const plan = planDeck(outline);
  return { outlinePath: absolute, projectDir, outline, plan, slidesHtml: renderSlides(plan), images };
}

interface ImageContext {
  outlineDir: string;
  projectDir: string;
  addresses: ImageAddresses;
  /** Where a problem with an image is reported. */
  problems: Problem[];
  /** Where each image found is recorded: its address → its file. */
  images: Map<string, string>;
}

/** Image paths are relative to the outline and must stay inside the project. Returns the address an image gets,
 *  or undefined (kept as written) for what needs no file: a remote or `data:` image, or one that is wrong. */
function imageResolver(context: ImageContext): (image: ImageRef) => string | undefined {
  const known = new Map<string, string | undefined>();
  return (image) => {
    const { src } = image;
    if (/^(https?:|data:image\/)/i.test(src)) return undefined;
    const file = path.resolve(context.outlineDir, src);
    const at = { line: image.line, column: image.column };
    if (!isInside(context.projectDir, file)) {
      context.problems.push({ ...at, message: `image \`${src}\` is outside the project folder`, hint: 'Copy the image next to the outline (e.g. slides/images/) and link it from there.' });
      return undefined;
    }
    if (!existsSync(file)) {
      context.problems.push({ ...at, message: `image \`${src}\` does not exist`, hint: `Looked for ${displayPath(file)}.` });
      return undefined;
    }
    if (!known.has(file)) known.set(file, addressOf(file, context));
    const url = known.get(file);
    if (url !== undefined) context.images.set(url, file);
    return url;
  };
}

/** The address of an image file: in the deck folder, named by its contents (the same picture twice is one file, a
 *  changed picture a new one); or relative to the project. */
function addressOf(file: string, context: ImageContext): string {
  if (context.addresses === 'project') return `./${encodeURI(path.relative(context.projectDir, file).split(path.sep).join('/'))}`;
  const hash = createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 10);
  const ext = path.extname(file).toLowerCase();
  const stem = path.basename(file, path.extname(file)).replace(/[^\w\u3400-\u9fff-]+/g, '_') || 'image';
  return `./assets/${encodeURI(`${stem}-${hash}${ext}`)}`;
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
