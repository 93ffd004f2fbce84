// The dev server's Vite plugin: one outline, live; the page, its client (src/outputs/deck/client-plugin.ts) and every
// save of the outline pushed to it.
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import {
  CLIENT_ID,
  CLIENT_MODULE_TAG,
  clientModule,
  resolveOurs,
  transformClientCode,
} from '../outputs/deck/client-plugin.ts';
import { deckDocument } from '../deck/document.ts';
import type { LoadedDeck } from '../load/index.ts';
import { answerCheckRequests, receiveLayoutReports, sendCheck } from './check-event.ts';
import { SLIDES_EVENT, VERSION_META } from '../check/events.ts';
import type { SlidesUpdate } from '../check/events.ts';
import type { Finding } from '../check/findings.ts';
import { escapeHtml } from '../deck/index.ts';
import { watchSaves } from './saves.ts';

export interface SpeechdeckPluginOptions {
  /** The Vite root; the page is served and built as `<root>/index.html`. */
  root: string;
  /** The outline file, watched in dev. */
  outlinePath: string;
  /** Reads, parses and plans the outline; called again when the outline changes in dev. */
  load: () => Promise<LoadedDeck>;
  /** Told about every outline change in dev: the new deck, or the error that stops it. */
  onReload?: (result: LoadedDeck | Error) => void;
  /** Told what the open page measured on the slides of the latest save (overflow, small text), once per change. */
  onLayout?: (findings: Finding[]) => void;
}

/** The page the dev server serves: the deck, and which save of the outline its slides come from. */
function devDocument(deck: LoadedDeck, version: number): string {
  const html = deckDocument(deck.plan, CLIENT_MODULE_TAG, deck.slidesHtml);
  return html.replace('<head>\n', `<head>\n<meta name="${VERSION_META}" content="${escapeHtml(String(version))}">\n`);
}

/** The plugin, and `reload`: reads the outline again now, as a save would, and resolves once the page was told. */
export type SpeechdeckPlugin = Plugin & { api: { reload(): Promise<void> } };

export function speechdeckPlugin(options: SpeechdeckPluginOptions): SpeechdeckPlugin {
  const htmlId = path.join(options.root, 'index.html');
  let reloadNow: () => Promise<void> = async () => undefined;
  let deck: LoadedDeck | undefined;
  /** Which save the served deck is (0: as the server started); saves that do not parse leave it as it was. */
  let deckVersion = 0;
  const current = async () => (deck ??= await options.load());

  return {
    name: 'speechdeck',
    // before Vite's CSS plugin, so the .woff fallbacks are gone before their url()s are collected
    enforce: 'pre',

    resolveId: resolveOurs(htmlId),

    async load(id) {
      if (id === htmlId) return devDocument(await current(), deckVersion);
      if (id === CLIENT_ID) return clientModule((await current()).plan.meta.theme, 'whole');
      return null;
    },

    transform(code, id) {
      return transformClientCode(code, id, (message) => this.warn(message));
    },

    api: { reload: () => reloadNow() },

    configureServer(server) {
      reloadNow = watchOutline(server, options, current, (next, version) => {
        deck = next;
        deckVersion = version;
      });
      answerCheckRequests(server, options.outlinePath, current);
      // Every page measures its slides; the terminal hears about each change once.
      let printed = '';
      receiveLayoutReports(server, (report) => {
        const key = `${report.version}:${JSON.stringify(report.findings)}`;
        if (key === printed) return;
        printed = key;
        options.onLayout?.(report.findings);
      });
      return () => {
        server.middlewares.use(async (req, res, next) => {
          const url = (req.url ?? '/').split('?')[0];
          if (url !== '/' && url !== '/index.html') return next();
          try {
            const html = await server.transformIndexHtml(req.url ?? '/', devDocument(await current(), deckVersion));
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
/** How long an outline found empty (or gone) once a save settled is given to be written before its error shows. */
const MID_SAVE_PATIENCE_MS = 2000;

/** On every save of the outline (see saves.ts for how a burst of events becomes reads): push the new slides to the
 *  page (which keeps its place), or reload the page when the theme changed; then the findings, which show an error
 *  in the page's own overlay (src/client/error-overlay.ts), never Vite's. */
function watchOutline(
  server: ViteDevServer,
  options: SpeechdeckPluginOptions,
  current: () => Promise<LoadedDeck>,
  setDeck: (deck: LoadedDeck, version: number) => void,
): () => Promise<void> {
  const outline = path.resolve(options.outlinePath);
  let theme: string | undefined;
  let version = 0;
  void current().then(
    (deck) => (theme = deck.plan.meta.theme),
    () => undefined,
  );
  const publish = (next: LoadedDeck | Error) => {
    version++;
    if (!(next instanceof Error)) {
      setDeck(next, version);
      if (next.plan.meta.theme !== theme) {
        theme = next.plan.meta.theme;
        const client = server.moduleGraph.getModuleById(CLIENT_ID);
        if (client) server.moduleGraph.invalidateModule(client);
        server.ws.send({ type: 'full-reload' });
      } else {
        const update: SlidesUpdate = { slides: next.slideSections, title: next.plan.meta.title, version };
        server.ws.send({ type: 'custom', event: SLIDES_EVENT, data: update });
      }
    }
    // The page first; then the terminal and the findings badge.
    options.onReload?.(next);
    void sendCheck(server, next, options.outlinePath, version);
  };
  const saves = watchSaves<LoadedDeck>(() => options.load(), publish, {
    settleMs: SETTLE_MS,
    // Zero bytes, or no file: a writer held up between emptying (or removing) the file and writing it.
    midSave: async () => ((await fs.promises.stat(outline).catch(() => undefined))?.size ?? 0) === 0,
    patienceMs: MID_SAVE_PATIENCE_MS,
  });
  server.watcher.add(outline);
  server.watcher.on('change', (file) => {
    if (path.resolve(file) === outline) saves.changed();
  });
  // Vite's watcher (chokidar) drops a file's second change within 50 ms: an editor's save that empties the file and
  // then writes it, or two quick saves, would leave the page on the earlier version. Its raw events are every one
  // the system reports; saves.ts makes one read of a burst of them.
  server.watcher.on('raw', (_event: string, file: string | null, details: { watchedPath?: string } | undefined) => {
    const watched = details?.watchedPath;
    if (watched === undefined) return;
    if (path.resolve(watched) === outline || (file && path.resolve(watched, file) === outline)) saves.changed();
  });
  return async () =>
    publish(
      await options.load().catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))),
    );
}
