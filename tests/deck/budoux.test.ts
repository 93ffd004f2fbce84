// BudouX's phrase boundaries found our faster way are BudouX's own, to the last bit of every score.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser, zhHansModel } from 'budoux';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PhraseBoundaries } from '../../src/deck/budoux.ts';

const budoux = new Parser(zhHansModel);
const ours = new PhraseBoundaries();
const ROOT = path.resolve(import.meta.dirname, '../..');
const RAW_SPEECH = path.resolve(ROOT, '../shared/seed/speech-raw.txt');

describe("BudouX's phrase boundaries", () => {
  it("are the Parser's on every line of the sample talk and every window of it", () => {
    const talk = readFileSync(path.join(ROOT, 'slides/qunzhong.md'), 'utf8');
    for (const line of talk.split('\n')) expect(ours.parseBoundaries(line)).toEqual(budoux.parseBoundaries(line));
    for (let at = 0; at < talk.length; at += 53) {
      const text = talk.slice(at, at + 1 + (at % 401));
      expect(ours.parseBoundaries(text)).toEqual(budoux.parseBoundaries(text));
    }
  });

  it.skipIf(!existsSync(RAW_SPEECH))("are the Parser's on a raw speech (skipped where ../shared is absent)", () => {
    const speech = readFileSync(RAW_SPEECH, 'utf8');
    for (let at = 0; at < speech.length; at += 29) {
      const text = speech.slice(at, at + 1 + (at % 397));
      expect(ours.parseBoundaries(text)).toEqual(budoux.parseBoundaries(text));
    }
  });

  it("are the Parser's on any text of the model's characters, others, and ones outside the BMP", () => {
    const modelCharacters = [
      ...new Set(Object.values(zhHansModel).flatMap((group) => [...Object.keys(group).join('')])),
    ];
    const character = fc.oneof(
      fc.constantFrom(...modelCharacters),
      fc.constantFrom('a', '1', ' ', '\n', '，', '。', '𠀀', '\ud800', '\udc00', '…'),
    );
    fc.assert(
      fc.property(fc.array(character, { maxLength: 40 }), (characters) => {
        const text = characters.join('');
        expect(ours.parseBoundaries(text)).toEqual(budoux.parseBoundaries(text));
      }),
      { numRuns: 3000 },
    );
    expect(ours.parseBoundaries('')).toEqual([]);
  });
});
