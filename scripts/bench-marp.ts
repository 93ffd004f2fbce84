// Marp CLI for `npm run bench`, the third column: installed once by npm into speechdeck's cache (not a dependency:
// only the bench uses it, and it brings 130 MB), and pointed at the browser speechdeck uses, so it downloads none.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cacheFolder } from '../src/files/cache.ts';
import { findBrowser } from '../src/outputs/browser/discovery.mjs';
import { runProcess } from './bench-run.ts';
import type { ProcessRun, Sampling } from './bench-run.ts';

/** The version the bench measures: the one the issue compared against. */
export const MARP_CLI = '@marp-team/marp-cli@4.5.1';

/** The path of Marp CLI's entry script, installed first if it is not in the cache (about a minute, once). */
export async function marpCli(progress: (line: string) => void): Promise<string> {
  const folder = await cacheFolder('bench-marp');
  const entry = path.join(folder, 'node_modules/@marp-team/marp-cli/marp-cli.js');
  if (existsSync(entry)) return entry;
  progress(`… installing ${MARP_CLI} into ${folder} (once)`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  // --ignore-scripts: nothing may download a browser; Marp is given ours on its command line
  const args = ['install', '--prefix', folder, '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', MARP_CLI];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(npm, args, { stdio: ['ignore', 'ignore', 'inherit'], shell: process.platform === 'win32' });
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0 || !existsSync(entry)) throw new Error(`npm could not install ${MARP_CLI} (exit code ${code}).`);
  return entry;
}

/** Marp CLI's arguments to print `markdown` to `pdf` with the browser speechdeck would use, waiting on the browser
 *  for up to `timeoutSeconds`. */
export function marpArgs(entry: string, markdown: string, pdf: string, timeoutSeconds = 120): string[] {
  const browser = findBrowser();
  if (!browser?.exists)
    throw new Error(
      'Marp CLI needs a browser, and none was found: install Chromium, or set PUPPETEER_EXECUTABLE_PATH.',
    );
  return [
    entry,
    '--no-config-file',
    '--pdf',
    '--browser',
    'chrome',
    '--browser-path',
    browser.path,
    '--browser-timeout',
    String(timeoutSeconds),
    markdown,
    '-o',
    pdf,
  ];
}

/** Runs Marp CLI (`runProcess`) with a temporary folder of its own, removed afterwards: Marp leaves its `marp-cli-*`
 *  folders (and its browser's profile) in the system's temporary folder. */
export async function runMarp(args: string[], cwd: string, sampling: Sampling): Promise<ProcessRun> {
  const temporary = await fs.mkdtemp(path.join(os.tmpdir(), 'speechdeck-bench-marp-'));
  try {
    // TMPDIR for POSIX, TMP and TEMP for Windows: what Node's os.tmpdir() and Chromium read
    return await runProcess(args, cwd, sampling, { TMPDIR: temporary, TMP: temporary, TEMP: temporary });
  } finally {
    await fs.rm(temporary, { recursive: true, force: true, maxRetries: 3 });
  }
}
