// Where speechdeck looks for a browser, on each system, and what it says when there is none.
import { describe, expect, it } from 'vitest';
import { browserCandidates, findBrowser, noBrowserMessage } from '../../../src/outputs/browser/discovery.mjs';

describe('browser discovery', () => {
  it('takes PUPPETEER_EXECUTABLE_PATH first, and says when it points nowhere', () => {
    expect(findBrowser({ PUPPETEER_EXECUTABLE_PATH: '/nowhere/chrome' }, 'linux', () => false)).toEqual({
      path: '/nowhere/chrome',
      source: 'PUPPETEER_EXECUTABLE_PATH',
      exists: false,
    });
  });

  it('knows the usual install paths of Linux, macOS and Windows', () => {
    expect(browserCandidates({}, 'linux')).toEqual(expect.arrayContaining(['/usr/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/microsoft-edge']));
    expect(browserCandidates({ HOME: '/Users/zhang' }, 'darwin')).toEqual(
      expect.arrayContaining(['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Users/zhang/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge']),
    );
    const windows = browserCandidates({ PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' }, 'win32');
    expect(windows).toContain('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(windows).toContain('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
  });

  it('finds the first installed candidate, asking a file system of that system (not this machine\'s)', () => {
    const installed = new Set(['/Users/zhang/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge']);
    expect(findBrowser({ HOME: '/Users/zhang' }, 'darwin', (file) => installed.has(file))).toEqual({
      path: '/Users/zhang/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      source: 'installed',
      exists: true,
    });
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(findBrowser({ 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' }, 'win32', (file) => file === edge)?.path).toBe(edge);
  });

  it('finds nothing where nothing is installed, and then says what to install', () => {
    expect(findBrowser({ HOME: '/Users/zhang' }, 'darwin', () => false)).toBeUndefined();
    expect(noBrowserMessage('linux')).toContain('apt-get install -y chromium');
    expect(noBrowserMessage('win32')).toContain('Edge');
    expect(noBrowserMessage('darwin')).toContain('PUPPETEER_EXECUTABLE_PATH');
  });
});

describe('starting the browser before Puppeteer is loaded', () => {
  it('uses the same default arguments as the installed Puppeteer', async () => {
    const { default: puppeteer } = await import('puppeteer-core');
    const { PUPPETEER_DEFAULT_ARGS } = await import('../../../src/outputs/browser/launch.ts');
    expect(PUPPETEER_DEFAULT_ARGS).toEqual(puppeteer.defaultArgs({ headless: true }));
  });
});
