// A write that the machine refuses gets a sentence that names the place and says what to do.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/outputs/deck/folder.ts';
import { writeFailure } from '../../src/files/write-errors.ts';
import { naming } from '../../src/files/atomic.ts';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-write-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

/** An error as Node gives it for a failed system call. */
function systemError(code: string, syscall: string, file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${syscall} '${file}'`), { code, syscall, path: file });
}

describe('a failed write', () => {
  it('without permission, or on a read-only disk, says to make the folder writable or use --out', () => {
    for (const code of ['EACCES', 'EPERM', 'EROFS']) {
      expect(writeFailure(systemError(code, 'mkdir', path.join(folder, 'dist/talk')))).toMatch(
        /^cannot write in .*dist: permission denied \(or the disk is read-only\)\. Make the folder writable, or write elsewhere with `--out <folder>`/,
      );
    }
    expect(writeFailure(systemError('ENOSPC', 'write', path.join(folder, 'dist/talk.pdf')))).toMatch(
      /the disk is full\. Free some space/,
    );
  });

  it('where a file stands in place of dist/, names that file', async () => {
    const project = path.join(folder, 'project');
    fs.mkdirSync(path.join(project, 'slides'), { recursive: true });
    fs.writeFileSync(path.join(project, 'slides/talk.md'), '---\ntitle: 测试\n---\n\n## 页\n');
    fs.writeFileSync(path.join(project, 'dist'), '');
    const error = await buildDeck(path.join(project, 'slides/talk.md'), path.join(project, 'dist')).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(writeFailure(error)).toMatch(
      /project\/dist is a file, where speechdeck needs a folder\. Move or rename it, or write elsewhere with `--out <folder>`/,
    );
  });

  it('names the output when the disk fills up writing an open file (no path in the error), not its staging name', () => {
    const full = () =>
      Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' });
    expect(writeFailure(full())).toBeUndefined();
    const staging = path.join(folder, 'dist', '.speechdeck-tmp-4242-1z-talk-handout.pdf');
    expect(writeFailure(naming(full(), staging))).toMatch(
      /^cannot write .*dist[\\/]talk-handout\.pdf: the disk is full\. Free some space/,
    );
  });

  it('is not any other error', () => {
    expect(writeFailure(new Error('boom'))).toBeUndefined();
    expect(writeFailure(systemError('ENOENT', 'open', '/x'))).toBeUndefined();
    expect(writeFailure(systemError('EACCES', 'read', '/x'))).toBeUndefined();
  });
});
