// The phone remote's tap → slide time over a loopback socket: the sample's deck served by `present --remote`'s
// server, its presenter page in the browser, a paired "phone" (this process) posting taps; each tap's time runs from
// just before its request to the deck's slide change (both on this machine's clock). Prints JSON.
// Usage: node --import tsx scripts/bench-remote.ts <outline> <dist>
import http from 'node:http';
import { closeBrowser, launchBrowser } from '../src/outputs/browser/launch.ts';
import { loadDeck } from '../src/load/index.ts';
import { writeDeck } from '../src/outputs/deck/folder.ts';
import { hostNames } from '../src/server/editor/guard.ts';
import { startLecternServer } from '../src/server/lectern/index.ts';
import { createRemote } from '../src/server/lectern/remote.ts';
import { phoneAllowed } from '../src/commands/present.ts';
import { median } from './bench-lib.ts';

const TAPS = 21;
const [outline, dist] = process.argv.slice(2) as [string, string];
const deck = await loadDeck(outline);
const built = await writeDeck(deck, dist);
let port = 0;
const remote = createRemote({ allowed: (request) => phoneAllowed(request, hostNames('127.0.0.1', port)) });
const server = await startLecternServer({
  deck,
  deckDir: built.deckDir,
  host: '127.0.0.1',
  port: 0,
  token: 'bench-token-0123456789abcdef',
  open: [remote.phoneRoute],
  routes: [remote.presenterRoute],
});
port = server.port;
const agent = new http.Agent({ keepAlive: true });
const post = (pathname: string, body: unknown, session?: string) =>
  new Promise<string>((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        path: pathname,
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', ...(session ? { 'x-speechdeck-session': session } : {}) },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve(text));
      },
    );
    request.on('error', reject);
    request.end(JSON.stringify(body));
  });
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}&remote=127.0.0.1:${port}`);
  await page.waitForSelector('html[data-speechdeck-ready][data-speechdeck-remote]', { timeout: 60_000 });
  const pairing = /pair=([\w-]+)/.exec(remote.pairingUrl('x'))![1]!;
  const { session } = JSON.parse(await post('/remote/pair', { pair: pairing })) as { session: string };
  const times: number[] = [];
  for (let tap = 0; tap < TAPS; tap++) {
    const before = await page.evaluate(() => document.documentElement.dataset.speechdeckTurnedAt ?? '');
    const sent = Date.now();
    await post('/remote/turn', { to: tap % 2 === 0 ? 'next' : 'prev' }, session);
    const turned = await page.waitForFunction(
      (was) => {
        const at = document.documentElement.dataset.speechdeckTurnedAt;
        return at && at !== was ? Number(at) : false;
      },
      { polling: 'mutation' },
      before,
    );
    times.push(((await turned.jsonValue()) as number) - sent);
  }
  console.log(JSON.stringify({ medianMs: median(times), taps: TAPS, slowestMs: Math.max(...times) }));
} finally {
  await closeBrowser(browser);
  remote.close();
  await server.close();
}
