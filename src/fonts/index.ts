// The bundled Chinese fonts: only the weights the themes use, woff2 only (every supported browser reads it).

/** Noto Sans SC regular and bold for text, Noto Serif SC bold for titles. */
export const FONT_STYLESHEETS = [
  '@fontsource/noto-sans-sc/400.css',
  '@fontsource/noto-sans-sc/700.css',
  '@fontsource/noto-serif-sc/700.css',
];

/** Drops the `.woff` fallback from a fontsource stylesheet so the deck ships each font file once. */
export function woff2Only(css: string): string {
  return css.replace(/,\s*url\([^)]*\.woff\)\s*format\(['"]woff['"]\)/g, '');
}
