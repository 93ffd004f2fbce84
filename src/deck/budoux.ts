// BudouX's phrase boundaries for Simplified Chinese, exactly as its own Parser finds them, in a fraction of the time:
// the Parser looks up 13 substrings of the text in maps of strings at every character (a new string each, then its
// hash), which made it the slowest step of phrasing a talk's notes. Here each character is looked up once, as a
// number, and each feature's score is read by the characters' numbers. The model is BudouX's own and the scores are
// added in the Parser's order, so the sums, and the boundaries, are the same to the last bit (tests/deck/budoux.test.ts).
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** BudouX's model: each feature's scores by the characters it looks at. */
type Model = Record<string, Record<string, number>>;

/** The features in the order the Parser adds them: the characters each looks at, `span` of them from `offset` (from
 *  the character after the boundary). */
const FEATURES = [
  ['UW1', -3, 1],
  ['UW2', -2, 1],
  ['UW3', -1, 1],
  ['UW4', 0, 1],
  ['UW5', 1, 1],
  ['UW6', 2, 1],
  ['BW1', -2, 2],
  ['BW2', -1, 2],
  ['BW3', 0, 2],
  ['TW1', -3, 3],
  ['TW2', -2, 3],
  ['TW3', -1, 3],
  ['TW4', 0, 3],
] as const;

/** BudouX's Simplified Chinese model, loaded by itself: the package's entry also loads its HTML processor and a whole
 *  DOM implementation (linkedom), which would cost every command half a second to start. */
function simplifiedChineseModel(): Model {
  return (createRequire(import.meta.url)(modelFile()) as { model: Model }).model;
}

/** The file of BudouX's Simplified Chinese model. */
function modelFile(): string {
  return path.join(path.dirname(createRequire(import.meta.url).resolve('budoux')), 'data', 'models', 'zh-hans.js');
}

/** The files the boundaries are found by: this module's (in the built command line, the chunk holding it) and the
 *  model's. */
export function boundaryFiles(): string[] {
  return [import.meta.url, pathToFileURL(modelFile()).href];
}

export class PhraseBoundaries {
  /** Each character a key of the model holds, by its UTF-16 code unit: its number (from 0). */
  private readonly numbers = new Map<number, number>();
  /** The six one-character features' scores, by the character's number (0 where the feature has none). */
  private readonly single: Float64Array[] = [];
  /** The two- and three-character features' scores, by their key read as a number: its characters' numbers as the
   *  digits, in base `numbers.size`. */
  private readonly pairs: Array<Map<number, number>> = [];
  private readonly triples: Array<Map<number, number>> = [];
  private readonly baseScore: number;

  constructor(model: Model = simplifiedChineseModel()) {
    // (as the Parser sums it: every score of every feature, in the model's order)
    this.baseScore =
      -0.5 *
      Object.values(model)
        .flatMap((group) => Object.values(group))
        .reduce((a, b) => a + b, 0);
    const numbers = this.numbers;
    for (const group of Object.values(model))
      for (const key of Object.keys(group))
        for (let k = 0; k < key.length; k++)
          if (!numbers.has(key.charCodeAt(k))) numbers.set(key.charCodeAt(k), numbers.size);
    const count = numbers.size;
    for (const [name, , span] of FEATURES) {
      const scores = span === 1 ? new Float64Array(count) : new Map<number, number>();
      for (const [key, score] of Object.entries(model[name] ?? {})) {
        // A key of another length never matches the Parser's substring of `span` characters.
        if (key.length !== span) continue;
        let number = 0;
        for (let k = 0; k < span; k++) number = number * count + numbers.get(key.charCodeAt(k))!;
        if (scores instanceof Float64Array) scores[number] = score;
        else scores.set(number, score);
      }
      if (scores instanceof Float64Array) this.single.push(scores);
      else (span === 2 ? this.pairs : this.triples).push(scores);
    }
  }

  /** The offsets in `text` where BudouX ends a phrase (as the Parser's `parseBoundaries`). */
  parseBoundaries(text: string): number[] {
    const length = text.length;
    const count = this.numbers.size;
    // Each character's number, -1 for one no key holds (no feature that looks at it scores).
    const numbers = new Int32Array(length);
    for (let at = 0; at < length; at++) numbers[at] = this.numbers.get(text.charCodeAt(at)) ?? -1;
    const [uw1, uw2, uw3, uw4, uw5, uw6] = this.single as [
      Float64Array,
      Float64Array,
      Float64Array,
      Float64Array,
      Float64Array,
      Float64Array,
    ];
    const [bw1, bw2, bw3] = this.pairs as [Map<number, number>, Map<number, number>, Map<number, number>];
    const [tw1, tw2, tw3, tw4] = this.triples as [
      Map<number, number>,
      Map<number, number>,
      Map<number, number>,
      Map<number, number>,
    ];
    /** The characters from `from` read as a number, -1 where one is outside the text or holds no key. */
    const pair = (from: number) => {
      if (from < 0 || from + 2 > length) return -1;
      const a = numbers[from]!;
      const b = numbers[from + 1]!;
      return a < 0 || b < 0 ? -1 : a * count + b;
    };
    const triple = (from: number) => {
      const ab = pair(from);
      const c = from + 2 < length ? numbers[from + 2]! : -1;
      return ab < 0 || c < 0 ? -1 : ab * count + c;
    };
    const boundaries: number[] = [];
    for (let at = 1; at < length; at++) {
      // The Parser's 13 additions in its order; a missing score adds nothing, as its `|| 0` adds 0.
      let score = this.baseScore;
      let c = at >= 3 ? numbers[at - 3]! : -1;
      if (c >= 0) score += uw1[c]!;
      c = at >= 2 ? numbers[at - 2]! : -1;
      if (c >= 0) score += uw2[c]!;
      c = numbers[at - 1]!;
      if (c >= 0) score += uw3[c]!;
      c = numbers[at]!;
      if (c >= 0) score += uw4[c]!;
      c = at + 1 < length ? numbers[at + 1]! : -1;
      if (c >= 0) score += uw5[c]!;
      c = at + 2 < length ? numbers[at + 2]! : -1;
      if (c >= 0) score += uw6[c]!;
      let key = pair(at - 2);
      if (key >= 0) score += bw1.get(key) ?? 0;
      key = pair(at - 1);
      if (key >= 0) score += bw2.get(key) ?? 0;
      key = pair(at);
      if (key >= 0) score += bw3.get(key) ?? 0;
      key = triple(at - 3);
      if (key >= 0) score += tw1.get(key) ?? 0;
      key = triple(at - 2);
      if (key >= 0) score += tw2.get(key) ?? 0;
      key = triple(at - 1);
      if (key >= 0) score += tw3.get(key) ?? 0;
      key = triple(at);
      if (key >= 0) score += tw4.get(key) ?? 0;
      if (score > 0) boundaries.push(at);
    }
    return boundaries;
  }
}
