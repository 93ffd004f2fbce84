// How much room text takes in the PowerPoint, estimated without a renderer: lines counted as the deck counts them
// (deck/measure.ts, broken between phrases), widths of one line as the reader's faces set them (Han characters and
// full-width punctuation one em in every Chinese face, 微软雅黑, 宋体, Noto alike; Latin about half). Good enough to
// place what follows a block of text and to pick a title size that fits; PowerPoint itself lays out the lines.

import { lineCount as deckLineCount, textEm as deckTextEm, wraps } from '../../deck/measure.ts';
import {
  PHRASE_RULES,
  lineBreaksAllowed,
  phraseBreaks,
  phraseInnerBreaks,
  phraseRulesWith,
} from '../../deck/phrases.ts';
import type { PhraseRules } from '../../deck/phrases.ts';

const FULL_WIDTH =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef\u2014\u2026\u201c\u201d\u2018\u2019]/u;

/** Width of one character in em. */
function charWidth(char: string): number {
  if (FULL_WIDTH.test(char)) return 1;
  if (char === ' ') return 0.3;
  if (/[A-Z]/.test(char)) return 0.66;
  if (/[a-z0-9]/.test(char)) return 0.55;
  return 0.5;
}

export function textWidthEm(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/** How a text is set besides its width and size: `spacingEm` letter spacing added to each character, broken only
 *  between the phrases `rules` mark (the talk's own `keep:` too, where given), `indentEm` what the first line holds
 *  before the text (a card's （一） marker). */
export interface SetAs {
  spacingEm?: number;
  rules?: PhraseRules;
  indentEm?: number;
}

/** Lines `text` wraps to in a box `widthPx` wide at `sizePx`: the deck's own count (deck/measure.ts), so that a box is
 *  as high as the deck's and what follows it stands where the deck's does. */
export function lineCount(
  text: string,
  widthPx: number,
  sizePx: number,
  { spacingEm = 0, rules = PHRASE_RULES, indentEm = 0 }: SetAs = {},
): number {
  return deckLineCount(text, sizePx, widthPx, { rules, spacingEm, indentEm });
}

/** Where the deck's slide wraps `text` between phrases (deck/measure.ts's `wraps`), as character offsets: written
 *  into the PowerPoint as line breaks, its reader shows the deck's lines rather than breaking Chinese anywhere
 *  (当前和长远统筹兼 / 顾). Not where the deck itself breaks a piece wider than the line anywhere. Lines as wide as
 *  the face sets them (no allowance: a line that fits in Chromium is one line here too); `indentEm`: what the first
 *  line holds before the text (a wrap at 0 starts the text on the next line). */
export function deckWraps(
  text: string,
  widthPx: number,
  sizePx: number,
  { spacingEm = 0, rules = PHRASE_RULES, indentEm = 0, pretty = false }: SetAs & { pretty?: boolean } = {},
): number[] {
  const found = wraps(text, sizePx, widthPx, { rules, spacingEm, indentEm, exact: true, pretty });
  return characterOffsets(
    text,
    found.filter((wrap) => wrap.kind !== 'character').map((wrap) => wrap.at),
  );
}

/** Room, in em of the type, that a box holding the deck's own lines (written in, see `deckWraps`) gets beyond the
 *  deck's width, in the margin or padding beside it: a reader's face a little wider than the deck's (bold Latin in
 *  微软雅黑) must not wrap one of those lines again. */
export const READER_ROOM_EM = 0.5;

/** The most lines Chromium balances (`text-wrap: balance`); a longer text it wraps as usual. */
const BALANCED_MOST = 6;

/** Where the deck's `text-wrap: balance` wraps `text` (a card's lead, an agenda entry), as `deckWraps` says them: in
 *  as many lines as it needs, between phrases, as even as they can be (see `evenLines`). */
export function balancedWraps(
  text: string,
  widthPx: number,
  sizePx: number,
  { spacingEm = 0, rules = PHRASE_RULES, indentEm = 0 }: SetAs = {},
): number[] {
  const greedy = deckWraps(text, widthPx, sizePx, { spacingEm, rules, indentEm });
  const lines = greedy.length + 1;
  if (lines < 2 || lines > BALANCED_MOST || text.includes('\n')) return greedy;
  const allowed = [...(indentEm ? [0] : []), ...characterOffsets(text, phraseBreaks(text, rules))];
  const widths = [...text].map((char) => deckTextEm(char, spacingEm));
  return evenLines(widths, allowed, lines, widthPx / sizePx, indentEm) ?? greedy;
}

/** The largest size, from `largest` down to `smallest`, at which `text` takes at most `maxLines` lines. */
export function sizeToFit(
  text: string,
  widthPx: number,
  maxLines: number,
  largest: number,
  smallest: number,
  spacingEm = 0,
): number {
  for (let size = largest; size > smallest; size -= 2) {
    if (lineCount(text, widthPx, size, { spacingEm }) <= maxLines) return size;
  }
  return smallest;
}

/** Where a line may break in `text`, as character offsets: between phrases (deck/phrases.ts) in Chinese, after a
 *  space in Latin text. A hard line break the PowerPoint writes stands only there: never inside a word or a set
 *  phrase, whatever face the reader's PowerPoint or WPS draws it in. */
export function lineBreakOffsets(text: string, keep: readonly string[] = [], rules?: PhraseRules): number[] {
  const chars = [...text];
  if (!/\p{Script=Han}/u.test(text))
    return chars.flatMap((char, i) => (char === ' ' && i > 0 && i + 1 < chars.length ? [i + 1] : []));
  return characterOffsets(
    text,
    rules ? phraseBreaks(text, phraseRulesWith(rules, keep)) : lineBreaksAllowed(text, keep),
  );
}

/** UTF-16 offsets in `text` as character offsets: phrases.ts counts units, and a character outside the BMP (𠮷) is
 *  two of them. */
function characterOffsets(text: string, units: number[]): number[] {
  const offsets = new Map<number, number>();
  let unit = 0;
  [...text].forEach((char, i) => {
    offsets.set(unit, i);
    unit += char.length;
  });
  return units.flatMap((at) => (offsets.has(at) ? [offsets.get(at)!] : []));
}

/** Where to break a title into lines of about equal width, as the HTML deck's `text-wrap: balance` does: character
 *  offsets, each the phrase boundary (see `lineBreakOffsets`; the outline's own set phrases, `keep`, kept whole)
 *  nearest to an equal share. Where no such breaks make lines that fit in as many lines as the text needs, one more
 *  line is tried (a long set phrase leaves no boundary near the middle), then another. Empty when the text fits on
 *  one line, or has no boundary to break at that makes lines that fit: the reader then wraps it itself. */
export function balancedBreaks(
  text: string,
  widthPx: number,
  sizePx: number,
  spacingEm = 0,
  keep: readonly string[] = [],
): number[] {
  // (as many lines as Chromium needs, at the face's own widths: a title within 2 % of the line is one line there)
  const needed = deckLineCount(text, sizePx, widthPx, {
    rules: phraseRulesWith(PHRASE_RULES, keep),
    spacingEm,
    exact: true,
  });
  if (needed < 2 || text.includes('\n')) return [];
  const between = lineBreakOffsets(text, keep);
  // A set phrase wider than the line itself breaks at its inner boundary (以习近平同志为 / 核心的党中央), only then.
  const inner = characterOffsets(text, phraseInnerBreaks(text, keep));
  const withInner = [...new Set([...between, ...inner])].sort((a, b) => a - b);
  for (const allowed of inner.length ? [between, withInner] : [between]) {
    const breaks = balancedAt(text, allowed, needed, widthPx / sizePx, spacingEm);
    if (breaks) return breaks;
  }
  return [];
}

/** Balanced breaks among `allowed` in as few lines as hold them, up to two more than `needed`, each line within
 *  `perLine` em; undefined where there are none. */
function balancedAt(
  text: string,
  allowed: number[],
  needed: number,
  perLine: number,
  spacingEm: number,
): number[] | undefined {
  const widths = [...text].map((char) => textWidthEm(char) + spacingEm);
  // (from two: the estimate that says how many are needed allows for more than the face takes, which a line need not)
  for (let lines = 2; lines <= needed + 2; lines++) {
    const breaks = evenLines(widths, allowed, lines, perLine);
    if (breaks) return breaks;
  }
  return undefined;
}

/**
 * Breaks among `allowed` (character offsets) that cut characters of `widths` (em) into exactly `lines` lines, none
 * wider than `perLine` (the first after `indent`), as even as they can be: the least sum of the squares of the room
 * each line leaves, the last one's too, as Chromium's `text-wrap: balance` scores its lines. Undefined where no
 * such breaks exist.
 */
function evenLines(
  widths: number[],
  allowed: number[],
  lines: number,
  perLine: number,
  indent = 0,
): number[] | undefined {
  const ends = [0, ...allowed.filter((at) => at > 0 && at < widths.length), widths.length];
  const before = [0];
  for (const width of widths) before.push(before.at(-1)! + width);
  const width = (from: number, to: number) => before[to]! - before[from]! + (from === 0 ? indent : 0);
  // cost[k][j]: the least cost of k + 1 lines ending at ends[j]; from[k][j]: where the last of them starts
  const cost = Array.from({ length: lines }, () => ends.map(() => Infinity));
  const from = Array.from({ length: lines }, () => ends.map(() => -1));
  ends.forEach((end, j) => {
    if (j > 0 && width(0, end) <= perLine) cost[0]![j] = (perLine - width(0, end)) ** 2;
  });
  // (a break at 0 puts the whole text under the indent: the first line holds the indent alone)
  if (allowed.includes(0) && indent <= perLine) cost[0]![0] = (perLine - indent) ** 2;
  for (let k = 1; k < lines; k++)
    for (let j = 1; j < ends.length; j++)
      for (let i = 0; i < j; i++) {
        const line = before[ends[j]!]! - before[ends[i]!]!;
        if (cost[k - 1]![i] === Infinity || line > perLine) continue;
        const total = cost[k - 1]![i]! + (perLine - line) ** 2;
        if (total < cost[k]![j]!) [cost[k]![j], from[k]![j]] = [total, i];
      }
  if (cost[lines - 1]!.at(-1) === Infinity) return undefined;
  const breaks: number[] = [];
  for (let k = lines - 1, j = ends.length - 1; k > 0; k--) {
    j = from[k]![j]!;
    breaks.unshift(ends[j]!);
  }
  return breaks;
}

/** The balanced breaks of `text` (see `balancedBreaks`) and the number of lines they make (as the reader would wrap
 *  it where there are none): what a box holding the text must be high enough for. */
export function balancedLines(
  text: string,
  widthPx: number,
  sizePx: number,
  spacingEm = 0,
  keep: readonly string[] = [],
): { breaks: number[]; lines: number } {
  const breaks = balancedBreaks(text, widthPx, sizePx, spacingEm, keep);
  const lines = breaks.length
    ? breaks.length + 1
    : deckLineCount(text, sizePx, widthPx, { rules: phraseRulesWith(PHRASE_RULES, keep), spacingEm, exact: true });
  return { breaks, lines };
}

/** Width in em of text that must stay on one line in the reader's own faces, allowing for what they do that our
 *  estimate does not: bold figures and Latin letters up to 0.7 em (bold 微软雅黑 about 0.6; the face a reader
 *  without it falls back to, DejaVu Sans Bold in LibreOffice, 0.7), and the space PowerPoint, WPS and LibreOffice
 *  put between Chinese and figures or Latin (2023 年). */
export function readerWidthEm(text: string): number {
  const pieces = text.match(/[A-Za-z0-9.,%]+|[^A-Za-z0-9.,%]+/g) ?? [];
  const latin = (piece: string) => /^[A-Za-z0-9.,%]/.test(piece);
  const boundaries = pieces.length - 1;
  return (
    pieces.reduce((sum, piece) => sum + (latin(piece) ? [...piece].length * 0.7 : textWidthEm(piece)), 0) * 1.05 +
    0.25 * Math.max(0, boundaries)
  );
}
