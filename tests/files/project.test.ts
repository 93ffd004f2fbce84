// Where a deck's project is and where its outputs go: decided by the outline's place, never by the folder the command
// runs in, on POSIX and Windows paths alike.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayPath, distDirFor, isInside, projectDirFor } from '../../src/files/project.ts';

const win = { path: path.win32 };
const HOME = 'C:\\Users\\张 三\\Documents\\材料\\交流 发言';

describe('the project holding an outline', () => {
  it('is the folder above slides/, or the outline’s own folder, wherever the command runs', () => {
    for (const cwd of ['/tmp', '/home/li/材料', '/']) {
      expect(projectDirFor('/home/li/材料/交流 发言/slides/talk.md', { cwd, path: path.posix })).toBe(
        '/home/li/材料/交流 发言',
      );
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

describe('which folder is the project, on Windows', () => {
  it.each([
    ['a relative outline, in a folder with Chinese and spaces', HOME, 'slides\\talk.md', HOME],
    ['an outline typed with forward slashes', HOME, 'slides/talk.md', HOME],
    [
      'a drive letter and folders in another case than on disk',
      'd:\\材料\\交流发言',
      'D:\\材料\\交流发言\\SLIDES\\Talk.md',
      'D:\\材料\\交流发言',
    ],
    [
      'a UNC share',
      '\\\\fileserver\\科室\\材料',
      '\\\\fileserver\\科室\\材料\\slides\\talk.md',
      '\\\\fileserver\\科室\\材料',
    ],
    [
      'an 8.3 short name, used the same way on both sides',
      'C:\\Users\\ZHANGS~1\\材料',
      'slides\\talk.md',
      'C:\\Users\\ZHANGS~1\\材料',
    ],
    ['an outline on another drive: the folder above its slides/', HOME, 'E:\\U盘\\slides\\talk.md', 'E:\\U盘'],
    ['a folder whose name only starts like the working one', 'C:\\材料', 'C:\\材料2\\talk.md', 'C:\\材料2'],
  ])('%s', (_, cwd, outline, project) => {
    expect(projectDirFor(outline, { ...win, cwd })).toBe(project);
  });
});

describe('what lies inside the project, on Windows', () => {
  it.each([
    [HOME, `${HOME}\\slides\\images\\图 1.png`, true],
    [HOME, `${HOME.toUpperCase()}\\SLIDES\\IMAGES\\图 1.PNG`, true],
    ['\\\\fileserver\\科室\\材料', '\\\\FILESERVER\\科室\\材料\\images\\a.png', true],
    [HOME, 'C:\\Users\\张 三\\Documents\\材料\\other.png', false],
    [HOME, 'D:\\Users\\张 三\\Documents\\材料\\交流 发言\\a.png', false],
    ['C:\\材料', 'C:\\材料2\\a.png', false],
    [HOME, `${HOME}\\..\\..\\secret.png`, false],
  ])('%s holds %s: %s', (dir, file, inside) => {
    expect(isInside(dir, file, path.win32)).toBe(inside);
  });
});

describe('file names in messages, on Windows', () => {
  it.each([
    [HOME, `${HOME}\\dist\\talk.pdf`, 'dist\\talk.pdf'],
    ['c:\\users\\张 三\\documents\\材料\\交流 发言', `${HOME}\\dist\\talk-handout.pdf`, 'dist\\talk-handout.pdf'],
    ['\\\\fileserver\\科室\\材料', '\\\\fileserver\\科室\\材料\\dist\\talk.pdf', 'dist\\talk.pdf'],
    // elsewhere on the disk, or on another disk, the full path is shorter to read than a climb of ..\
    [HOME, 'C:\\tmp\\talk.pdf', 'C:\\tmp\\talk.pdf'],
    [HOME, 'E:\\dist\\talk.pdf', 'E:\\dist\\talk.pdf'],
  ])('in %s, %s is shown as %s', (cwd, file, shown) => {
    expect(displayPath(file, { ...win, cwd })).toBe(shown);
  });
});
