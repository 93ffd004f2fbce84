// Finds a Chrome, Chromium or Edge on this machine. Dependency-free: ensure-setup runs it before node_modules exist.
// Everything it asks of the machine (environment, system, files, the Windows registry) is a parameter, so that
// other systems can be tested on this one.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The env var that names the browser to use, first of all places. */
const BROWSER_ENV = /** @type {const} */ ('PUPPETEER_EXECUTABLE_PATH');

/**
 * @typedef {object} FoundBrowser
 * @property {string} path
 * @property {'PUPPETEER_EXECUTABLE_PATH' | 'installed' | 'registry'} source Where it was found: the env var, a usual
 *   install path, or the Windows registry's App Paths.
 * @property {boolean} exists
 */

/**
 * What the machine is and has; each defaults to this machine's.
 * @typedef {object} BrowserSystem
 * @property {NodeJS.ProcessEnv} [env]
 * @property {NodeJS.Platform} [platform]
 * @property {(file: string) => boolean} [exists]
 * @property {(key: string) => string | undefined} [registry] `reg query <key> /s` output, or undefined where the
 *   key is missing.
 */

/** Windows programs (under Program Files, Program Files (x86) or the user's AppData\Local), most likely first. */
const WINDOWS_PROGRAMS = [
  'Google\\Chrome\\Application\\chrome.exe',
  'Microsoft\\Edge\\Application\\msedge.exe',
  'Chromium\\Application\\chrome.exe',
];

/** Browsers made in China on Chromium, tried last: they come with many office PCs where nothing else is installed.
 *  Each as [where it lives (an env var), the path below it]. */
const CHINESE_WINDOWS_BROWSERS = [
  ['LOCALAPPDATA', '360ChromeX\\Chrome\\Application\\360ChromeX.exe'],
  ['LOCALAPPDATA', '360Chrome\\Chrome\\Application\\360chrome.exe'],
  ['APPDATA', '360se6\\Application\\360se.exe'],
  ['PROGRAMFILES(X86)', '360\\360se6\\Application\\360se.exe'],
  ['PROGRAMFILES(X86)', 'Tencent\\QQBrowser\\QQBrowser.exe'],
  ['PROGRAMFILES', 'Tencent\\QQBrowser\\QQBrowser.exe'],
];

/** The registry keys where installers record the full path of chrome.exe and msedge.exe, wherever they were
 *  installed (another drive, a folder of the user's choosing): per user first, then for the machine. */
export const APP_PATHS_KEYS = ['HKCU', 'HKLM'].map(
  (hive) => `${hive}\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths`,
);
const APP_PATHS_PROGRAMS = ['chrome.exe', 'msedge.exe'];

/** An environment variable as Windows reads it: names are not case-sensitive there.
 *  @param {NodeJS.ProcessEnv} env @param {string} name */
function variable(env, name) {
  if (env[name] !== undefined) return env[name];
  const key = Object.keys(env).find((k) => k.toUpperCase() === name.toUpperCase());
  return key === undefined ? undefined : env[key];
}

/** Usual install paths of Chromium-based browsers on Linux, macOS and Windows, most likely first (the Windows
 *  registry is asked separately, see `findBrowser`).
 *  @param {NodeJS.ProcessEnv} [env] @param {NodeJS.Platform} [platform] @returns {string[]} */
