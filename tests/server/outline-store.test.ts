// The editor's save never replaces a version of the outline it has not seen, even one another program saved while
// the save was on its way (after the store had read the file): the page is shown that version instead.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomically } from '../../src/files/atomic.ts';
import { OutlineHistory } from '../../src/server/editor/history.ts';
import { OutlineStore } from '../../src/server/editor/outline-store.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-outline-store-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const OURS = '---\ntitle: 我们的\n---\n\n## 第一页\n- 我的要点\n';
const THEIRS = '---\ntitle: 他们的\n---\n\n## 第一页\n- 他们在 WPS 里改的\n';

function outline(name: string, text: string): { file: string; store: OutlineStore } {
  const file = path.join(dir, name, 'slides', 'talk.md');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return { file, store: new OutlineStore(file, new OutlineHistory(path.join(dir, name, 'history'))) };
}

describe("the editor's save", () => {
  it('does not write over a version saved by another program after the store read the file', async () => {
    const { file, store } = outline('after-read', '## 原来的\n');
    const { base } = await store.read();
    // The other program saves the moment the store has read the file: the save's own check saw the old version.
    const readFile = fsp.readFile.bind(fsp);
    vi.spyOn(fsp, 'readFile').mockImplementation(async (...args: Parameters<typeof fsp.readFile>) => {
      const bytes = await readFile(...args);
      if (String(args[0]) === file) fs.writeFileSync(file, THEIRS);
      return bytes;
    });
    const result = await store.save({ text: OURS, base, kind: 'auto' });
    vi.restoreAllMocks();
    expect(result.saved).toBe(false);
    expect(!result.saved && result.theirs.text).toBe(THEIRS);
    expect(fs.readFileSync(file, 'utf8')).toBe(THEIRS);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['talk.md']);
  });

  it('"keep mine" does not write over a third version saved while theirs was being kept', async () => {
    const { file, store } = outline('keep-mine', '## 原来的\n');
    const { base } = await store.read();
    fs.writeFileSync(file, THEIRS);
    const refused = await store.save({ text: OURS, base, kind: 'save' });
    expect(refused.saved).toBe(false);
    const seen = !refused.saved ? refused.theirs.base : '';
    const third = '## 第三个程序的\n';
    const keep = store.history.keep.bind(store.history);
    vi.spyOn(store.history, 'keep').mockImplementation(async (bytes, kind) => {
      const kept = await keep(bytes, kind);
      if (kind === 'theirs') fs.writeFileSync(file, third);
      return kept;
    });
    const result = await store.save({ text: OURS, base, kind: 'save', replacing: seen });
    expect(result.saved).toBe(false);
    expect(fs.readFileSync(file, 'utf8')).toBe(third);
  });

  it('saves when nothing else wrote the file', async () => {
    const { file, store } = outline('plain', '## 原来的\n');
    const { base } = await store.read();
    expect((await store.save({ text: OURS, base, kind: 'save' })).saved).toBe(true);
    expect(fs.readFileSync(file, 'utf8')).toBe(OURS);
  });
});

describe('an atomic write with a last check', () => {
  it('leaves the file as it is, and no staging file, where the check fails', async () => {
    const target = path.join(dir, 'checked', 'talk.md');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, 'theirs');
    expect(await writeFileAtomically(target, 'mine', { onlyIf: () => false })).toBe(false);
    expect(fs.readFileSync(target, 'utf8')).toBe('theirs');
    expect(fs.readdirSync(path.dirname(target))).toEqual(['talk.md']);
    expect(await writeFileAtomically(target, 'mine', { onlyIf: () => true })).toBe(true);
    expect(fs.readFileSync(target, 'utf8')).toBe('mine');
  });
});
