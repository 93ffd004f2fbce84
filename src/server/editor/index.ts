// The editor's server: the dev server's deck (made from the text in the page, not the file, so the preview follows
// every keystroke), and beside it the editor's page and requests, all behind the guard (guard.ts).
import { watch } from 'node:fs';
import type { FSWatcher } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { startDevServer } from '../dev.ts';
import { loadDeck, loadDeckText } from '../../load/index.ts';
import { SlideRenderer } from './render.ts';
import { LastExport } from './last-export.ts';
import type { LoadedDeck } from '../../load/index.ts';
import { displayPath } from '../../files/project.ts';
import { language } from '../../messages/index.ts';
import { answerApi } from './api.ts';
import type { EditorState } from './api.ts';
import { hostNames, refusal, tokenCookie } from './guard.ts';
import { OutlineHistory } from './history.ts';
import { OutlineStore, versionOf } from './outline-store.ts';
import { PAGE_PATH, SCRIPT_PATH, STYLESHEET_PATH, bundleEditor, editorDocument } from './page.ts';
import type { EditorBundle } from './page.ts';
import { Tabs } from './tabs.ts';
import { WarmBrowser } from './warm-browser.ts';
import type { EarlyBrowser } from '../../outputs/browser/early.ts';
import { KeptOutputs } from '../../outputs/kept.ts';
import type { PerPage } from '../../deck/per-page.ts';
import { readFile } from 'node:fs/promises';

export interface EditorOptions {
  host: string;
  port: number;
  token: string;
  onPortChanged?: (asked: number, used: number) => void;
  /** Writes every output of the saved outline (the export button); `deck`'s outputs by default. */
  exportAll?: (
    outlinePath: string,
    phase: (text: string) => void,
    browser: EarlyBrowser,
    kept: KeptOutputs,
    perPage: PerPage,
  ) => Promise<string[]>;
  /** The browser kept warm for the export button (a real one by default). */
  browser?: WarmBrowser;
}

