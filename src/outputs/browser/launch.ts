// The one browser launcher: finds Chrome/Chromium/Edge, starts it headless, and always closes it.
// The browser process is started by us, at once, and Puppeteer (a tenth of a second to load) connects to it once
// both are ready: the browser's start-up, the longest wait of every export, begins as early as it can.
// It is driven through a pipe (`--remote-debugging-pipe`, connect.ts), not a port: when our process ends in any way,
// even killed outright, the pipe closes and the browser exits with it. What a killed run leaves (its profile folder)
// the next run removes. Its flags are in flags.ts, its process (start, kill, profile) in process.ts.
import type { ChildProcess } from 'node:child_process';
import os from 'node:os';
import type { Browser, Page } from 'puppeteer-core';
import { lookForBrowser } from './discovery.mjs';
import type { FoundBrowser } from './discovery.mjs';
import { NoAnswer, connectOverPipe } from './connect.ts';
import { forgetReads } from './request-filter.ts';
import { browserTempBase, killTree, lastLines, removeProfile, spawnBrowser, watchEnd } from './process.ts';
import { removeLeftovers } from '../../files/leftovers.ts';
import { removeNow } from '../../files/remove-now.ts';
import { scratchFolder } from '../../files/scratch.ts';
import type { ScratchFolder } from '../../files/scratch.ts';
import { onStop } from '../../interrupt.ts';
import { say } from '../../messages/index.ts';
import { EnvironmentError } from '../errors.ts';
import { trace } from '../../trace.ts';

/** Profile folders are named `speechdeck-profile-<pid>-…` after the process that made them, so that a later run can
 *  tell a killed run's leftovers from a running one's. */
export const PROFILE_PREFIX = 'speechdeck-profile-';
/** The browser's own temporary folder (short: Chromium's lock socket lives in it, and a socket's path is short). */
const TEMP_PREFIX = 'sdb-';

/** How long the browser may take to start and answer. */
const START_TIMEOUT_MS = 60_000;

/** A browser we started and have not closed: its throwaway profile folder, and its process (leading a process
 *  group with all its helpers) once spawned. */
interface Launched {
  profile: ScratchFolder;
  /** Where the browser writes its temporary files (a page being printed, its lock socket): a killed print's files go
   *  with the folder instead of staying in the user's temporary folder under Chromium's names, which are nobody's. */
  temp?: ScratchFolder | undefined;
  child?: ChildProcess;
}

/** Every browser started and not yet closed, connected or not: what a stop must kill. */
const launched = new Set<Launched>();
const connected = new Map<Browser, Launched>();
/** Pages opened before they are asked for: the tab each browser started with, and the spare pages a browser kept
 *  warm has ready for its next export (openSpares). */
const unused = new Map<Browser, Page[]>();

export interface LaunchOptions {
  /** The browser to start; by default the one discovery finds. */
  browser?: FoundBrowser;
  /** How long it may take to start and answer. */
  startTimeoutMs?: number;
}

/** Starts a headless browser with a fresh profile. Prefer `withBrowser`, which also closes it. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  trace('browser: starting');
  const found = options.browser ?? browserToUse();
  // Known to the stop handlers before it exists: a Ctrl-C while it starts kills it (before its profile is removed:
  // the handlers run in the order they were registered) and removes its profile.
  if (launched.size === 0) stopWatching = onStop(killAll);
  const entry: Launched = { profile: scratchFolder(`${PROFILE_PREFIX}${process.pid}-`, removeProfile) };
  const tempPrefix = `${TEMP_PREFIX}${process.pid}-`;
  // mkdtemp adds six characters to the prefix
  const tempBase = browserTempBase(os.tmpdir(), `${tempPrefix}XXXXXX`);
  if (tempBase) entry.temp = scratchFolder(tempPrefix, removeNow, tempBase);
  launched.add(entry);
  const child = spawnBrowser(found.path, entry.profile.path, entry.temp?.path);
  entry.child = child;
  const ended = watchEnd(child);
  const said = lastLines(child);
  // While it starts: what killed runs left in the temporary folder.
  removeLeftovers(os.tmpdir(), PROFILE_PREFIX, { remove: removeProfile });
  removeLeftovers(os.tmpdir(), TEMP_PREFIX);
  if (tempBase && tempBase !== os.tmpdir()) removeLeftovers(tempBase, TEMP_PREFIX);
  let browser: Browser;
  try {
    browser = await connectOverPipe(child, ended, said, options.startTimeoutMs ?? START_TIMEOUT_MS);
  } catch (error) {
    end(entry);
    if (error instanceof NoAnswer) throw new EnvironmentError(say('browserNoAnswer', found.path, error.seconds));
    throw new EnvironmentError(say('browserDidNotStart', found.path, (error as Error).message.split('\n')[0] ?? ''));
  }
  connected.set(browser, entry);
  trace('browser: connected');
  // The tab the browser opens with is the first page we use: opening one more costs a tenth of a second.
  const [initial] = await browser.pages();
  if (initial) unused.set(browser, [initial]);
  trace('browser: started');
  return browser;
}

/** The browser discovery finds, or an EnvironmentError that says where it looked and what to do. */
function browserToUse(): FoundBrowser {
  const { found, tried } = lookForBrowser();
  if (!found)
    throw new EnvironmentError(say('noBrowser', process.platform, tried.map((file) => `  ${file}`).join('\n')));
  if (!found.exists) throw new EnvironmentError(say('browserPathMissing', found.path));
  return found;
}

/** The browser's process id (the leader of its process group), while it runs. */
export function browserPid(browser: Browser): number | undefined {
  return connected.get(browser)?.child?.pid;
}

