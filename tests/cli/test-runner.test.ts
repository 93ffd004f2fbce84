// `npm test`'s runner (scripts/test.mjs) gives vitest a temporary folder of the run's own and removes it however the
// run ends: a run stopped half-way leaves nothing behind; a test that forgot its clean-up fails the run. Each case
// runs the runner on a one-test fixture suite with TMPDIR at a fresh folder of this test's, which must be empty after.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../support/sample.ts';

const RUNNER = path.join(ROOT, 'scripts/test.mjs');
const FIXTURE = path.join(ROOT, 'tests/fixtures/test-runner');

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

/** The runner on the fixture suite, its temporary folder inside a fresh one of this test's. */
function run(mode: 'tidy' | 'leave' | 'wait') {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-runner-'));
  folders.push(temp);
  const child = spawn(process.execPath, [RUNNER, '--root', FIXTURE, '--no-cache'], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, TMPDIR: temp, TMP: temp, TEMP: temp, SPEECHDECK_FIXTURE: mode },
  });
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { temp, child, ended };
}

/** Waits until the fixture's test has made its file inside the run's folder. */
async function fileMade(temp: string, child: ChildProcess) {
  const made = () =>
    fs
      .readdirSync(temp)
      .some((run) =>
        fs.readdirSync(path.join(temp, run)).some((name) => fs.existsSync(path.join(temp, run, name, 'made'))),
      );
  while (!made()) {
    if (child.exitCode !== null) throw new Error('the runner ended before the test made its file');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('npm test’s runner', () => {
  it('passes a run whose tests tidy up, and leaves the temporary folder as it found it', async () => {
    const { temp, ended } = run('tidy');
    expect(await ended).toEqual({ code: 0, signal: null });
    expect(fs.readdirSync(temp)).toEqual([]);
  });

  it('fails a run whose tests leave files in the temporary folder, and removes them', async () => {
    const { temp, ended } = run('leave');
    expect((await ended).code).toBe(1);
    expect(fs.readdirSync(temp)).toEqual([]);
  });

  it.skipIf(process.platform === 'win32')(
    'removes what a run stopped half-way had made, and ends as stopped',
    async () => {
      const { temp, child, ended } = run('wait');
      await fileMade(temp, child);
      child.kill('SIGTERM');
      const end = await ended;
      expect(end.signal === 'SIGTERM' || end.code === 143).toBe(true);
      expect(fs.readdirSync(temp)).toEqual([]);
    },
  );
});
