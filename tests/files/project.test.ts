// Project folders and the names of files in messages, as Windows users have them: drive letters, any case, UNC
// shares, 8.3 short names, backslashes, Chinese and spaces. Windows paths are given to path.win32, on any machine.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayPath, isInside, projectDirFor } from '../../src/files/project.ts';

const win = { path: path.win32 };
const HOME = 'C:\\Users\\张 三\\Documents\\材料\\交流 发言';

describe('which folder is the project, on Windows', () => {
  it.each([
    ['a relative outline, in a folder with Chinese and spaces', HOME, 'slides\\talk.md', HOME],
    ['an outline typed with forward slashes', HOME, 'slides/talk.md', HOME],
    ['a drive letter and folders in another case than on disk', 'd:\\材料\\交流发言', 'D:\\材料\\交流发言\\SLIDES\\Talk.md', 'd:\\材料\\交流发言'],
    ['a UNC share', '\\\\fileserver\\科室\\材料', '\\\\fileserver\\科室\\材料\\slides\\talk.md', '\\\\fileserver\\科室\\材料'],
    ['an 8.3 short name, used the same way on both sides', 'C:\\Users\\ZHANGS~1\\材料', 'slides\\talk.md', 'C:\\Users\\ZHANGS~1\\材料'],
    ['an outline on another drive: its own folder', HOME, 'E:\\U盘\\slides\\talk.md', 'E:\\U盘\\slides'],
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
