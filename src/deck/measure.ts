// How wide text is and how many lines it takes, estimated without a renderer the way the slides set it: Han and
// full-width characters one em, Latin at the widths of the bundled face, lines broken only between the phrases
// phrases.ts marks (the slides set `word-break: keep-all` and a <wbr> there). Pure; the fit decision (fit.ts) and
// the type sizes (layout.ts) build on it, and tests/browser/fit.test.ts holds it against Chromium's own layout.
import { PHRASE_RULES, keptPhrases, phraseBreaks, rulesKey as phraseRulesKey } from './phrases.ts';
import type { PhraseRules } from './phrases.ts';

/** Advance widths (hundredths of an em, rounded up) of U+0020–U+007E in Noto Sans SC, the wider of its regular and
 *  bold: an estimate that must never come out short. */
const ASCII = [
  23, 37, 58, 59, 59, 97, 74, 33, 38, 38, 51, 59, 33, 37, 33, 40, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 33, 33, 59,
  59, 59, 52, 101, 65, 69, 66, 72, 62, 59, 72, 76, 33, 57, 69, 58, 86, 75, 77, 67, 77, 69, 63, 63, 75, 62, 92, 63, 58,
  62, 38, 40, 38, 59, 57, 63, 60, 65, 53, 65, 59, 38, 60, 64, 31, 31, 61, 32, 97, 65, 63, 65, 65, 44, 50, 43, 64, 58,
  87, 57, 58, 52, 38, 30, 38, 59,
];

/** Width of one character in em. */
function charEm(character: string): number {
  const code = character.codePointAt(0)!;
  if (code >= 0x20 && code < 0x7f) return ASCII[code - 0x20]! / 100;
  // Latin letters with marks, Greek, Cyrillic: about an uppercase letter; combining marks take no room.
  if (code < 0x2e80) return /\p{M}/u.test(character) ? 0 : 0.72;
  return 1;
}

/** Width of plain text in em. */
export function textEm(text: string, spacingEm = 0): number {
  let em = 0;
  for (const character of text) em += charEm(character) + spacingEm;
  return em;
}

export interface LineOptions {
  /** Where lines may break (the rules the slide's text was phrased with). */
  rules?: PhraseRules;
  /** letter-spacing in em. */
  spacingEm?: number;
  /** Width in em that the last line must also hold (the （续） mark after a title). */
  tailEm?: number;
  /** Width in em the first line holds before the text (the （一） before a card's lead, a box of its own): the text
   *  may start on the next line. */
  indentEm?: number;
  /** Widths as the bundled face sets them, without SAFETY: where Chromium wraps, rather than the room a line may
   *  take (a line of 37 Han characters fits a line 37.3 em wide). */
  exact?: boolean;
  /** The text is set with `text-wrap: pretty` (points, card text, quotes): `wraps` moves the breaks where Chromium
   *  does (see `prettyBreaks`). Lines are as many as without. */
  pretty?: boolean;
}

/** The rules as a key of the caches below (made once per rules object: the fit asks for it at every count). */
function rulesKey(rules: PhraseRules): string {
  let key = rulesKeys.get(rules);
  if (key === undefined) {
    key = phraseRulesKey(rules);
    rulesKeys.set(rules, key);
  }
  return key;
}
const rulesKeys = new WeakMap<PhraseRules, string>();

/** Pieces already found, by rules and then by line: a line's pieces do not depend on its size or width, which the
 *  type sizes and the fit try several of. Kept small, and emptied when full. */
const piecesFound = new Map<string, Map<string, string[]>>();
let piecesKept = 0;

/** The pieces a line may break between: phrases of Chinese, words of other scripts (a space ends a word). */
export function breakablePieces(text: string, rules: PhraseRules = PHRASE_RULES): string[] {
  const key = rulesKey(rules);
  let byLine = piecesFound.get(key);
  const known = byLine?.get(text);
  if (known) return known;
  if (piecesKept >= COUNTED_MOST) {
    piecesFound.clear();
    piecesKept = 0;
    byLine = undefined;
  }
  if (!byLine) piecesFound.set(key, (byLine = new Map()));
  const pieces = findPieces(text, rules);
  byLine.set(text, pieces);
  piecesKept++;
  return pieces;
}

