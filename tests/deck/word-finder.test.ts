// Finding the set phrases in one pass (deck/word-finder.ts) finds what a plain scan of the text for each phrase finds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type KeptPhrase, keptPhrases } from '../../src/deck/phrases.ts';
import { SET_PHRASES } from '../../src/deck/set-phrases.ts';
import { findWords, wordFinder } from '../../src/deck/word-finder.ts';

/** Every (word, start) where a word stands in `text`, overlapping places too, by a scan for each word. */
function plainPlaces(words: readonly string[], text: string): string[] {
  const places: string[] = [];
  words.forEach((word, index) => {
    if (!word) return;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) places.push(`${index}@${at}`);
  });
  return places.sort();
}

function foundPlaces(words: readonly string[], text: string): string[] {
  const places: string[] = [];
  findWords(wordFinder(words), text, (word, at) => places.push(`${word}@${at}`));
  return places.sort();
}

/** keptPhrases as it was written before the finder: each phrase looked for at every place of the text, longest
 *  first, a place taken by a longer (or earlier) phrase not taken again. */
function plainKeptPhrases(text: string, keep: readonly string[]): KeptPhrase[] {
  if (!/\p{Script=Han}/u.test(text)) return [];
  const sorted = [...new Set([...SET_PHRASES, ...keep])].sort(
    (a, b) => b.replace(/\|/g, '').length - a.replace(/\|/g, '').length,
  );
  const taken = new Uint8Array(text.length);
  const found: KeptPhrase[] = [];
  for (const written of sorted) {
    const phrase = written.replace(/\|/g, '');
    if (!phrase) continue;
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      const to = at + phrase.length;
      if (taken.subarray(at, to).some(Boolean)) continue;
      taken.fill(1, at, to);
      const inner: number[] = [];
      let offset = at;
      for (const part of written.split('|').slice(0, -1)) inner.push((offset += part.length));
      found.push({ from: at, to, inner });
    }
  }
  return found.sort((a, b) => a.from - b.from);
}

const PHRASES = SET_PHRASES.map((written) => written.replace(/\|/g, ''));
/** The set phrases' characters (and a character outside the BMP, and punctuation). */
const ALPHABET = [...new Set([...PHRASES.join(''), '𠮷', '，', '。', 'a'])];

/** Text over the phrases' alphabet: characters and pieces of set phrases, so phrases stand in it, overlap and
 *  nearly stand (a phrase's start without its end). */
const text = fc
  .array(
    fc.oneof(
      fc.constantFrom(...ALPHABET),
      fc
        .tuple(fc.constantFrom(...PHRASES), fc.nat(), fc.nat())
        .map(([phrase, a, b]) => phrase.slice(Math.min(a, b) % phrase.length, 1 + (Math.max(a, b) % phrase.length))),
      fc.constantFrom(...PHRASES),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

/** An outline's own set phrases: a few characters of the alphabet, some with an inner boundary. */
const keep = fc.array(
  fc
    .tuple(fc.array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 6 }), fc.nat())
    .map(([characters, cut]) => {
      const written = characters.join('');
      const at = cut % (written.length + 1);
      return cut % 3 === 0 && at > 0 && at < written.length ? `${written.slice(0, at)}|${written.slice(at)}` : written;
    }),
  { maxLength: 4 },
);

describe('the word finder', () => {
  it('finds every place each word stands, overlapping ones too', () => {
    const small = fc.constantFrom('党', '的', '党的', '中', '𠮷', '，');
    const words = fc.array(
      fc.array(small, { maxLength: 4 }).map((parts) => parts.join('')),
      { maxLength: 8 },
    );
    const line = fc.array(small, { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(words, line, (list, text) => {
        expect(foundPlaces(list, text)).toEqual(plainPlaces(list, text));
      }),
    );
  });

  it('finds the set phrases where a scan for each finds them', () => {
    fc.assert(
      fc.property(text, (line) => {
        expect(foundPlaces(PHRASES, line)).toEqual(plainPlaces(PHRASES, line));
      }),
      { numRuns: 300 },
    );
  });

  it('finds nothing in text without the words, and nothing of no words', () => {
    expect(foundPlaces(['党的'], '党中央的')).toEqual([]);
    expect(foundPlaces([], '党的')).toEqual([]);
    expect(foundPlaces(['党的', '党的'], '党的')).toEqual(['0@0', '1@0']);
  });
});

describe('keptPhrases', () => {
  it('keeps the phrases a plain scan keeps, with their inner boundaries', () => {
    fc.assert(
      fc.property(text, keep, (line, own) => {
        expect(keptPhrases(line, own)).toEqual(plainKeptPhrases(line, own));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the longer of two overlapping phrases', () => {
    const text = '坚持以习近平同志为核心的党中央的领导';
    const [phrase] = keptPhrases(text);
    expect(text.slice(phrase!.from, phrase!.to)).toBe('以习近平同志为核心的党中央');
    expect(keptPhrases(text)).toEqual(plainKeptPhrases(text, []));
  });
});
