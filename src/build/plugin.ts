// The speechdeck Vite plugin: serves and builds one outline as a reveal.js page that also works from file://.
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { CLIENT_ENTRY, packageFile, themePath } from './paths.ts';
import { FONT_STYLESHEETS, woff2Only } from './fonts.ts';
import { isNotesPlugin, translateSpeakerView } from './speaker-view.ts';
import { deckDocument } from './html.ts';
import type { LoadedDeck } from './load.ts';
import { answerCheckRequests, sendCheck } from './check-event.ts';

export const CLIENT_URL = '/@speechdeck/client.js';
const CLIENT_ID = '\0speechdeck:client';

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

/** Vite's HTML output as a classic deferred script and plain stylesheet: Chromium refuses module scripts
 *  and `crossorigin` stylesheets from file://, and the deck must open by double-click from a USB stick. */
export function classicScripts(html: string): string {
  return html
    .replace(/<script type="module" crossorigin/g, '<script defer')
    .replace(/<script type="module"/g, '<script defer')
    .replace(/(<link[^>]*?) crossorigin(=["'][^"']*["'])?/g, '$1')
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, '');
}

export function speechdeckPlugin(options: SpeechdeckPluginOptions): Plugin {
  const htmlId = path.join(options.root, 'index.html');
  let deck: LoadedDeck | undefined;
  const current = async () => (deck ??= await options.load());

  return {
    name: 'speechdeck',
    // before Vite's CSS plugin, so the .woff fallbacks are gone before their url()s are collected
    enforce: 'pre',

    resolveId(id) {
      if (id === htmlId) return htmlId;
      if (id === CLIENT_URL || id.endsWith('@speechdeck/client.js')) return CLIENT_ID;
      return null;
    },

    async load(id) {
      if (id === htmlId) {
        const loaded = await current();
        return deckDocument(loaded.plan, CLIENT_URL, loaded.slidesHtml);
      }
      if (id === CLIENT_ID) {
        const loaded = await current();
        const imports = [
          packageFile('reveal.js/reveal.css'),
          ...FONT_STYLESHEETS.map((sheet) => packageFile(sheet)),
          themePath(loaded.plan.meta.theme),
          CLIENT_ENTRY,
        ];
        return imports.map((file) => `import ${JSON.stringify(file)};`).join('\n');
      }
      return null;
    },

    transform(code, id) {
      if (/@fontsource[\\/].*\.css$/.test(id)) return woff2Only(code);
      if (isNotesPlugin(id)) {
        const { code: translated, missing } = translateSpeakerView(code);
        if (missing.length) this.warn(`speaker view labels not found in reveal.js: ${missing.join(', ')}`);
        return translated;
      }
      return null;
    },

    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        return ctx.server ? html : classicScripts(html);
      },
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
              deckDocument(loaded.plan, CLIENT_URL, loaded.slidesHtml),
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

/** How long the outline must be left alone before it is read: an editor's save (truncate, then write) arrives as
 *  several events, and a read between them sees a half-written file, while later events may be folded away. */
const SETTLE_MS = 100;

/** On every save of the outline: re-plan, and push the new slides to the page (which keeps its place),
 *  or reload the page when the theme changed, or show the error in Vite's overlay. */
function watchOutline(
  server: ViteDevServer,
  options: SpeechdeckPluginOptions,
  current: () => Promise<LoadedDeck>,
  setDeck: (deck: LoadedDeck) => void,
): void {
  const outline = path.resolve(options.outlinePath);
  let timer: NodeJS.Timeout | undefined;
  /** Only the newest read may reach the page: an older one that finishes late is dropped. */
  let latest = 0;

  const reload = async (read: number) => {
    const theme = await current().then((d) => d.plan.meta.theme, () => undefined);
    let next: LoadedDeck | Error;
    try {
      next = await options.load();
    } catch (error) {
      next = error instanceof Error ? error : new Error(String(error));
    }
    if (read !== latest) return;
    if (!(next instanceof Error)) setDeck(next);
    options.onReload?.(next);
    sendCheck(server, next, options.outlinePath);
    if (next instanceof Error) {
      server.ws.send({ type: 'error', err: { message: next.message, stack: '', plugin: 'speechdeck' } });
      return;
    }
    if (next.plan.meta.theme !== theme) {
      const client = server.moduleGraph.getModuleById(CLIENT_ID);
      if (client) server.moduleGraph.invalidateModule(client);
      server.ws.send({ type: 'full-reload' });
      return;
    }
    server.ws.send({
      type: 'custom',
      event: 'speechdeck:slides',
      data: { html: next.slidesHtml, title: next.plan.meta.title },
    });
  };

  server.watcher.add(outline);
  server.watcher.on('change', (file) => {
    if (path.resolve(file) !== outline) return;
    clearTimeout(timer);
    timer = setTimeout(() => void reload(++latest), SETTLE_MS);
  });
}