export function browserCandidates(env = process.env, platform = process.platform) {
  if (platform === 'darwin') {
    const apps = [
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Chromium.app/Contents/MacOS/Chromium',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
    return [
      ...apps.map((app) => path.posix.join('/Applications', app)),
      ...apps.map((app) => path.posix.join(env.HOME ?? '', 'Applications', app)),
    ];
  }
  if (platform === 'win32') {
    const programFiles = variable(env, 'PROGRAMFILES') ?? 'C:\\Program Files';
    const programFiles86 = variable(env, 'PROGRAMFILES(X86)') ?? 'C:\\Program Files (x86)';
    const roots = [programFiles, programFiles86, variable(env, 'LOCALAPPDATA')].filter(
      /** @returns {root is string} */ (root) => Boolean(root),
    );
    const usual = roots.flatMap((root) => WINDOWS_PROGRAMS.map((exe) => path.win32.join(root, exe)));
    const chinese = CHINESE_WINDOWS_BROWSERS.flatMap(([root = '', exe = '']) => {
      const folder =
        root === 'PROGRAMFILES' ? programFiles : root === 'PROGRAMFILES(X86)' ? programFiles86 : variable(env, root);
      return folder ? [path.win32.join(folder, exe)] : [];
    });
    return [...new Set([...usual, ...chinese])];
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

/** The path in PUPPETEER_EXECUTABLE_PATH as the user meant it: cmd's `set X="C:\…"` keeps the quotes in the value,
 *  and a space typed before Enter stays too.
 *  @param {string} value */
export function unquote(value) {
  const trimmed = value.trim();
  const quoted = /^(["'])(.*)\1$/.exec(trimmed);
  return quoted ? (quoted[2] ?? '').trim() : trimmed;
}

/** Reads `reg query <key> /s` output: each program's default value, as `{ 'chrome.exe': 'C:\\…\\chrome.exe' }`.
 *  The default value's name is localised (`(Default)`, `(默认)`), so it is told by its parentheses; values of type
 *  REG_EXPAND_SZ have their `%VARIABLES%` expanded from `env`, and quotes around a path are dropped.
 *  @param {string} output @param {NodeJS.ProcessEnv} [env] @returns {Record<string, string>} */
export function parseAppPaths(output, env = {}) {
  /** @type {Record<string, string>} */
  const found = {};
  /** @type {string | undefined} */
  let program;
  for (const line of output.split(/\r?\n/)) {
    if (/^HKEY_/i.test(line)) {
      program = line.trim().split('\\').pop()?.toLowerCase();
      continue;
    }
    const value = /^\s+(\(.*\))\s+(REG_SZ|REG_EXPAND_SZ)\s+(.+)$/.exec(line);
    if (!value || !program || found[program] !== undefined) continue;
    // A path in quotes may be followed by arguments; a path without quotes is the whole value.
    const raw = (value[3] ?? '').trim();
    let file = raw.startsWith('"') ? raw.slice(1, raw.indexOf('"', 1) > 0 ? raw.indexOf('"', 1) : undefined) : raw;
    if (value[2] === 'REG_EXPAND_SZ') file = file.replace(/%([^%]+)%/g, (whole, name) => variable(env, name) ?? whole);
    found[program] = file;
  }
  return found;
}

/** `reg query` output as text: UTF-8 where it is valid, else the console's Chinese code page (GBK), which is what
 *  reg.exe writes into a pipe on a Chinese Windows.
 *  @param {Uint8Array} bytes */
export function decodeConsole(bytes) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}

/** Runs `reg query <key> /s`; undefined where the key is missing or reg.exe cannot run.
 *  @param {string} key @returns {string | undefined} */
function queryRegistry(key) {
  try {
    return decodeConsole(
      execFileSync('reg', ['query', key, '/s'], {
        stdio: ['ignore', 'pipe', 'ignore'],
        windowsHide: true,
        timeout: 10_000,
      }),
    );
  } catch {
    return undefined;
  }
}

/**
 * The browser to use, and every place looked at:
 * the env var when set (even if wrong, so the user sees their mistake); else the first installed of the usual
 * paths; on Windows then the registry's App Paths (a browser installed somewhere else), then the Chinese browsers.
 * `system` says what the machine is and has: `env`, `platform`, `exists` (asks the file system) and `registry`
 * (runs `reg query`), given so that other systems can be tested on this one.
 * @param {BrowserSystem} [system]
 * @returns {{ found: FoundBrowser | undefined, tried: string[] }}
 */
export function lookForBrowser(system = {}) {
  const { env = process.env, platform = process.platform, exists = existsSync, registry = queryRegistry } = system;
  const named = env[BROWSER_ENV];
  if (named !== undefined && named.trim() !== '') {
    const file = unquote(named);
    return { found: { path: file, source: BROWSER_ENV, exists: exists(file) }, tried: [file] };
  }
  /** @type {string[]} */
  const tried = [];
  /** @param {string[]} files @param {'installed' | 'registry'} source @returns {FoundBrowser | undefined} */
  const look = (files, source) => {
    for (const file of files) {
      tried.push(file);
      if (exists(file)) return { path: file, source, exists: true };
    }
    return undefined;
  };
  const candidates = browserCandidates(env, platform);
  const chinese = platform === 'win32' ? candidates.filter((file) => /360|QQBrowser/.test(file)) : [];
  const usual = candidates.filter((file) => !chinese.includes(file));
  let found = look(usual, 'installed');
  if (!found && platform === 'win32') {
    for (const key of APP_PATHS_KEYS) {
      const output = registry(key);
      tried.push(`${key}\\{${APP_PATHS_PROGRAMS.join(',')}}`);
      if (output === undefined) continue;
      const programs = parseAppPaths(output, env);
      found = look(
        APP_PATHS_PROGRAMS.map((program) => programs[program]).filter(
          /** @returns {file is string} */ (file) => file !== undefined && file !== '' && !tried.includes(file),
        ),
        'registry',
      );
      if (found) break;
    }
  }
  found ??= look(chinese, 'installed');
  return { found, tried };
}

/** The browser to use (see `lookForBrowser`), or undefined when there is none.
 *  @param {BrowserSystem} [system] */
export function findBrowser(system = {}) {
  return lookForBrowser(system).found;
}
