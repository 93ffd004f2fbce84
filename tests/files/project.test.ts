// Where a deck's project is and where its outputs go: decided by the outline's place, never by the folder the command
// runs in, on POSIX and Windows paths alike.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDirFor, projectDirFor } from '../../src/files/project.ts';

describe('the project holding an outline', () => {
  it('is the folder above slides/, or the outline’s own folder, wherever the command runs', () => {
    for (const cwd of ['/tmp', '/home/li/材料', '/']) {
      expect(projectDirFor('/home/li/材料/交流 发言/slides/talk.md', { cwd, path: path.posix })).toBe('/home/li/材料/交流 发言');
      expect(projectDirFor('/home/li/下载/talk.md', { cwd, path: path.posix })).toBe('/home/li/下载');
    }
    expect(projectDirFor('slides/talk.md', { cwd: '/srv/deck', path: path.posix })).toBe('/srv/deck');
  });

  it('reads Windows paths: drive letters, backslashes, a Slides folder in any case, Chinese and spaces', () => {
    const win = { cwd: 'C:\\Users\\李某', path: path.win32 };
    expect(projectDirFor('D:\\材料\\交流 发言\\Slides\\talk.md', win)).toBe('D:\\材料\\交流 发言');
    expect(projectDirFor('talk.md', win)).toBe('C:\\Users\\李某');
    expect(projectDirFor('\\\\server\\share\\发言\\slides\\a.md', win)).toBe('\\\\server\\share\\发言');
  });
});

describe('where outputs go', () => {
  it('is dist/ in the project, or the folder --out names (relative to where the command runs)', () => {
    const where = { cwd: '/tmp', path: path.posix };
    expect(distDirFor('/home/li/发言/slides/talk.md', undefined, where)).toBe('/home/li/发言/dist');
    expect(distDirFor('/home/li/发言/slides/talk.md', 'U盘', where)).toBe('/tmp/U盘');
    expect(distDirFor('D:\\发言\\slides\\a.md', 'E:\\', { cwd: 'C:\\', path: path.win32 })).toBe('E:\\');
  });
});
