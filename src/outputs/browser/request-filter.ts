// The printing page's request filter: a page that prints or measures a deck reads the deck's own files (and, with
// `online: true`, the internet) and nothing else. Raw HTML an outline wrote with `html: true` can run a script or an
// `<img onerror>`; without the filter it could show any local file the user can read, or a folder's listing, in a
// PDF that is then sent out.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { settled, temporaryPath } from '../../files/atomic.ts';
import type { HTTPRequest, Page } from 'puppeteer-core';

/** What a page may read: regular files inside these folders, or these files themselves; http(s) when `online`. */
interface Allowed {
  places: Set<string>;
  online: boolean;
  /** A document served from memory for one address the page opens, instead of the file there. */
  served?: ServedDocument;
}

/** The HTML a page is given when it opens `url` (a long deck's range: only its slides, pdf/range-document.ts). */
export interface ServedDocument {
  url: string;
  html: string;
}

const filtered = new WeakMap<Page, Allowed>();

/**
 * From now on, `page` reads only regular files inside the folders of `places` or those files themselves (by their
 * real paths: a link out of a folder does not count) and, when `online`, http(s) addresses; every other request is
 * aborted. Calling it again on the same page allows more (the handout's page reads the deck, then its paper).
 * With `served`, opening its address gives its HTML (the file there is not read).
 */
export async function readOnly(page: Page, places: string[], online: boolean, served?: ServedDocument): Promise<void> {
  const known = filtered.get(page);
  const real = places.map(realPath);
  if (known) {
    for (const place of real) known.places.add(place);
    known.online ||= online;
    if (served) known.served = served;
    return;
  }
  const allowed: Allowed = { places: new Set(real), online, ...(served ? { served } : {}) };
  filtered.set(page, allowed);
  // Every request is paused until the handler answers (the Fetch domain of the DevTools protocol): data: and blob:
  // addresses are not requests and never pause.
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return;
    const { served } = allowed;
    if (served && request.isNavigationRequest() && request.url() === served.url) serve(page, request, served);
    else if (mayRead(request.url(), allowed)) void request.continue();
    else void request.abort('accessdenied');
  });
}

/** Gives the page `served`'s HTML for its address: written to a staging file beside the page's own file, which the
 *  browser reads in its place (the address the page sees is unchanged), removed once read. Answered from memory
 *  (`respond`), Puppeteer turns the document into a string of its bytes, its base64 and a protocol message, each as
 *  large as the document and all garbage at once: at 480 slides, 25–30 MB of Node's peak for the slides' four
 *  ranges. */
function serve(page: Page, request: HTTPRequest, served: ServedDocument): void {
  const staging = temporaryPath(fileURLToPath(served.url));
  try {
    fs.writeFileSync(staging, served.html);
  } catch {
    settled(staging);
    void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: served.html });
    return;
  }
  const done = (finished: HTTPRequest) => {
    if (finished !== request) return;
    page.off('requestfinished', done).off('requestfailed', done);
    fs.rm(staging, { force: true }, () => settled(staging));
  };
  page.on('requestfinished', done).on('requestfailed', done);
  void request.continue({ url: pathToFileURL(staging).href });
}

/** Forgets what `page` may read: until `readOnly` allows more, it reads no file (a page kept for another document,
 *  launch.ts's donePage). */
export function forgetReads(page: Page): void {
  const known = filtered.get(page);
  if (!known) return;
  known.places.clear();
  known.online = false;
  delete known.served;
}

/** Whether a page may read `url`. */
export function mayRead(url: string, allowed: { places: ReadonlySet<string>; online: boolean }): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') return allowed.online;
  if (scheme === 'data' || scheme === 'blob' || url === 'about:blank') return true;
  if (scheme !== 'file') return false;
  let file: string;
  try {
    file = fs.realpathSync(fileURLToPath(url));
    // a folder's listing is not a file of the deck
    if (!fs.statSync(file).isFile()) return false;
  } catch {
    // a missing file: the browser would say so too, with nothing read
    return false;
  }
  return [...allowed.places].some((place) => {
    const relative = path.relative(place, file);
    return !path.isAbsolute(relative) && relative.split(path.sep)[0] !== '..';
  });
}

function realPath(place: string): string {
  try {
    return fs.realpathSync(place);
  } catch {
    return path.resolve(place);
  }
}