function findPieces(text: string, rules: PhraseRules): string[] {
  const cuts = new Set(phraseBreaks(text, rules));
  for (const match of text.matchAll(/ +/g)) cuts.add(match.index + match[0].length);
  const pieces: string[] = [];
  let from = 0;
  for (const at of [...cuts].filter((at) => at > 0 && at < text.length).sort((a, b) => a - b)) {
    pieces.push(text.slice(from, at));
    from = at;
  }
  pieces.push(text.slice(from));
  return pieces;
}

/** `text` cut at the offsets `at`. */
function split(text: string, at: number[]): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const cut of at) {
    parts.push(text.slice(from, cut));
    from = cut;
  }
  parts.push(text.slice(from));
  return parts.filter(Boolean);
}

/** A little wider than the sum of the advances: kerning, rounding and the browser's own choices never come out short. */
export const SAFETY = 1.02;

/** Counts already made: planning tries each block at several sizes, and the editor plans the whole outline again at
 *  every keystroke, where all slides but one are as before. By the settings and then by the text itself (a text's
 *  hash is kept with the string, where a key joining it to the settings would be made and hashed anew at every call).
 *  Kept small, and emptied when full. */
const counted = new Map<string, Map<string, number>>();
let countedKept = 0;
const COUNTED_MOST = 20_000;

/** Lines `text` takes in a box `widthPx` wide at `sizePx` (its own line breaks count). */
export function lineCount(text: string, sizePx: number, widthPx: number, options: LineOptions = {}): number {
  const key = settingsKey(sizePx, widthPx, options);
  let byText = counted.get(key);
  const known = byText?.get(text);
  if (known !== undefined) return known;
  if (countedKept >= COUNTED_MOST) {
    counted.clear();
    countedKept = 0;
    byText = undefined;
  }
  if (!byText) counted.set(key, (byText = new Map()));
  const lines = countLines(text, sizePx, widthPx, options);
  byText.set(text, lines);
  countedKept++;
  return lines;
}

/** The settings of the last count, and their key: the fit counts text after text at one size and width, and making
 *  the key (numbers written out) at every count cost more than the count found in the cache. */
let lastSettings:
  | {
      sizePx: number;
      widthPx: number;
      spacingEm: number;
      tailEm: number;
      indentEm: number;
      exact: boolean;
      rules: PhraseRules;
      key: string;
    }
  | undefined;

/** The settings of a count as a key of `counted`: everything of them but the text. */
function settingsKey(sizePx: number, widthPx: number, options: LineOptions): string {
  const last = lastSettings;
  if (
    last &&
    last.sizePx === sizePx &&
    last.widthPx === widthPx &&
    last.spacingEm === (options.spacingEm ?? 0) &&
    last.tailEm === (options.tailEm ?? 0) &&
    last.indentEm === (options.indentEm ?? 0) &&
    last.exact === Boolean(options.exact) &&
    last.rules === (options.rules ?? PHRASE_RULES)
  )
    return last.key;
  const settings = {
    sizePx,
    widthPx,
    spacingEm: options.spacingEm ?? 0,
    tailEm: options.tailEm ?? 0,
    indentEm: options.indentEm ?? 0,
    exact: Boolean(options.exact),
    rules: options.rules ?? PHRASE_RULES,
  };
  const key = `${sizePx} ${widthPx} ${settings.spacingEm} ${settings.tailEm} ${settings.indentEm} ${settings.exact ? 1 : 0} ${rulesKey(settings.rules)}`;
  lastSettings = { ...settings, key };
  return key;
}

function countLines(text: string, sizePx: number, widthPx: number, options: LineOptions): number {
  const hardLines = text.split('\n');
  let total = 0;
  hardLines.forEach((line, index) => {
    const { breaks, used } = wrapLine(line, sizePx, widthPx, options, index === 0);
    const room = Math.max(widthPx, sizePx) / sizePx;
    const tail = index === hardLines.length - 1 && options.tailEm && used + options.tailEm * SAFETY > room ? 1 : 0;
    total += 1 + breaks.length + tail;
  });
  return total;
}

