// The rehearsal file beside an outline: kept across rehearsals, written whole, refused at the file when damaged, and
// used by everything that loads the outline (its pace, said as the speaker's).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDeck } from '../../src/load/index.ts';
import { addRehearsal, readRehearsals, rehearsalPath } from '../../src/load/rehearsal.ts';
import { recordRehearsal } from '../../src/deck/rehearsal.ts';
import { spokenUnits } from '../../src/deck/index.ts';
import { timingTable } from '../../src/check/index.ts';
import { checkReport } from '../../src/check/report.ts';
import { OutlineError } from '../../src/outline/index.ts';
import { setLanguage } from '../../src/messages/index.ts';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-rehearsal-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

const NOTES = '我们要把群众路线贯彻到治国理政全部活动之中，增长 65%。'.repeat(6);
const OUTLINE = `---\ntitle: 试讲\npace: 220\n---\n\n## 第一页\n\n- 要点\n\n::: notes\n${NOTES}\n:::\n\n## 第二页\n\n- 要点\n\n::: notes\n${NOTES}${NOTES}\n:::\n`;

function outline(name: string): string {
  const file = path.join(folder, '试讲 文件夹', 'slides', `${name}.md`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, OUTLINE);
  return file;
}

async function failure(work: Promise<unknown>): Promise<OutlineError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OutlineError);
  return error as OutlineError;
}

describe('the rehearsal file', () => {
  it('sits beside the outline, named after it', () => {
    expect(rehearsalPath(path.join('a b', 'slides', '发言.md'))).toBe(
      path.resolve('a b', 'slides', '发言.rehearsal.json'),
    );
  });

  it('keeps earlier rehearsals, and the loaded deck uses their mean pace, saying so', async () => {
    const file = outline('kept');
    const deck = await loadDeck(file);
    expect(deck.plan.rehearsed).toBeUndefined();
    const at = (pace: number) => deck.plan.slides.map((s) => (spokenUnits(s.notes?.text ?? '') / pace) * 60);
    await addRehearsal(file, recordRehearsal(deck.plan, at(240), new Date(0)));
    await addRehearsal(file, recordRehearsal(deck.plan, at(260), new Date(1)));
    const kept = await readRehearsals(file);
    expect(kept.map((r) => r.pace)).toEqual([240, 260]);
    // Nothing half-written left beside it.
    expect(fs.readdirSync(path.dirname(file)).sort()).toEqual(['kept.md', 'kept.rehearsal.json']);

    const rehearsed = await loadDeck(file);
    expect(rehearsed.plan.meta.pace).toBe(250);
    expect(rehearsed.plan.rehearsed).toEqual({ pace: 250, rehearsals: 2, measuredSlides: 2 });
    setLanguage('zh');
    const report = checkReport([{ file: 'kept.md', timing: timingTable(rehearsed.plan), findings: [] }], {
      strict: false,
    });
    expect(report).toContain('按您 2 次试讲的平均语速 250 字/分');
    setLanguage('en');
    expect(
      checkReport([{ file: 'kept.md', timing: timingTable(rehearsed.plan), findings: [] }], { strict: false }),
    ).toContain('at your mean pace over 2 rehearsals, 250 characters a minute');
  });

  it('is refused at the file, with its line, when it is not JSON', async () => {
    const file = outline('broken');
    fs.writeFileSync(rehearsalPath(file), '{\n  "kind": "speechdeck-rehearsal",\n  "rehearsals": [\n');
    setLanguage('en');
    const error = await failure(loadDeck(file));
    expect(error.file).toContain('broken.rehearsal.json');
    expect(error.report()).toMatch(/broken\.rehearsal\.json(:\d+:\d+)?\s+the rehearsal file is not valid JSON/);
  });

  it('is refused when it is some other JSON, or a rehearsal in it is damaged', async () => {
    const file = outline('other');
    fs.writeFileSync(rehearsalPath(file), '{"rehearsals": []}');
    setLanguage('zh');
    expect((await failure(loadDeck(file))).report()).toContain('这不是 speechdeck 写的试讲记录');
    fs.writeFileSync(
      rehearsalPath(file),
      JSON.stringify({
        kind: 'speechdeck-rehearsal',
        rehearsals: [{ date: 'x', seconds: 3, slides: [{ number: 1 }] }],
      }),
    );
    expect((await failure(loadDeck(file))).report()).toContain('第 1 次试讲的记录不完整或已损坏');
    // Adding a rehearsal to a damaged file never replaces it.
    const before = fs.readFileSync(rehearsalPath(file), 'utf8');
    await failure(addRehearsal(file, { date: 'x', seconds: 0, slides: [] }));
    expect(fs.readFileSync(rehearsalPath(file), 'utf8')).toBe(before);
  });
});
