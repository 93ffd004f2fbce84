// The rehearsal maths against a simulated reader: a fixed pace a character with noise (pauses are excluded by the
// clock, so they are not simulated). After one rehearsal, the predicted total is within 5% of a second one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOutline } from '../../src/outline/index.ts';
import { planDeck, spokenUnits } from '../../src/deck/index.ts';
import type { DeckPlan } from '../../src/deck/index.ts';
import { measuredPace, notesHash, recordRehearsal, rehearsedPlan } from '../../src/deck/rehearsal.ts';
import { SAMPLE_OUTLINE } from '../support/sample.ts';
import { prng } from '../support/prng.ts';

const plan = (source: string): DeckPlan => planDeck(parseOutline(source, 'talk.md'));
const sample = plan(readFileSync(SAMPLE_OUTLINE, 'utf8'));

const HAN = '我们要坚持以人民为中心的发展思想把群众路线贯彻到治国理政全部活动之中推动高质量发展';

/** An outline of `slides` slides with notes of random length (some none, some with figures). */
function generated(seed: number, slides: number): DeckPlan {
  const random = prng(seed);
  const text = (n: number) => Array.from({ length: n }, () => random.pick([...HAN])).join('');
  const body = Array.from({ length: slides }, (_, i) => {
    const length = random.int(0, 5) === 0 ? 0 : random.int(20, 400);
    const notes = length ? `\n::: notes\n${text(length)}，增长 ${random.int(2, 99)}%。\n:::\n` : '';
    return `## 第${i + 1}页\n\n- ${text(8)}\n${notes}`;
  }).join('\n');
  return plan(`---\ntitle: 生成的发言\npace: 220\n---\n\n# 一部分\n\n${body}`);
}

/** A reader at `pace` units a minute, each unit's time varying ±30% and each slide's ±8%, a glance of 1–3 s at a
 *  slide without notes. */
function read(deck: DeckPlan, pace: number, seed: number): number[] {
  const random = prng(seed);
  return deck.slides.map((slide) => {
    const units = spokenUnits(slide.notes?.text ?? '');
    if (units === 0) return 1 + 2 * random.next();
    let seconds = 0;
    for (let i = 0; i < units; i++) seconds += (60 / pace) * (1 + 0.6 * (random.next() - 0.5));
    return seconds * (1 + 0.16 * (random.next() - 0.5));
  });
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('a simulated reader', () => {
  for (const [name, deck] of [
    ['the sample talk', sample],
    ['a generated talk of 40 slides', generated(7, 40)],
    ['a generated talk of 12 slides', generated(11, 12)],
  ] as const) {
    for (const pace of [170, 236, 300]) {
      it(`${name} at ${pace}: one rehearsal predicts a second within 5%`, () => {
        const first = recordRehearsal(deck, read(deck, pace, pace), new Date(0));
        const predicted = rehearsedPlan(deck, [first]);
        const second = sum(read(deck, pace, pace + 1));
        expect(Math.abs(predicted.seconds - second) / second).toBeLessThan(0.05);
        // The pace measured is the reader's, and the plan says it came from one rehearsal.
        expect(Math.abs(predicted.meta.pace - pace) / pace).toBeLessThan(0.05);
        expect(predicted.rehearsed?.rehearsals).toBe(1);
        // Before the rehearsal, the front matter's pace missed by more (the reader is not at 220).
        if (Math.abs(pace - 220) > 30) expect(Math.abs(deck.seconds - second) / second).toBeGreaterThan(0.05);
      });
    }
  }

  it('with notes rewritten since, the rewritten slides are predicted at the measured pace, still within 5%', () => {
    const before = generated(21, 30);
    const first = recordRehearsal(before, read(before, 250, 1), new Date(0));
    // Same slides, new notes on every other slide (different lengths).
    const after = generated(22, 30);
    const predicted = rehearsedPlan(after, [first]);
    const second = sum(read(after, 250, 2));
    expect(Math.abs(predicted.seconds - second) / second).toBeLessThan(0.05);
    expect(predicted.rehearsed!.measuredSlides).toBeLessThan(after.slides.filter((s) => s.notes).length);
  });

  it('keeps a slide its measured time while its notes are unchanged, and means several rehearsals', () => {
    const deck = generated(5, 10);
    const times = deck.slides.map((slide, i) => (spokenUnits(slide.notes?.text ?? '') / 200) * 60 + i);
    const a = recordRehearsal(deck, times, new Date(0));
    const b = recordRehearsal(
      deck,
      times.map((t) => t * 2),
      new Date(1),
    );
    const predicted = rehearsedPlan(deck, [a, b]);
    predicted.slides.forEach((slide, i) => {
      if (slide.notes) expect(slide.seconds).toBeCloseTo(times[i]! * 1.5, 1);
    });
    expect(predicted.rehearsed?.rehearsals).toBe(2);
    expect(predicted.meta.pace).toBe(Math.round((a.pace! + b.pace!) / 2));
  });

  it('does not count a slide flipped past (too fast to have been read) in the pace or as its time', () => {
    const deck = generated(9, 20);
    const times = read(deck, 200, 3);
    const withNotes = deck.slides.findIndex((s) => spokenUnits(s.notes?.text ?? '') > 50);
    times[withNotes] = 0.4;
    const rehearsal = recordRehearsal(deck, times, new Date(0));
    expect(Math.abs(rehearsal.pace! - 200) / 200).toBeLessThan(0.05);
    const predicted = rehearsedPlan(deck, [rehearsal]);
    expect(predicted.slides[withNotes]!.seconds).toBeGreaterThan(5);
  });

  it('leaves the plan as it was when no rehearsal measured a pace', () => {
    const deck = generated(3, 8);
    const none = recordRehearsal(deck, [], new Date(0));
    expect(none.pace).toBeUndefined();
    expect(measuredPace(none.slides)).toBeUndefined();
    expect(rehearsedPlan(deck, [none])).toBe(deck);
    expect(rehearsedPlan(deck, [])).toBe(deck);
  });

  it('hashes notes so that an edit is seen and surrounding blanks are not', () => {
    expect(notesHash('一二三')).toBe(notesHash(' 一二三\n'));
    expect(notesHash('一二三')).not.toBe(notesHash('一二四'));
    expect(notesHash('')).toMatch(/^[0-9a-f]{16}$/);
  });
});
