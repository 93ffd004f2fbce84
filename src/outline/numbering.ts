// How a Chinese talk numbers its parts and points: 一、 （一） 1. （1） ① and 第一， 一是 首先， read in one place by the
// outline (a point that says its own number) and by the importer (a speech's headings and counted paragraphs).

/** A Chinese numeral as numbering writes it: 一 … 九十九. */
const CHINESE_NUMERAL = '[一二三四五六七八九十]{1,3}';

/**
 * "一、二年级……" "三、四月份……": a numeral and its list comma before another numeral is a series of numbers the
 * sentence is about, not numbering; taking "一、" off would say "二年级……".
 */
export const NOT_A_SERIES = '(?![一二三四五六七八九十两]+(?:年级|个?月|、|至|到))';

/** Heading numbering, from the outermost level in; a speech that uses two of them nests the second in the first. */
const NUMBERINGS = [
  { kind: 'cn', pattern: new RegExp(`^(${CHINESE_NUMERAL})[、．.]${NOT_A_SERIES}\\s*`, 'u') },
  { kind: 'cn-paren', pattern: new RegExp(`^[（(](${CHINESE_NUMERAL})[）)]\\s*`, 'u') },
  { kind: 'num', pattern: /^(\d{1,2})[、．.](?!\d)\s*/u },
  { kind: 'num-paren', pattern: /^[（(](\d{1,2})[）)]\s*/u },
  { kind: 'circled', pattern: /^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*/u },
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
  { family: 'di', first: /^第一/u, pattern: new RegExp(`^第(${CHINESE_NUMERAL})(?:是|[，,、：:]\\s*)`, 'u') },
  { family: 'shouxian', first: /^首先/u, pattern: /^(首先|其次|再次|再者|第三|最后)[，,、：:]\s*/u },
  { family: 'yishi', first: /^一[是要]/u, pattern: new RegExp(`^(${CHINESE_NUMERAL})[是要](?:[，,：:]\\s*)?`, 'u') },
] as const;

/** The value of a number as numbering writes it (12, 十二, ⑫); undefined for anything else (一百, 十十). */
export function numberValue(number: string): number | undefined {
  if (/^\d{1,2}$/.test(number)) return Number(number);
  if (/^[\u2460-\u2473]$/u.test(number)) return number.codePointAt(0)! - 0x2460 + 1;
  const digit = (c: string | undefined) =>
    c === undefined ? undefined : '一二三四五六七八九'.indexOf(c) + 1 || undefined;
  const parts = number.split('十');
  if (parts.length > 2) return undefined;
  const [tens, ones] = parts as [string, string | undefined];
  if (ones === undefined) return tens.length === 1 ? digit(tens) : undefined;
  const t = tens === '' ? 1 : digit(tens);
  const o = ones === '' ? 0 : digit(ones);
  return t === undefined || o === undefined ? undefined : t * 10 + o;
}

/** The number a line opens with (一、 （一） 1. （1） ① 第一， 一是); undefined where it opens with none, or with
 *  首先/其次, which count without a number. */
export function openingNumber(text: string): number | undefined {
  const line = text.trimStart();
  const numbering = readNumbering(line);
  if (numbering) return numberValue(numbering.number);
  for (const { family, pattern } of ORDINAL_FAMILIES) {
    const found = family === 'shouxian' ? null : pattern.exec(line);
    if (found) return numberValue(found[1]!);
  }
  return undefined;
}
