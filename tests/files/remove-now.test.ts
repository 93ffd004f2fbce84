// Removing at once in a stop handler, while a killed browser or a background copy may still add a file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeNow } from '../../src/files/remove-now.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-remove-now-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** rmSync's error when a file appeared in the folder after it was read. */
const notEmpty = () => Object.assign(new Error('ENOTEMPTY: directory not empty'), { code: 'ENOTEMPTY' });

describe('removeNow', () => {
  it('removes a folder with all it holds', () => {
    const folder = path.join(dir, 'profile');
    fs.mkdirSync(path.join(folder, 'Default/Cache'), { recursive: true });
    fs.writeFileSync(path.join(folder, 'Default/Cache/data'), 'x');
    expect(removeNow(folder)).toBe(true);
    expect(fs.existsSync(folder)).toBe(false);
  });

  it('tries the whole removal again while something still writes into the folder', () => {
    const folder = path.join(dir, 'busy');
    fs.mkdirSync(folder);
    let calls = 0;
    const removed = removeNow(folder, (target) => {
      calls += 1;
      // the first two removals find a file that was written after the folder was read
      if (calls <= 2) {
        fs.writeFileSync(path.join(target, `late-${calls}`), 'x');
        throw notEmpty();
      }
      fs.rmSync(target, { recursive: true, force: true });
    });
    expect(removed).toBe(true);
    expect(calls).toBe(3);
    expect(fs.existsSync(folder)).toBe(false);
  });

  it('gives up after a few tries, and says so', () => {
    let calls = 0;
    const removed = removeNow(path.join(dir, 'held'), () => {
      calls += 1;
      throw notEmpty();
    });
    expect(removed).toBe(false);
    expect(calls).toBe(7);
  });
});
