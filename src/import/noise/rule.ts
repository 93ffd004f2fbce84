// The shape every noise rule shares, and what a rule may look at besides its own line.
import { slideWidth } from '../sentences.ts';

export interface NoiseContext {
  /** Every line of the input, blank ones included (index 0 is line 1). */
  lines: readonly string[];
  /** Index of the line under test. */
  index: number;
  /** Indexes already removed by the rules that ran before this one. */
  removed: ReadonlySet<number>;
  /** A fact about the whole document, computed once per rule (a rule must not scan every line for every line). */
  once<T>(key: string, compute: () => T): T;
}

/** One readable reason to drop a line; a line is removed only when some rule says so. */
export interface NoiseRule {
  name: string;
  description: string;
  test(line: string, context: NoiseContext): boolean;
}

/**
 * Advertising is a short line: one sentence, or a few very short ones ("倒卖必究！举报者奖励会员").
 * A paragraph of the speech never matches a keyword rule.
 */
export function isShortLine(line: string, width = 60): boolean {
  if (slideWidth(line) > width) return false;
  const sentences = line.replace(/[。！？!?]+$/u, '').split(/[。！？!?]+/u);
  return sentences.length === 1 || (slideWidth(line) <= 40 && sentences.every((s) => slideWidth(s) <= 15));
}

/** The text two lines are compared by: without spaces of any width. */
export function comparable(line: string): string {
  return line.replace(/[\s\u3000]+/gu, '');
}

/**
 * How many keyword patterns a line must match: one, unless it reads like a sentence of the speech
 * (it ends with 。), which must match two ("仅供参考的材料也要认真看。" stays).
 */
export function enoughHits(line: string, patterns: readonly RegExp[]): boolean {
  const hits = patterns.filter((re) => re.test(line)).length;
  return hits >= (/。[”’」』）)]*$/u.test(line.trim()) ? 2 : 1);
}

/** Headings are the speech's own: Markdown `#`, bold lines, 一、 （一） 1. numbering. */
export function looksLikeHeading(line: string): boolean {
  return /^(#{1,6}\s|\*\*|[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、．.])/u.test(
    line.trim(),
  );
}
