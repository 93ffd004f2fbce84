// An export stopped half-way leaves the previous output as it was and no browser behind; a page that never becomes
// ready, or a PDF that never finishes, ends with a clear time-out; the browser is closed on every path.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { browserPid, closeBrowser, launchBrowser, withBrowser } from '../../src/outputs/browser/launch.ts';
import { ExportTimeoutError, openDeck, withTimeout } from '../../src/outputs/page.ts';
import { ROOT, SAMPLE_OUTLINE } from '../support/sample.ts';

const BIN = path.join(ROOT, 'bin/speechdeck.js');
const HOLD_RENAME = path.join(ROOT, 'tests/support/preload/hold-pdf-rename.mjs');
const project = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-interrupt-'));
fs.mkdirSync(path.join(project, 'slides'));
fs.copyFileSync(SAMPLE_OUTLINE, path.join(project, 'slides/qunzhong.md'));
afterAll(() => fs.rmSync(project, { recursive: true, force: true }));

/** Every process as `pid ppid args`. */
function processes(): Array<{ pid: number; ppid: number; args: string }> {
  return execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((match) => match !== null)
    .map((match) => ({ pid: Number(match[1]), ppid: Number(match[2]), args: match[3]! }));
}

/** The browser profile folder of a process's browser, found among its descendants. */
function profileOf(pid: number): string | undefined {
  const all = processes();
  const family = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of all) if (family.has(p.ppid) && !family.has(p.pid)) grew = family.add(p.pid).size > 0;
  }
  for (const p of all) {
    const profile = family.has(p.pid) ? /--user-data-dir=(\S*speechdeck-profile-\S+)/.exec(p.args)?.[1] : undefined;
    if (profile) return profile;
  }
  return undefined;
}

async function until(condition: () => boolean, timeout: number): Promise<boolean> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return condition();
}

/** Windows delivers no SIGTERM to a handler (it ends the process outright) and has no `ps`; a stop there is Ctrl-C
 *  in a console, which a test cannot send. These run on Linux and macOS. */
const POSIX = process.platform !== 'win32';
/** Processes' groups are read from /proc, which only Linux has. */
const HAS_PROC = fs.existsSync('/proc/self/stat');

describe.skipIf(!POSIX)('a PDF export stopped by SIGTERM half-way', () => {
  it('exits 143, keeps the previous PDF byte for byte, leaves no temporary file and no browser', {
    timeout: 180_000,
  }, async () => {
    const first = spawnSync(process.execPath, [BIN, '--lang', 'en', 'pdf', 'slides/qunzhong.md'], {
      cwd: project,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(first.status, first.stderr).toBe(0);
    const pdf = path.join(project, 'dist/qunzhong.pdf');
    const before = fs.readFileSync(pdf);

    // The PDF is made, then held just before it is renamed into place: the signal comes at that moment, always.
    const child = spawn(
      process.execPath,
      ['--import', pathToFileURL(HOLD_RENAME).href, BIN, '--lang', 'en', 'pdf', 'slides/qunzhong.md'],
      { cwd: project, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    );
    let stderr = '';
    let profile: string | undefined;
    await new Promise<void>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (!profile && stderr.includes('[test: holding the rename into')) {
          profile = profileOf(child.pid!);
          child.kill('SIGTERM');
          resolve();
        }
      });
      void exited.then(() => reject(new Error(`the export ended before its PDF was written: ${stderr}`)));
    });
    const { code, signal } = await exited;

    expect(code === 143 || signal === 'SIGTERM', `exit ${code} ${signal}: ${stderr}`).toBe(true);
    expect(stderr).toContain('stopped (asked to end)');
    expect(fs.readFileSync(pdf).equals(before)).toBe(true);
    // the PDF was written beside its place when the signal came: it is gone, not left half-way
    expect(stderr).toMatch(/holding the rename into .*qunzhong\.pdf/);
    expect(fs.readdirSync(path.join(project, 'dist')).filter((name) => name.startsWith('.speechdeck-tmp-'))).toEqual(
      [],
    );
    expect(fs.existsSync(path.join(project, 'dist/qunzhong/index.html'))).toBe(true);
    expect(profile, 'the run had a browser open when it was stopped').toBeDefined();
    const left = () => processes().filter((p) => p.args.includes(profile!) && !p.args.startsWith('ps '));
    expect(await until(() => left().length === 0, 10_000), JSON.stringify(left())).toBe(true);
    expect(fs.existsSync(profile!)).toBe(false);
  });
});

describe('browser work that never finishes', () => {
  it('a page that never becomes ready gives an ExportTimeoutError that says which output and how long', {
    timeout: 60_000,
  }, async () => {
    const blank = path.join(project, 'blank.html');
    fs.writeFileSync(blank, '<!doctype html><title>blank</title><script>throw new Error("boom")</script>');
    await withBrowser(async (browser) => {
      const page = await browser.newPage();
      const error = await openDeck(page, pathToFileURL(blank).href, 'talk: slides PDF', 1_000).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ExportTimeoutError);
      expect((error as Error).message).toBe(
        'talk: slides PDF: the deck did not become ready within 1 s. The page reported: boom',
      );
    });
  });

  it('a PDF step that never finishes gives an ExportTimeoutError', async () => {
    const error = await withTimeout(new Promise(() => undefined), 'talk: handout PDF', 200).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExportTimeoutError);
    expect((error as Error).message).toBe('talk: handout PDF did not finish within 0.2 s.');
  });
});

/** Processes of a process group that are still running (a zombie waiting to be reaped is not running). */
function livingInGroup(group: number): number[] {
  const living: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // pid (comm) state ppid pgrp …: the command name may hold spaces, so read after its closing parenthesis
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(pgrp) === group && state !== 'Z' && state !== 'X') living.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return living;
}

describe.skipIf(!POSIX)('the browser', () => {
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };

  it('is closed, and its profile removed, when the work fails', { timeout: 60_000 }, async () => {
    let pid = 0;
    let profile: string | undefined;
    const failure = await withBrowser(async (browser) => {
      pid = browserPid(browser)!;
      profile = profileOf(process.pid);
      throw new Error('the work failed');
    }).catch((e: unknown) => e);
    expect((failure as Error).message).toBe('the work failed');
    expect(alive(pid)).toBe(false);
    expect(profile && fs.existsSync(profile)).toBe(false);
  });

  it('is closed when the work succeeds', { timeout: 60_000 }, async () => {
    const browser = await launchBrowser();
    const pid = browserPid(browser)!;
    // Chromium keeps its profile's lock socket in a folder of its own in the temporary directory
    const profile = profileOf(process.pid)!;
    const lockFolder = path.dirname(fs.readlinkSync(path.join(profile, 'SingletonSocket')));
    expect(fs.existsSync(lockFolder)).toBe(true);
    await closeBrowser(browser);
    expect(fs.existsSync(profile)).toBe(false);
    expect(fs.existsSync(lockFolder)).toBe(false);
    expect(alive(pid)).toBe(false);
  });

  it.skipIf(!HAS_PROC)(
    'is closed with every helper process it started (renderers, GPU, network)',
    { timeout: 60_000 },
    async () => {
      const browser = await launchBrowser();
      const pid = browserPid(browser)!;
      expect(livingInGroup(pid).length).toBeGreaterThan(1);
      await closeBrowser(browser);
      expect(livingInGroup(pid)).toEqual([]);
    },
  );
});
