// The one list of fonts speechdeck bundles (from the @fontsource packages, never the machine's): which faces
// exist, which the slides use, and how their stylesheets are trimmed to woff2.

/** Every face we ship: Noto Sans SC for text, Noto Serif SC (the closest free relative of 小标宋) for titles. */
export const FONTS = {
  sans: { family: 'Noto Sans SC', weight: 400, stylesheet: '@fontsource/noto-sans-sc/400.css' },
  sansBold: { family: 'Noto Sans SC', weight: 700, stylesheet: '@fontsource/noto-sans-sc/700.css' },
  serif: { family: 'Noto Serif SC', weight: 400, stylesheet: '@fontsource/noto-serif-sc/400.css' },
  serifBold: { family: 'Noto Serif SC', weight: 700, stylesheet: '@fontsource/noto-serif-sc/700.css' },
} as const;

export type FontFace = keyof typeof FONTS;

/** The faces the slides use (look.md: sans regular and bold for text, serif bold for titles); only these are bundled
 *  into the deck. */
export const SLIDE_FACES: readonly FontFace[] = ['sans', 'sansBold', 'serifBold'];

/** The stylesheets (package paths) of some faces. */
export function fontStylesheets(faces: readonly FontFace[]): string[] {
  return faces.map((face) => FONTS[face].stylesheet);
}

/** `700 12px "Noto Serif SC"`: how the page asks for a face (document.fonts.load). */
export function fontShorthand(face: FontFace): string {
  return `${FONTS[face].weight} 12px "${FONTS[face].family}"`;
}

/** Drops the `.woff` fallback from a fontsource stylesheet so the deck ships each font file once. */
export function woff2Only(css: string): string {
  return css.replace(/,\s*url\([^)]*\.woff\)\s*format\(['"]woff['"]\)/g, '');
}
