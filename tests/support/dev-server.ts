// `speechdeck dev` run as a user runs it, in a project folder of the test's own: its address, and what it prints.
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { ROOT } from './sample.ts';

export interface DevServer {
  url: string;
  /** The terminal's output (stdout and stderr) once it matches `pattern`, or all of it when the server exits first. */
  printed(pattern: RegExp): Promise<string>;
  /** Everything it has printed so far. */
  output(): string;
  /** What it has printed on stderr alone. */
  errors(): string;
  /** Stops it and waits for it to exit. */
  stop(): Promise<void>;
}

/** The address `speechdeck dev` prints, found by its form alone (the words around it are in the user's language). */
export function devAddress(output: string): string | undefined {
  return /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1];
}

/** `speechdeck dev` exited before it printed its address: its exit code and what it printed. */
export class DevExited extends Error {
  override name = 'DevExited';

  constructor(
    readonly code: number | null,
    readonly output: string,
    readonly errors: string,
  ) {
    super(`the dev server did not start (exit code ${code}): ${output}`);
  }
}

/** How to start it: `root`, the speechdeck to run (a copy of the project); `env`, more of its environment;
 *  `nodeOptions`, Node's options before the command's file; `port`, the port asked for (0: any free one); `host`,
 *  `dev --host`. */
export interface DevStart {
  root?: string;
  env?: Record<string, string>;
  nodeOptions?: string[];
  port?: number;
  host?: string;
}

/** Starts `speechdeck <args> dev <outline> --port 0` in `cwd` and waits for its address (127.0.0.1's, or
 *  localhost's with `--host localhost`); a server that exits first is a DevExited. */
export async function startDev(
  cwd: string,
  outline: string,
  args: string[] = [],
  options: DevStart = {},
): Promise<DevServer> {
  const bin = path.join(options.root ?? ROOT, 'bin/speechdeck.js');
  const dev = spawn(
    process.execPath,
    [
      ...(options.nodeOptions ?? []),
      bin,
      ...args,
      'dev',
      outline,
      '--port',
      String(options.port ?? 0),
      ...(options.host ? ['--host', options.host] : []),
    ],
    {
      cwd,
      env: { ...process.env, ...options.env },
    },
  );
  const exited = new Promise<void>((resolve) => dev.once('exit', () => resolve()));
  // (its output may still be on the way when it has exited: all of it is read once its pipes close)
  const closed = new Promise<void>((resolve) => dev.once('close', () => resolve()));
  let output = '';
  let errors = '';
  dev.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  dev.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    errors += chunk.toString();
  });
  dev.stdout.setMaxListeners(20);
  const printed = (pattern: RegExp) =>
    new Promise<string>((resolve) => {
      const look = () => {
        if (!pattern.test(output)) return;
        dev.stdout.off('data', look);
        dev.stderr.off('data', look);
        resolve(output);
      };
      dev.stdout.on('data', look);
      dev.stderr.on('data', look);
      dev.once('exit', () => resolve(output));
      look();
    });
  const stop = async () => {
    if (dev.exitCode === null && dev.signalCode === null) dev.kill('SIGTERM');
    await exited;
  };
  const address = /http:\/\/(?:127\.0\.0\.1|localhost):\d+\//;
  const url = devAddress(await printed(address)) ?? address.exec(output)?.[0];
  if (!url) {
    await stop();
    await closed;
    throw new DevExited(dev.exitCode, output, errors);
  }
  return { url, printed, output: () => output, errors: () => errors, stop };
}

/** A 1280×720 page of `browser` at `address` (the dev server's, with a slide's hash), once the deck is ready;
 *  `prepare` runs before the page loads (to record what it shows from the start). */
export async function openDevPage(
  browser: Browser,
  address: string,
  prepare?: (page: Page) => Promise<unknown>,
): Promise<Page> {
  const page = await browser.newPage();
  // A dev page's first load transforms its modules: over 30 s (Puppeteer's default) under a load of 50.
  page.setDefaultNavigationTimeout(180_000);
  await page.setViewport({ width: 1280, height: 720 });
  await prepare?.(page);
  await page.goto(address);
  await page.waitForSelector('html[data-speechdeck-ready]', { timeout: 60_000 });
  return page;
}
