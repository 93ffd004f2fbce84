// The present command: the outline's deck built and served from this PC (only its folder), opened for presenting.
// With --remote it listens on the local network too, prints its addresses (or how to use the phone's hotspot where
// there is none) and shows a QR code that pairs a phone as the remote (server/lectern/remote.ts).
import type { IncomingMessage } from 'node:http';
import { networkInterfaces } from 'node:os';
import { renderUnicodeCompact } from 'uqr';
import { displayPath, distDirFor } from '../files/project.ts';
import { loadDeck } from '../load/index.ts';
import { language, say } from '../messages/index.ts';
import { writeText } from '../messages/terminal.ts';
import { writeDeck } from '../outputs/deck/folder.ts';
import { hostNames, newToken } from '../server/editor/guard.ts';
import { startLecternServer } from '../server/lectern/index.ts';
import { createRemote } from '../server/lectern/remote.ts';
import { openInBrowser } from '../server/open-browser.ts';
import { outlinesToBuild } from './outlines.ts';
import type { LecternCommandOptions } from './rehearse.ts';

export interface PresentOptions extends LecternCommandOptions {
  remote: boolean;
}

/** The machine's IPv4 addresses on a local network (not loopback). */
export function lanAddresses(interfaces = networkInterfaces()): string[] {
  return Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((address) => address.family === 'IPv4' && !address.internal)
    .map((address) => address.address);
}

/** Whether a phone's request names this server and comes from its page: Host one of its names, Origin (when sent)
 *  this server's own. */
export function phoneAllowed(request: IncomingMessage, hosts: string[]): boolean {
  const host = (request.headers.host ?? '').toLowerCase();
  if (!hosts.includes(host)) return false;
  const origin = request.headers.origin;
  return origin === undefined || origin.toLowerCase() === `http://${host}`;
}

export async function presentCommand(outline: string | undefined, options: PresentOptions): Promise<number> {
  const [file] = (await outlinesToBuild(outline ? [outline] : [], { allOption: false })) as [string];
  const deck = await loadDeck(file);
  const written = await writeDeck(deck, distDirFor(file));
  const host = options.remote ? '0.0.0.0' : '127.0.0.1';
  let port = options.port;
  const remote = options.remote
    ? createRemote({
        allowed: (request) =>
          phoneAllowed(
            request,
            hostNames(host, port).map((h) => h.toLowerCase()),
          ),
      })
    : undefined;
  const server = await startLecternServer({
    deck,
    deckDir: written.deckDir,
    host,
    port: options.port,
    token: newToken(),
    onPortChanged: (asked, used) =>
      writeText(process.stderr, `speechdeck present: ${say('portChanged', asked, used)}\n`),
    ...(remote ? { open: [remote.phoneRoute], routes: [remote.presenterRoute] } : {}),
  });
  port = server.port;
  const lan = lanAddresses();
  const phoneHost = `${lan[0] ?? '127.0.0.1'}:${port}`;
  const url = `${server.url}${remote ? `&remote=${encodeURIComponent(phoneHost)}` : ''}${language() === 'en' ? '&lang=en' : ''}`;
  writeText(process.stdout, `${say('presentServing', displayPath(file), url)}\n`);
  if (remote) {
    if (lan.length) {
      const addresses = lan.map((address) => `  ${remote.pairingUrl(`${address}:${port}`)}`).join('\n');
      writeText(
        process.stdout,
        `${say('presentRemote', addresses)}\n${renderUnicodeCompact(remote.pairingUrl(phoneHost))}\n`,
      );
    } else writeText(process.stderr, `speechdeck present: ${say('presentNoNetwork')}\n`);
  }
  if (options.open && !(await openInBrowser(url, options.opener)))
    writeText(process.stderr, `speechdeck present: ${say('editCannotOpen')}\n`);
  // It serves until the presentation stops (Ctrl-C, or the terminal closed): the stop handlers end the process.
  return new Promise<number>(() => undefined);
}
