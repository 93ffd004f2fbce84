// The speechdeck Vite plugins: the dev server's (one outline, live), and the client bundle's (reveal.js, our code,
// a theme and the fonts, built once and shared by every deck; see client-bundle.ts).
import path from 'node:path';
import type { InlineConfig, Plugin, ViteDevServer } from 'vite';
import { CLIENT_ENTRY, packageFile, themePath } from '../files/paths.ts';
import { SLIDE_FACES, fontStylesheets, woff2Only } from '../fonts/index.ts';
import { isNotesPlugin, translateSpeakerView } from './speaker-view.ts';
import { deckDocument } from './html.ts';
import type { LoadedDeck } from './load.ts';
import { answerCheckRequests, sendCheck } from './check-event.ts';
import { SLIDES_EVENT } from '../check/events.ts';
import { watchSaves } from './saves.ts';

export const CLIENT_URL = '/@speechdeck/client.js';
const CLIENT_ID = '\0speechdeck:client';

/** The client as Vite sees it: a module script (the dev server serves and updates it; a build bundles it). */
const CLIENT_MODULE_TAG = `<script type="module" src="${CLIENT_URL}"></script>`;

export interface SpeechdeckPluginOptions {
  /** The Vite root; the page is served and built as `<root>/index.html`. */
  root: string;
  /** The outline file, watched in dev. */
  outlinePath: string;
  /** Reads, parses and plans the outline; called again when the outline changes in dev. */
  load: () => Promise<LoadedDeck>;
  /** Told about every outline change in dev: the new deck, or the error that stops it. */
  onReload?: (result: LoadedDeck | Error) => void;
}

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
function resolveOurs(htmlId: string): (id: string) => string | null {
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

export function speechdeckPlugin(options: SpeechdeckPluginOptions): Plugin {
  const htmlId = path.join(options.root, 'index.html');
  let deck: LoadedDeck | undefined;
  const current = async () => (deck ??= await options.load());

  return {
    name: 'speechdeck',
    // before Vite's CSS plugin, so the .woff fallbacks are gone before their url()s are collected
    enforce: 'pre',

    resolveId: resolveOurs(htmlId),

    async load(id) {
      if (id === htmlId) {
        const loaded = await current();
        return deckDocument(loaded.plan, CLIENT_MODULE_TAG, loaded.slidesHtml);
      }
      if (id === CLIENT_ID) return clientModule((await current()).plan.meta.theme, 'whole');
      return null;
    },

    transform(code, id) {
      return transformClientCode(code, id, (message) => this.warn(message));
    },

    configureServer(server) {
      watchOutline(server, options, current, (next) => {
        deck = next;
      });
      answerCheckRequests(server, options.outlinePath, current);
      return () => {
        server.middlewares.use(async (req, res, next) => {
          const url = (req.url ?? '/').split('?')[0];
          if (url !== '/' && url !== '/index.html') return next();
          try {
            const loaded = await current();
            const html = await server.transformIndexHtml(
              req.url ?? '/',
              deckDocument(loaded.plan, CLIENT_MODULE_TAG, loaded.slidesHtml),
            );
            res.setHeader('Content-Type', 'text/html; charset=utf-8');
            res.end(html);
          } catch (error) {
            next(error);
          }
        });
      };
    },
  };
}

/** How long after a save's last event the outline is read again: an editor's save may arrive as several events
 *  (truncate, then write), and a read between them sees a half-written file. */
const SETTLE_MS = 100;

/** On every save of the outline (see saves.ts for how a burst of events becomes reads): push the new slides to the
 *  page (which keeps its place), or reload the page when the theme changed, or show the error. */
function watchOutline(
  server: ViteDevServer,
  options: SpeechdeckPluginOptions,
  current: () => Promise<LoadedDeck>,
  setDeck: (deck: LoadedDeck) => void,
): void {
  const outline = path.resolve(options.outlinePath);
  let theme: string | undefined;
  void current().then((deck) => (theme = deck.plan.meta.theme), () => undefined);
  const saves = watchSaves<LoadedDeck>(
    () => options.load(),
    (next) => {
      if (next instanceof Error) {
        server.ws.send({ type: 'error', err: { message: next.message, stack: '', plugin: 'speechdeck' } });
      } else {
        setDeck(next);
        if (next.plan.meta.theme !== theme) {
          theme = next.plan.meta.theme;
          const client = server.moduleGraph.getModuleById(CLIENT_ID);
          if (client) server.moduleGraph.invalidateModule(client);
          server.ws.send({ type: 'full-reload' });
        } else {
          server.ws.send({ type: 'custom', event: SLIDES_EVENT, data: { html: next.slidesHtml, title: next.plan.meta.title } });
        }
      }
      // The page first; then the terminal and the findings badge.
      options.onReload?.(next);
      sendCheck(server, next, options.outlinePath);
    },
    SETTLE_MS,
  );
  server.watcher.add(outline);
  server.watcher.on('change', (file) => {
    if (path.resolve(file) === outline) saves.changed();
  });
}
