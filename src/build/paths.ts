// Where things are: the package's own folders (themes, client code) and a deck's output paths.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The speechdeck package root (holds themes/, src/client/). */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Resolves a file of an installed package from speechdeck's own node_modules, whatever folder a deck is in. */
export const packageFile = createRequire(import.meta.url).resolve;

export const THEMES_DIR = path.join(PACKAGE_ROOT, 'themes');
export const CLIENT_ENTRY = path.join(PACKAGE_ROOT, 'src/client/main.ts');

/** `slides/talk.md` → `talk` */
export function deckName(outlinePath: string): string {
  return path.basename(outlinePath).replace(/\.(md|markdown)$/i, '');
}

export function themePath(theme: string): string {
  return path.join(THEMES_DIR, `${theme}.css`);
}

/** Output locations of one deck, under `distDir` (default `<project>/dist`). */
export function outputPaths(outlinePath: string, distDir: string) {
  const name = deckName(outlinePath);
  return {
    name,
    deckDir: path.join(distDir, name),
    pdf: path.join(distDir, `${name}.pdf`),
    notesPdf: path.join(distDir, `${name}-notes.pdf`),
    handout: path.join(distDir, `${name}-handout.pdf`),
    script: path.join(distDir, `${name}-script.pdf`),
  };
}
