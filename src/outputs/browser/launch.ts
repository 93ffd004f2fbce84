// The one browser launcher: finds Chrome/Chromium/Edge, starts it headless, and always closes it.
// The browser process is started by us, at once, and Puppeteer (a tenth of a second to load) connects to it once
// both are ready: the browser's start-up, the longest wait of every export, begins as early as it can.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { findBrowser, noBrowserMessage } from './discovery.mjs';
import { removePendingOutputs } from '../../files/atomic.ts';
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
  return [...PUPPETEER_DEFAULT_ARGS, ...FLAGS, `--user-data-dir=${profile}`, '--remote-debugging-port=0'];
}

/** How long the browser may take to start. */
const START_TIMEOUT_MS = 60_000;

/** Every browser we started and have not closed: its process (leading a process group with all its helpers) and
 *  its throwaway profile folder, removed once the process has exited. */
const running = new Map<Browser, { child: ChildProcess; profile: string }>();
/** The tab each browser started with, until a page is asked for. */
const unused = new Map<Browser, Page>();

/** Starts a headless browser with a fresh profile. Prefer `withBrowser`, which also closes it. */
export async function launchBrowser(): Promise<Browser> {
  trace('browser: starting');
  const found = findBrowser();
  if (!found) throw new EnvironmentError(noBrowserMessage());
  if (!found.exists) {
    throw new EnvironmentError(`PUPPETEER_EXECUTABLE_PATH is set to ${found.path}, which does not exist. Point it at Chrome, Chromium or Edge, or unset it.`);
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-profile-'));
  // Detached: the browser leads a process group of its own, so that it and its helpers end together.
  const child = spawn(found.path, browserArgs(profile), { detached: process.platform !== 'win32', stdio: ['ignore', 'ignore', 'pipe'] });
  const loading = import('puppeteer-core');
  let browser: Browser;
  try {
    const endpoint = await devToolsEndpoint(child);
    trace('browser: listening');
    const { default: puppeteer } = await loading;
    browser = await puppeteer.connect({ browserWSEndpoint: endpoint, defaultViewport: null, protocolTimeout: 300_000 });
  } catch (error) {
    killGroup(child);
    removeProfile(profile);
    throw new EnvironmentError(`The browser at ${found.path} did not start: ${(error as Error).message.split('\n')[0]}`);
  }
  running.set(browser, { child, profile });
  installSignalHandlers();
  // The tab the browser opens with is the first page we use: opening one more costs a tenth of a second.
  const [initial] = await browser.pages();
  if (initial) unused.set(browser, initial);
  trace('browser: started');
  return browser;
}

/** The browser's process id (the leader of its process group), while it runs. */
export function browserPid(browser: Browser): number | undefined {
  return running.get(browser)?.child.pid;
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
  const entry = running.get(browser);
  unused.delete(browser);
  if (!entry) {
    // Not one of ours, or closed already.
    await Promise.race([browser.close().catch(() => undefined), pause(10_000)]);
    return;
  }
  const { child, profile } = entry;
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  killGroup(child);
  await Promise.race([exited, pause(5_000)]);
  // Its helpers may hold the stderr pipe a little longer while they die: nothing more is read from it, and the
  // command need not wait for it to close before it exits.
  child.stderr?.destroy();
  child.unref();
  await browser.disconnect().catch(() => undefined);
  running.delete(browser);
  removeSignalHandlers();
  removeProfile(profile);
  trace('browser: closed');
}

/** Kills the browser and its helper processes: the whole process group it leads (on Windows, killing the browser
 *  process ends its children). */
function killGroup(child: ChildProcess): void {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  if (process.platform !== 'win32') {
    try {
      process.kill(-child.pid, 'SIGKILL');
      return;
    } catch {
      // not a group leader after all: kill the browser process itself
    }
  }
  child.kill('SIGKILL');
}

/** The DevTools address the browser prints on stderr once it is ready for Puppeteer. */
function devToolsEndpoint(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines: string[] = [];
    let buffered = '';
    const done = (error?: Error, endpoint?: string) => {
      clearTimeout(timer);
      child.off('exit', onExit);
      child.off('error', onError);
      // Keep draining stderr: a full pipe would stall the browser.
      child.stderr?.off('data', onData).resume();
      if (error) reject(error);
      else resolve(endpoint!);
    };
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const parts = buffered.split('\n');
      buffered = parts.pop() ?? '';
      for (const line of parts) {
        const match = /^DevTools listening on (ws:\/\/\S+)/.exec(line.trim());
        if (match) return done(undefined, match[1]);
        lines.push(line.trim());
      }
    };
    const onExit = (code: number | null, signal: string | null) => {
      const said = lines.filter(Boolean).slice(-3).join(' | ');
      done(new Error(`it exited (${signal ?? `code ${code}`}) before it was ready${said ? `: ${said}` : ''}`));
    };
    const onError = (error: Error) => done(error);
    const timer = setTimeout(() => done(new Error(`it was not ready after ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
    child.once('error', onError);
  });
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

/** Ctrl-C or a kill while a browser is open: close every browser, remove half-written outputs, exit 128+n.
 *  Installed with the first open browser and removed with the last, so it never outlives the browser work. */
const SIGNALS: Array<[NodeJS.Signals, number]> = [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
];

function stop(signal: NodeJS.Signals): void {
  const code = SIGNALS.find(([name]) => name === signal)?.[1] ?? 1;
  process.stderr.write(`\nspeechdeck: stopped by ${signal}; earlier outputs are left as they were.\n`);
  removePendingOutputs();
  killAll();
  process.exit(code);
}

function killAll(): void {
  for (const { child } of running.values()) killGroup(child);
  for (const { profile } of running.values()) removeProfile(profile);
}

/** Removes a browser's profile and the folder Chromium keeps its profile's lock socket in (a sibling in the
 *  system's temporary folder, which only a graceful shutdown would remove). A browser just killed may still be
 *  writing for a moment: retry, and never fail over a leftover. */
function removeProfile(profile: string): void {
  try {
    const socket = fs.readlinkSync(path.join(profile, 'SingletonSocket'));
    const folder = path.dirname(socket);
    // org.chromium.Chromium.XXXXXX on Linux, .com.google.Chrome.XXXXXX on macOS: only such a folder, never more.
    if (/chrom|edge/i.test(path.basename(folder)) && folder !== profile) fs.rmSync(folder, { recursive: true, force: true });
  } catch {
    // no lock socket (not Chromium, or not yet created)
  }
  try {
    fs.rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
  } catch {
    // a leftover folder in the system's temporary directory
  }
}

function installSignalHandlers(): void {
  if (running.size !== 1) return;
  for (const [signal] of SIGNALS) process.on(signal, stop);
  process.on('exit', killAll);
}

function removeSignalHandlers(): void {
  if (running.size !== 0) return;
  for (const [signal] of SIGNALS) process.off(signal, stop);
  process.off('exit', killAll);
}
