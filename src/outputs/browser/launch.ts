// The one browser launcher: finds Chrome/Chromium/Edge, starts it headless, and always closes it.
// The browser process is started by us, at once, and Puppeteer (a tenth of a second to load) connects to it once
// both are ready: the browser's start-up, the longest wait of every export, begins as early as it can.
// It is driven through a pipe (`--remote-debugging-pipe`), not a port: when our process ends in any way, even
// killed outright, the pipe closes and the browser exits with it. What a killed run leaves (its profile folder) the
// next run removes.
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { Browser, Page } from 'puppeteer-core';
import { lookForBrowser } from './discovery.mjs';
import type { FoundBrowser } from './discovery.mjs';
import { removeLeftovers } from '../../files/leftovers.ts';
import { removeNow } from '../../files/remove-now.ts';
import { onStop } from '../../interrupt.ts';
import { say } from '../../messages/index.ts';
import { EnvironmentError } from '../errors.ts';
import { trace } from '../../trace.ts';

export { EnvironmentError };

/** Flags that keep headless Chromium from hanging on a closed network or as root. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--mute-audio',
  '--font-render-hinting=none',
];

/** Puppeteer's own default arguments for headless Chrome (`puppeteer.defaultArgs({ headless: true })` in
 *  puppeteer-core 24), so that the browser can start before Puppeteer is loaded. A test compares them with the
 *  installed Puppeteer's. */
export const PUPPETEER_DEFAULT_ARGS = [
  '--allow-pre-commit-input',
  '--disable-background-networking',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-breakpad',
  '--disable-client-side-phishing-detection',
  '--disable-component-extensions-with-background-pages',
  '--disable-crash-reporter',
  '--disable-default-apps',
  '--disable-dev-shm-usage',
  '--disable-hang-monitor',
  '--disable-infobars',
  '--disable-ipc-flooding-protection',
  '--disable-popup-blocking',
  '--disable-prompt-on-repost',
  '--disable-renderer-backgrounding',
  '--disable-search-engine-choice-screen',
  '--disable-sync',
  '--enable-automation',
  '--export-tagged-pdf',
  '--force-color-profile=srgb',
  '--generate-pdf-document-outline',
  '--metrics-recording-only',
  '--no-first-run',
  '--password-store=basic',
  '--use-mock-keychain',
  '--disable-features=Translate,AcceptCHFrame,MediaRouter,OptimizationHints,WebUIReloadButton,ProcessPerSiteUpToMainFrameThreshold,IsolateSandboxedIframes',
  '--enable-features=PdfOopif',
  '--headless=new',
  '--hide-scrollbars',
  '--mute-audio',
  '--disable-extensions',
  'about:blank',
];

/** Everything the browser is started with. */
export function browserArgs(profile: string): string[] {
  return [...PUPPETEER_DEFAULT_ARGS, ...FLAGS, `--user-data-dir=${profile}`, '--remote-debugging-pipe'];
}

/** Profile folders are named `speechdeck-profile-<pid>-…` after the process that made them, so that a later run can
 *  tell a killed run's leftovers from a running one's. */
export const PROFILE_PREFIX = 'speechdeck-profile-';

/** How long the browser may take to start and answer. */
const START_TIMEOUT_MS = 60_000;

/** A browser we started and have not closed: its throwaway profile folder, and its process (leading a process
 *  group with all its helpers) once spawned. */
interface Launched {
  profile: string;
  child?: ChildProcess;
}

