// Starting and ending the browser on each system: the exact teardown commands, and what a user is told when the
// browser will not start or never answers. Stand-in browsers are used here; the real one in tests/cli/interrupt*.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROFILE_PREFIX, launchBrowser } from '../../../src/outputs/browser/launch.ts';
import { teardown } from '../../../src/outputs/browser/process.ts';
import { EnvironmentError } from '../../../src/outputs/errors.ts';
import { setLanguage } from '../../../src/messages/index.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-launch-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
setLanguage('en');

/** Profiles this process made that are still there. */
const myProfiles = () =>
  fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith(`${PROFILE_PREFIX}${process.pid}-`));

describe('ending the browser and every process it started', () => {
  it('on Windows, ends its process tree as Puppeteer does: taskkill /pid N /T /F', () => {
    expect(teardown(4312, 'win32')).toEqual({ command: 'taskkill', args: ['/pid', '4312', '/T', '/F'] });
  });

  it('on Linux and macOS, kills the process group it leads', () => {
    expect(teardown(4312, 'linux')).toEqual({ group: 4312 });
    expect(teardown(4312, 'darwin')).toEqual({ group: 4312 });
  });
});

describe('a browser that does not start', () => {
  it('that exits at once: says which browser and what it said, and leaves no profile', async () => {
    // Node as the "browser": it refuses Chromium's flags and exits, as a broken install would.
    const error = await launchBrowser({ browser: { path: process.execPath, source: 'installed', exists: true } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(EnvironmentError);
    expect((error as Error).message).toMatch(
      new RegExp(
        `^The browser at .*${path.basename(process.execPath)} did not start: it exited \\(code \\d+\\) before it was ready: .*bad option`,
      ),
    );
    expect(myProfiles()).toEqual([]);
  });

  it.skipIf(process.platform === 'win32')(
    'that never answers (a policy forbids remote control): names that cause, not a bare time-out',
    async () => {
      // (A shell script stands in for it; Windows cannot run one as a program, so this runs elsewhere.)
      const silent = path.join(dir, 'silent-browser');
      fs.writeFileSync(silent, '#!/bin/sh\nexec sleep 60\n', { mode: 0o755 });
      const error = await launchBrowser({
        browser: { path: silent, source: 'installed', exists: true },
        startTimeoutMs: 1_000,
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EnvironmentError);
      expect((error as Error).message).toContain(`The browser at ${silent} started but did not answer within 1 s.`);
      expect((error as Error).message).toContain('RemoteDebuggingAllowed');
      expect(myProfiles()).toEqual([]);
    },
  );
});
