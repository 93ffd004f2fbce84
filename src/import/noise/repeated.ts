// Rule for running headers and footers: a short line that repeats, and stands at the page's edge at least once.
import { slideWidth } from '../sentences.ts';
import { readSpeakerLine } from '../structure/speaker.ts';
import { pageNumber } from './page-number.ts';
import { comparable, looksLikeHeading, type NoiseContext, type NoiseRule } from './rule.ts';

/** How many lines at each end of the file are the page's edge (a header may stand under a line of advertising). */
const EDGE_LINES = 2;
/** What a collection of material calls itself: such a line is never the speech's title. */
const COLLECTION =
  /(资料|材料)(汇编|选编|合集|库|包)|学习(资料|材料)|参考(资料|材料)|文库|第\s*[\d一二三四五六七八九十]+\s*[期辑卷册]/u;

export const repeated: NoiseRule = {
  name: 'repeated-line',
  description:
    'a short line, not a sentence or heading, that repeats and stands at least once at the top or end of the file or beside a page number',
  test(line, context) {
    const key = comparable(line);
    // A sentence the speaker repeats (a refrain) ends like a sentence; headers and footers do not.
    if (
      !/\p{L}/u.test(key) ||
      slideWidth(key) > 40 ||
      /[。！？!?]/u.test(key) ||
      /[：:]$/u.test(key) ||
      looksLikeHeading(line)
    )
      return false;
    const where = occurrences(context).get(key) ?? [];
    if (where.length < 2) return false;
    // Labels the speech repeats under each part ("主要做法", "取得成效") stand amid the text, never at its edge.
    if (!where.some((i) => atEdge(context, i) || besidePageNumber(context, i))) return false;
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

/** The lines that still hold words, in order: blank and already removed lines are not part of the page. */
function wordLines(context: NoiseContext): number[] {
  return context.once('word-lines', () =>
    context.lines.flatMap((line, i) => (line.trim() !== '' && !context.removed.has(i) ? [i] : [])),
  );
}

function atEdge(context: NoiseContext, index: number): boolean {
  const lines = wordLines(context);
  const at = lines.indexOf(index);
  return at >= 0 && (at < EDGE_LINES || at >= lines.length - EDGE_LINES);
}

/** The next line with words above or below is a page number: this line is that page's header or footer. */
function besidePageNumber(context: NoiseContext, index: number): boolean {
  for (const step of [-1, 1]) {
    let i = index + step;
    while (i >= 0 && i < context.lines.length && (context.lines[i] ?? '').trim() === '') i += step;
    const neighbour = context.lines[i];
    if (neighbour !== undefined && pageNumber.test(neighbour, { ...context, index: i })) return true;
  }
  return false;
}

/**
 * A running header that repeats the title: its first occurrence, the file's first line, is the title itself —
 * unless it names a collection, or a title-like line follows it (then it is the collection's header above the title).
 */
function isTitleRepeatedAsHeader(context: NoiseContext, where: number[], key: string): boolean {
  const lines = wordLines(context);
  const first = lines[0];
  if (context.index !== first || where[0] !== first || slideWidth(key) < 6 || COLLECTION.test(key)) return false;
  const next = context.lines[lines[1] ?? -1] ?? '';
  return !looksLikeTitle(next) || comparable(next) === key;
}

/** Short, not a sentence, a salutation, a "——" line or a byline: what a title line looks like. */
function looksLikeTitle(line: string): boolean {
  const text = line.trim();
  if (
    text === '' ||
    slideWidth(text) > 50 ||
    /[。！？!?；;：:，,]$/u.test(text) ||
    /[。；;]/u.test(text) ||
    looksLikeHeading(text)
  )
    return false;
  const byline = readSpeakerLine(text);
  return !/^(——|—|──|－－|--)/u.test(text) && byline?.organization === undefined && byline?.date === undefined;
}