/** Every browser started and not yet closed, connected or not: what a stop must kill. */
const launched = new Set<Launched>();
const connected = new Map<Browser, Launched>();
/** The tab each browser started with, until a page is asked for. */
const unused = new Map<Browser, Page>();

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
  // Known to the stop handlers before it exists: a Ctrl-C while it starts kills it and removes its profile.
  if (launched.size === 0) stopWatching = onStop(killAll);
  const entry: Launched = { profile: fs.mkdtempSync(path.join(os.tmpdir(), `${PROFILE_PREFIX}${process.pid}-`)) };
  launched.add(entry);
  // Detached: the browser leads a process group of its own, so that it and its helpers end together. Fds 3 and 4
  // are the pipe it is driven through.
  const child = spawn(found.path, browserArgs(entry.profile), {
    detached: process.platform !== 'win32',
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
    windowsHide: true,
  });
  entry.child = child;
  const ended = watchEnd(child);
  const said = lastLines(child);
  // While it starts: what killed runs left in the temporary folder.
  removeLeftovers(os.tmpdir(), PROFILE_PREFIX, { remove: removeProfile });
  const loading = Promise.all([import('puppeteer-core'), import('puppeteer-core/internal/node/PipeTransport.js')]);
  let browser: Browser;
  try {
    const [{ default: puppeteer }, { PipeTransport }] = await loading;
    const transport = new PipeTransport(child.stdio[3] as Writable, child.stdio[4] as Readable);
    // Past Puppeteer's own limit on one call, which would cut off printing a big deck: each step has a limit of its
    // own, scaled to the deck (page.ts, timeLimit).
    const connecting = puppeteer.connect({ transport, defaultViewport: null, protocolTimeout: 3_600_000 });
    browser = await answered(ended, connecting, options.startTimeoutMs ?? START_TIMEOUT_MS, said);
  } catch (error) {
    end(entry);
    if (error instanceof NoAnswer) throw new EnvironmentError(say('browserNoAnswer', found.path, error.seconds));
    throw new EnvironmentError(say('browserDidNotStart', found.path, (error as Error).message.split('\n')[0] ?? ''));
  }
  connected.set(browser, entry);
  trace('browser: connected');
  // The tab the browser opens with is the first page we use: opening one more costs a tenth of a second.
  const [initial] = await browser.pages();
  if (initial) unused.set(browser, initial);
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

/** The browser never answered: it runs, but takes no orders (a policy may forbid remote control). */
class NoAnswer extends Error {
  constructor(readonly seconds: number) {
    super(`no answer within ${seconds} s`);
  }
}

/** How a started browser ended, if it did: watched from the moment it is spawned, so that an exit before anyone
 *  waits for it is not missed. */
function watchEnd(child: ChildProcess): Promise<Error> {
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve(new Error(say('browserExited', signal ?? '', code))));
    child.once('error', resolve);
  });
}

