// The phone's remote (`present --remote`): pairing, turning the slides, and what the phone shows. The QR code on the
// presenter's screen carries a one-time pairing token; the first phone to use it gets a session token it keeps (so
// it reconnects after its screen locks without scanning again). One phone controls at a time: another that scans
// the code waits until the presenter confirms it on the PC. The phone's requests name this server (Host), come from
// its page (Origin, when sent), carry the session token, and are rate-limited. Server-Sent Events carry the slide
// to the phone and the taps to the deck: plain HTTP, which WeChat's browser keeps.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { renderSVG } from 'uqr';
import { REMOTE } from '../../client/lectern-protocol.ts';
import { answer, jsonBody } from './deck-server.ts';
import type { Route } from './deck-server.ts';
import { remotePage } from './remote-page.ts';

/** What the deck shows now, as the phone shows it. */
interface RemoteState {
  slide: number;
  total: number;
  title: string;
  notes: string;
  /** Seconds since the talk began, and the slot's. */
  elapsed: number;
  slot: number;
}

export interface Remote {
  /** Requests of the phone: answered before the presenter's guard (they carry their own token). */
  phoneRoute: Route;
  /** Requests of the presenter's page (behind its guard): the deck's events, its state, a confirmation, the QR and
   *  the address it carries. */
  presenterRoute: Route;
  /** The address the QR code carries. */
  pairingUrl: (host: string) => string;
  close(): void;
}

const token = () => randomBytes(18).toString('base64url');

