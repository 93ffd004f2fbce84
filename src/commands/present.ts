// The present command: the outline's deck built and served from this PC (only its folder), opened for presenting.
// With --remote it listens on the local network too, prints its addresses (or how to use the phone's hotspot where
// there is none) and shows a QR code that pairs a phone as the remote (server/lectern/remote.ts); without, the
// speaker view can turn the remote on later (server/lectern/remote-start.ts).
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
import type { LecternServer } from '../server/lectern/index.ts';
import { createRemote } from '../server/lectern/remote.ts';
import type { Remote } from '../server/lectern/remote.ts';
import { remoteStart } from '../server/lectern/remote-start.ts';
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

/** Says the remote listens on the local network: every address a phone can open, and the first one's QR code. */
function printRemote(lan: string[], port: number, remote: Remote): void {
  const addresses = lan.map((address) => `  ${remote.pairingUrl(`${address}:${port}`)}`).join('\n');
  writeText(
    process.stdout,
    `${say('presentRemote', addresses)}\n${renderUnicodeCompact(remote.pairingUrl(`${lan[0]}:${port}`))}\n`,
  );
}

export async function presentCommand(outline: string | undefined, options: PresentOptions): Promise<number> {
  const [file] = (await outlinesToBuild(outline ? [outline] : [], { allOption: false })) as [string];
  const deck = await loadDeck(file);
  const written = await writeDeck(deck, distDirFor(file));
  const host = options.remote ? '0.0.0.0' : '127.0.0.1';
  let port = options.port;
  // Without --remote the speaker view can still turn the remote on (server/lectern/remote-start.ts): the phone's
  // requests are then answered on the network listener's port too.
  const later = options.remote
    ? undefined
    : remoteStart({
        server: () => server,
        lan: () => lanAddresses(),
        noNetwork: say('presentNoNetworkLater'),
        onListening: (addresses, used) => printRemote(addresses, used, remote),
      });
  const remote = createRemote({
    allowed: (request) =>
      phoneAllowed(
        request,
        [...hostNames(host, port), ...(later?.port() ? hostNames('0.0.0.0', later.port()!) : [])].map((h) =>
          h.toLowerCase(),
        ),
      ),
  });
  const server: LecternServer = await startLecternServer({
    deck,
    deckDir: written.deckDir,
    host,
    port: options.port,
    token: newToken(),
    onPortChanged: (asked, used) =>
      writeText(process.stderr, `speechdeck present: ${say('portChanged', asked, used)}\n`),
    open: [remote.phoneRoute],
    routes: [...(later ? [later.route] : []), remote.presenterRoute],
  });
  port = server.port;
  const lan = lanAddresses();
  const phoneHost = `${lan[0] ?? '127.0.0.1'}:${port}`;
  const url = `${server.url}${options.remote ? `&remote=${encodeURIComponent(phoneHost)}` : ''}${language() === 'en' ? '&lang=en' : ''}`;
  writeText(process.stdout, `${say('presentServing', displayPath(file), url)}\n`);
  if (options.remote) {
    if (lan.length) printRemote(lan, port, remote);
    else writeText(process.stderr, `speechdeck present: ${say('presentNoNetwork')}\n`);
  }
  if (options.open && !(await openInBrowser(url, options.opener)))
    writeText(process.stderr, `speechdeck present: ${say('editCannotOpen')}\n`);
  // It serves until the presentation stops (Ctrl-C, or the terminal closed): the stop handlers end the process.
  return new Promise<number>(() => undefined);
}
