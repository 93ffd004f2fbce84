// The one browser launcher: finds Chrome/Chromium/Edge, starts it headless, and always closes it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import type { Browser, Page } from 'puppeteer-core';
import { findBrowser, noBrowserMessage } from '../../scripts/browser.mjs';
import { removePendingOutputs } from '../build/atomic.ts';

/** An environment problem (no browser, a browser that will not start): exit code 2, not the user's outline. */
export class EnvironmentError extends Error {
  override name = 'EnvironmentError';
}

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

const open = new Set<Browser>();
/** Each browser's throwaway profile folder, removed once the browser has exited. */
const profiles = new Map<Browser, string>();

/** Starts a headless browser with a fresh profile. Prefer `withBrowser`, which also closes it. */
export async function launchBrowser(): Promise<Browser> {
  const found = findBrowser();
  if (!found) throw new EnvironmentError(noBrowserMessage());
  if (!found.exists) {
    throw new EnvironmentError(`PUPPETEER_EXECUTABLE_PATH is set to ${found.path}, which does not exist. Point it at Chrome, Chromium or Edge, or unset it.`);
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-profile-'));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      executablePath: found.path,
      headless: true,
      args: [...FLAGS, `--user-data-dir=${profile}`],
      // We close the browser ourselves on signals, after removing half-written files.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      timeout: 60_000,
      protocolTimeout: 300_000,
    });
  } catch (error) {
    fs.rmSync(profile, { recursive: true, force: true });
    throw new EnvironmentError(`The browser at ${found.path} did not start: ${(error as Error).message.split('\n')[0]}`);
  }
  open.add(browser);
  profiles.set(browser, profile);
  installSignalHandlers();
  return browser;
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

/** Closes the browser (killing it if it does not close within 10 s), waits for it to exit, removes its profile. */
export async function closeBrowser(browser: Browser): Promise<void> {
  const child = browser.process();
  const exited = new Promise<void>((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  try {
    await Promise.race([browser.close(), pause(10_000)]);
  } catch {
    // already gone
  }
  child?.kill('SIGKILL');
  await Promise.race([exited, pause(5_000)]);
  open.delete(browser);
  removeSignalHandlers();
  const profile = profiles.get(browser);
  profiles.delete(browser);
  if (profile) fs.rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}

/** A wait that does not keep the process alive: a command must exit as soon as its work is done. */
function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/** Opens a new page with the given viewport; the caller closes it. */
export async function newPage(browser: Browser, width: number, height: number): Promise<Page> {
  const page = await browser.newPage();
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
  for (const browser of open) browser.process()?.kill('SIGKILL');
  for (const profile of profiles.values()) {
    // A browser just killed may still be writing its profile for a moment: retry, and never fail the exit over it.
    try {
      fs.rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
    } catch {
      // a leftover folder in the system's temporary directory
    }
  }
}

function installSignalHandlers(): void {
  if (open.size !== 1) return;
  for (const [signal] of SIGNALS) process.on(signal, stop);
  process.on('exit', killAll);
}

function removeSignalHandlers(): void {
  if (open.size !== 0) return;
  for (const [signal] of SIGNALS) process.off(signal, stop);
  process.off('exit', killAll);
}
