// The lectern's server (`rehearse`, `present`): the built deck folder and nothing else, plus the few requests the
// command adds (the rehearsal's save, the phone's remote). Plain node:http, no dev server: no source, no project
// files, no live reload. Every request passes a guard first (the editor's: the token, the Host, the Origin).
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import http from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { contentType } from '../../files/content-type.ts';
import { isInside } from '../../files/project.ts';

/** Answers a request the server's own routes know, or says it does not (false) so the deck's files are tried. */
export type Route = (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<boolean> | boolean;

export interface DeckServerOptions {
  /** The built deck folder (dist/<name>/): the only files served. */
  deckDir: string;
  host: string;
  port: number;
  /** Why a request is refused (answered 403), or undefined to answer it. */
  refusal: (request: IncomingMessage, port: number) => string | undefined;
  routes?: Route[];
  /** Routes tried before the guard: they check their own callers (the phone's remote). */
  open?: Route[];
  /** Told when the port asked for was taken and the next free one used. */
  onPortChanged?: (asked: number, used: number) => void;
}

export interface DeckServer {
  port: number;
  server: http.Server;
  close(): Promise<void>;
}

/** How many ports after the one asked for are tried when it is taken. */
const PORTS_TRIED = 20;

export async function startDeckServer(options: DeckServerOptions): Promise<DeckServer> {
  const root = await fs.realpath(options.deckDir);
  let port = options.port;
  const server = http.createServer((request, response) => {
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Referrer-Policy', 'no-referrer');
    void handle(request, response).catch(() => {
      if (!response.headersSent) answer(response, 500, '500\n');
      else response.destroy();
    });
  });
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    for (const route of options.open ?? []) if (await route(request, response, url)) return;
    const refused = options.refusal(request, port);
    if (refused) return answer(response, 403, `403 (${refused})\n`);
    for (const route of options.routes ?? []) if (await route(request, response, url)) return;
    if (request.method !== 'GET' && request.method !== 'HEAD') return answer(response, 405, '405\n');
    const file = await deckFile(root, url.pathname);
    if (!file) return answer(response, 404, '404\n');
    response.statusCode = 200;
    response.setHeader('Content-Type', contentType(file.path));
    if (path.extname(file.path).toLowerCase() === '.html') {
      // The deck's policy forbids every connection (from a file nothing may be fetched); served here, its page may
      // talk to this server alone: the rehearsal's save and the phone remote's events.
      const page = (await fs.readFile(file.path, 'utf8')).replace("connect-src 'none'", "connect-src 'self'");
      response.setHeader('Content-Length', String(Buffer.byteLength(page)));
      response.setHeader('Cache-Control', 'no-store');
      return void response.end(request.method === 'HEAD' ? undefined : page);
    }
    response.setHeader('Content-Length', String(file.size));
    response.setHeader('Cache-Control', 'no-store');
    if (request.method === 'HEAD') return void response.end();
    createReadStream(file.path)
      .on('error', () => response.destroy())
      .pipe(response);
  };
  port = await listen(server, options.host, options.port);
  if (port !== options.port && options.port !== 0) options.onPortChanged?.(options.port, port);
  return {
    port,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export function answer(response: ServerResponse, status: number, text: string): void {
  response.statusCode = status;
  response.setHeader('Content-Type', 'text/plain; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store');
  response.end(text);
}

/** The file of the deck folder an address names (`/` is its index.html), when it is a file inside the folder, links
 *  followed; undefined for anything else (outside it, a folder, a bad address). */
export async function deckFile(root: string, pathname: string): Promise<{ path: string; size: number } | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const wanted = path.resolve(root, relative);
  if (!isInside(root, wanted)) return undefined;
  try {
    const real = await fs.realpath(wanted);
    if (!isInside(root, real)) return undefined;
    const stat = await fs.stat(real);
    return stat.isFile() ? { path: real, size: stat.size } : undefined;
  } catch {
    return undefined;
  }
}

/** Listens on `port`, or the next free one of the few after it; resolves to the port used. */
export function listen(server: http.Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let tried = 0;
    const attempt = (candidate: number) => {
      server.once('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EADDRINUSE' && port !== 0 && ++tried < PORTS_TRIED && candidate < 65535)
          attempt(candidate + 1);
        else reject(error);
      });
      server.listen(candidate, host, () => {
        server.removeAllListeners('error');
        const address = server.address();
        resolve(typeof address === 'object' && address ? address.port : candidate);
      });
    };
    attempt(port);
  });
}

/** A request's body as JSON, at most `limit` bytes; undefined when it is longer or not JSON. */
export function jsonBody(request: IncomingMessage, limit = 64 * 1024): Promise<unknown> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        resolve(undefined);
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        resolve(undefined);
      }
    });
    request.on('error', () => resolve(undefined));
  });
}
