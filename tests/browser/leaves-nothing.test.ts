// The suite's global set-up (the sample deck and its PDFs, built once in a browser) and its teardown leave nothing in
// the temporary folder: run once in a process whose temporary folder is a fresh one of this test's own, which must be
// empty again afterwards (no scan of the machine's shared temporary folder, where others' files come and go).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/sample.ts';

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-leaves-nothing-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

describe('the global set-up and teardown', () => {
  it('build the sample and leave the temporary folder as they found it', { timeout: 300_000 }, () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'tests/support/global-setup-once.ts')],
      {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 280_000,
        env: { ...process.env, TMPDIR: temp, TMP: temp, TEMP: temp },
      },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout.trim().split('\n').at(-1)!)).toEqual({ provided: ['sample'] });
    // tsx-<uid> is the cache of tsx, which runs the set-up here (vitest runs it without tsx): not the suite's.
    expect(fs.readdirSync(temp).filter((name) => !/^tsx-\d+$/.test(name))).toEqual([]);
  });
});
