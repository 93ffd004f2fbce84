// The dev server: Vite on 127.0.0.1 (unless told otherwise), serving and watching only the deck's own files (see
// serving.ts), answering only its own page (no CORS), the outline watched, the page kept on its slide.
import path from 'node:path';
import { createServer } from 'vite';
import type { Plugin, ViteDevServer } from 'vite';
import { loadDeck } from '../load/index.ts';
import type { LoadedDeck } from '../load/index.ts';
import { PACKAGE_ROOT, THEMES_DIR } from '../files/paths.ts';
import { EnvironmentError } from '../outputs/errors.ts';
import { isInside } from '../files/project.ts';
import { say } from '../messages/index.ts';
import { speechdeckPlugin } from './plugin.ts';
import { VITE_DEFAULTS } from '../outputs/deck/client-plugin.ts';
import { realPackageFolders, servingGuard, watchOnly } from './serving.ts';
import type { Finding } from '../check/findings.ts';

export interface DevOptions {
  host: string;
  port: number;
  onReload?: (result: LoadedDeck | Error) => void;
  /** Told when the port asked for could not be used and another was taken. */
  onPortChanged?: (asked: number, used: number) => void;
  onLayout?: (findings: Finding[]) => void;
  /** How the deck is read (the editor: from the text being edited); from the file by default. */
  load?: () => Promise<LoadedDeck>;
  /** Files the page may show beyond the last deck loaded (the editor: those the text in the page names, before it is
   *  saved and loaded), by their address in the page. */
  moreFiles?: () => Map<string, string>;
  /** More plugins (the editor's page and its requests), first: their middlewares answer before any other. */
  plugins?: Plugin[];
}

/** Starts the server on the outline as it is now (which must parse); returns the server and that first deck. */
export async function startDevServer(
  outlinePath: string,
  options: DevOptions,
): Promise<{ server: ViteDevServer; deck: LoadedDeck; reload: () => Promise<void> }> {
  const load = options.load ?? (() => loadDeck(outlinePath, 'project'));
  const first = await load();
  let deck = first;
  const outline = deck.outlinePath;
  const deckFiles = () => {
    const more = options.moreFiles?.();
    return more?.size ? new Map([...deck.images, ...more]) : deck.images;
  };
  const deckPlugin = speechdeckPlugin({
    root: deck.projectDir,
    outlinePath: deck.outlinePath,
    load,
    onReload: (result) => {
      if (!(result instanceof Error)) {
        deck = result;
        // A save may name new files: watch them too.
        server.watcher.add([...deckFiles().values()]);
      }
      options.onReload?.(result);
    },
    ...(options.onLayout ? { onLayout: options.onLayout } : {}),
  });
  const server: ViteDevServer = await createServer({
    root: deck.projectDir,
    ...VITE_DEFAULTS,
    cacheDir: path.join(PACKAGE_ROOT, 'node_modules/.vite-speechdeck'),
    appType: 'custom',
    plugins: [...(options.plugins ?? []), deckPlugin, deckFilesOnly(deck.projectDir, deckFiles)],
    server: {
      host: options.host,
      port: options.port,
      strictPort: false,
      // Only the page itself may read what the server answers: no other site, local or not.
      cors: false,
      fs: { strict: true, allow: [deck.projectDir, PACKAGE_ROOT, THEMES_DIR, ...linkedPackages()] },
      // The outline, the files it shows and the themes; never the rest of the project (its dist/, a home folder).
      watch: { ignored: [watchOnly(() => [outline, ...deckFiles().values(), THEMES_DIR])] },
    },
  });
  await listen(server, options);
  return { server, deck: first, reload: () => deckPlugin.api.reload() };
}

/** The real folders of speechdeck's packages that are links out of its node_modules (npm workspaces, pnpm). Node and
 *  Vite resolve a package by its real path, so the fonts a stylesheet of a linked package names are asked for there;
 *  outside `fs.allow`, Vite refused every one of them (403, and an error on the terminal). */
function linkedPackages(): string[] {
  return realPackageFolders(path.join(PACKAGE_ROOT, 'node_modules')).filter(
    (folder) => !isInside(PACKAGE_ROOT, folder),
  );
}

/** The guard before Vite's own middlewares, and the deck's files watched: a changed picture reloads the page. */
function deckFilesOnly(root: string, deckFiles: () => Map<string, string>): Plugin {
  return {
    name: 'speechdeck-deck-files-only',
    configureServer(server) {
      server.middlewares.use(
        servingGuard(
          root,
          { packages: path.join(PACKAGE_ROOT, 'node_modules'), code: [path.join(PACKAGE_ROOT, 'src'), THEMES_DIR] },
          deckFiles,
        ),
      );
      server.watcher.add([...deckFiles().values()]);
      server.watcher.on('change', (file) => {
        const changed = path.resolve(file);
        if ([...deckFiles().values()].includes(changed)) server.ws.send({ type: 'full-reload' });
      });
    },
  };
}

/** Listens on the port asked for; where the system refuses it (Windows reserves ranges of ports, which gives
 *  `listen EACCES`), on a free port the system picks, and says so. */
async function listen(server: ViteDevServer, options: DevOptions): Promise<void> {
  try {
    await server.listen();
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EACCES' || options.port === 0)
      throw portProblem(server, options, error);
  }
  try {
    await server.listen(0);
  } catch (error) {
    throw portProblem(server, options, error);
  }
  const used = server.httpServer?.address();
  if (used && typeof used === 'object') options.onPortChanged?.(options.port, used.port);
}

function portProblem(server: ViteDevServer, options: DevOptions, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code !== 'EACCES' && code !== 'EADDRNOTAVAIL') return error;
  void server.close();
  return new EnvironmentError(say('portRefused', options.host, options.port, code));
}
