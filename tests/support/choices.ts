// Random choices that fast-check draws, for a generator written as a program (one choice after another, each depending
// on the ones before) where a tree of arbitraries would not read as well: the generator reads its choices from a tape
// of numbers, so a failure shrinks as the tape does, to fewer and smaller choices (a choice of 0 is the first item, the
// smallest number, the first branch; past the tape's end every choice is 0).
import fc from 'fast-check';

export interface Choices {
  /** A number in [0, 1). */
  next(): number;
  pick<T>(items: readonly T[]): T;
  /** An integer from `min` to `max`, both included. */
  int(min: number, max: number): number;
}

/** Tapes of up to `maxLength` choices, of any length up to it (not only short ones, as fast-check's default). */
export function tapes(maxLength: number): fc.Arbitrary<number[]> {
  return fc.array(fc.integer({ min: 0, max: 0xffff_ffff }), { maxLength, size: 'max' });
}

/** The choices a tape holds; make a new one for each run (it keeps its place on the tape). */
export function choicesFrom(tape: readonly number[]): Choices {
  let at = 0;
  const next = (): number => (tape[at++] ?? 0) / 0x1_0000_0000;
  return {
    next,
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
  };
}