/** Where a line wraps: at the start of a phrase (`phrase`), at a set phrase's inner boundary (`inner`), after the
 *  punctuation inside a piece wider than the line (`clause`), or inside such a piece, anywhere (`character`). */
export interface Wrap {
  at: number;
  kind: 'phrase' | 'inner' | 'clause' | 'character';
}

/** A full-width closing bracket or quote at the end of a piece: Chromium sets it half as wide at the end of a line
 *  that would not hold it otherwise. */
const CLOSING_END = /[）」』】》〕〉”’]$/u;

/** A piece wider than the line breaks after its punctuation first (把群众的意见带回来、 / 落下去): `keep-all` keeps
 *  the letters together, not the break a line may take after a comma. */
const AFTER_PUNCTUATION = /(?<=[，、；：。！？,;:!?])(?=[^，、；：。！？,;:!?])(?!(?<=\d[,:])\d)/u;

/** Where `text` wraps in a box `widthPx` wide at `sizePx`, as the slide sets it (its own line breaks start lines too,
 *  and are not listed): UTF-16 offsets. The PowerPoint writes the breaks between phrases into its text, so that its
 *  reader, which breaks Chinese anywhere, shows the deck's lines. */
export function wraps(text: string, sizePx: number, widthPx: number, options: LineOptions = {}): Wrap[] {
  let from = 0;
  return text.split('\n').flatMap((line, index) => {
    const greedy = wrapLine(line, sizePx, widthPx, options, index === 0).breaks;
    const found = (options.pretty ? prettyBreaks(line, sizePx, widthPx, options, greedy) : greedy).map((wrap) => ({
      ...wrap,
      at: wrap.at + from,
    }));
    from += line.length + 1;
    return found;
  });
}

/** One line of text (no line break in it) wrapped: where, and the width of its last line in em. The first line of a
 *  text starts after its indent (a wrap at 0 puts the whole line under it). */
function wrapLine(
  line: string,
  sizePx: number,
  widthPx: number,
  options: LineOptions,
  first: boolean,
): { breaks: Wrap[]; used: number } {
  const room = Math.max(widthPx, sizePx) / sizePx;
  const spacing = options.spacingEm ?? 0;
  const safety = options.exact ? 1 : SAFETY;
  const breaks: Wrap[] = [];
  let used = first ? (options.indentEm ?? 0) * safety : 0;
  let at = 0;
  const wrap = (offset: number, kind: Wrap['kind']) => {
    breaks.push({ at: offset, kind });
    used = 0;
  };
  for (const piece of breakablePieces(line, options.rules)) {
    // A space at the end of a line hangs past it; so does, where Chromium sets it (`exact`), half of a full-width
    // closing bracket or quote (`text-spacing-trim`: 矛盾纠纷受理（件） fits a line of 8.6 em).
    const width =
      textEm(piece.replace(/ +$/, ''), spacing) * safety - (options.exact && CLOSING_END.test(piece) ? 0.5 : 0);
    const full = textEm(piece, spacing) * safety;
    if (used > 0 && used + width > room) {
      // `keep-all` keeps letters together, not the break a line may take after a comma: a phrase that does not fit
      // on the line's end breaks after its last punctuation that does (坚持问题导向，解民忧、 / 纾民困).
      const clauses = keptPhrases(piece, options.rules?.keep).length ? [piece] : piece.split(AFTER_PUNCTUATION);
      if (clauses.length > 1 && width <= room) {
        let clauseAt = at;
        for (const clause of clauses) {
          const clauseWidth = textEm(clause, spacing) * safety;
          if (used > 0 && used + clauseWidth > room) wrap(clauseAt, clauseAt === at ? 'phrase' : 'clause');
          used += clauseWidth;
          clauseAt += clause.length;
        }
        at += piece.length;
        continue;
      }
      wrap(at, 'phrase');
    }
    if (width > room) {
      // Longer than a line, it starts one of its own. A set phrase with an inner boundary stands in a box
      // (phrases.ts) that breaks only there and takes the whole width: what follows starts a new line too.
      // Otherwise `overflow-wrap: break-word` breaks it anywhere.
      const inner = keptPhrases(piece, options.rules?.keep).flatMap((phrase) => phrase.inner);
      let partAt = at;
      for (const part of inner.length ? split(piece, inner) : [piece]) {
        const partWidth = textEm(part, spacing) * safety;
        if (used > 0 && used + partWidth > room) wrap(partAt, 'inner');
        if (partWidth <= room) used += partWidth;
        else {
          let charAt = partAt;
          for (const clause of part.split(AFTER_PUNCTUATION)) {
            const clauseWidth = textEm(clause, spacing) * safety;
            if (used > 0 && used + clauseWidth > room) wrap(charAt, 'clause');
            if (clauseWidth <= room) {
              used += clauseWidth;
              charAt += clause.length;
              continue;
            }
            for (const character of clause) {
              const w = (charEm(character) + spacing) * safety;
              if (used > 0 && used + w > room) wrap(charAt, 'character');
              used += w;
              charAt += character.length;
            }
          }
        }
        partAt += part.length;
      }
      if (inner.length) used = room;
    } else used += full;
    at += piece.length;
  }
  return { breaks, used };
}

