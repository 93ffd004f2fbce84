// What killed runs leave is removed by the next run: only files named after a process that has ended.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isRunning, ownerOf, removeLeftovers } from '../../src/files/leftovers.ts';
import { STAGING_PREFIX, temporaryPath } from '../../src/files/atomic.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-leftovers-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('leftovers of killed runs', () => {
  it('reads the process id a name was made with, and nothing from other names', () => {
    expect(ownerOf('.speechdeck-tmp-4242-0-qunzhong.pdf', STAGING_PREFIX)).toBe(4242);
    expect(ownerOf('speechdeck-profile-77-AbCdEf', 'speechdeck-profile-')).toBe(77);
    expect(ownerOf('speechdeck-profile-AbCdEf', 'speechdeck-profile-')).toBeUndefined();
    expect(ownerOf('qunzhong.pdf', STAGING_PREFIX)).toBeUndefined();
  });

  it('knows this process runs', () => {
    expect(isRunning(process.pid)).toBe(true);
  });

  it('removes the files and folders of ended processes, and keeps those of running ones and everything else', () => {
    const folder = fs.mkdtempSync(path.join(dir, 'dist-'));
    const make = (name: string, asFolder = false) => {
      if (asFolder) fs.mkdirSync(path.join(folder, name, 'assets'), { recursive: true });
      else fs.writeFileSync(path.join(folder, name), 'x');
    };
    make('.speechdeck-tmp-101-0-qunzhong.pdf');
    make('.speechdeck-tmp-101-1-qunzhong', true);
    make('.speechdeck-tmp-202-0-talk.pdf');
    make(`.speechdeck-tmp-${process.pid}-0-mine.pdf`);
    make('qunzhong.pdf');
    const removed = removeLeftovers(folder, STAGING_PREFIX, { running: (pid) => pid === 202 });
    expect(removed.map((file) => path.basename(file)).sort()).toEqual([
      '.speechdeck-tmp-101-0-qunzhong.pdf',
      '.speechdeck-tmp-101-1-qunzhong',
    ]);
    // (sorted on both sides: this process's id sorts anywhere among the names)
    expect(fs.readdirSync(folder).sort()).toEqual(
      ['.speechdeck-tmp-202-0-talk.pdf', `.speechdeck-tmp-${process.pid}-0-mine.pdf`, 'qunzhong.pdf'].sort(),
    );
  });

  it('are removed from an output folder the first time a run stages a file there', () => {
    const folder = fs.mkdtempSync(path.join(dir, 'dist-'));
    // a process id no process has: past the largest Linux allows
    const dead = path.join(folder, '.speechdeck-tmp-4194305-0-qunzhong-handout.pdf');
    fs.writeFileSync(dead, 'half a PDF');
    temporaryPath(path.join(folder, 'qunzhong.pdf'));
    expect(fs.existsSync(dead)).toBe(false);
  });
});
