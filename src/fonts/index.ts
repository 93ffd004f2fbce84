// The one list of fonts speechdeck ships (from the @fontsource packages, never the machine's): which faces exist,
// which the slides use, where each face's files are, and how their stylesheets are trimmed to woff2.

/** Every face we ship: Noto Sans SC for text, Noto Serif SC (the closest free relative of 小标宋) for titles. */
export const FONTS = {
  sans: { family: 'Noto Sans SC', weight: 400, package: '@fontsource/noto-sans-sc' },
  sansBold: { family: 'Noto Sans SC', weight: 700, package: '@fontsource/noto-sans-sc' },
  serif: { family: 'Noto Serif SC', weight: 400, package: '@fontsource/noto-serif-sc' },
  serifBold: { family: 'Noto Serif SC', weight: 700, package: '@fontsource/noto-serif-sc' },
} as const;

export type FontFace = keyof typeof FONTS;

/** The faces the slides use (look.md: sans regular and bold for text, serif bold for titles); only these are bundled
 *  into the deck. */
export const SLIDE_FACES: readonly FontFace[] = ['sans', 'sansBold', 'serifBold'];

/** The faces of the speaker's script: its text is set in the serif. */
export const SCRIPT_FACES: readonly FontFace[] = ['serif', 'serifBold', 'sans', 'sansBold'];

/** A face's full stylesheet in its package (`@fontsource/noto-sans-sc/400.css`): every unicode-range slice. */
function fontStylesheet(face: FontFace): string {
  return `${FONTS[face].package}/${FONTS[face].weight}.css`;
}

/** The stylesheets (package paths) of some faces: what `dev` serves, since there the text changes as you type. */
export function fontStylesheets(faces: readonly FontFace[]): string[] {
  return faces.map(fontStylesheet);
}

/** `noto-sans-sc-400`: a face's name in file names. */
export function faceFileStem(face: FontFace): string {
  return `${FONTS[face].package.replace(/^@fontsource\//, '')}-${FONTS[face].weight}`;
}

/** `700 12px "Noto Serif SC"`: how the page asks for a face (document.fonts.load). */
export function fontShorthand(face: FontFace): string {
  return `${FONTS[face].weight} 12px "${FONTS[face].family}"`;
}

/** Drops the `.woff` fallback from a fontsource stylesheet so the deck ships each font file once. */
export function woff2Only(css: string): string {
  return css.replace(/,\s*url\([^)]*\.woff\)\s*format\(['"]woff['"]\)/g, '');
}

/** A face we ship for characters the bundled faces lack (fallback.ts): `rare` (CJK Extension A and B), `box`
 *  (what no face has, drawn as a visible box). Each stands in under every bundled family, for its characters only. */
export type FallbackFace = 'rare' | 'box';

/** The @font-face rules of some faces, each at the address `url` gives its one font file; a fallback face (with the
 *  characters it `covers`) under each family and weight of the bundled faces among them. */
export function fontFaceCss(
  faces: ReadonlyArray<{ face: FontFace | FallbackFace; url: string; covers?: string | undefined }>,
): string {
  const bundled = faces.flatMap(({ face }) => (face in FONTS ? [FONTS[face as FontFace]] : []));
  return faces
    .flatMap(({ face, url, covers }) => {
      if (face in FONTS) {
        const { family, weight } = FONTS[face as FontFace];
        return [
          `@font-face{font-family:'${family}';font-style:normal;font-weight:${weight};font-display:swap;src:url(${url}) format('woff2')}`,
        ];
      }
      if (!covers) return [];
      // Declared after the family's own face: for these characters it is tried first (CSS Fonts, composite faces).
      const range = [...covers].map((char) => `U+${char.codePointAt(0)!.toString(16)}`).join(',');
      const families = [...new Map(bundled.map((font) => [`${font.family} ${font.weight}`, font])).values()];
      return families.map(
        ({ family, weight }) =>
          `@font-face{font-family:'${family}';font-style:normal;font-weight:${weight};font-display:swap;src:url(${url}) format('woff2');unicode-range:${range}}`,
      );
    })
    .join('\n');
}
