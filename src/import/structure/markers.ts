// The numbering a Chinese speech puts before its headings: 一、 （一） 1. （1） ①, and 第一， 首先， 一是.
import { slideWidth, splitSentences, stripTerminal } from '../sentences.ts';
import { NOT_A_SERIES, pointOf } from '../points.ts';

const CN = '[一二三四五六七八九十]{1,3}';

/** Heading numbering, from the outermost level in; a speech that uses two of them nests the second in the first. */
const NUMBERINGS = [
  { kind: 'cn', pattern: new RegExp(`^(${CN})[、．.]${NOT_A_SERIES}\\s*`, 'u') },
  { kind: 'cn-paren', pattern: new RegExp(`^[（(](${CN})[）)]\\s*`, 'u') },
  { kind: 'num', pattern: /^(\d{1,2})[、．.](?!\d)\s*/u },
  { kind: 'num-paren', pattern: /^[（(](\d{1,2})[）)]\s*/u },
  { kind: 'circled', pattern: /^([①②③④⑤⑥⑦⑧⑨⑩])\s*/u },
] as const;

export type NumberingKind = (typeof NUMBERINGS)[number]['kind'];

/** The numbering a line starts with, its number as written, and the rest of the line. */
export function readNumbering(text: string): { kind: NumberingKind; number: string; rest: string } | undefined {
  for (const { kind, pattern } of NUMBERINGS) {
    const match = pattern.exec(text);
    if (match && text.length > match[0].length)
      return { kind, number: match[1] ?? '', rest: text.slice(match[0].length) };
  }
  return undefined;
}

/** Paragraph openings that count the parts: 第一，… / 首先，…其次，… / 一是…二是… */
export const ORDINAL_FAMILIES = [
  { family: 'di', first: /^第一/u, pattern: new RegExp(`^第(${CN})(?:是|[，,、：:]\\s*)`, 'u') },
  { family: 'shouxian', first: /^首先/u, pattern: /^(首先|其次|再次|再者|第三|最后)[，,、：:]\s*/u },
  { family: 'yishi', first: /^一[是要]/u, pattern: new RegExp(`^(${CN})[是要](?:[，,：:]\\s*)?`, 'u') },
] as const;

/** A heading that runs into its paragraph ("一、把群众变化把握得更准。做好群众工作……"): the heading and what follows. */
export function splitRunIn(text: string): { heading: string; spoken: string; rest: string } {
  const sentences = splitSentences(text);
  const first = sentences[0] ?? text;
  const rest = sentences.slice(1).join('').trim();
  return { heading: headingOf(first), spoken: first.trim(), rest };
}

/** "一是……", "一要……", "第一，……", "首先，……" before a heading: the part's number, which the deck shows by itself. */
const COUNTING =
  /^([一二三四五六七八九十]{1,3}[是要]|第[一二三四五六七八九十]{1,3}[，,、：:]|(首先|其次|再次|最后)[，,、：:])\s*/u;

export function withoutCounting(text: string): string {
  return text.trim().replace(COUNTING, '');
}

/** A heading as the speech states it: the sentence without its counting word and final punctuation, or its point when too long for a title. */
export function headingOf(sentence: string): string {
  const whole = stripTerminal(withoutCounting(sentence));
  if (slideWidth(whole) <= 32) return whole;
  return pointOf(sentence) ?? whole;
}
