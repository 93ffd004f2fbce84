// Rule for running headers and footers: the same short line three times or more, or both before and after the speech.
import { slideWidth } from '../sentences.ts';
import { comparable, looksLikeHeading, type NoiseContext, type NoiseRule } from './rule.ts';

/** A paragraph of the speech is at least this wide; what stands before the first and after the last is the page's edge. */
const PARAGRAPH_WIDTH = 40;

export const repeated: NoiseRule = {
  name: 'repeated-line',
  description: 'a short line, not a sentence or heading, repeated as a header or footer: 3 times or more, or both before and after the speech',
  test(line, context) {
    const key = comparable(line);
    // A sentence the speaker repeats (a refrain) ends like a sentence; headers and footers do not.
    if (!/\p{L}/u.test(key) || slideWidth(key) > 40 || /[。！？!?]/u.test(key) || looksLikeHeading(line)) return false;
    const where = occurrences(context).get(key) ?? [];
    if (where.length < 2) return false;
    const body = context.once('speech-span', () => speechSpan(context));
    const aroundSpeech = body !== undefined && where.some((i) => i < body.first) && where.some((i) => i > body.last);
    if (where.length < 3 && !aroundSpeech) return false;
    return !isTitleRepeatedAsHeader(context, where, key);
  },
};

/** Where each line (compared without spaces) occurs. */
function occurrences(context: NoiseContext): Map<string, number[]> {
  return context.once('occurrences', () => {
    const map = new Map<string, number[]>();
    context.lines.forEach((line, i) => {
      const key = comparable(line);
      const where = map.get(key);
      if (where) where.push(i);
      else map.set(key, [i]);
    });
    return map;
  });
}

/** The first and last kept lines wide enough to be paragraphs of the speech. */
function speechSpan(context: NoiseContext): { first: number; last: number } | undefined {
  const wide = context.lines.flatMap((line, i) => (!context.removed.has(i) && slideWidth(line) >= PARAGRAPH_WIDTH ? [i] : []));
  const first = wide[0];
  const last = wide.at(-1);
  return first === undefined || last === undefined ? undefined : { first, last };
}

/** A running header that repeats the title: its first occurrence, the first kept line, is the title itself. */
function isTitleRepeatedAsHeader(context: NoiseContext, where: number[], key: string): boolean {
  const firstKept = context.once('first-kept', () => context.lines.findIndex((other, i) => other.trim() !== '' && !context.removed.has(i)));
  return context.index === firstKept && where[0] === firstKept && where.length >= 3 && slideWidth(key) >= 6;
}
