// Opening a built deck in the browser and waiting, with a time limit, until it is ready to print.
import { pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer-core';
import { ExportTimeoutError } from './errors.ts';

/** How long a page may take to become ready, and a PDF to be made, before we give up with a message. */
export const PAGE_TIMEOUT_MS = 120_000;

export { ExportTimeoutError };

/** `file:///…/index.html?print-pdf&…` for the built deck. */
export function deckUrl(indexHtml: string, query: Record<string, string | true> = {}): string {
  const params = Object.entries(query)
    .map(([k, v]) => (v === true ? k : `${k}=${encodeURIComponent(v)}`))
    .join('&');
  return pathToFileURL(indexHtml).href + (params ? `?${params}` : '');
}

/** Loads the deck and waits for the client's ready signal (reveal laid out, fonts loaded). */
export async function openDeck(page: Page, url: string, what: string, timeout = PAGE_TIMEOUT_MS): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
  await page.goto(url, { waitUntil: 'load', timeout });
  try {
    await page.waitForSelector('html[data-speechdeck-ready]', { timeout });
  } catch {
    const detail = errors.length ? ` The page reported: ${errors.slice(0, 3).join(' | ')}` : '';
    throw new ExportTimeoutError(`${what}: the deck did not become ready within ${timeout / 1000} s.${detail}`);
  }
}

/** Runs a PDF step with a time limit and a message that says which output hung. */
export async function withTimeout<T>(work: Promise<T>, what: string, timeout = PAGE_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ExportTimeoutError(`${what} did not finish within ${timeout / 1000} s.`)), timeout);
  });
  try {
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}
