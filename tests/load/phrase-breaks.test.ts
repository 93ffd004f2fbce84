// Phrase breaks kept between runs: what a run used is kept, taken the next time, and never taken from other code.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PHRASE_RULES, phraseBreaks } from '../../src/deck/phrases.ts';
import { keepBreaksFor } from '../../src/load/phrase-breaks.ts';

/** An outline no other test builds (its kept breaks are removed after). */
const outline = path.join(os.tmpdir(), `speechdeck-phrase-breaks-${process.pid}`, 'talk.md');
let keptFile: string | undefined;

afterEach(() => {
  if (keptFile) fs.rmSync(keptFile, { force: true });
});

/** The file the breaks of `outline` are kept in and what it holds, after a run that broke `text`. */
async function keptAfter(
  text: string,
): Promise<{ file: string; kept: { fingerprint: string; breaks: [string, number[]][] } }> {
  const store = await keepBreaksFor([outline]);
  expect(store).toBeDefined();
  phraseBreaks(text, PHRASE_RULES);
  await store!.save();
  keptFile = store!.file;
  return { file: keptFile, kept: JSON.parse(fs.readFileSync(keptFile, 'utf8')) };
}

describe('phrase breaks kept between runs', () => {
  it('keep the breaks a run used, and give them to the next run in place of finding them', async () => {
    const first = '坚持以人民为中心的发展思想，把群众路线贯彻到治国理政全部活动之中';
    const { file, kept } = await keptAfter(first);
    const entry = kept.breaks.find(([key]) => key.endsWith(first));
    expect(entry?.[1]).toEqual(phraseBreaks(first, PHRASE_RULES));
    // A text no run has broken yet, whose breaks the file says are elsewhere: the next run takes the file's.
    const fresh = '深入基层调查研究，倾听群众呼声，解决群众急难愁盼问题的具体办法';
    const key = `${entry![0].slice(0, -first.length)}${fresh}`;
    fs.writeFileSync(file, JSON.stringify({ fingerprint: kept.fingerprint, breaks: [[key, [3, 9]]] }));
    const store = await keepBreaksFor([outline]);
    expect(phraseBreaks(fresh, PHRASE_RULES)).toEqual([3, 9]);
    await store!.save();
  });

  it('never take breaks kept by other code (another fingerprint), nor from a file that is not one', async () => {
    const first = '推动全面从严治党向纵深发展，营造风清气正的良好政治生态';
    const { file, kept } = await keptAfter(first);
    const entry = kept.breaks.find(([key]) => key.endsWith(first))!;
    const other = '加强党的政治建设，提高政治判断力政治领悟力政治执行力';
    const key = `${entry[0].slice(0, -first.length)}${other}`;
    fs.writeFileSync(file, JSON.stringify({ fingerprint: `${kept.fingerprint}x`, breaks: [[key, [1]]] }));
    let store = await keepBreaksFor([outline]);
    expect(phraseBreaks(other, PHRASE_RULES)).not.toEqual([1]);
    await store!.save();
    const third = '全面贯彻新时代党的建设总要求，以党的政治建设为统领';
    fs.writeFileSync(file, '{"fingerprint": ');
    store = await keepBreaksFor([outline]);
    expect(phraseBreaks(third, PHRASE_RULES).length).toBeGreaterThan(0);
    await store!.save();
  });
});
