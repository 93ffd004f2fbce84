// The phone remote section of `npm run bench`: tap → slide over a loopback socket. The sample's deck is served by
// `present --remote`'s server, its presenter page runs in the browser, and a paired "phone" (this process) posts
// taps; each tap's time runs from just before its request to the deck's slide change (both on this machine's clock).
// The goal: a median of at most 100 ms.
// Alone: node --import tsx scripts/bench-remote.ts
import fs from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { closeBrowser, launchBrowser } from '../src/outputs/browser/launch.ts';
import { loadDeck } from '../src/load/index.ts';
import { writeDeck } from '../src/outputs/deck/folder.ts';
import { startLecternWithRemote } from '../tests/support/lectern.ts';
import { median } from './bench-lib.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLE = path.join(REPO, 'slides/qunzhong.md');
const TAPS = 21;
const GOAL_MS = 100;

interface RemoteBench {
  taps: number;
  medianMs: number;
  slowestMs: number;
}

/** A POST of JSON to the server on loopback, over one kept-alive connection. */
function poster(port: number) {
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
  return { post, close: () => agent.destroy() };
}

async function measureRemote(outline = SAMPLE): Promise<RemoteBench> {
  const dist = await fs.mkdtemp(path.join(os.tmpdir(), 'speechdeck-bench-remote-'));
  // Each thing is let go whatever fails after it is made: the folder, the lectern's server, the browser.
  try {
    const deck = await loadDeck(outline);
    const built = await writeDeck(deck, path.join(dist, 'deck'));
    const lectern = await startLecternWithRemote({
      deck,
      deckDir: built.deckDir,
      // A rehearsal saved here would land beside the outline: the bench saves none, but points it at its own folder.
      outlinePath: path.join(dist, 'talk.md'),
      token: 'bench-token-0123456789abcdef',
    });
    const { post, close } = poster(lectern.server.port);
    try {
      const browser = await launchBrowser();
      try {
        const page = await browser.newPage();
        await page.goto(lectern.presenterUrl);
        await page.waitForSelector('html[data-speechdeck-ready][data-speechdeck-remote]', { timeout: 60_000 });
        const { session } = JSON.parse(await post('/remote/pair', { pair: lectern.pairing })) as { session: string };
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
        return { taps: TAPS, medianMs: median(times) ?? Number.NaN, slowestMs: Math.max(...times) };
      } finally {
        await closeBrowser(browser);
      }
    } finally {
      close();
      await lectern.close();
    }
  } finally {
    await fs.rm(dist, { recursive: true, force: true });
  }
}

/** The section's lines for the bench's report. */
export async function remoteSection(): Promise<string[]> {
  const { taps, medianMs, slowestMs } = await measureRemote();
  const met = medianMs <= GOAL_MS;
  return [
    '## present --remote: tap → slide over loopback',
    '',
    `${met ? '✓' : '✗'} median ${Math.round(medianMs)} ms of ${taps} taps (goal ≤ ${GOAL_MS} ms), the slowest ${Math.round(slowestMs)} ms: a paired phone's tap posted to the server, timed to the deck's slide change in Chromium.`,
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.stdout.write(`${(await remoteSection()).join('\n')}\n`);
}
