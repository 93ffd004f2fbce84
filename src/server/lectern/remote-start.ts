// Turning the phone remote on from the speaker view, for a deck `present` serves on this PC alone (no --remote): on
// the presenter's request (from its page, behind its guard) a second listener on the local network answers the
// phone's requests, and the address for the QR code goes back to the page. Listening on the network stays the
// speaker's choice (a click in the speaker view), and the terminal says so as it does for --remote.
import http from 'node:http';
import { REMOTE } from '../../client/lectern-protocol.ts';
import { answer, listen } from './deck-server.ts';
import type { DeckServer, Route } from './deck-server.ts';

export interface RemoteStartOptions {
  /** The server of the deck (on 127.0.0.1), once started. */
  server: () => DeckServer;
  /** The machine's local network addresses, now. */
  lan: () => string[];
  /** What the page says where there is none. */
  noNetwork: string;
  /** Told once the network listener is up. */
  onListening: (addresses: string[], port: number) => void;
}

export interface RemoteStart {
  /** `POST <presenter>/start`: answers `{ host }`, the address a phone opens (the first network address). */
  route: Route;
  /** The network listener's port, once it listens. */
  port(): number | undefined;
}

export function remoteStart(options: RemoteStartOptions): RemoteStart {
  let port: number | undefined;
  let starting: Promise<number> | undefined;
  const start = async (addresses: string[]) => {
    const main = options.server();
    // The same requests as the deck's own server: the phone's pass their own checks, the rest its guard (which
    // knows only this PC's names, so nothing but the phone's page and requests answers on the network).
    const network = http.createServer((request, response) => main.server.emit('request', request, response));
    const used = await listen(network, '0.0.0.0', main.port + 1);
    main.server.once('close', () => {
      network.closeAllConnections();
      network.close();
    });
    port = used;
    options.onListening(addresses, used);
    return used;
  };
  const route: Route = async (request, response, url) => {
    if (url.pathname !== `${REMOTE.presenter}/start` || request.method !== 'POST') return false;
    const addresses = options.lan();
    if (!addresses.length) {
      answer(response, 409, `${options.noNetwork}\n`);
      return true;
    }
    starting ??= start(addresses);
    const used = await starting;
    response.setHeader('Content-Type', 'application/json; charset=utf-8');
    response.setHeader('Cache-Control', 'no-store');
    response.end(JSON.stringify({ host: `${addresses[0]}:${used}` }));
    return true;
  };
  return { route, port: () => port };
}
