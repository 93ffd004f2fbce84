#!/usr/bin/env node
// Makes a fresh clone ready before `npm run deck` and `npm test`: dependencies installed and in step with
// package-lock.json, and a browser for the PDFs (on Debian/Ubuntu as root, installed through apt-get).
// Dependency-free on purpose: it runs before node_modules exist.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrowser, noBrowserMessage } from '../src/outputs/browser/discovery.mjs';
import { aptInstall } from './setup/apt.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const say = (text) => process.stderr.write(`speechdeck setup: ${text}\n`);

function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    say(`Node ${process.versions.node} is too old; speechdeck needs Node 20.19 or newer.`);
    process.exit(2);
  }
}

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
  say(existsSync(path.join(root, 'node_modules')) ? 'package-lock.json changed: reinstalling dependencies (npm ci).' : 'installing dependencies (npm ci).');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  if (!run(npm, ['ci', '--no-audit', '--no-fund'], { shell: process.platform === 'win32' })) {
    say('npm ci failed; see the messages above. Check your connection to the npm registry, then run the command again.');
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
    say(`PUPPETEER_EXECUTABLE_PATH is set to ${found.path}, which does not exist. Point it at Chrome, Chromium or Edge, or unset it.`);
    process.exit(2);
  }
  if (canApt()) {
    say('no browser found: installing Debian\'s chromium with apt-get (once).');
    if ((await aptInstall(['chromium'], { say })) && findBrowser()?.exists) return;
  }
  say(noBrowserMessage());
  process.exit(2);
}

checkNode();
ensureDependencies();
await ensureBrowser();
