// The client's key is found by the files' contents only where their sizes or times changed, or where a file was
// changed so close to the last finding that a later change could keep its time (a file system of whole seconds).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keyByStamps } from '../../../src/outputs/deck/client-stamps.ts';

let root: string;
let stamps: string;
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'speechdeck-client-stamps-'));
  stamps = path.join(root, 'red.stamps.json');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const FILES = ['src/a.ts', 'themes/red.css'];

/** A key made from the files' contents, counting how often it is asked for. */
function contentKey(files: readonly string[]) {
  const key = () => {
    key.reads++;
    return files
      .map((file) => {
        try {
          return readFileSync(path.join(root, file), 'utf8');
        } catch {
          return '(missing)';
        }
      })
      .join('|');
  };
  key.reads = 0;
  return key;
}

/** Writes a file and sets its modification time to a whole second (`at`, in s): as a file system of whole seconds
 *  keeps it, and as a later change in the same second leaves it. */
function write(file: string, text: string, at: number): void {
  const full = path.join(root, file);
  writeFileSync(full, text);
  utimesSync(full, at, at);
}

function writeAll(at: number): void {
  for (const dir of ['src', 'themes']) mkdirSync(path.join(root, dir), { recursive: true });
  write('src/a.ts', 'export const a = 1;', at);
  write('themes/red.css', 'body { color: red }', at);
}

/** The files written at `at` (s), and their key found once. */
async function keyedAt(at: number) {
  writeAll(at);
  const key = contentKey(FILES);
  return { key, first: await keyByStamps(stamps, root, FILES, key) };
}

const hourAgo = () => Math.floor(Date.now() / 1000) - 3600;
const thisSecond = () => Math.floor(Date.now() / 1000);

describe("the client key's stamps", () => {
  it('reads the files once while their sizes and times stay as they were', async () => {
    const { key, first } = await keyedAt(hourAgo());
    expect(await keyByStamps(stamps, root, FILES, key)).toBe(first);
    expect(await keyByStamps(stamps, root, FILES, key)).toBe(first);
    expect(key.reads).toBe(1);
  });

  it('reads them again when a file changed size or time, went missing or came, or the list changed', async () => {
    const at = hourAgo();
    const { key, first } = await keyedAt(at);
    write('src/a.ts', 'export const a = 22;', at);
    const longer = await keyByStamps(stamps, root, FILES, key);
    expect(longer).not.toBe(first);
    write('src/a.ts', 'export const a = 23;', at + 1);
    const later = await keyByStamps(stamps, root, FILES, key);
    expect(later).not.toBe(longer);
    rmSync(path.join(root, 'src/a.ts'));
    const missing = await keyByStamps(stamps, root, FILES, key);
    expect(missing).not.toBe(later);
    const more = [...FILES, 'src/b.ts'];
    const listed = await keyByStamps(stamps, root, more, contentKey(more));
    expect(listed).not.toBe(missing);
    write('src/b.ts', 'export const b = 1;', at);
    expect(await keyByStamps(stamps, root, more, contentKey(more))).not.toBe(listed);
    expect(key.reads).toBe(4);
  });

  it('reads a file changed in the second the key was found again, though its size and time are the same', async () => {
    const second = thisSecond();
    const { key, first } = await keyedAt(second);
    // the same size, the same whole second: only the contents differ
    const before = statSync(path.join(root, 'src/a.ts'));
    write('src/a.ts', 'export const a = 2;', second);
    const after = statSync(path.join(root, 'src/a.ts'));
    expect([after.size, after.mtimeMs]).toEqual([before.size, before.mtimeMs]);
    expect(await keyByStamps(stamps, root, FILES, key)).not.toBe(first);
    expect(key.reads).toBe(2);
  });

  it('finds the key by the contents where the kept stamps cannot be read', async () => {
    writeAll(hourAgo());
    writeFileSync(stamps, '{"at": 1, "files": ["src/a.ts"], "stamps": []}');
    const key = contentKey(FILES);
    expect(await keyByStamps(stamps, root, FILES, key)).toBe('export const a = 1;|body { color: red }');
    expect(key.reads).toBe(1);
  });
});
