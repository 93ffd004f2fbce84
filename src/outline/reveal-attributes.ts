// The attributes reveal.js reads to load something later (a slide's background, a preview, a lazy `data-src`): on
// a heading (attributes.ts) or anywhere in raw HTML (raw-html.ts), each goes through the same address check as `src`.
import type { Loads } from './types.ts';

/** reveal.js attributes that name files, each a comma-separated list (reveal splits them so), and what loads them. */
export const FILE_LISTS: Readonly<Record<string, Loads>> = {
  'data-background-image': 'image',
  'data-background-video': 'video',
  'data-preview-image': 'image',
  'data-preview-video': 'video',
};

/** reveal.js attributes that show a web page in an iframe: a page can run scripts, so only with `html: true`. */
export const PAGES: ReadonlySet<string> = new Set(['data-background-iframe', 'data-preview-link']);

/** reveal.js attributes whose value becomes CSS on the slide's background. */
export const CSS_VALUES: ReadonlySet<string> = new Set([
  'data-background-color',
  'data-background-gradient',
  'data-background-size',
  'data-background-position',
  'data-background-repeat',
  'data-background-opacity',
]);

/** reveal.js's own test of whether `data-background` names a picture rather than CSS (backgrounds.js). */
export function backgroundIsFile(value: string): boolean {
  return /^(http|file|\/\/)/i.test(value) || /\.(svg|png|jpg|jpeg|gif|bmp|webp)([?#\s]|$)/i.test(value);
}

/** The files of a list attribute as reveal.js reads them (a `data:` address is one, commas and all). */
export function fileListItems(value: string): string[] {
  return /^\s*data:/i.test(value) ? [value] : value.split(',').map((item) => item.trim());
}
