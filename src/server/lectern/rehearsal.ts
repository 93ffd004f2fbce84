// The rehearsal's save: the page posts each slide's seconds; the rehearsal is recorded against the deck as it was
// built (its notes, their spoken length) and added to the file beside the outline.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { recordRehearsal } from '../../deck/rehearsal.ts';
import type { Rehearsal } from '../../deck/rehearsal.ts';
import type { DeckPlan } from '../../deck/types.ts';
import { displayPath } from '../../files/project.ts';
import { addRehearsal, rehearsalPath } from '../../load/rehearsal.ts';
import { OutlineError } from '../../outline/error.ts';
import { REHEARSAL_PATH } from '../../client/lectern-protocol.ts';
import type { Route } from './deck-server.ts';
import { answer, jsonBody } from './deck-server.ts';

/** The seconds a page sent, when they are one non-negative number a slide. */
export function rehearsalSeconds(body: unknown, slides: number): number[] | undefined {
  const seconds = (body as { seconds?: unknown } | undefined)?.seconds;
  if (!Array.isArray(seconds) || seconds.length !== slides) return undefined;
  return seconds.every((s) => typeof s === 'number' && Number.isFinite(s) && s >= 0 && s < 24 * 3600)
    ? (seconds as number[])
    : undefined;
}

export function rehearsalRoute(
  outlinePath: string,
  plan: DeckPlan,
  onSaved: (rehearsal: Rehearsal, all: Rehearsal[]) => void,
): Route {
  return async (request: IncomingMessage, response: ServerResponse, url: URL) => {
    if (url.pathname !== REHEARSAL_PATH) return false;
    if (request.method !== 'POST') return (answer(response, 405, '405\n'), true);
    const seconds = rehearsalSeconds(await jsonBody(request), plan.slides.length);
    if (!seconds) return (answer(response, 400, '400\n'), true);
    const rehearsal = recordRehearsal(plan, seconds, new Date());
    let all: Rehearsal[];
    try {
      all = await addRehearsal(outlinePath, rehearsal);
    } catch (error) {
      const text = error instanceof OutlineError ? error.report() : String((error as Error).message ?? error);
      return (answer(response, 500, `${text}\n`), true);
    }
    onSaved(rehearsal, all);
    response.setHeader('Content-Type', 'application/json; charset=utf-8');
    response.setHeader('Cache-Control', 'no-store');
    response.end(
      JSON.stringify({
        pace: rehearsal.pace ?? null,
        seconds: rehearsal.seconds,
        rehearsals: all.length,
        file: displayPath(rehearsalPath(outlinePath)),
      }),
    );
    return true;
  };
}
