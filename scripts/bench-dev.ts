// The dev server's latency for `npm run bench`: from writing the outline to the changed slide painted in a real browser.
import { spawn } from 'node:child_process';
import type { ChildProcessByStdio } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { Page } from 'puppeteer-core';
import type { RevealApi } from 'reveal.js';
import { planDeck } from '../src/deck/index.ts';
import { closeBrowser, launchBrowser } from '../src/outputs/browser/launch.ts';
import { parseOutline } from '../src/outline/index.ts';
import { headingOf } from './bench-decks.ts';
import { running } from './bench-run.ts';

/** A save that has not reached the screen after this long counts as failed. */
const SAVE_TIMEOUT_MS = 5_000;
/** Left between saves, so that each is its own change for the file watcher. */
const BETWEEN_SAVES_MS = 300;
const START_TIMEOUT_MS = 60_000;

type DevServer = ChildProcessByStdio<null, Readable, Readable>;

/** What the page knows during the bench: the running deck, and when the awaited change was painted. */
interface BenchWindow {
  speechdeck: RevealApi;
  benchPainted?: Promise<number>;
}

export interface DevLatency {
  slides: number;
  /** one per save: painted − written in ms, or null when it was not on screen within 5 s */
  latenciesMs: Array<number | null>;
}

export interface DevRun {
  bin: string;
  project: string;
  /** the outline, relative to the project */
  outline: string;
  saves: number;
}

/** Starts `speechdeck dev` on the outline, opens it in a browser on a content slide, and times `saves` saves of it,
 *  each renaming that slide's heading to a fresh token. The server and the browser are stopped whatever happens. */
export async function measureDevLatency(run: DevRun): Promise<DevLatency> {
  const file = path.join(run.project, run.outline);
  const source = await fs.readFile(file, 'utf8');
  const heading = headingOf(source, 3);
  const plan = planDeck(parseOutline(source, run.outline));
  const slide = plan.slides.findIndex((s) => s.title === heading);
  const server: DevServer = spawn(process.execPath, [run.bin, 'dev', run.outline, '--port', '0'], {
    cwd: run.project,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(server);
  try {
    const url = await serverAddress(server);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.setViewport({ width: 1920, height: 1080 });
      await openOnSlide(page, `${url}#/${slide}`, slide);
      const latenciesMs: Array<number | null> = [];
      for (let save = 0; save < run.saves; save++) {
        const token = `改动${save + 1}-${Math.random().toString(36).slice(2, 8)}`;
        await page.evaluate(watchForToken, token);
        const written = Date.now();
        await fs.writeFile(file, source.replace(`## ${heading}\n`, `## ${token}\n`));
        const painted = await paintedWithin(page, SAVE_TIMEOUT_MS);
        latenciesMs.push(painted === null ? null : painted - written);
        await pause(BETWEEN_SAVES_MS);
      }
      return { slides: plan.slides.length, latenciesMs };
    } finally {
      await closeBrowser(browser);
    }
  } finally {
    await stopServer(server);
    running.delete(server);
  }
}

/** The address `speechdeck dev` prints once it listens (`speechdeck dev: slides/x.md at http://127.0.0.1:port/`). */
function serverAddress(server: DevServer): Promise<string> {
  let stdout = '';
  let stderr = '';
  server.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`speechdeck dev printed no address within ${START_TIMEOUT_MS / 1000} s:\n${stderr}`)),
      START_TIMEOUT_MS,
    );
    // read on after the address too, so the server never blocks on a full pipe
    server.stdout.setEncoding('utf8').on('data', (text: string) => {
      stdout += text;
      const address = / at (http:\/\/\S+)/.exec(stdout)?.[1];
      if (address) {
        clearTimeout(timer);
        resolve(address);
      }
    });
    server.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`speechdeck dev exited (code ${code}) before it listened:\n${stderr}`));
    });
  });
}

/** Opens the deck on slide `h` and waits until it is ready, also after a reload the dev server may ask for at first. */
async function openOnSlide(page: Page, url: string, h: number): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('html[data-speechdeck-ready]', { timeout: START_TIMEOUT_MS });
  await pause(1_000);
  await page.waitForSelector('html[data-speechdeck-ready]', { timeout: START_TIMEOUT_MS });
  const shown = await page.evaluate(() => (window as unknown as BenchWindow).speechdeck.getIndices().h);
  if (shown !== h) throw new Error(`the dev page opened on slide ${shown}, not ${h}`);
}

/** In the page: once the current slide shows `token`, wait two frames (the change is painted) and note the time. */
function watchForToken(token: string): void {
  const slides = document.querySelector('.reveal .slides');
  (window as unknown as BenchWindow).benchPainted = new Promise<number>((resolve) => {
    if (!slides) return;
    const observer = new MutationObserver(() => {
      if (!slides.querySelector(':scope > section.present')?.textContent?.includes(token)) return;
      observer.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(Date.now())));
    });
    observer.observe(slides, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['class'],
    });
  });
}

/** The page's time of painting the awaited change, or null when it did not come within `timeout` ms. */
async function paintedWithin(page: Page, timeout: number): Promise<number | null> {
  const painted = page.evaluate(() => (window as unknown as BenchWindow).benchPainted ?? null);
  // a late answer, or the page closing, must not become an unhandled rejection
  painted.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), timeout)));
  try {
    return await Promise.race([painted, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** SIGTERM, then SIGKILL if the server is still there after 5 s. */
async function stopServer(server: DevServer): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  server.kill('SIGTERM');
  const timer = setTimeout(() => server.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
