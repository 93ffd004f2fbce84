#!/usr/bin/env node
// Makes a fresh clone ready before `npm run deck` and `npm test`: dependencies installed and in step with
// package-lock.json, and a browser for the PDFs (on Debian/Ubuntu as root, installed through apt-get).
// Dependency-free on purpose: it runs before node_modules exist.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrowser, lookForBrowser } from '../src/outputs/browser/discovery.mjs';
import { aptInstall } from './setup/apt.mjs';
import { sayPlain as message } from '../src/messages/plain.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const say = (/** @type {string} */ text) => process.stderr.write(`speechdeck setup: ${text}\n`);

function checkNode() {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    say(message('nodeTooOld', process.versions.node));
    process.exit(2);
  }
}

/** @param {string} command @param {string[]} args @param {import('node:child_process').SpawnSyncOptions} [options] */
function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  return result.status === 0;
}

/** npm ci when node_modules is missing or was installed from another package-lock.json. */
function ensureDependencies() {
  const lock = path.join(root, 'package-lock.json');
  const stamp = path.join(root, 'node_modules', '.speechdeck-setup');
  const want = createHash('sha256').update(readFileSync(lock)).digest('hex');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === want) return;
  say(message(existsSync(path.join(root, 'node_modules')) ? 'reinstallingDependencies' : 'installingDependencies'));
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  if (!run(npm, ['ci', '--no-audit', '--no-fund'], { shell: process.platform === 'win32' })) {
    say(message('npmCiFailed'));
    process.exit(2);
  }
  writeFileSync(stamp, `${want}\n`);
}

function canApt() {
  return (
    process.platform === 'linux' &&
    typeof process.getuid === 'function' &&
    process.getuid() === 0 &&
    existsSync('/etc/debian_version') &&
    spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0
  );
}

/** A browser for puppeteer-core: the env var, an installed one, or Debian's chromium through apt-get. */
async function ensureBrowser() {
  const found = findBrowser();
  if (found?.exists) return;
  if (found && !found.exists) {
    say(message('browserPathMissing', found.path));
    process.exit(2);
  }
  if (canApt()) {
    say(message('installingChromium'));
    if ((await aptInstall(['chromium'], { say })) && findBrowser()?.exists) return;
  }
  const { tried } = lookForBrowser();
  say(message('noBrowser', process.platform, tried.map((file) => `  ${file}`).join('\n')));
  process.exit(2);
}

checkNode();
ensureDependencies();
await ensureBrowser();
