// Installing Debian packages with apt-get during set-up, patiently: a freshly booted Debian or Ubuntu runs
// unattended-upgrades for minutes, and apt then refuses a second run ("Could not get lock …"). We ask apt to wait
// for its lock (DPkg::Lock::Timeout), say that we are waiting, and retry where an older apt fails at once instead.
// Dependency-free on purpose: it runs before node_modules exist.
import { spawn as nodeSpawn } from 'node:child_process';
import { sayPlain } from '../../src/messages/plain.mjs';

/** What apt prints when another program holds its lock, whether it then waits or fails. */
const LOCKED =
  /Could not get lock|Waiting for cache lock|Unable to acquire the dpkg frontend lock|Unable to lock directory/i;

/**
 * `apt-get update`, then `apt-get install -y <packages>`, each waiting for apt's lock for up to `waitSeconds`.
 * Resolves true when both succeeded. apt's own output goes to `output` (our stderr).
 * @param {string[]} packages
 * @param {{ say: (text: string) => void, env?: NodeJS.ProcessEnv, waitSeconds?: number, retryMs?: number,
 *   spawn?: typeof nodeSpawn, output?: NodeJS.WritableStream }} options
 */
export async function aptInstall(packages, options) {
  const {
    say,
    env = process.env,
    waitSeconds = 600,
    retryMs = 5000,
    spawn = nodeSpawn,
    output = process.stderr,
  } = options;
  const deadline = Date.now() + waitSeconds * 1000;
  let told = false;
  const onLocked = () => {
    if (told) return;
    told = true;
    say(sayPlain('aptWaiting', Math.round(waitSeconds / 60)));
  };
  const wait = ['-o', `DPkg::Lock::Timeout=${waitSeconds}`];
  const steps = [
    [...wait, 'update', '-qq'],
    [...wait, 'install', '-y', '-qq', ...packages],
  ];
  for (const args of steps) {
    for (;;) {
      const { code, locked } = await run(spawn, args, { ...env, DEBIAN_FRONTEND: 'noninteractive' }, output, onLocked);
      if (code === 0) break;
      // An apt that does not wait by itself (the lists lock of `update` in older versions) fails at once: try again.
      if (!locked || Date.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, retryMs));
    }
  }
  return true;
}

/** One apt-get run: its output passed on, and whether it said its lock was held.
 *  @param {typeof nodeSpawn} spawn @param {string[]} args @param {NodeJS.ProcessEnv} env
 *  @param {NodeJS.WritableStream} output @param {() => void} onLocked
 *  @returns {Promise<{ code: number | null, locked: boolean }>} */
function run(spawn, args, env, output, onLocked) {
  return new Promise((resolve) => {
    let locked = false;
    const child = spawn('apt-get', args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const watch = (/** @type {Buffer} */ chunk) => {
      output.write(chunk);
      if (LOCKED.test(String(chunk))) {
        locked = true;
        onLocked();
      }
    };
    child.stdout.on('data', watch);
    child.stderr.on('data', watch);
    child.on('error', () => resolve({ code: -1, locked }));
    child.on('close', (/** @type {number | null} */ code) => resolve({ code, locked }));
  });
}