/** Runs `work` with a browser and closes it afterwards, whatever happens. */
export async function withBrowser<T>(work: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await launchBrowser();
  try {
    return await work(browser);
  } finally {
    await closeBrowser(browser);
  }
}

/** Ends the browser and waits for it to exit, then removes its profile. Nothing of a run is kept in the browser
 *  (its profile is thrown away), so there is nothing to close gracefully: every process of it is killed at once,
 *  which takes milliseconds where `browser.close()` takes a tenth of a second or more. */
export async function closeBrowser(browser: Browser): Promise<void> {
  const entry = connected.get(browser);
  unused.delete(browser);
  filling.delete(browser);
  ahead.delete(browser);
  if (!entry?.child) {
    // Not one of ours, or closed already.
    await Promise.race([browser.close().catch(() => undefined), pause(10_000)]);
    return;
  }
  const { child } = entry;
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  killTree(child);
  await Promise.race([exited, pause(5_000)]);
  await browser.disconnect().catch(() => undefined);
  connected.delete(browser);
  end(entry);
  trace('browser: closed');
}

/** Forgets a browser that is dead or being killed: its pipes closed (nothing more is read from them, and the
 *  command need not wait for them before it exits), its profile removed. */
function end(entry: Launched): void {
  const { child } = entry;
  if (child) {
    killTree(child);
    for (const stream of child.stdio) stream?.destroy();
    child.unref();
  }
  entry.profile.remove();
  entry.temp?.remove();
  launched.delete(entry);
  if (launched.size === 0) stopWatching?.();
}

let stopWatching: (() => void) | undefined;

/** On a stop: every browser killed, every profile removed, connected or not. */
function killAll(): void {
  for (const entry of [...launched]) end(entry);
}

/** A wait that does not keep the process alive: a command must exit as soon as its work is done. */
function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/** Opens a new page with the given viewport; the caller closes it. */
export async function newPage(browser: Browser, width: number, height: number): Promise<Page> {
  const ready = unused.get(browser) ?? [];
  let page: Page | undefined;
  while (!page && ready.length) page = ready.shift();
  if (page?.isClosed()) page = undefined;
  // (a page still opening ahead is this one's, rather than one more window)
  const opening = page ? undefined : ahead.get(browser)?.shift();
  if (opening) page = await opening;
  if (page?.isClosed()) page = undefined;
  // A window of its own: of several tabs in one window only the front one is visible, and a hidden page gets no
  // animation frames, which reveal.js's print view waits for. Pages work in parallel, so each is in front.
  page ??= await openWindow(browser);
  await page.setViewport({ width, height, deviceScaleFactor: 1 });
  return page;
}

/** Browsers whose pages are kept for the next newPage when done with (keepPages), rather than closed. */
const keeping = new WeakSet<Browser>();

/** From now on, a page of `browser` given to donePage is kept for the next newPage rather than closed: a command that
 *  prints many documents one after another (the meeting's talks) then opens a window, and starts its renderer, once
 *  for each page at work at once rather than once for each document. */
export function keepPages(browser: Browser): void {
  keeping.add(browser);
}

/** Done with a page newPage gave: closed, or, where its browser keeps pages (keepPages), emptied (its document,
 *  what it may read, its media) and kept for the next newPage. Call it once per newPage. */
export async function donePage(page: Page): Promise<void> {
  const browser = page.browser();
  if (keeping.has(browser) && !page.isClosed() && browser.connected) {
    try {
      forgetReads(page);
      await page.emulateMediaType();
      // (a document left open would go on running, and holding its memory, while the page waits)
      await page.goto('about:blank');
      const ready = unused.get(browser) ?? [];
      unused.set(browser, ready);
      ready.push(page);
      return;
    } catch {
      // closed below: the next newPage opens another
    }
  }
  await page.close().catch(() => undefined);
}

const openWindow = (browser: Browser) => browser.newPage({ type: 'window' });

/** Pages being opened ahead of the work that will ask for them (openAhead), taken by newPage in turn. */
const ahead = new Map<Browser, Array<Promise<Page | undefined>>>();

/** Opens pages now, at once, until `browser` has `count` (with those it has unused) for the newPage calls to come:
 *  `deck` knows how many pages its outputs open the moment the browser answers, and each page's renderer then starts
 *  while Node is still writing the deck folder, rather than after. Each is given to one newPage, never more are
 *  opened; one that fails to open leaves its newPage to open another. */
export function openAhead(browser: Browser, count: number): void {
  const opening = ahead.get(browser) ?? [];
  ahead.set(browser, opening);
  const have = (unused.get(browser) ?? []).filter((page) => !page.isClosed()).length + opening.length;
  for (let i = have; i < count; i++) opening.push(openWindow(browser).catch(() => undefined));
}

/** Opens pages until `browser` has `count` ready for newPage: a new page costs the start of a renderer process
 *  (a third of a second on a busy machine), which the editor's warm browser pays while the speaker types rather than
 *  when the export button is pressed. A page stays in its renderer when it then opens a file. One filling at a
 *  time, so that two never open a page each for the same place. */
export function openSpares(browser: Browser, count: number): Promise<void> {
  const fill = async () => {
    const ready = unused.get(browser) ?? [];
    unused.set(browser, ready);
    while (browser.connected && ready.filter((page) => !page.isClosed()).length < count)
      ready.push(await openWindow(browser));
  };
  const next = (filling.get(browser) ?? Promise.resolve()).then(fill);
  filling.set(
    browser,
    next.catch(() => undefined),
  );
  return next;
}

/** The spare pages being opened, per browser. */
const filling = new Map<Browser, Promise<void>>();
