// Set-up installs the browser with apt-get while another apt (unattended-upgrades on a freshly booted Ubuntu) holds
// the lock: it says it is waiting, waits, then installs; it does not give up at once with "Could not get lock".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { aptInstall } from '../../scripts/setup/apt.mjs';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-apt-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** An apt-get that behaves like the real one while FAKE_APT_LOCK exists: with `-o DPkg::Lock::Timeout=…` it says it
 *  is waiting and waits for the lock to go (as apt ≥ 1.9 does for `install`); without it, or for `update` when
 *  `waitsOnUpdate` is false (older apt), it fails at once. Each run is logged to FAKE_APT_LOG. */
function fakeAptGet(waitsOnUpdate: boolean): string {
  const bin = fs.mkdtempSync(path.join(dir, 'bin-'));
  const script = `#!${process.execPath}
const fs = require('node:fs');
const args = process.argv.slice(2);
fs.appendFileSync(process.env.FAKE_APT_LOG, args.join(' ') + '\\n');
const waits = args.some((a) => a.startsWith('DPkg::Lock::Timeout=')) && (${waitsOnUpdate} || args.includes('install'));
const held = () => fs.existsSync(process.env.FAKE_APT_LOCK);
if (!held()) process.exit(0);
if (!waits) {
  process.stderr.write('E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 4242 (unattended-upgr)\\n');
  process.exit(100);
}
process.stderr.write('Waiting for cache lock: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 4242 (unattended-upgr)\\n');
const timer = setInterval(() => { if (!held()) { clearInterval(timer); process.exit(0); } }, 20);
`;
  fs.writeFileSync(path.join(bin, 'apt-get'), script, { mode: 0o755 });
  return bin;
}

async function installWhileLocked(waitsOnUpdate: boolean) {
  const lock = path.join(dir, `lock-${waitsOnUpdate}`);
  const log = path.join(dir, `log-${waitsOnUpdate}`);
  fs.writeFileSync(lock, '');
  const said: string[] = [];
  let release: () => void = () => undefined;
  const waiting = new Promise<void>((resolve) => (release = resolve));
  const env = {
    ...process.env,
    PATH: `${fakeAptGet(waitsOnUpdate)}${path.delimiter}${process.env.PATH}`,
    FAKE_APT_LOCK: lock,
    FAKE_APT_LOG: log,
  };
  const installing = aptInstall(['chromium'], {
    env,
    retryMs: 20,
    output: new PassThrough(),
    say: (text) => {
      said.push(text);
      release();
    },
  });
  // The other apt finishes once we have said that we wait for it.
  await waiting;
  fs.rmSync(lock);
  return { ok: await installing, said, runs: fs.readFileSync(log, 'utf8').trim().split('\n') };
}

describe.skipIf(process.platform === 'win32')('installing the browser while another apt holds the lock', () => {
  it('asks apt to wait for its lock, says so, then installs', async () => {
    const { ok, said, runs } = await installWhileLocked(true);
    expect(ok).toBe(true);
    expect(said).toEqual([expect.stringMatching(/another program .* installing packages; waiting for it to finish/)]);
    expect(runs.every((run) => run.startsWith('-o DPkg::Lock::Timeout='))).toBe(true);
    expect(runs.at(-1)).toMatch(/ install -y -qq chromium$/);
  });

  it('tries again where an older apt fails at once instead of waiting', async () => {
    const { ok, said, runs } = await installWhileLocked(false);
    expect(ok).toBe(true);
    expect(said).toHaveLength(1);
    expect(runs.filter((run) => run.includes(' update ')).length).toBeGreaterThan(1);
    expect(runs.at(-1)).toMatch(/ install -y -qq chromium$/);
  });

  it('gives up, without a stack trace, when the lock is never released', async () => {
    const lock = path.join(dir, 'forever');
    fs.writeFileSync(lock, '');
    const env = {
      ...process.env,
      PATH: `${fakeAptGet(false)}${path.delimiter}${process.env.PATH}`,
      FAKE_APT_LOCK: lock,
      FAKE_APT_LOG: path.join(dir, 'log-forever'),
    };
    expect(
      await aptInstall(['chromium'], {
        env,
        waitSeconds: 0.2,
        retryMs: 20,
        output: new PassThrough(),
        say: () => undefined,
      }),
    ).toBe(false);
  });
});
