// Where speechdeck looks for a browser, on each system, and what it says when there is none. Other systems are
// described to the code (their environment, files and registry), never looked up on this machine.
import { describe, expect, it } from 'vitest';
import {
  APP_PATHS_KEYS,
  browserCandidates,
  decodeConsole,
  findBrowser,
  lookForBrowser,
  parseAppPaths,
  unquote,
} from '../../../src/outputs/browser/discovery.mjs';
import { sayIn } from '../../../src/messages/index.ts';

/** A Windows 11 office PC: a Chinese user name with a space. */
const WINDOWS_ENV = {
  PROGRAMFILES: 'C:\\Program Files',
  'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
  LOCALAPPDATA: 'C:\\Users\\张 三\\AppData\\Local',
  APPDATA: 'C:\\Users\\张 三\\AppData\\Roaming',
};
const noRegistry = () => undefined;

describe('browser discovery', () => {
  it('takes PUPPETEER_EXECUTABLE_PATH first, and says when it points nowhere', () => {
    expect(
      findBrowser({ env: { PUPPETEER_EXECUTABLE_PATH: '/nowhere/chrome' }, platform: 'linux', exists: () => false }),
    ).toEqual({
      path: '/nowhere/chrome',
      source: 'PUPPETEER_EXECUTABLE_PATH',
      exists: false,
    });
  });

  it.each([
    ['cmd\'s `set X="…"`, which keeps the quotes', '"C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe"'],
    ['a space typed before Enter', 'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe '],
    ['single quotes', "'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe'"],
  ])('reads PUPPETEER_EXECUTABLE_PATH as meant, with %s', (_, value) => {
    const edge = 'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(unquote(value)).toBe(edge);
    expect(
      findBrowser({ env: { PUPPETEER_EXECUTABLE_PATH: value }, platform: 'win32', exists: (file) => file === edge }),
    ).toEqual({ path: edge, source: 'PUPPETEER_EXECUTABLE_PATH', exists: true });
  });

  it('knows the usual install paths of Linux and macOS', () => {
    expect(browserCandidates({}, 'linux')).toEqual(
      expect.arrayContaining(['/usr/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/microsoft-edge']),
    );
    expect(browserCandidates({ HOME: '/Users/zhang' }, 'darwin')).toEqual(
      expect.arrayContaining([
        '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
        '/Users/zhang/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      ]),
    );
  });

  it('knows where Chrome and Edge live on Windows, for the machine and per user, and the Chinese Chromium browsers last', () => {
    const windows = browserCandidates(WINDOWS_ENV, 'win32');
    expect(windows.slice(0, 3)).toEqual([
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
      'C:\\Program Files\\Chromium\\Application\\chrome.exe',
    ]);
    expect(windows).toContain('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
    // a per-user Chrome, installed without administrator rights
    expect(windows).toContain('C:\\Users\\张 三\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
    expect(windows.slice(-6)).toEqual([
      'C:\\Users\\张 三\\AppData\\Local\\360ChromeX\\Chrome\\Application\\360ChromeX.exe',
      'C:\\Users\\张 三\\AppData\\Local\\360Chrome\\Chrome\\Application\\360chrome.exe',
      'C:\\Users\\张 三\\AppData\\Roaming\\360se6\\Application\\360se.exe',
      'C:\\Program Files (x86)\\360\\360se6\\Application\\360se.exe',
      'C:\\Program Files (x86)\\Tencent\\QQBrowser\\QQBrowser.exe',
      'C:\\Program Files\\Tencent\\QQBrowser\\QQBrowser.exe',
    ]);
  });

  it('reads Windows environment variables whatever their case (ProgramFiles, LocalAppData)', () => {
    const windows = browserCandidates(
      { ProgramFiles: 'D:\\Programs', LocalAppData: 'C:\\Users\\li\\AppData\\Local' },
      'win32',
    );
    expect(windows).toContain('D:\\Programs\\Microsoft\\Edge\\Application\\msedge.exe');
    expect(windows).toContain('C:\\Users\\li\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
  });

  it("finds the first installed candidate, asking a file system of that system (not this machine's)", () => {
    const installed = new Set(['/Users/zhang/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge']);
    expect(
      findBrowser({ env: { HOME: '/Users/zhang' }, platform: 'darwin', exists: (file) => installed.has(file) }),
    ).toEqual({
      path: '/Users/zhang/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      source: 'installed',
      exists: true,
    });
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(
      findBrowser({ env: WINDOWS_ENV, platform: 'win32', exists: (file) => file === edge, registry: noRegistry })?.path,
    ).toBe(edge);
  });

  it('on Windows, asks the registry for a Chrome or Edge installed somewhere else, before the Chinese browsers', () => {
    const chrome = 'D:\\软件\\Google\\Chrome\\Application\\chrome.exe';
    const qq = 'C:\\Program Files (x86)\\Tencent\\QQBrowser\\QQBrowser.exe';
    const asked: string[] = [];
    const registry = (key: string) => {
      asked.push(key);
      return key.startsWith('HKLM')
        ? APP_PATHS_OUTPUT_ZH.replace('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', chrome)
        : undefined;
    };
    const found = lookForBrowser({
      env: WINDOWS_ENV,
      platform: 'win32',
      exists: (file) => file === chrome || file === qq,
      registry,
    });
    expect(found.found).toEqual({ path: chrome, source: 'registry', exists: true });
    expect(asked).toEqual(APP_PATHS_KEYS);
    // with nothing in the registry, a Chinese browser is the last resort
    expect(
      findBrowser({ env: WINDOWS_ENV, platform: 'win32', exists: (file) => file === qq, registry: noRegistry })?.path,
    ).toBe(qq);
  });

  it('finds nothing where nothing is installed, and lists every place it looked', () => {
    expect(findBrowser({ env: { HOME: '/Users/zhang' }, platform: 'darwin', exists: () => false })).toBeUndefined();
    const { found, tried } = lookForBrowser({
      env: WINDOWS_ENV,
      platform: 'win32',
      exists: () => false,
      registry: noRegistry,
    });
    expect(found).toBeUndefined();
    expect(tried).toEqual(
      expect.arrayContaining([
        ...browserCandidates(WINDOWS_ENV, 'win32'),
        `${APP_PATHS_KEYS[0]}\\{chrome.exe,msedge.exe}`,
      ]),
    );
  });
});

/** `reg query "HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\App Paths" /s` on a Chinese Windows 10 (an excerpt,
 *  as reg.exe prints it: a blank line, then each key and its values, four spaces apart, CRLF line ends). */
const APP_PATHS_OUTPUT_ZH = [
  '',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\AcroRd32.exe',
  '    (默认)    REG_SZ    C:\\Program Files (x86)\\Adobe\\Acrobat Reader DC\\Reader\\AcroRd32.exe',
  '    Path    REG_SZ    C:\\Program Files (x86)\\Adobe\\Acrobat Reader DC\\Reader\\',
  '',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\chrome.exe',
  '    (默认)    REG_SZ    C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  '    Path    REG_SZ    C:\\Program Files\\Google\\Chrome\\Application',
  '',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\msedge.exe',
  '    (默认)    REG_SZ    "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe"',
  '    Path    REG_SZ    C:\\Program Files (x86)\\Microsoft\\Edge\\Application',
  '',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\wps.exe',
  '    (默认)    REG_EXPAND_SZ    %LOCALAPPDATA%\\Kingsoft\\WPS Office\\ksolaunch.exe',
  '',
].join('\r\n');

describe("the Windows registry's App Paths", () => {
  it('gives each program\'s default value, whatever the language of "(Default)", without quotes', () => {
    const programs = parseAppPaths(APP_PATHS_OUTPUT_ZH, WINDOWS_ENV);
    expect(programs['chrome.exe']).toBe('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(programs['msedge.exe']).toBe('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
    expect(parseAppPaths(APP_PATHS_OUTPUT_ZH.replaceAll('(默认)', '(Default)'))['chrome.exe']).toBe(
      programs['chrome.exe'],
    );
  });

  it('expands %VARIABLES% in REG_EXPAND_SZ values, and drops arguments after a quoted path', () => {
    expect(parseAppPaths(APP_PATHS_OUTPUT_ZH, WINDOWS_ENV)['wps.exe']).toBe(
      'C:\\Users\\张 三\\AppData\\Local\\Kingsoft\\WPS Office\\ksolaunch.exe',
    );
    const withArguments =
      'HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\App Paths\\chrome.exe\r\n    (Default)    REG_SZ    "C:\\Chrome\\chrome.exe" --profile-directory=Default\r\n';
    expect(parseAppPaths(withArguments)['chrome.exe']).toBe('C:\\Chrome\\chrome.exe');
  });

  it("reads reg.exe's output in the Chinese console code page (GBK), as it is written into a pipe", () => {
    const gbk = Buffer.from([
      ...Buffer.from('    (Default)    REG_SZ    C:\\Users\\'),
      0xd5,
      0xc5,
      0xc8,
      0xfd,
      ...Buffer.from('\\chrome.exe'),
    ]);
    expect(decodeConsole(gbk)).toBe('    (Default)    REG_SZ    C:\\Users\\张三\\chrome.exe');
    expect(decodeConsole(Buffer.from('C:\\Users\\张三'))).toBe('C:\\Users\\张三');
  });
});

describe('what a user without a browser is told', () => {
  const tried = '  C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe';

  it('on Windows: where it looked, that some editions have no Edge, and how to name one in cmd and in PowerShell', () => {
    const message = sayIn('en', 'noBrowser', 'win32', tried);
    expect(message).toContain(tried);
    expect(message).toContain('LTSC');
    expect(message).toContain('set PUPPETEER_EXECUTABLE_PATH=C:\\path\\to\\msedge.exe');
    expect(message).toContain('$env:PUPPETEER_EXECUTABLE_PATH = "C:\\path\\to\\msedge.exe"');
    expect(sayIn('zh', 'noBrowser', 'win32', tried)).toContain('LTSC');
  });

  it('on Linux and macOS: the command that installs one, and the shell syntax', () => {
    expect(sayIn('en', 'noBrowser', 'linux', tried)).toContain('apt-get install -y chromium');
    expect(sayIn('zh', 'noBrowser', 'linux', tried)).toContain('export PUPPETEER_EXECUTABLE_PATH=');
    expect(sayIn('en', 'noBrowser', 'darwin', tried)).toContain('export PUPPETEER_EXECUTABLE_PATH="/Applications/');
  });
});

describe('starting the browser before Puppeteer is loaded', () => {
  it('uses the same default arguments as the installed Puppeteer', async () => {
    const { default: puppeteer } = await import('puppeteer-core');
    const { PUPPETEER_DEFAULT_ARGS } = await import('../../../src/outputs/browser/flags.ts');
    expect(PUPPETEER_DEFAULT_ARGS).toEqual(puppeteer.defaultArgs({ headless: true }));
  });
});