function same(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** At most `burst` requests at once and `perSecond` a second after that, per key. */
export function rateLimit(perSecond: number, burst: number, now: () => number = Date.now) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return (key: string): boolean => {
    const time = now();
    const bucket = buckets.get(key) ?? { tokens: burst, at: time };
    bucket.tokens = Math.min(burst, bucket.tokens + ((time - bucket.at) / 1000) * perSecond);
    bucket.at = time;
    buckets.set(key, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  };
}

function events(response: ServerResponse): (name: string, data: unknown) => void {
  response.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    // No proxy buffering of the stream (nginx and the like on a phone's way).
    'X-Accel-Buffering': 'no',
  });
  response.write(': open\n\n');
  return (name, data) => response.write(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`);
}

export function createRemote(options: { allowed: (request: IncomingMessage) => boolean }): Remote {
  const pairing = token();
  let pairingUsed = false;
  let controller: string | undefined;
  /** Phones that asked to control while another does: their would-be session, until the presenter confirms. */
  const waiting = new Map<string, string>();
  let state: RemoteState | undefined;
  const decks = new Set<(name: string, data: unknown) => void>();
  const phones = new Map<ServerResponse, { session: string; send: (name: string, data: unknown) => void }>();
  const limited = rateLimit(10, 20);
  const keepAlive = setInterval(() => {
    for (const send of decks) send('ping', 0);
    for (const phone of phones.values()) phone.send('ping', 0);
  }, 20_000);

  const toDecks = (name: string, data: unknown) => {
    for (const send of decks) send(name, data);
  };
  const toPhones = (name: string, data: unknown) => {
    for (const phone of phones.values()) if (phone.session === controller) phone.send(name, data);
  };
  const sessionOf = (request: IncomingMessage, url: URL) =>
    (request.headers['x-speechdeck-session'] as string | undefined) ?? url.searchParams.get('session') ?? undefined;

  const phoneRoute: Route = async (request, response, url) => {
    if (!url.pathname.startsWith(REMOTE.phone)) return false;
    if (!options.allowed(request)) return (answer(response, 403, '403\n'), true);
    const sub = url.pathname.slice(REMOTE.phone.length);
    if (sub === '' && request.method === 'GET') {
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.setHeader('Cache-Control', 'no-store');
      response.setHeader(
        'Content-Security-Policy',
        "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'",
      );
      response.end(remotePage());
      return true;
    }
    if (request.method === 'POST' && sub === '/pair') {
      const body = (await jsonBody(request, 1024)) as { pair?: unknown; session?: unknown } | undefined;
      const session = typeof body?.session === 'string' ? body.session : undefined;
      // A phone that paired before comes back with its session.
      if (session && same(session, controller)) return (json(response, { session }), true);
      // A phone still waiting for the presenter asks again: the same wait.
      const already = session ? [...waiting].find(([, would]) => same(would, session)) : undefined;
      if (already) return (json(response, { waiting: already[0], session }), true);
      const pair = typeof body?.pair === 'string' ? body.pair : undefined;
      if (!same(pair, pairing)) return (answer(response, 403, '403\n'), true);
      if (!pairingUsed && controller === undefined) {
        pairingUsed = true;
        controller = token();
        toDecks('paired', {});
        return (json(response, { session: controller }), true);
      }
      // Another phone: it waits for the presenter.
      const id = token();
      const would = token();
      waiting.set(id, would);
      toDecks('pair-request', { id });
      return (json(response, { waiting: id, session: would }), true);
    }
    const session = sessionOf(request, url);
    if (!same(session, controller)) return (answer(response, 403, '403\n'), true);
    if (request.method === 'GET' && sub === '/events') {
      const send = events(response);
      phones.set(response, { session: session!, send });
      request.on('close', () => phones.delete(response));
      if (state) send('state', state);
      return true;
    }
    if (request.method === 'POST' && sub === '/turn') {
      if (!limited(session!)) return (answer(response, 429, '429\n'), true);
      const body = (await jsonBody(request, 256)) as { to?: unknown } | undefined;
      if (body?.to !== 'next' && body?.to !== 'prev') return (answer(response, 400, '400\n'), true);
      toDecks('turn', { to: body.to });
      response.statusCode = 204;
      response.end();
      return true;
    }
    return (answer(response, 404, '404\n'), true);
  };

  const presenterRoute: Route = async (request, response, url) => {
    if (!url.pathname.startsWith(REMOTE.presenter)) return false;
    const sub = url.pathname.slice(REMOTE.presenter.length);
    if (request.method === 'GET' && sub === '/events') {
      const send = events(response);
      decks.add(send);
      send('hello', 0);
      request.on('close', () => decks.delete(send));
      return true;
    }
    if (request.method === 'POST' && sub === '/state') {
      const body = (await jsonBody(request, 256 * 1024)) as RemoteState | undefined;
      if (!body || typeof body.slide !== 'number') return (answer(response, 400, '400\n'), true);
      state = body;
      toPhones('state', state);
      response.statusCode = 204;
      response.end();
      return true;
    }
    if (request.method === 'POST' && sub === '/confirm') {
      const body = (await jsonBody(request, 1024)) as { id?: unknown } | undefined;
      const would = typeof body?.id === 'string' ? waiting.get(body.id) : undefined;
      if (!would) return (answer(response, 404, '404\n'), true);
      waiting.delete(body!.id as string);
      controller = would;
      // The phone that controlled until now is told it no longer does.
      for (const [res, phone] of phones) if (phone.session !== controller) res.end();
      response.statusCode = 204;
      response.end();
      return true;
    }
    if (request.method === 'GET' && sub === '/address') {
      json(response, { url: pairingUrl(url.searchParams.get('host') ?? '') });
      return true;
    }
    if (request.method === 'GET' && sub === '/qr.svg') {
      const host = url.searchParams.get('host') ?? '';
      response.setHeader('Content-Type', 'image/svg+xml');
      response.setHeader('Cache-Control', 'no-store');
      response.end(renderSVG(pairingUrl(host)));
      return true;
    }
    return (answer(response, 404, '404\n'), true);
  };

  const pairingUrl = (host: string) => `http://${host}${REMOTE.phone}#pair=${pairing}`;
  return {
    phoneRoute,
    presenterRoute,
    pairingUrl,
    close() {
      clearInterval(keepAlive);
      for (const res of phones.keys()) res.end();
    },
  };
}

function json(response: ServerResponse, data: unknown): void {
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store');
  response.end(JSON.stringify(data));
}
