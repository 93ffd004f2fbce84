// The deck's client as Vite sees it: one virtual module (reveal.js, a theme, the fonts, our code) and the changes we
// make to its sources; the client bundle (client-bundle.ts) builds it, the dev server (src/server) serves it live.
import type { InlineConfig, Plugin } from 'vite';
import path from 'node:path';
import { CLIENT_ENTRY, packageFile, themePath } from '../../files/paths.ts';
import { SLIDE_FACES, fontStylesheets, woff2Only } from '../../fonts/index.ts';
import { isNotesPlugin, translateSpeakerView } from './speaker-view.ts';

const CLIENT_URL = '/@speechdeck/client.js';
export const CLIENT_ID = '\0speechdeck:client';

/** The client as Vite sees it: a module script (the dev server serves and updates it; a build bundles it). */
export const CLIENT_MODULE_TAG = `<script type="module" src="${CLIENT_URL}"></script>`;

/** The client's one module: reveal.js's stylesheet, the fonts (in dev, whole: the text changes as you type; a
 *  built deck brings its own subset fonts instead, see fonts/subset.ts), the theme, then our code. */
export function clientModule(theme: string, fonts: 'whole' | 'none'): string {
  const fontSheets = fonts === 'whole' ? fontStylesheets(SLIDE_FACES).map((sheet) => packageFile(sheet)) : [];
  const imports = [packageFile('reveal.js/reveal.css'), ...fontSheets, themePath(theme), CLIENT_ENTRY];
  return imports.map((file) => `import ${JSON.stringify(file)};`).join('\n');
}

/** What we change in the client's sources: fonts as woff2 only, and a speaker view that speaks Chinese. */
export function transformClientCode(code: string, id: string, warn: (message: string) => void): string | null {
  if (/@fontsource[\\/].*\.css$/.test(id)) return woff2Only(code);
  if (isNotesPlugin(id)) {
    const { code: translated, missing } = translateSpeakerView(code);
    if (missing.length) warn(`speaker view labels not found in reveal.js: ${missing.join(', ')}`);
    return translated;
  }
  return null;
}

/** Settings every Vite run of ours shares: no config file, .env or public folder of the user's is read. */
export const VITE_DEFAULTS = {
  configFile: false,
  envDir: false,
  publicDir: false,
  base: './',
  logLevel: 'warn',
  clearScreen: false,
} as const satisfies InlineConfig;

/** Resolves the page and the client module to the ids our `load` answers. */
export function resolveOurs(htmlId: string): (id: string) => string | null {
  return (id) => {
    if (id === htmlId) return htmlId;
    if (id === CLIENT_URL || id.endsWith('@speechdeck/client.js')) return CLIENT_ID;
    return null;
  };
}

/** The client alone, for `vite build`: a page that holds nothing but it, in the given theme, without fonts. */
export function clientBundlePlugin(root: string, theme: string): Plugin {
  const htmlId = path.join(root, 'index.html');
  return {
    name: 'speechdeck-client',
    enforce: 'pre',
    resolveId: resolveOurs(htmlId),
    load(id) {
      if (id === htmlId) return `<!doctype html>\n<html><head>${CLIENT_MODULE_TAG}</head><body></body></html>\n`;
      if (id === CLIENT_ID) return clientModule(theme, 'none');
      return null;
    },
    transform(code, id) {
      return transformClientCode(code, id, (message) => this.warn(message));
    },
  };
}
