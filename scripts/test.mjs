#!/usr/bin/env node
// `npm test`: vitest with a temporary folder of this run's own, removed when the run ends, however it ends. Each test
// removes what it makes, but a run stopped half-way (Ctrl-C, a CI time limit's kill, a closed terminal) ends its
// workers before their clean-ups: what they had made would stay in the machine's temporary folder for good.
// Left-overs of a run that ended normally are listed (a test that forgot its clean-up), then removed.
// Dependency-free, like ensure-setup.mjs. Arguments go to `vitest run` (`npm test -- tests/import`).
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { stopSignals } from '../src/stop-signals.mjs';

/** tsx's cache (tsx-<uid>) is tsx's, made by tests that run a TypeScript file as a process: not a test's left-over. */
const NOT_LEFT_OVER = /^tsx-\d+$/;

const temporary = mkdtempSync(path.join(os.tmpdir(), 'speechdeck-tests-'));
const remove = () => rmSync(temporary, { recursive: true, force: true, maxRetries: 3 });

const vitest = path.join(path.dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
const child = spawn(process.execPath, [vitest, 'run', ...process.argv.slice(2)], {
  stdio: 'inherit',
  // TMPDIR for POSIX, TMP and TEMP for Windows: what Node's os.tmpdir() and Chromium read
  env: { ...process.env, TMPDIR: temporary, TMP: temporary, TEMP: temporary },
});

// A stop reaches vitest too (the same process group, or forwarded here); this process waits for it to end, then
// removes the folder. A second stop ends at once, the folder removed.
let stops = 0;
for (const signal of stopSignals()) {
  process.on(signal, () => {
    stops += 1;
    if (stops > 1) {
      child.kill('SIGKILL');
      remove();
      process.exit(130);
    }
    child.kill(signal);
  });
}

child.on('error', (error) => {
  remove();
  process.stderr.write(`npm test: vitest did not start: ${error.message}\n`);
  process.exit(2);
});

child.on('exit', (code, signal) => {
  const left = code === 0 ? readdirSync(temporary).filter((name) => !NOT_LEFT_OVER.test(name)) : [];
  remove();
  if (left.length > 0) {
    process.stderr.write(`npm test: the tests left ${left.length} in the temporary folder: ${left.join(', ')}\n`);
    process.exit(1);
  }
  if (signal) {
    for (const stop of stopSignals()) process.removeAllListeners(stop);
    process.kill(process.pid, signal);
    return;
  }
  process.exit(code ?? 1);
});