/** Chromium's `text-wrap: pretty` (blink's score_line_breaker.cc): it looks again only at a paragraph of two to four
 *  lines whose last line is one piece (no break inside it) shorter than a third of the line, and then takes the breaks
 *  of least cost: the square of the room (px) each line but the last leaves, a cost per line (four times the width
 *  times the type size), and 10,000 for a break before the last piece (five times that where it starts the last
 *  line). Elsewhere, and where a piece is wider than the line or the first line holds an indent, the greedy lines. */
function prettyBreaks(line: string, sizePx: number, widthPx: number, options: LineOptions, greedy: Wrap[]): Wrap[] {
  if (greedy.length < 1 || greedy.length > 3 || options.indentEm) return greedy;
  if (greedy.some((wrap) => wrap.kind === 'character' || wrap.kind === 'inner')) return greedy;
  const spacing = options.spacingEm ?? 0;
  const safety = options.exact ? 1 : SAFETY;
  const room = Math.max(widthPx, sizePx);
  const at = breakOpportunities(line, options.rules);
  const lastStart = greedy.at(-1)!.at;
  const px = (from: number, to: number) => textEm(line.slice(from, to).replace(/ +$/, ''), spacing) * safety * sizePx;
  if (px(lastStart, line.length) >= room / 3 || at.some((offset) => offset > lastStart)) return greedy;
  // (Chromium looks again only where there are three places to break at least)
  if (at.length < 3) return greedy;
  const ends = [0, ...at, line.length];
  const orphan = ends.length - 2;
  const linePenalty = 4 * room * sizePx;
  const score = ends.map(() => Infinity);
  const before = ends.map(() => -1);
  score[0] = 0;
  for (let j = 1; j < ends.length; j++) {
    const last = j === ends.length - 1;
    for (let i = 0; i < j; i++) {
      if (score[i] === Infinity) continue;
      const slack = room - px(ends[i]!, ends[j]!);
      if (slack < 0) continue;
      const width = last ? (i === orphan ? 4 * 10_000 : 0) : slack * slack;
      const total = score[i]! + width + (j === orphan ? 10_000 : 0) + linePenalty;
      if (total < score[j]!) [score[j], before[j]] = [total, i];
    }
  }
  if (score.at(-1) === Infinity) return greedy;
  const breaks: Wrap[] = [];
  for (let j = before[ends.length - 1]!; j > 0; j = before[j]!) {
    const offset = ends[j]!;
    breaks.unshift({ at: offset, kind: greedy.find((wrap) => wrap.at === offset)?.kind ?? 'phrase' });
  }
  return breaks.length === greedy.length ? breaks : greedy;
}

/** Where a line may break: between pieces, and after punctuation inside a piece that holds no set phrase. */
function breakOpportunities(line: string, rules?: PhraseRules): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const piece of breakablePieces(line, rules)) {
    if (at > 0) offsets.push(at);
    if (!keptPhrases(piece, rules?.keep).length) {
      let inside = at;
      const clauses = piece.split(AFTER_PUNCTUATION);
      for (const clause of clauses.slice(0, -1)) {
        inside += clause.length;
        offsets.push(inside);
      }
    }
    at += piece.length;
  }
  return offsets;
}
