// Where things are: the package's own folders (themes, client code); a deck's outputs are named in output-names.ts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder above `from` whose package.json is speechdeck's: this code runs from src/ or from the prebuilt
 *  command line in node_modules/.cache/, so a fixed number of `..` would not do. */
function findPackageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    try {
      if (
        (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: unknown }).name === 'speechdeck'
      )
        return dir;
    } catch {
      // no package.json here, or not ours: look further up
    }
    if (path.dirname(dir) === dir) throw new Error(`speechdeck's package.json was not found above ${from}.`);
  }
}

/** The speechdeck package root (holds themes/, src/client/). */
export const PACKAGE_ROOT = findPackageRoot(path.dirname(fileURLToPath(import.meta.url)));
/** Resolves a file of an installed package from speechdeck's own node_modules, whatever folder a deck is in. */
export const packageFile = createRequire(path.join(PACKAGE_ROOT, 'package.json')).resolve;

export const THEMES_DIR = path.join(PACKAGE_ROOT, 'themes');
export const CLIENT_ENTRY = path.join(PACKAGE_ROOT, 'src/client/main.ts');

export function themePath(theme: string): string {
  return path.join(THEMES_DIR, `${theme}.css`);
}
