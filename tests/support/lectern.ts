// The lectern's server with the phone's remote, wired as `present --remote` wires it, for the tests and the bench:
// the remote's routes go into the server, and the remote's Host check needs the server's port, known only once it
// listens. So the check reads the port when a request comes, never when the remote is made: a port taken at that
// moment is 0, every phone's Host (`127.0.0.1:<port>`) is then refused and pairing answers 403.
import { phoneAllowed } from '../../src/commands/present.ts';
import type { LoadedDeck } from '../../src/load/index.ts';
import { hostNames } from '../../src/server/editor/guard.ts';
import { startLecternServer } from '../../src/server/lectern/index.ts';
import type { LecternServer } from '../../src/server/lectern/index.ts';
import { createRemote } from '../../src/server/lectern/remote.ts';
import type { Remote } from '../../src/server/lectern/remote.ts';
import type { RemoteStart } from '../../src/server/lectern/remote-start.ts';

export interface LecternWithRemote {
  server: LecternServer;
  remote: Remote;
  /** The one-time pairing token of the QR code. */
  pairing: string;
  /** The presenter's page with the remote's code on it (`present --remote` on this machine). */
  presenterUrl: string;
  /** Ends the remote's streams and closes the server. */
  close(): Promise<void>;
}

export async function startLecternWithRemote(options: {
  deck: LoadedDeck;
  deckDir: string;
  /** Where a rehearsal would be saved beside: the test's or the bench's own folder, never the sample's. */
  outlinePath: string;
  token: string;
  /** The speaker view's "turn the remote on" (present without --remote): its route, and its port's names allowed. */
  start?: RemoteStart;
}): Promise<LecternWithRemote> {
  const { start } = options;
  let server: LecternServer | undefined;
  const remote = createRemote({
    allowed: (request) =>
      phoneAllowed(request, [
        ...(server ? hostNames('127.0.0.1', server.port) : []),
        ...(start?.port() ? hostNames('0.0.0.0', start.port()!) : []),
      ]),
  });
  try {
    server = await startLecternServer({
      deck: { ...options.deck, outlinePath: options.outlinePath },
      deckDir: options.deckDir,
      host: '127.0.0.1',
      port: 0,
      token: options.token,
      open: [remote.phoneRoute],
      routes: [...(start ? [start.route] : []), remote.presenterRoute],
    });
  } catch (error) {
    remote.close();
    throw error;
  }
  const started = server;
  return {
    server: started,
    remote,
    pairing: /pair=([\w-]+)/.exec(remote.pairingUrl('x'))![1]!,
    presenterUrl: `${started.url}&remote=127.0.0.1:${started.port}`,
    async close() {
      remote.close();
      await started.close();
    },
  };
}
