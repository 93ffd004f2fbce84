// The dev server's findings: after every save of the outline, the checks `check` runs without a browser are sent
// to the page (its badge) with a custom HMR event; a page that opens asks for the latest ones.
import type { ViteDevServer } from 'vite';
import { deckFindings, problemFindings } from '../check/index.ts';
import type { DeckCheck } from '../check/index.ts';
import { OutlineError } from '../outline/error.ts';
import { CHECK_EVENT, CHECK_REQUEST } from '../check/events.ts';
import { displayPath } from '../files/project.ts';
import type { LoadedDeck } from './load.ts';


const latest = new WeakMap<ViteDevServer, DeckCheck>();

/** The findings for a loaded deck, or for the error that stopped it. */
export function deckCheck(result: LoadedDeck | Error, outlinePath: string): DeckCheck {
  if (result instanceof OutlineError) return { file: result.file, findings: problemFindings(result) };
  if (result instanceof Error) {
    const file = displayPath(outlinePath);
    return { file, findings: [{ severity: 'error', file, code: 'outline', message: result.message }] };
  }
  const { plan } = result;
  return {
    file: result.outline.file,
    findings: deckFindings(result),
    seconds: Math.round(plan.seconds),
    ...(plan.meta.duration ? { duration: plan.meta.duration } : {}),
  };
}

/** Sends the findings of a save to every open page, and keeps them for pages that open later. */
export function sendCheck(server: ViteDevServer, result: LoadedDeck | Error, outlinePath: string): void {
  const check = deckCheck(result, outlinePath);
  latest.set(server, check);
  server.ws.send({ type: 'custom', event: CHECK_EVENT, data: check });
}

/** Answers a page's request with the latest findings (those of the deck as first loaded, before any save). */
export function answerCheckRequests(server: ViteDevServer, outlinePath: string, current: () => Promise<LoadedDeck>): void {
  server.ws.on(CHECK_REQUEST, async (_data: unknown, client) => {
    const check = latest.get(server) ?? (await current().then((deck) => deckCheck(deck, outlinePath), (error: Error) => deckCheck(error, outlinePath)));
    client.send(CHECK_EVENT, check);
  });
}
