// Copying into a deck on a file system without Unix permissions (a FAT or exFAT USB stick on Linux): where the copy
// is refused only for the permission bits, the bytes are written plainly.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { copyFileAnywhere } from '../../src/files/copy.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-copy-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const source = path.join(dir, 'logo.png');
fs.writeFileSync(source, Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));

describe('copying a file into a deck', () => {
  it.each([
    ['EPERM', 'Linux vfat, refusing permission bits it cannot keep'],
    ['ENOSYS', 'a FUSE FAT driver, which has no chmod at all'],
  ])('writes the bytes plainly when the copy is refused with %s (%s)', (code) => {
    vi.spyOn(fs, 'copyFileSync').mockImplementation(() => {
      throw Object.assign(new Error(`${code}: copyfile`), { code });
    });
    const target = path.join(dir, `copy-${code}.png`);
    copyFileAnywhere(source, target);
    expect(fs.readFileSync(target).equals(fs.readFileSync(source))).toBe(true);
  });

  it('passes on any other failure', () => {
    expect(() => copyFileAnywhere(path.join(dir, 'missing.png'), path.join(dir, 'x.png'))).toThrow(
      expect.objectContaining({ code: 'ENOENT' }),
    );
  });
});