export interface EditorServer {
  /** The page's address, token included. */
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startEditorServer(outlinePath: string, options: EditorOptions): Promise<EditorServer> {
  const absolute = path.resolve(outlinePath);
  const { projectDir } = await loadDeck(absolute, 'project').catch(() => ({ projectDir: projectOf(absolute) }));
  const storeFor = (file: string) =>
    new OutlineStore(file, new OutlineHistory(OutlineHistory.folderFor(projectDir, file)));
  const store = storeFor(absolute);
  const tabs = new Tabs();
  const browser = options.browser ?? new WarmBrowser();
  const lastExport = new LastExport();
  // What the exports made, kept for the next: an output whose inputs did not change is not made again.
  const kept = new KeptOutputs();
  let reloadDeck: () => Promise<void> = async () => undefined;
  let watcher: FSWatcher | undefined;
  const state: EditorState = {
    projectDir,
    outlinePath: absolute,
    store,
    tabs,
    text: (await store.read()).text,
    renderer: new SlideRenderer(),
    // The outputs' code (the browser's library, the PowerPoint's) is loaded when first asked for.
    exportAll: (phase, perPage) =>
      lastExport.run(state.outlinePath, `${perPage}`, async () =>
        (options.exportAll ?? (await import('./outputs.ts')).exportAll)(
          state.outlinePath,
          phase,
          browser.lend(),
          kept,
          perPage,
        ),
      ),
    warmBrowser: () => browser.warm(),
    async switchTo(file) {
      const next = storeFor(file);
      const { text } = await next.read();
      Object.assign(state, { outlinePath: file, store: next, text, lastShown: undefined });
      watcher?.close();
      watcher = watchFile(file, tabs);
      // The preview's deck (its theme, its pictures) is the new outline's before any page asks for it again.
      await reloadDeck();
      tabs.broadcast({ type: 'switched', file: displayPath(file) });
    },
  };
  const bundle = bundleEditor();
  let port = options.port;
  const access = { token: options.token, hosts: () => hostNames(options.host, port) };
  const { server, reload } = await startDevServer(absolute, {
    host: options.host,
    port: options.port,
    ...(options.onPortChanged ? { onPortChanged: options.onPortChanged } : {}),
    // The preview shows the page's text; until a page sends some, the file's.
    load: () => previewDeck(state),
    // A picture pasted is shown at once, not only once the text naming it is saved.
    moreFiles: () => state.renderer.shownFiles(),
    plugins: [editorPlugin(state, access, () => port, bundle)],
  });
  reloadDeck = reload;
  const address = server.httpServer?.address();
  if (address && typeof address === 'object') port = address.port;
  watcher = watchFile(absolute, tabs);
  const shownHost =
    options.host === '0.0.0.0' || options.host === '::'
      ? '127.0.0.1'
      : options.host.includes(':')
        ? `[${options.host}]`
        : options.host;
  return {
    url: `http://${shownHost}:${port}${PAGE_PATH}?k=${options.token}`,
    port,
    async close() {
      watcher?.close();
      tabs.close();
      // The deck pages kept open between exports, then their browser.
      await Promise.all([server.close(), kept.close().finally(() => browser.stop())]);
    },
  };
}

/** The deck of the page's text; where it does not parse (the speaker is fixing it), the last one that did, or at
 *  first an empty deck named after the file: the editor must open on an outline with errors. */
async function previewDeck(state: EditorState): Promise<LoadedDeck> {
  const { outlinePath } = state;
  try {
    state.lastShown = await state.renderer.deck(outlinePath, state.text);
    return state.lastShown;
  } catch (error) {
    if (state.lastShown?.outlinePath === outlinePath) return state.lastShown;
    const name = path.basename(outlinePath, path.extname(outlinePath)).replace(/[\\"]/g, '');
    return loadDeckText(outlinePath, `---\ntitle: "${name}"\n---\n\n## ${name}\n`, 'project').catch(() =>
      Promise.reject(error),
    );
  }
}

function projectOf(outlinePath: string): string {
  const folder = path.dirname(outlinePath);
  return path.basename(folder).toLowerCase() === 'slides' ? path.dirname(folder) : folder;
}

/** The guard before everything the server answers, then the page and its requests. */
function editorPlugin(
  state: EditorState,
  access: { token: string; hosts: () => string[] },
  port: () => number,
  bundle: Promise<EditorBundle>,
): Plugin {
  return {
    name: 'speechdeck-editor',
    enforce: 'pre',
    configureServer(server: ViteDevServer) {
      guardUpgrades(server, (req) => refusal(req, access, port()) === undefined);
      server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => {
        const refused = refusal(req, access, port());
        if (refused) {
          res.statusCode = 403;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end(`403 (${refused})\n`);
          return;
        }
        void answer(state, req, res, access.token, port(), bundle).then(
          (answered) => answered || next(),
          (error: unknown) => next(error),
        );
      });
    },
  };
}

async function answer(
  state: EditorState,
  req: IncomingMessage,
  res: ServerResponse,
  token: string,
  port: number,
  bundle: Promise<EditorBundle>,
): Promise<boolean> {
  const pathname = new URL(req.url ?? '/', 'http://x').pathname;
  if (pathname === PAGE_PATH && req.method === 'GET') {
    // The export button's browser starts now, while the speaker reads and types.
    state.warmBrowser();
    res.setHeader('Set-Cookie', tokenCookie(port, token));
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.end(editorDocument({ lang: language(), file: displayPath(state.outlinePath) }));
    return true;
  }
  if (pathname === SCRIPT_PATH || pathname === STYLESHEET_PATH) {
    const built = await bundle;
    res.setHeader(
      'Content-Type',
      pathname === SCRIPT_PATH ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8',
    );
    res.end(pathname === SCRIPT_PATH ? built.script : built.stylesheet);
    return true;
  }
  return answerApi(state, req, res);
}

/** The deck's live connection (Vite's web socket) under the same guard: its upgrade requests are checked first. */
function guardUpgrades(server: ViteDevServer, allowed: (req: IncomingMessage) => boolean): void {
  const http = server.httpServer;
  if (!http) return;
  const listeners = http.listeners('upgrade') as Array<(...args: unknown[]) => void>;
  http.removeAllListeners('upgrade');
  http.on('upgrade', (req: IncomingMessage, socket: { destroy(): void }, head: Buffer) => {
    if (!allowed(req)) {
      socket.destroy();
      return;
    }
    for (const listener of listeners) listener.call(http, req, socket, head);
  });
}

/** Tells the pages when the file on disk changes (another program saved it); the folder is watched, since a save
 *  that replaces the file (as ours do) ends a watch on the file itself. */
function watchFile(file: string, tabs: Tabs): FSWatcher | undefined {
  let timer: NodeJS.Timeout | undefined;
  let last = '';
  const look = () => {
    void readFile(file).then(
      (bytes) => {
        const base = versionOf(bytes);
        if (base === last) return;
        last = base;
        tabs.broadcast({ type: 'disk', base });
      },
      () => undefined,
    );
  };
  void readFile(file).then(
    (bytes) => (last = versionOf(bytes)),
    () => undefined,
  );
  try {
    return watch(path.dirname(file), (_event, name) => {
      if (name !== null && name !== path.basename(file)) return;
      clearTimeout(timer);
      timer = setTimeout(look, 100);
    });
  } catch {
    return undefined;
  }
}
