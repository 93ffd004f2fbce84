// A deck's .pptx on disk: the theme's stylesheet and the slides' images read, the PowerPoint written, then renamed into
// place (a failed run leaves the previous file as it was).
import fs from 'node:fs/promises';
import { imageSize } from 'image-size';
import { CssSyntaxError } from 'postcss';
import type { LoadedDeck } from '../../load/index.ts';
import { themePath } from '../../files/paths.ts';
import { displayPath } from '../../files/project.ts';
import { say } from '../../messages/index.ts';
import { OutlineError } from '../../outline/error.ts';
import { ThemeError, imageSources, readTheme, savePptx, type PptxTheme, type SlideImage } from './index.ts';
import { listItems } from '../../messages/list.ts';
import { deckPictures } from '../deck/pictures.ts';
import type { Aspect } from '../../outline/types.ts';
import type { Template, TemplateLayoutKind } from './template/read.ts';

export interface PptxFile {
  path: string;
  slides: number;
  bytes: number;
  warnings: string[];
}

/** The default theme, read under every other: a theme of one's own need not define every colour. */
const BASE_THEME = 'red';

/** Image types PowerPoint and WPS show on every version. */
const MIME: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', gif: 'image/gif', bmp: 'image/bmp' };

export async function writePptxFile(deck: LoadedDeck, target: string): Promise<PptxFile> {
  const { plan } = deck;
  const [theme, images] = await Promise.all([readPptxTheme(plan.meta.theme), readImages(deck)]);
  const template = deck.template?.read;
  const { size, imagesLeftOut, fallbacks } = await savePptx({ plan, theme, images, template }, target);
  return {
    path: target,
    slides: plan.slides.length,
    bytes: size,
    warnings: [...imageWarnings(deck, imagesLeftOut), ...templateWarnings(template, fallbacks, plan.meta.aspect)],
  };
}

/** What the PowerPoint could not take from the template: a layout it lacks (the slides drawn on ours), its shape. */
export function templateWarnings(
  template: Template | undefined,
  fallbacks: ReadonlyMap<TemplateLayoutKind, number[]>,
  aspect: Aspect,
): string[] {
  if (!template) return [];
  const warnings = [...fallbacks].map(([kind, slides]) =>
    say('templateLayoutMissing', say('templateLayoutName', kind), slides.join(', ')),
  );
  const { cx, cy } = template.size;
  const wide = aspect === '16:9' ? 16 / 9 : 4 / 3;
  if (cx > 0 && cy > 0 && Math.abs(cx / cy - wide) > 0.02) warnings.push(say('templateSize', shapeOf(cx, cy), aspect));
  return warnings;
}

/** A slide size (EMU) as a reader knows it: 16:9, 4:3 or 16:10, else its width and height in centimetres. */
function shapeOf(cx: number, cy: number): string {
  const named = [
    ['16:9', 16 / 9],
    ['4:3', 4 / 3],
    ['16:10', 16 / 10],
  ] as const;
  const found = named.find(([, ratio]) => Math.abs(cx / cy - ratio) <= 0.02);
  const cm = (emu: number) => String(Math.round(emu / 36000) / 10);
  return found ? found[0] : `${cm(cx)} × ${cm(cy)} cm`;
}

/** The theme's colours and faces as the PowerPoint draws them (read over the default theme's). */
export async function readPptxTheme(name: string): Promise<PptxTheme> {
  const themes = [...new Set([BASE_THEME, name])];
  const sheets = await Promise.all(themes.map((theme) => fs.readFile(themePath(theme), 'utf8')));
  return themeOf(sheets, themePath(name));
}

/** The warning naming the pictures a PowerPoint could not hold, if any. */
export function imageWarnings(deck: LoadedDeck, imagesLeftOut: string[]): string[] {
  const leftOut = imagesLeftOut.map((src) => {
    const file = deck.images.get(src);
    return `\`${file ? displayPath(file) : src}\``;
  });
  return leftOut.length
    ? [say('pptxImageLeftOut', listItems('files', leftOut, { separator: '\n  ' }), leftOut.length > 1)]
    : [];
}

/** The theme, or an error that names its stylesheet when the PowerPoint cannot read its colours. */
function themeOf(sheets: string[], file: string): PptxTheme {
  try {
    return readTheme(sheets);
  } catch (error) {
    if (error instanceof CssSyntaxError) {
      throw OutlineError.at(
        displayPath(file),
        { line: error.line ?? 1, column: error.column ?? 1 },
        say('pptxThemeParse', error.reason),
      );
    }
    if (error instanceof ThemeError) {
      throw OutlineError.about(displayPath(file), error.message, say('pptxThemeHint'));
    }
    throw error;
  }
}

/** The slides' images that a PowerPoint can hold, by their address in the rendered outline: the loader has already
 *  given each local image its address and checked that its file exists inside the project. A picture far larger
 *  than a slide needs goes in as the deck's scaled copy (deck/pictures.ts: from the cache when the deck was built). */
export async function readImages(deck: LoadedDeck): Promise<Map<string, SlideImage>> {
  const images = new Map<string, SlideImage>();
  const files = await deckPictures(deck);
  await Promise.all(
    imageSources(deck.plan).map(async (src) => {
      const bytes = await imageBytes(src, files);
      if (!bytes) return;
      try {
        const { width, height, type } = imageSize(bytes);
        const mime = type ? MIME[type] : undefined;
        if (mime && width && height) images.set(src, { mime, bytes, width, height });
      } catch {
        // not an image format image-size knows: left out, and named in the warnings
      }
    }),
  );
  return images;
}

async function imageBytes(src: string, files: ReadonlyMap<string, string>): Promise<Uint8Array | undefined> {
  const data = /^data:image\/[\w+.-]+;base64,(.*)$/is.exec(src);
  if (data) return Buffer.from(data[1]!, 'base64');
  // A web address stays out: the meeting-room PC may be offline.
  const file = files.get(src);
  return file ? fs.readFile(file) : undefined;
}
