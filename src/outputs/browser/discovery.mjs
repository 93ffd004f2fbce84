// Finds a Chrome, Chromium or Edge on this machine. Dependency-free: ensure-setup runs it before node_modules exist.
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The env var that names the browser to use, first of all places. */
export const BROWSER_ENV = 'PUPPETEER_EXECUTABLE_PATH';

/** Usual install paths of Chromium-based browsers on Linux, macOS and Windows, most likely first. */
export function browserCandidates(env = process.env, platform = process.platform) {
  if (platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'];
    return [...apps.map((app) => path.join('/Applications', app)), ...apps.map((app) => path.join(env.HOME ?? '', 'Applications', app))];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(Boolean);
    const exes = ['Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe', 'Chromium\\Application\\chrome.exe'];
    return roots.flatMap((root) => exes.map((exe) => path.win32.join(root, exe)));
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
    '/usr/lib/chromium/chromium',
  ];
}

/** The browser to use: the env var when set (even if wrong, so the user sees their mistake), else the first installed
 *  candidate. `exists` asks the file system (given, so that other systems' paths can be tested on this one). */
export function findBrowser(env = process.env, platform = process.platform, exists = existsSync) {
  const named = env[BROWSER_ENV];
  if (named) return { path: named, source: BROWSER_ENV, exists: exists(named) };
  const found = browserCandidates(env, platform).find((candidate) => exists(candidate));
  return found ? { path: found, source: 'installed', exists: true } : undefined;
}

/** What to tell a user who has no browser. */
export function noBrowserMessage(platform = process.platform) {
  const install =
    platform === 'linux'
      ? 'On Debian or Ubuntu: `sudo apt-get update && sudo apt-get install -y chromium`.'
      : platform === 'darwin'
        ? 'Install Google Chrome or Microsoft Edge.'
        : 'Install Google Chrome or Microsoft Edge (Edge comes with Windows 10 and 11).';
  return `No Chrome, Chromium or Edge was found, and speechdeck needs one to make PDFs. ${install} Or set ${BROWSER_ENV} to the browser's executable.`;
}
