// What a Chinese speaker says for the figures, symbols and Latin words in a text: 65% is 百分之六十五, 2025年 is
// 二〇二五年, 1426 is 一千四百二十六. The talk's timing counts what is read aloud, not what is printed. Pure.

const DIGIT = '零一二三四五六七八九';
/** Digits read one by one (a year, a phone number): 〇 for zero, as years are printed. */
const DIGIT_BY_DIGIT = '〇一二三四五六七八九';
const SMALL_UNITS = ['', '十', '百', '千'];
const BIG_UNITS = ['', '万', '亿', '万亿'];

/** "2025" → 二〇二五 */
function digitByDigit(digits: string): string {
  return [...digits].map((d) => DIGIT_BY_DIGIT[Number(d)] ?? d).join('');
}

/** 0–9999 as it is said, with 零 for the gaps inside (1006 → 一千零六). */
function section(n: number): string {
  let out = '';
  let zero = false;
  for (let place = 3; place >= 0; place--) {
    const d = Math.floor(n / 10 ** place) % 10;
    if (d === 0) {
      if (out) zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += DIGIT[d]! + SMALL_UNITS[place]!;
  }
  return out;
}

/** A whole number as it is said: 1426 → 一千四百二十六, 10010 → 一万零一十, 15 → 十五. Beyond 10^16, digit by digit. */
export function wholeNumber(digits: string): string {
  const trimmed = digits.replace(/^0+(?=\d)/, '');
  if (trimmed.length > 16) return digitByDigit(digits);
  if (/^0+$/.test(trimmed)) return '零';
  const groups: number[] = [];
  for (let end = trimmed.length; end > 0; end -= 4) groups.unshift(Number(trimmed.slice(Math.max(0, end - 4), end)));
  let out = '';
  let zero = false;
  groups.forEach((group, i) => {
    const unit = BIG_UNITS[groups.length - 1 - i]!;
    if (group === 0) {
      zero = out !== '';
      return;
    }
    if (out && (zero || group < 1000)) out += '零';
    zero = false;
    out += section(group) + unit;
  });
  // 十五, not 一十五, at the start of the number.
  return out.startsWith('一十') ? out.slice(1) : out;
}

/** "3.5" → 三点五; "1,426" → 一千四百二十六 */
function numberSaid(text: string): string {
  const [whole = '', fraction] = text.replace(/,/g, '').split('.');
  return wholeNumber(whole || '0') + (fraction ? `点${digitByDigit(fraction).replace(/〇/g, '零')}` : '');
}

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
/** Between two figures: a range, said 到. */
const RANGE = String.raw`\s*(?:[~～–—]|-|至|到)\s*`;

/** Rewrites, in order: the longer forms (dates, phone numbers) before the plain figures they contain. */
const RULES: Array<[RegExp, (...groups: string[]) => string]> = [
  // 2025-03-15, 2025/3/15, 2025.3.15
  [
    /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g,
    (_, y, m, d) => `${digitByDigit(y!)}年${wholeNumber(m!)}月${wholeNumber(d!)}日`,
  ],
  // 2020—2025年, 2020-2025 年
  [
    new RegExp(String.raw`(?<!\d)(\d{4})${RANGE}(\d{4})(?=\s*年)`, 'g'),
    (_, a, b) => `${digitByDigit(a!)}到${digitByDigit(b!)}`,
  ],
  // 2025年
  [/(?<![\d.])(\d{4})(?=\s*年)/g, (_, y) => digitByDigit(y!)],
  // phone numbers: a mobile (11 digits from 1), a landline with its area code, a 400/800 line
  [/(?<![\d.])(1\d{10}|0\d{2,3}-\d{7,8}|[48]00-?\d{3}-?\d{4})(?![\d.])/g, (_, n) => digitByDigit(n!.replace(/-/g, ''))],
  // percent and per mille ranges: 5%～10%, 5～10%
  [
    new RegExp(String.raw`(${NUMBER})%?${RANGE}(${NUMBER})%`, 'g'),
    (_, a, b) => `百分之${numberSaid(a!)}到百分之${numberSaid(b!)}`,
  ],
  [new RegExp(String.raw`(${NUMBER})%`, 'g'), (_, a) => `百分之${numberSaid(a!)}`],
  [new RegExp(String.raw`(${NUMBER})‰`, 'g'), (_, a) => `千分之${numberSaid(a!)}`],
  // fractions: 1/3
  [/(?<![\d/])(\d+)\/(\d+)(?![\d/])/g, (_, a, b) => `${wholeNumber(b!)}分之${wholeNumber(a!)}`],
  // money and temperature
  [new RegExp(String.raw`[¥￥](${NUMBER})`, 'g'), (_, a) => `${numberSaid(a!)}元`],
  [new RegExp(String.raw`\$(${NUMBER})`, 'g'), (_, a) => `${numberSaid(a!)}美元`],
  [/℃/g, () => '摄氏度'],
  // ranges of plain figures: 3-5, 3～5 年
  [new RegExp(String.raw`(?<![\d.])(${NUMBER})${RANGE}(?=\d)`, 'g'), (_, a) => `${numberSaid(a!)}到`],
  // a long run of digits with a leading zero (a code, a number to dial) is read digit by digit
  [/(?<![\d.])(0\d+)(?![\d.])/g, (_, n) => digitByDigit(n!)],
  [new RegExp(NUMBER, 'g'), (n) => numberSaid(n)],
  [/(?<=\S)\s*[+＋]\s*(?=\S)/g, () => '加'],
  [/×/g, () => '乘'],
];

/** What every rule above rewrites holds one of these: text without them reads as it is written. */
const REWRITTEN = /[\d℃+＋×]/;

/** The text as a speaker reads it aloud: its figures and symbols in Chinese words (Latin words are left as they are). */
export function readAloud(text: string): string {
  if (!REWRITTEN.test(text)) return text;
  return RULES.reduce(
    (said, [pattern, say]) =>
      said.replace(pattern, (...args: unknown[]) => say(...(args.filter((a) => typeof a === 'string') as string[]))),
    text,
  );
}

const HAN_RUN = /\p{Script=Han}+/gu;
const LATIN_WORD = /\p{Script=Latin}+/gu;
const OTHER_WORD = /[\p{L}\p{N}]+/gu;

/** How many syllables a Latin word takes to say: an acronym (GDP, AI) letter by letter, another word by its vowel
 *  groups (at least one). */
export function latinSyllables(word: string): number {
  if (word.length <= 6 && word === word.toUpperCase()) return word.length;
  return Math.max(1, word.toLowerCase().match(/[aeiouy]+/g)?.length ?? 0);
}

/** How many Han characters `text` holds, and the text with each run of them a space (what the words of other scripts
 *  are read from). Counted run by run: a list of every character was most of the time the timing took. */
export function hanApart(text: string): { han: number; rest: string } {
  let han = 0;
  const rest = text.replace(HAN_RUN, (run) => {
    for (let at = 0; at < run.length; at++) {
      const code = run.charCodeAt(at);
      // (a character outside the BMP is two code units, and one character)
      if (code < 0xdc00 || code > 0xdfff) han++;
    }
    return ' ';
  });
  return { han, rest };
}

/** Units of speech in `text`, as read aloud: a Han character is one, a Latin word its syllables, a word of another
 *  script one. */
export function spokenLength(text: string): number {
  const { han, rest } = hanApart(readAloud(text));
  let latin = 0;
  for (const word of rest.match(LATIN_WORD) ?? []) latin += latinSyllables(word);
  const others = rest.replace(LATIN_WORD, ' ').match(OTHER_WORD)?.length ?? 0;
  return han + latin + others;
}
