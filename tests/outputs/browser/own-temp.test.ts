// The browser's own temporary folder is used only where Chromium's lock socket, which it keeps there, can still be
// made: a Unix socket's path is at most 107 bytes on Linux and 103 on macOS; Windows keeps no such socket.
import { describe, expect, it } from 'vitest';
import { browserTempBase, ownTempFits } from '../../../src/outputs/browser/process.ts';

describe('the browser’s own temporary folder', () => {
  const socket = '/org.chromium.Chromium.XXXXXX/SingletonSocket'.length;

  it('is used where the lock socket’s path fits the system’s limit, to the byte', () => {
    expect(ownTempFits('/tmp/sdb-12345-abcdef', 'linux')).toBe(true);
    expect(ownTempFits(`/${'a'.repeat(107 - socket - 1)}`, 'linux')).toBe(true);
    expect(ownTempFits(`/${'a'.repeat(107 - socket)}`, 'linux')).toBe(false);
    expect(ownTempFits(`/${'a'.repeat(103 - socket - 1)}`, 'darwin')).toBe(true);
    expect(ownTempFits(`/${'a'.repeat(103 - socket)}`, 'darwin')).toBe(false);
  });

  it('is not used under a long macOS temporary folder, and always on Windows', () => {
    expect(ownTempFits('/var/folders/zz/zyxvpxvq6csfxvn_n0000000000000/T/sdb-12345-abcdef', 'darwin')).toBe(false);
    expect(ownTempFits(`C:\\Users\\张三\\AppData\\Local\\Temp\\${'很长'.repeat(40)}\\sdb-1-abcdef`, 'win32')).toBe(
      true,
    );
  });
});

describe('where the browser’s own temporary folder goes', () => {
  const name = 'sdb-12345-XXXXXX';
  const everyFolder = () => true;

  it('is the user’s temporary folder where the lock socket fits there', () => {
    expect(browserTempBase('/tmp', name, 'linux', everyFolder)).toBe('/tmp');
    expect(browserTempBase('/home/张三/tmp', name, 'linux', everyFolder)).toBe('/home/张三/tmp');
    expect(browserTempBase('C:\\Users\\张三\\AppData\\Local\\Temp', name, 'win32', everyFolder)).toBe(
      'C:\\Users\\张三\\AppData\\Local\\Temp',
    );
  });

  it('is the system’s short one under a deep temporary folder, where it exists, else none', () => {
    // a TMPDIR under a home folder of Chinese names (three bytes a character), or inside another tool's run folder
    const deep = `/home/${'张三'.repeat(6)}/.cache/${'工作'.repeat(4)}/tmp`;
    expect(browserTempBase(deep, name, 'linux', everyFolder)).toBe('/tmp');
    expect(browserTempBase(deep, name, 'darwin', everyFolder)).toBe('/tmp');
    expect(browserTempBase(deep, name, 'linux', () => false)).toBeUndefined();
    expect(browserTempBase('/var/folders/zz/zyxvpxvq6csfxvn_n0000000000000/T', name, 'darwin', everyFolder)).toBe(
      '/tmp',
    );
  });
});
