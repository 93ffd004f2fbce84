// The browser's own temporary folder is used only where Chromium's lock socket, which it keeps there, can still be
// made: a Unix socket's path is at most 107 bytes on Linux and 103 on macOS; Windows keeps no such socket.
import { describe, expect, it } from 'vitest';
import { ownTempFits } from '../../../src/outputs/browser/process.ts';

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
