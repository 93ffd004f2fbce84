// Opening a built deck in the browser and waiting, with a time limit, until it is ready to print.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer-core';
import { readOnly } from './browser/request-filter.ts';
import { ExportTimeoutError } from './errors.ts';
import { say } from '../messages/index.ts';

/** How long a page of a small deck may take to become ready, and a PDF to be made, before we give up with a message. */
export const PAGE_TIMEOUT_MS = 120_000;
/** What each slide adds to that: laying out and printing grow with the deck (480 slides print in about 3 s on two
 *  idle cores, some 6 ms a slide; `deck` prints three outputs at once, and a busy machine is many times slower: a
 *  2,000-slide handout still ran after 646 s on two cores shared with other work), so a share a hundred times that
 *  never cuts off a slow machine, while a page that hangs is still given up on. */
const PER_SLIDE_MS = 600;

/** The time limit of one browser step (opening, measuring, printing) on a deck of `slides` slides. */
export function timeLimit(slides: number): number {
  return PAGE_TIMEOUT_MS + Math.max(0, slides) * PER_SLIDE_MS;
}

/** The least share of wall time a limit counts (see cpuShare): a hung page on a machine ten times over-booked is
 *  given up on after ten times its limit. */
const LEAST_SHARE = 0.1;
/** How often a running limit reads the machine's load. */
const LOAD_CHECK_MS = 1_000;

/** How much of a second of wall time counts against a time limit: all of it while the machine has a core for each
 *  task that wants one, the cores' share when more wait (the one-minute load average: a `deck` at 3,000 slides beside
 *  other work, at a load of 40 on two cores, got a twentieth of the time its limit assumed), never less than
 *  LEAST_SHARE. Windows reports no load average (0): there a limit is wall time. */
export function cpuShare(load = os.loadavg()[0] ?? 0, cores = os.availableParallelism()): number {
  return load <= cores ? 1 : Math.max(LEAST_SHARE, cores / load);
}

export { ExportTimeoutError };

/** `file:///…/index.html?print-pdf&…` for the built deck. */
export function deckUrl(indexHtml: string, query: Record<string, string | true> = {}): string {
  const params = Object.entries(query)
    .map(([k, v]) => (v === true ? k : `${k}=${encodeURIComponent(v)}`))
    .join('&');
  return pathToFileURL(indexHtml).href + (params ? `?${params}` : '');
}

/** Loads the deck and waits for the client's ready signal (reveal laid out, fonts loaded). The page reads nothing
 *  but the files of the deck's folder, and the internet only when the outline says `online: true`. With `html`, the
 *  page is given that document at `url` (a file there) instead of the file's. */
export async function openDeck(
  page: Page,
  url: string,
  what: string,
  timeout = PAGE_TIMEOUT_MS,
  online = false,
  html?: string,
): Promise<void> {
  if (url.startsWith('file:'))
    await readOnly(page, [path.dirname(fileURLToPath(url))], online, html === undefined ? undefined : { url, html });
  const errors: string[] = [];
  const onError = (error: unknown) => errors.push(error instanceof Error ? error.message : String(error));
  page.on('pageerror', onError);
  try {
    // Puppeteer's own limits run on wall time: stretched by the machine's load as the step starts.
    const stretched = Math.round(timeout / cpuShare());
    await page.goto(url, { waitUntil: 'load', timeout: stretched });
    try {
      await page.waitForSelector('html[data-speechdeck-ready]', { timeout: stretched });
    } catch {
      throw new ExportTimeoutError(say('notReady', what, seconds(timeout), errors.slice(0, 3).join(' | ')));
    }
  } finally {
    // (a page kept for the next document, launch.ts's donePage, gathers no listener per document)
    page.off('pageerror', onError);
  }
}

/** Runs a PDF step with a time limit and a message that says which output hung. The limit counts wall time by the
 *  share of the machine the step can get (`share`, read every second: cpuShare), so a loaded machine is not taken
 *  for a hung page. */
export async function withTimeout<T>(
  work: Promise<T>,
  what: string,
  timeout = PAGE_TIMEOUT_MS,
  share: () => number = cpuShare,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    let counted = 0;
    let since = performance.now();
    const check = () => {
      const now = performance.now();
      const part = share();
      counted += (now - since) * part;
      since = now;
      if (counted >= timeout) reject(new ExportTimeoutError(say('notFinished', what, seconds(timeout))));
      else timer = setTimeout(check, Math.min(LOAD_CHECK_MS, Math.ceil((timeout - counted) / part)));
    };
    timer = setTimeout(check, Math.min(LOAD_CHECK_MS, timeout));
  });
  try {
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}

/** "120 s", "1.5 s", "0.2 s": whole seconds where that says enough, never a limit rounded down to nothing. */
function seconds(ms: number): string {
  return say('seconds', ms >= 10_000 ? Math.round(ms / 1000) : Number((ms / 1000).toFixed(1)));
}
