// The outline's saved versions under `.speechdeck/history/<name>/`: one for each save the speaker asks for, at most one
// autosave every five minutes, the last 50 kept (on a clock of the test's own).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OutlineHistory } from '../../src/server/editor/history.ts';
import { OutlineStore } from '../../src/server/editor/outline-store.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

/** A history in a project of its own, on a clock the test moves. */
function history(): { history: OutlineHistory; clock: { now: number }; outline: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-history-'));
  roots.push(root);
  const clock = { now: Date.UTC(2026, 11, 6, 10, 0, 0) };
  const outline = path.join(root, 'slides', '讲话.md');
  const folder = OutlineHistory.folderFor(root, outline);
  expect(folder).toBe(path.join(root, '.speechdeck', 'history', '讲话'));
  return { history: new OutlineHistory(folder, () => clock.now), clock, outline };
}

const bytes = (text: string) => new TextEncoder().encode(text);
const MINUTE = 60_000;

describe("the outline's history", () => {
  it('keeps every save the speaker asks for, and one autosave in five minutes', async () => {
    const { history: kept, clock } = history();
    expect(await kept.keep(bytes('一'), 'auto')).toBeDefined();
    clock.now += MINUTE;
    expect(await kept.keep(bytes('二'), 'auto')).toBeUndefined();
    expect(await kept.keep(bytes('三'), 'save')).toBeDefined();
    expect(await kept.keep(bytes('四'), 'save')).toBeDefined();
    clock.now += 4 * MINUTE - 1;
    expect(await kept.keep(bytes('五'), 'auto')).toBeUndefined();
    clock.now += 1;
    expect(await kept.keep(bytes('六'), 'auto')).toBeDefined();
    const versions = await kept.list();
    expect(versions.map((version) => version.kind)).toEqual(['auto', 'save', 'save', 'auto']);
    expect(new TextDecoder().decode(await kept.read(versions[0]!.id))).toBe('六');
    expect(new TextDecoder().decode(await kept.read(versions[3]!.id))).toBe('一');
  });

  it('keeps the last 50, newest first, and reads nothing that is not one of them', async () => {
    const { history: kept, clock } = history();
    for (let n = 1; n <= 55; n++) {
      clock.now += 1000;
      await kept.keep(bytes(`第${n}版`), 'save');
    }
    const versions = await kept.list();
    expect(versions).toHaveLength(50);
    expect(new TextDecoder().decode(await kept.read(versions[0]!.id))).toBe('第55版');
    expect(new TextDecoder().decode(await kept.read(versions[49]!.id))).toBe('第6版');
    expect(await kept.read('../讲话.md')).toBeUndefined();
  });

  it('keeps two saves in the same millisecond apart', async () => {
    const { history: kept } = history();
    const [first, second] = [await kept.keep(bytes('甲'), 'save'), await kept.keep(bytes('乙'), 'save')];
    expect(first!.id).not.toBe(second!.id);
    expect(await kept.list()).toHaveLength(2);
  });

  it('keeps a Ctrl-S of the text an autosave has just written, once however often it is pressed', async () => {
    const { history: kept, clock, outline } = history();
    fs.mkdirSync(path.dirname(outline));
    fs.writeFileSync(outline, '## 一\n');
    const store = new OutlineStore(outline, kept);
    let { base } = await store.read();
    // The first autosave is kept; the next, a minute later, writes the file but keeps no version.
    for (const text of ['## 一\n- 甲\n', '## 一\n- 甲乙\n']) {
      const saved = await store.save({ text, base, kind: 'auto' });
      base = saved.saved ? saved.base : '';
      clock.now += MINUTE;
    }
    expect((await kept.list()).map((version) => version.kind)).toEqual(['auto']);
    // Ctrl-S right after, on the same text: nothing to write, but the speaker's version is kept.
    for (let press = 0; press < 3; press++) {
      expect(await store.save({ text: '## 一\n- 甲乙\n', base, kind: 'save' })).toEqual({ saved: true, base });
      clock.now += 1000;
    }
    const versions = await kept.list();
    expect(versions.map((version) => version.kind)).toEqual(['save', 'auto']);
    expect(new TextDecoder().decode(await kept.read(versions[0]!.id))).toBe('## 一\n- 甲乙\n');
    // A save of other text after it is kept as before; an autosave never adds a version for unchanged text.
    expect((await store.save({ text: '## 一\n- 丙\n', base, kind: 'save' })).saved).toBe(true);
    expect((await kept.list()).map((version) => version.kind)).toEqual(['save', 'save', 'auto']);
  });
});
