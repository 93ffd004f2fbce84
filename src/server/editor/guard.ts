// Who may talk to the editor's server: only a page it served itself. Every request carries the random token the
// command printed (in the address, then as a cookie the page's frames send with each request), names this server in
// its Host header (a site that rebinds its DNS name to 127.0.0.1 names its own), and, when it says where it comes
// from (Origin), comes from this server's own address.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { networkInterfaces } from 'node:os';

export interface EditorAccess {
  token: string;
  /** `host:port` names this server answers to. */
  hosts: () => string[];
}

export type Refusal = 'host' | 'origin' | 'token';

/** A token nobody can guess. */
export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** The cookie that carries the token: one per port, since cookies are shared by every port of a host. */
function cookieName(port: number): string {
  return `speechdeck-edit-${port}`;
}

/** The cookie the page's address sets, for the requests of the page and its frames (never sent by another site). */
export function tokenCookie(port: number, token: string): string {
  return `${cookieName(port)}=${token}; Path=/; HttpOnly; SameSite=Strict`;
}

/** Why a request is refused, or undefined when it may be answered. */
export function refusal(
  request: { url?: string | undefined; headers: IncomingHttpHeaders },
  access: EditorAccess,
  port: number,
): Refusal | undefined {
  const hosts = access.hosts().map((host) => host.toLowerCase());
  const host = (request.headers.host ?? '').toLowerCase();
  if (!hosts.includes(host)) return 'host';
  const origin = request.headers.origin;
  if (origin !== undefined && !hosts.some((allowed) => origin.toLowerCase() === `http://${allowed}`)) return 'origin';
  return tokenOf(request, port) !== undefined && same(tokenOf(request, port)!, access.token) ? undefined : 'token';
}

/** The token a request carries: in its address (`?k=`), a header, or the cookie. */
function tokenOf(
  request: { url?: string | undefined; headers: IncomingHttpHeaders },
  port: number,
): string | undefined {
  const query = new URL(request.url ?? '/', 'http://x').searchParams.get('k');
  if (query) return query;
  const header = request.headers['x-speechdeck-token'];
  if (typeof header === 'string') return header;
  const name = cookieName(port);
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The names a server on `host:port` answers to: the loopback names, and the host it was told to listen on (for
 *  every address, `0.0.0.0` or `::`, each of the machine's addresses: `interfaces`). */
export function hostNames(host: string, port: number, interfaces: () => string[] = machineAddresses): string[] {
  const bracketed = (name: string) => (name.includes(':') && !name.startsWith('[') ? `[${name}]` : name);
  const names = ['127.0.0.1', 'localhost', '[::1]'];
  const listened = bracketed(host);
  const every = listened === '0.0.0.0' || listened === '[::]';
  for (const name of every ? interfaces().map(bracketed) : [listened]) if (!names.includes(name)) names.push(name);
  return names.map((name) => `${name}:${port}`);
}

function machineAddresses(): string[] {
  return Object.values(networkInterfaces()).flatMap((addresses) => (addresses ?? []).map((address) => address.address));
}
