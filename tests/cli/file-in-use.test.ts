// A PDF still open in a viewer on Windows cannot be replaced. The run waits a moment, then names the file and says
// to close it (in Chinese on a Chinese machine), exits 2 (the machine's problem, not the outline's), and still
// writes and reports every other output. A preload plays Windows' refusal; the command is the real one.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SAMPLE_OUTLINE } from '../support/sample.ts';
import { CHINESE_MACHINE, ENGLISH_MACHINE } from '../support/cli.ts';

const BIN = path.join(ROOT, 'bin/speechdeck.js');
const HOLD_OPEN = pathToFileURL(path.join(ROOT, 'tests/support/preload/hold-open.mjs')).href;
const project = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-in-use-'));
const dist = path.join(project, 'dist');
fs.mkdirSync(path.join(project, 'slides'));
fs.copyFileSync(SAMPLE_OUTLINE, path.join(project, 'slides/qunzhong.md'));
afterAll(() => fs.rmSync(project, { recursive: true, force: true }));

/** `speechdeck deck` with the named files held open by "a viewer". */
function deckWithOpen(files: string[], env: Record<string, string>) {
  const run = spawnSync(process.execPath, ['--import', HOLD_OPEN, BIN, 'deck'], {
    cwd: project,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, SPEECHDECK_TEST_HELD_OPEN: files.join(','), ...env },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

let before: Record<string, Buffer>;
beforeAll(() => {
  const first = spawnSync(process.execPath, [BIN, 'deck'], { cwd: project, encoding: 'utf8', timeout: 120_000 });
  expect(first.status, first.stderr).toBe(0);
  before = Object.fromEntries(
    ['qunzhong.pdf', 'qunzhong-handout.pdf', 'qunzhong-script.pdf'].map((name) => [
      name,
      fs.readFileSync(path.join(dist, name)),
    ]),
  );
}, 180_000);

const shown = (name: string) => path.join('dist', name);
const staging = () => fs.readdirSync(dist).filter((name) => name.startsWith('.speechdeck-tmp-'));

describe('a PDF open in another program', () => {
  it('on a Chinese machine: says in Chinese which file to close, exits 2, writes and reports the rest', {
    timeout: 120_000,
  }, () => {
    const { code, stdout, stderr } = deckWithOpen(['qunzhong-handout.pdf'], {
      ...CHINESE_MACHINE,
      SPEECHDECK_TEST_HELD_CODE: 'EPERM',
    });
    expect(code, stderr).toBe(2);
    expect(stderr).toContain(`${shown('qunzhong-handout.pdf')} 正被其他程序打开，无法替换。请先关闭它`);
    expect(stderr).not.toMatch(/unexpected|意外错误|\n\s+at /);
    // what was written is reported, and is there
    expect(stdout).toContain(shown(path.join('qunzhong', 'index.html')));
    expect(stdout).toContain(`${shown('qunzhong.pdf')}  21 页，`);
    expect(stdout).toContain(shown('qunzhong-script.pdf'));
    expect(stdout).not.toContain(shown('qunzhong-handout.pdf'));
    expect(fs.readFileSync(path.join(dist, 'qunzhong.pdf')).equals(before['qunzhong.pdf']!)).toBe(false);
    // the open file is as it was, and nothing half-written is left beside it
    expect(fs.readFileSync(path.join(dist, 'qunzhong-handout.pdf')).equals(before['qunzhong-handout.pdf']!)).toBe(true);
    expect(staging()).toEqual([]);
  });

  it('names every file held open (EBUSY, a sharing violation), and the handout still gets the slides', {
    timeout: 120_000,
  }, () => {
    const slides = fs.readFileSync(path.join(dist, 'qunzhong.pdf'));
    const { code, stdout, stderr } = deckWithOpen(['qunzhong.pdf', 'qunzhong-script.pdf'], {
      ...ENGLISH_MACHINE,
      SPEECHDECK_TEST_HELD_CODE: 'EBUSY',
    });
    expect(code, stderr).toBe(2);
    expect(stderr).toContain(
      `these files are open in another program, so they could not be replaced:\n  ${shown('qunzhong.pdf')}\n  ${shown('qunzhong-script.pdf')}\n`,
    );
    expect(stderr).toContain('Close them (a PDF viewer such as WPS');
    expect(stdout).toContain(`${shown('qunzhong-handout.pdf')}  7 pages`);
    expect(fs.readFileSync(path.join(dist, 'qunzhong.pdf')).equals(slides)).toBe(true);
    expect(staging()).toEqual([]);
  });
});
