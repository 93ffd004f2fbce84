// What the dev server may serve and watch: the deck's own files and nothing else. Vite serves everything under its
// root and follows links out of it, so a link in the project (`slides/etc-link -> /etc`) would hand out any file of
// the machine; and it watches the whole root, which for a project in a home folder is the whole user profile. Both
// are decided here on real paths, links followed.
import { createReadStream, readdirSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { contentType } from '../files/content-type.ts';
import { isInside } from '../files/project.ts';
import { realPath } from '../files/real-path.ts';
import { say } from '../messages/index.ts';

/** What the page needs besides the deck's files: speechdeck's own code, its packages and the themes. */
export interface ServedFolders {
  /** speechdeck's node_modules: its packages may be links (npm workspaces, pnpm), which Vite asks for by their real
   *  path, so each package's real folder is served too. */
  packages: string;
  /** Folders served when the real path of a file is inside one (the client's code, the themes). */
  code: string[];
}

/**
 * A middleware that serves the files the deck shows (`deckFiles`: their addresses in the page and their real paths,
 * as the outline's check found them) and answers 403 for any other file outside what the page needs: `/`, Vite's own
 * modules, speechdeck's code and packages.
 */
export function servingGuard(root: string, folders: ServedFolders, deckFiles: () => Map<string, string>) {
  const codeFolders = folders.code.map(realOrSelf);
  let packageFolders: string[] | undefined;
  return (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void): void => {
    if (fromAnotherSite(req)) return refuse(res, 403);
    const pathname = (req.url ?? '/').split(/[?#]/)[0]!;
    if (isViteInternal(pathname)) return refuse(res, 403);
    // The deck's files are served here, by the address the page has, as the check found them: Vite's own static
    // serving would stumble on names such as `党 徽 #1%.png`.
    const shown = deckFiles().get(`.${pathname}`);
    if (shown !== undefined && (req.method === 'GET' || req.method === 'HEAD'))
      return serveFile(res, shown, req.method === 'HEAD');
    const file = requestedFile(root, req.url ?? '/');
    if (file === undefined) return next();
    if (file === null) return refuse(res, 400);
    if (isInside(folders.packages, file)) return next();
    const real = realPath(file);
    // Nothing there: Vite answers 404, or serves a module it makes (its optimized packages) that links cannot reach.
    if (real === undefined) return next();
    packageFolders ??= realPackageFolders(folders.packages);
    if (codeFolders.some((folder) => isInside(folder, real)) || packageFolders.some((folder) => isInside(folder, real)))
      return next();
    refuse(res, 403);
  };
}

/** What of Vite's own addresses the page loads: its client, its environment, modules by id and files by path, and
 *  our client (plugin.ts, CLIENT_URL). The
 *  rest (`/__open-in-editor`, which starts an editor on any path it is given, and whatever a later Vite adds under
 *  `/__` or `/@`) is refused. */
const PAGE_NEEDS = /^\/@(vite\/(client|env)$|id\/|fs\/|speechdeck\/client\.js$)/;

export function isViteInternal(pathname: string): boolean {
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // read as written
  }
  return [pathname, decoded].some(
    (name) => name.startsWith('/__') || (name.startsWith('/@') && !PAGE_NEEDS.test(name)),
  );
}

/**
 * A request another site's page made: its `Origin` names another server, or the browser says the request crossed
 * sites (`Sec-Fetch-Site`, which Edge and Chrome send even for an `<img>`, where no `Origin` is sent). The deck's page
 * asks only for its own server's addresses; a page of another port of this machine is another site too.
 */
export function fromAnotherSite(req: Pick<IncomingMessage, 'headers'>): boolean {
  const { origin, host } = req.headers;
  if (origin !== undefined && origin.toLowerCase() !== `http://${(host ?? '').toLowerCase()}`) return true;
  const site = req.headers['sec-fetch-site'];
  return site === 'cross-site' || site === 'same-site';
}

function serveFile(res: ServerResponse, file: string, headOnly: boolean): void {
  res.setHeader('Content-Type', contentType(file));
  res.setHeader('Cache-Control', 'no-cache');
  if (headOnly) {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on('error', () => {
    if (!res.headersSent) res.statusCode = 404;
    res.end();
  });
  stream.pipe(res);
}

/** The file a request names: undefined for the page itself and Vite's own modules (`/@vite/client`, `/@id/…`), null
 *  for an address that cannot be read. */
export function requestedFile(root: string, url: string): string | null | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  if (pathname === '/' || pathname === '/index.html') return undefined;
  // `/@fs/<absolute path>` is Vite's address for a file outside the root (on Windows `/@fs/C:/…`).
  if (pathname.startsWith('/@fs/')) {
    const absolute = pathname.slice('/@fs'.length);
    return path.resolve(/^\/[a-z]:/i.test(absolute) ? absolute.slice(1) : absolute);
  }
  if (pathname.startsWith('/@') || pathname.startsWith('/__')) return undefined;
  return path.join(root, pathname);
}

/**
 * Vite's watcher option `ignored`: everything but the `watched` files and folders (and the folders on the way to
 * them, which the watcher must look into to find them). The list is read at each call: a save that names a new
 * image adds it.
 */
export function watchOnly(watched: () => Iterable<string>): (file: string) => boolean {
  return (file) => {
    const absolute = path.resolve(file);
    for (const wanted of watched()) if (isInside(wanted, absolute) || isInside(absolute, wanted)) return false;
    return true;
  };
}

function refuse(res: ServerResponse, status: 400 | 403): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end(`${say(status === 403 ? 'servesOnlyTheDeck' : 'badAddress')}\n`);
}

/** The real folder of node_modules and of every package in it (`@scope/name` included). */
export function realPackageFolders(nodeModules: string): string[] {
  const folders = [realOrSelf(nodeModules)];
  const entries = (dir: string) => {
    try {
      return readdirSync(dir);
    } catch {
      return [];
    }
  };
  for (const entry of entries(nodeModules)) {
    const names = entry.startsWith('@')
      ? entries(path.join(nodeModules, entry)).map((name) => path.join(entry, name))
      : [entry];
    for (const name of names) folders.push(realOrSelf(path.join(nodeModules, name)));
  }
  return [...new Set(folders)];
}

function realOrSelf(file: string): string {
  return realPath(file) ?? file;
}