/** The connection, once the browser answers; an error if it ends first, or says nothing in time. */
async function answered(
  ended: Promise<Error>,
  connecting: Promise<Browser>,
  timeoutMs: number,
  said: () => string,
): Promise<Browser> {
  // Once we give up, the connection fails too (the browser is killed): nobody waits for it any more.
  connecting.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new NoAnswer(Math.round(timeoutMs / 1000))), timeoutMs);
  });
  const end = ended.then((error): never => {
    const words = said();
    throw new Error(words ? `${error.message}: ${words}` : error.message);
  });
  // The browser ends later anyway, when it is closed: that is no error then.
  end.catch(() => undefined);
  try {
    return await Promise.race([connecting, end, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The last lines the browser wrote on stderr, for a message if it fails to start. Keeps reading (a full pipe
 *  would stall the browser) and keeps only the last few lines. */
function lastLines(child: ChildProcess): () => string {
  let tail = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-2_000);
  });
  return () =>
    tail
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .slice(-3)
      .join(' | ');
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

/** A browser being started ahead of its work: `use` waits for it, runs the work and closes it; `cancel` closes it
 *  if `use` did not (calling it after `use` is harmless). One of them must be called, and a failed start is
 *  reported only by `use` (an outline error found meanwhile wins over a missing browser). */
export interface EarlyBrowser {
  use<T>(work: (browser: Browser) => Promise<T>): Promise<T>;
  cancel(): Promise<void>;
}

/** Starts a browser now, to overlap its start-up (about a second) with reading the outlines and writing the decks. */
export function launchEarly(): EarlyBrowser {
  const starting = launchBrowser().then(
    (browser) => ({ browser, error: undefined }),
    (error: unknown) => ({ browser: undefined, error }),
  );
  let closed: Promise<void> | undefined;
  const close = (browser: Browser) => (closed ??= closeBrowser(browser));
  return {
    async use(work) {
      const { browser, error } = await starting;
      if (!browser) throw error;
      try {
        return await work(browser);
      } finally {
        await close(browser);
      }
    },
    async cancel() {
      const { browser } = await starting;
      if (browser) await close(browser);
    },
  };
}

/** Ends the browser and waits for it to exit, then removes its profile. Nothing of a run is kept in the browser
 *  (its profile is thrown away), so there is nothing to close gracefully: every process of it is killed at once,
 *  which takes milliseconds where `browser.close()` takes a tenth of a second or more. */
export async function closeBrowser(browser: Browser): Promise<void> {
  const entry = connected.get(browser);
  unused.delete(browser);
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
  removeProfile(entry.profile);
  launched.delete(entry);
  if (launched.size === 0) stopWatching?.();
}

let stopWatching: (() => void) | undefined;

/** On a stop: every browser killed, every profile removed, connected or not. */
function killAll(): void {
  for (const entry of [...launched]) end(entry);
}

/** How to end a browser and every process it started, on each system. Linux and macOS: the process group it leads.
 *  Windows: killing the browser's process leaves its helpers holding the profile, so its process tree is ended
 *  with `taskkill /pid N /T /F`, as Puppeteer does. */
export function teardown(
  pid: number,
  platform: NodeJS.Platform = process.platform,
): { command: string; args: string[] } | { group: number } {
  return platform === 'win32' ? { command: 'taskkill', args: ['/pid', String(pid), '/T', '/F'] } : { group: pid };
}

function killTree(child: ChildProcess): void {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  const how = teardown(child.pid);
  try {
    if ('group' in how) process.kill(-how.group, 'SIGKILL');
    else execFileSync(how.command, how.args, { stdio: 'ignore', windowsHide: true, timeout: 10_000 });
    return;
  } catch {
    // not a group leader after all, or taskkill refused: kill the browser process itself
  }
  child.kill('SIGKILL');
}

/** A wait that does not keep the process alive: a command must exit as soon as its work is done. */
function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/** Opens a new page with the given viewport; the caller closes it. */
export async function newPage(browser: Browser, width: number, height: number): Promise<Page> {
  const initial = unused.get(browser);
  unused.delete(browser);
  // A window of its own: of several tabs in one window only the front one is visible, and a hidden page gets no
  // animation frames, which reveal.js's print view waits for. Pages work in parallel, so each is in front.
  const page = initial ?? (await browser.newPage({ type: 'window' }));
  await page.setViewport({ width, height, deviceScaleFactor: 1 });
  return page;
}

/** Removes a browser's profile and the folder Chromium keeps its profile's lock socket in (a sibling in the
 *  system's temporary folder, which only a graceful shutdown would remove). A browser just killed may still be
 *  writing for a moment: retry, and never fail over a leftover. */
function removeProfile(profile: string): void {
  try {
    const socket = fs.readlinkSync(path.join(profile, 'SingletonSocket'));
    const folder = path.dirname(socket);
    // org.chromium.Chromium.XXXXXX on Linux, .com.google.Chrome.XXXXXX on macOS: only such a folder, never more.
    if (/chrom|edge/i.test(path.basename(folder)) && folder !== profile)
      fs.rmSync(folder, { recursive: true, force: true });
  } catch {
    // no lock socket (not Chromium, or not yet created)
  }
  // A browser killed a moment ago may still finish a write into its profile; what is left, a later run removes.
  removeNow(profile);
}
