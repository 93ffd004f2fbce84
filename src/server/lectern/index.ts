// The lectern's server for one deck: its built folder, the rehearsal's save, and (present --remote) the phone's
// remote. The presenter's pages carry the token the command printed (then as a cookie); see editor/guard.ts.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Rehearsal } from '../../deck/rehearsal.ts';
import type { LoadedDeck } from '../../load/index.ts';
import { hostNames, refusal, tokenCookie } from '../editor/guard.ts';
import { startDeckServer } from './deck-server.ts';
import type { DeckServer, Route } from './deck-server.ts';
import { rehearsalRoute } from './rehearsal.ts';

export interface LecternOptions {
  deck: LoadedDeck;
  deckDir: string;
  host: string;
  port: number;
  token: string;
  onPortChanged?: (asked: number, used: number) => void;
  onRehearsal?: (rehearsal: Rehearsal, all: Rehearsal[]) => void;
  /** Requests answered before the presenter's guard (the phone's, which has its own token). */
  open?: Route[];
  /** More requests of the presenter's pages, behind its guard. */
  routes?: Route[];
}

export interface LecternServer extends DeckServer {
  /** The presenter's address on this machine, token included. */
  url: string;
}

/** The page's address sets the cookie its later requests (the speaker view's, the rehearsal's save) carry. */
function tokenRoute(token: string, port: () => number): Route {
  return (request: IncomingMessage, response: ServerResponse, url: URL) => {
    if (request.method === 'GET' && url.searchParams.get('k') === token)
      response.setHeader('Set-Cookie', tokenCookie(port(), token));
    return false;
  };
}

export async function startLecternServer(options: LecternOptions): Promise<LecternServer> {
  let port = options.port;
  const access = { token: options.token, hosts: () => hostNames(options.host, port) };
  const open = options.open ?? [];
  const server = await startDeckServer({
    deckDir: options.deckDir,
    host: options.host,
    port: options.port,
    ...(options.onPortChanged ? { onPortChanged: options.onPortChanged } : {}),
    refusal: (request, at) => refusal(request, access, at),
    routes: [
      tokenRoute(options.token, () => port),
      rehearsalRoute(options.deck.outlinePath, options.deck.plan, (r, all) => options.onRehearsal?.(r, all)),
      ...(options.routes ?? []),
    ],
    ...(open.length ? { open } : {}),
  });
  port = server.port;
  return { ...server, url: `http://127.0.0.1:${port}/?k=${options.token}` };
}
