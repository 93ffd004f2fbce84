// Where Chinese text on a slide may break a line: between phrases, never inside a word (`新/时代`, `二十/届`), never
// leaving a last line of a few characters. The slide marks those places with <wbr> and sets `word-break: keep-all`:
// in the outline's rich text as it is written out (outline/html.ts's pieces of markup and text), so the text is read
// from the tree, not back from its HTML; only the writer's own raw HTML (`html: true`) is read as HTML.
import { PhraseBoundaries, boundaryFiles } from './budoux.ts';
import { escapeText } from '../outline/html.ts';
import type { HtmlPiece } from '../outline/html.ts';
import { rawPieces } from './raw-html.ts';
import { SET_PHRASES } from './set-phrases.ts';
import { WORD_FINDER_FILE, type WordFinder, findWords, wordFinder } from './word-finder.ts';

/** BudouX's Simplified Chinese model: where a phrase may end. */
let budoux: PhraseBoundaries | undefined;
/** ICU's dictionary of Chinese words (in Node and in the browser alike): BudouX's model alone splits `新|时代`. */
let words: Intl.Segmenter | undefined;

const HAN = /\p{Script=Han}/u;
const LETTER = /[\p{L}\p{N}]/u;
/** A clause ends after these; a break there reads best. */
const CLAUSE_END = /[，、；：。！？,;:!?]/;
/** Characters that lean on the word before them: `党的`, `现代化`, `二十届`. */
const LEANS_BACK = /^[的地得了着过们性化式者届次等好]$/;
const NUMERAL = /^[\d〇零一二三四五六七八九十百千万亿两]+$/;
/** Never at the start of a line, never at its end (Chinese line breaking). */
const NO_START = /[，。、；：！？）》」』】”’…—·,.;:!?)]/;
const NO_END = /[（《「『【“‘(]/;

export interface PhraseRules {
  /** A clause (text between `，、；：` and the like) of at most this many letters is never broken inside. */
  clause: number;
  /** The last line holds at least this many letters (the guard against a lone `力` or `能力`). */
  lastLine: number;
  /** No joining makes a piece longer than this many letters: a line must always have somewhere to break. */
  longest: number;
  /** Set phrases of the talk's own (`keep:`), besides SET_PHRASES. */
  keep?: readonly string[];
  /** A table's cells, whose columns may be narrow: lines break between words (`words`: the dictionary's, a set phrase
   *  one word), or, where a table's words are too wide for the slide even at the floor, between any two characters
   *  (`characters`); never inside a figure with its unit (3.2个百分点, 2023年, 12,486万元), never before a mark that
   *  may not start a line; only a table too wide even so (`anywhere`) breaks between a figure and its unit too.
   *  Phrases, clauses and last lines are not looked at there. */
  cells?: 'words' | 'characters' | 'anywhere';
}

export const PHRASE_RULES: PhraseRules = { clause: 12, lastLine: 4, longest: 12 };

/** A card's line holds only a few words: no clause is kept whole there, only phrases. */
export const CARD_PHRASES: PhraseRules = { ...PHRASE_RULES, clause: 4, longest: 6 };

/** A table's cells: broken between words, or (`CELL_CHARACTERS`) between characters; see PhraseRules.cells. */
export const CELL_WORDS: PhraseRules = { ...PHRASE_RULES, cells: 'words' };
export const CELL_CHARACTERS: PhraseRules = { ...PHRASE_RULES, cells: 'characters' };
export const CELL_ANYWHERE: PhraseRules = { ...PHRASE_RULES, cells: 'anywhere' };

/** The rules as the start of a key of what was found with them. */
export function rulesKey(rules: PhraseRules): string {
  return `${rules.clause} ${rules.lastLine} ${rules.longest} ${rules.cells ?? ''} ${(rules.keep ?? []).join('|')}`;
}

/** Longer text is not a heading or a point but a mistake (`check` says so): it keeps the browser's own breaks. */
const LONGEST_RUN = 400;
const LONGEST_HTML = 20_000;

/** Breaks already found: a deck repeats its words (the part names, the continued titles), and finding them is the
 *  slowest step of rendering. Kept small, and emptied when full. */
const known = new Map<string, number[]>();
const KNOWN_MOST = 5000;

/** Where breaks are kept between runs of the command line (load/phrase-breaks.ts): asked for a text's breaks before
 *  they are found, and told every text's breaks a run used. */
export interface BreakStore {
  get(key: string): number[] | undefined;
  set(key: string, breaks: number[]): void;
}

let store: BreakStore | undefined;

/** Breaks are kept in `next` from now on (none: only in memory, as the editor and the dev server keep them). */
export function keepBreaksIn(next: BreakStore | undefined): void {
  store = next;
}

/** What the breaks are made by besides a text and its rules, for a store to know its breaks still hold: the files of
 *  this module, of its word finder and of BudouX's reader and model (in the built command line, the chunks that hold
 *  them), the set phrases, and the version of ICU, whose dictionary finds the words. */
export function breakerSources(): { files: string[]; phrases: readonly string[]; icu: string } {
  return {
    files: [import.meta.url, WORD_FINDER_FILE, ...boundaryFiles()],
    phrases: SET_PHRASES,
    icu: `${process.versions.icu} ${process.versions.unicode}`,
  };
}

/** The rules with an outline's own set phrases (`keep:`). */
export function phraseRulesWith(rules: PhraseRules, keep: readonly string[] | undefined): PhraseRules {
  return keep?.length ? { ...rules, keep } : rules;
}

/** A set phrase where it stands in a text: [from, to) and the offsets of its inner boundaries. */
export interface KeptPhrase {
  from: number;
  to: number;
  inner: number[];
}

/** The set phrases in `text` (SET_PHRASES and `keep`), longest first where two overlap; none overlap in the result. */
export function keptPhrases(text: string, keep: readonly string[] = []): KeptPhrase[] {
  if (!HAN.test(text)) return [];
  // Every place a phrase stands, found in one pass over the text (there are hundreds of phrases, dozens opening
  // with the same character), then taken in the list's order, longest first.
  const { phrases, finder } = phraseIndex(keep);
  const hits: Array<{ phrase: IndexedPhrase; at: number }> = [];
  findWords(finder, text, (word, at) => hits.push({ phrase: phrases[word]!, at }));
  if (!hits.length) return [];
  hits.sort((a, b) => a.phrase.rank - b.phrase.rank || a.at - b.at);
  const taken = new Uint8Array(text.length);
  const found: KeptPhrase[] = [];
  for (const { phrase, at } of hits) {
    const to = at + phrase.text.length;
    if (taken.subarray(at, to).some(Boolean)) continue;
    taken.fill(1, at, to);
    found.push({ from: at, to, inner: phrase.inner.map((offset) => at + offset) });
  }
  return found.sort((a, b) => a.from - b.from);
}

/** A set phrase as written without its `|`, its place in the longest-first list, and its inner boundaries' offsets. */
interface IndexedPhrase {
  text: string;
  rank: number;
  inner: number[];
}

/** SET_PHRASES and the outline's own, longest first (so 以习近平同志为核心的党中央 wins over 以习近平同志为核心), and
 *  the finder of their texts (word i of the finder is phrases[i]). */
function phraseIndex(keep: readonly string[]): PhraseIndex {
  const key = keep.join('\n');
  if (indexedFor !== key) {
    const sorted = [...new Set([...SET_PHRASES, ...keep])].sort(
      (a, b) => b.replace(/\|/g, '').length - a.replace(/\|/g, '').length,
    );
    const phrases: IndexedPhrase[] = [];
    sorted.forEach((written, rank) => {
      const text = written.replace(/\|/g, '');
      if (!text) return;
      const inner: number[] = [];
      let offset = 0;
      for (const part of written.split('|').slice(0, -1)) inner.push((offset += part.length));
      phrases.push({ text, rank, inner });
    });
    indexed = { phrases, finder: wordFinder(phrases.map((phrase) => phrase.text)) };
    indexedFor = key;
  }
  return indexed;
}

/** The phrases, and the finder of where they stand in a text. */
interface PhraseIndex {
  phrases: IndexedPhrase[];
  finder: WordFinder;
}

let indexed: PhraseIndex = { phrases: [], finder: wordFinder([]) };
let indexedFor: string | undefined;

/**
 * Where a line may break in text that may be wider than a line can hold whole: its phrases, never inside a set
 * phrase (not even at its inner boundary: that is the slide's `sd-keep` box's to use). For the PowerPoint, whose
 * reader wraps the lines: a hard break may go at these positions and nowhere else.
 */
export function lineBreaksAllowed(text: string, keep: readonly string[] = []): number[] {
  return phraseBreaks(text, phraseRulesWith(PHRASE_RULES, keep));
}

/** The inner boundaries of the set phrases in `text` (以习近平同志为|核心的党中央): where a phrase wider than the line
 *  itself may break, and nowhere else inside it. */
export function phraseInnerBreaks(text: string, keep: readonly string[] = []): number[] {
  return keptPhrases(text, keep).flatMap((phrase) => phrase.inner);
}

/** Positions (UTF-16 offsets) in `text` where a line may break; empty for text with no Han characters. Text longer
 *  than a heading or a point (a paragraph of the script) is broken sentence by sentence. */
export function phraseBreaks(text: string, rules: PhraseRules = PHRASE_RULES): number[] {
  // (a table's cells broken `anywhere` break letters and figures too: phrasedRun, cellBreaks)
  if (!HAN.test(text) && rules.cells !== 'anywhere') return [];
  if (text.length > LONGEST_RUN) return text.length > LONGEST_HTML ? [] : bySentence(text, rules);
  const key = `${rulesKey(rules)} ${text}`;
  const found = known.get(key);
  if (found) {
    store?.set(key, found);
    return found;
  }
  if (known.size >= KNOWN_MOST) known.clear();
  const breaks = store?.get(key) ?? (rules.cells ? cellBreaks(text, rules.cells, rules.keep) : findBreaks(text, rules));
  store?.set(key, breaks);
  known.set(key, breaks);
  return breaks;
}

/** Long text cut after each sentence (。！？；), each sentence broken on its own; a sentence too long keeps none. */
function bySentence(text: string, rules: PhraseRules): number[] {
  const breaks: number[] = [];
  let from = 0;
  for (const match of text.matchAll(/[^。！？；]*[。！？；]+[”’」』）)]*|[^。！？；]+$/gu)) {
    const sentence = match[0];
    if (sentence.length <= LONGEST_RUN) breaks.push(...phraseBreaks(sentence, rules).map((at) => from + at));
    from += sentence.length;
    if (from < text.length) breaks.push(from);
  }
  return breaks;
}

/** A figure with its unit, which no line breaks inside: 3.2个百分点, 2023年, 12,486万元, 98.6%, 第3, 10:30. */
const FIGURE =
  /第?[+\-−±]?[¥￥$€]?\d[\d,，.．:：]*(?:\s*(?:%|％|‰|个百分点|百分点|个月|季度|平方(?:公里|米)|公里|[万亿千百]?(?:元|人次|人|个|项|次|户|件|家|年|月|日|号|天|亩|吨|台|辆|所|名|条|岁|倍|批|场|轮|届|期|篇|部|座|张|万|亿)))?/gu;
/** Characters of Chinese text: Han, and the full-width marks and forms. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’—…·]/u;

/** Where a table cell's line may break (PhraseRules.cells): between the dictionary's words (a set phrase one word,
 *  broken at most at its inner boundaries) or between any two characters, and in both never inside a figure with its
 *  unit, before a mark that may not start a line or after one that may not end it; `的` and the like stay with the word
 *  before them. Only where Chinese stands on one side: Latin words break at their spaces, as the browser breaks them;
 *  `anywhere` (a table too wide even so) breaks them between any two characters too. */
function cellBreaks(
  text: string,
  mode: NonNullable<PhraseRules['cells']>,
  keep: readonly string[] | undefined,
): number[] {
  const figures = [...text.matchAll(FIGURE)].map((m) => [m.index, m.index + m[0].length] as const);
  const kept = keptPhrases(text, keep);
  const inner = new Set(kept.flatMap((phrase) => phrase.inner));
  const insideKept = (at: number) => kept.some((phrase) => at > phrase.from && at < phrase.to && !inner.has(at));
  const candidates: number[] = [];
  if (mode === 'words') candidates.push(...wordStarts(text));
  else for (let at = 1; at < text.length; at++) if (!secondOfPair(text, at)) candidates.push(at);
  return [...new Set([...candidates, ...inner])]
    .sort((a, b) => a - b)
    .filter((at) => {
      if (at <= 0 || at >= text.length) return false;
      const before = Array.from(text.slice(Math.max(0, at - 2), at)).at(-1)!;
      const after = String.fromCodePoint(text.codePointAt(at)!);
      // (a table too wide even so breaks a run of letters and figures too: a long code ran past the slide's edge)
      if (mode !== 'anywhere' && !CJK.test(before) && !CJK.test(after)) return false;
      if (/\s/.test(before) || /\s/.test(after)) return false;
      if (NO_START.test(after) || NO_END.test(before)) return false;
      if (mode !== 'anywhere' && figures.some(([from, to]) => at > from && at < to)) return false;
      return mode !== 'words' || (!insideKept(at) && !LEANS_BACK.test(after));
    });
}

/** Characters that are words of their own (a preposition, a conjunction): a line may break beside them. */
const OWN_WORD = /^[和与及或在对把被从向为是将由以于而并各每该其此这那也都又就还所按经]$/;
/** The longest word a character the dictionary left alone is joined into on both sides. */
const JOINED_WORD = 6;

/** The longest run of characters the dictionary left alone that is read as one word (同/比: 同比; 网/格/员, 下/划/线). */
const JOINED_RUN = 3;

/**
 * Where the dictionary's words start in `text`, with its single characters joined: ICU's dictionary does not know
 * many words of the genre (同/比, 网/格/员, 增长/率), and cuts them into characters. Two or three such characters
 * side by side are one word (同比, 网格员); a longer run of them (网/格/员/入/户) may break between any two, as nothing
 * says where its words end (joined, 网格员入户 was one piece five characters wide that pushed its table's column to
 * break anywhere): a `keep:` phrase (网格员) or a figure with its unit holds them (cellBreaks). A character alone goes with the words on both
 * sides of it (党委副书记) or, where that would make a word longer than JOINED_WORD, with the word before it
 * (增长率); a character that is a word of its own (和, 在, 把) stays apart.
 */
function wordStarts(text: string): number[] {
  words ??= new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const segments = [...words.segment(text)].map(({ index, segment }) => ({ index, segment }));
  const lone = (i: number) => {
    const segment = segments[i]?.segment;
    return segment !== undefined && segment.length === 1 && HAN.test(segment) && !OWN_WORD.test(segment);
  };
  const han = (i: number) => HAN.test(segments[i]?.segment ?? '');
  const joined = new Set<number>();
  for (let i = 0; i < segments.length; i++) {
    if (!lone(i)) continue;
    if (lone(i - 1) || lone(i + 1)) {
      // (a run of them: a pair joined, a longer run left apart)
      let end = i;
      while (lone(end + 1)) end++;
      if (end - i + 1 <= JOINED_RUN) for (let k = i + 1; k <= end; k++) joined.add(k);
      i = end;
      continue;
    }
    const before = han(i - 1) ? letters(segments[i - 1]!.segment) : 0;
    const after = han(i + 1) ? letters(segments[i + 1]!.segment) : 0;
    if (before) joined.add(i);
    if (after && (!before || before + 1 + after <= JOINED_WORD)) joined.add(i + 1);
  }
  return segments.filter((_, i) => !joined.has(i)).map((segment) => segment.index);
}

function findBreaks(text: string, rules: PhraseRules): number[] {
  budoux ??= new PhraseBoundaries();
  words ??= new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const starts: number[] = [];
  for (const segment of words.segment(text)) starts.push(segment.index);
  const wordStarts = new Set(starts);
  // A break only where BudouX and the dictionary agree, and always after the end of a clause.
  const agreed = budoux.parseBoundaries(text).filter((at) => wordStarts.has(at) || CLAUSE_END.test(text[at - 1]!));
  const clauseEnds = [...text.matchAll(/[，、；：。！？,;:!?]+(?=.)/gu)].map((m) => m.index + m[0].length);
  // A set phrase is one word: breaks at its ends, none inside.
  const kept = keptPhrases(text, rules.keep);
  const inside = (at: number) => kept.some((phrase) => at > phrase.from && at < phrase.to);
  // (not before punctuation that closes, nor after a mark that opens: a line never starts with ，or ends with “)
  const ends = kept
    .flatMap((phrase) => [phrase.from, phrase.to])
    .filter((at) => !NO_START.test(text[at] ?? '') && !NO_END.test(text[at - 1] ?? ''));
  // (nor inside a figure: 3,864, 10:30, 2023.5)
  const inFigure = (at: number) => /\d[,.:]$/.test(text.slice(at - 2, at)) && /^\d/.test(text[at] ?? '');
  const cuts = [...new Set([...agreed, ...clauseEnds, ...ends])]
    .filter((at) => at > 0 && at < text.length && !inside(at) && !inFigure(at))
    .sort((a, b) => a - b);

  let chunks = split(text, cuts);
  chunks = joinShortClauses(chunks, rules.clause);
  chunks = joinLoneCharacters(chunks, rules.longest);
  chunks = guardEnds(chunks, rules.lastLine, rules.longest);
  chunks = joinShortBeforeKept(text, chunks, kept, rules.longest);
  // (a chunk holding a set phrase was made so on purpose: 坚持以人民为中心的发展思想)
  chunks = splitLong(chunks, starts, (from, to) => kept.some((p) => p.from < to && p.to > from), rules);
  const breaks: number[] = [];
  let at = 0;
  for (const chunk of chunks.slice(0, -1)) breaks.push((at += chunk.length));
  return breaks;
}

/**
 * A chunk longer than `longest` that holds no set phrase (a word left alone joined the long phrase after it, or BudouX
 * ended a phrase inside a dictionary word, 长远统|筹兼顾, where the two do not agree) is cut again at the dictionary's
 * words, which are joined as above: 和长远统筹兼顾 becomes 和长远 / 统筹兼顾, so a narrow card breaks 当前和长远 /
 * 统筹兼顾, not 当前 / 和长远统筹兼顾 nor inside a word.
 */
function splitLong(
  chunks: string[],
  wordStarts: number[],
  kept: (from: number, to: number) => boolean,
  rules: PhraseRules,
): string[] {
  const out: string[] = [];
  let from = 0;
  // (the dictionary's words in order, so each chunk looks only at its own: `next` is the first after the chunk's start)
  let next = 0;
  for (const chunk of chunks) {
    const to = from + chunk.length;
    if (letters(chunk) <= rules.longest || kept(from, to)) {
      out.push(chunk);
      from = to;
      continue;
    }
    while (next < wordStarts.length && wordStarts[next]! <= from) next++;
    // (between two Han characters only: a figure, a Latin word or an address stays as it was)
    const cuts: number[] = [];
    for (let k = next; k < wordStarts.length && wordStarts[k]! < to; k++) {
      const at = wordStarts[k]! - from;
      if (HAN.test(chunk[at]!) && HAN.test(chunk[at - 1]!)) cuts.push(at);
    }
    if (!cuts.length) out.push(chunk);
    else out.push(...guardEnds(joinLoneCharacters(split(chunk, cuts), rules.longest), rules.lastLine, rules.longest));
    from = to;
  }
  return out;
}

/** The text cut into chunks at `cuts`. */
function split(text: string, cuts: number[]): string[] {
  const chunks: string[] = [];
  let from = 0;
  for (const at of cuts) {
    chunks.push(text.slice(from, at));
    from = at;
  }
  chunks.push(text.slice(from));
  return chunks;
}

/** Whether each UTF-16 code unit is a letter or a digit (LETTER), found once: 1 yes, 2 no, 0 not yet known. */
const isLetter = new Uint8Array(0x10000);

function letters(chunk: string): number {
  let count = 0;
  for (let at = 0; at < chunk.length; at++) {
    const code = chunk.charCodeAt(at);
    if (code >= 0xd800 && code <= 0xdfff) {
      // (a character outside the BMP, or a surrogate alone: read as the code point it starts)
      const character = String.fromCodePoint(chunk.codePointAt(at)!);
      if (LETTER.test(character)) count++;
      at += character.length - 1;
      continue;
    }
    let known = isLetter[code]!;
    if (!known) known = isLetter[code] = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
    if (known === 1) count++;
  }
  return count;
}

/** Chunks of one clause that is short enough to stay whole are joined into one (when there are clauses at all). */
function joinShortClauses(chunks: string[], longest: number): string[] {
  if (!chunks.slice(0, -1).some((chunk) => CLAUSE_END.test(chunk.at(-1) ?? ''))) return chunks;
  const joined: string[] = [];
  let clause: string[] = [];
  const close = () => {
    const whole = clause.join('');
    if (letters(whole) <= longest) joined.push(whole);
    else joined.push(...clause);
    clause = [];
  };
  for (const chunk of chunks) {
    clause.push(chunk);
    if (CLAUSE_END.test(chunk.at(-1) ?? '')) close();
  }
  if (clause.length) close();
  return joined.filter(Boolean);
}

/** A chunk of one character never stands alone: `的` and the like join the word before, `把`, `新`, numerals the word after. */
function joinLoneCharacters(chunks: string[], longest: number): string[] {
  const out: string[] = [];
  let carry = '';
  for (const chunk of chunks) {
    const word = carry + chunk;
    carry = '';
    const bare = word.replace(/[^\p{L}\p{N}]/gu, '');
    const endsClause = CLAUSE_END.test(word.at(-1) ?? '');
    if (out.length > 0 && LEANS_BACK.test(bare) && letters(out.at(-1)!) < longest) out[out.length - 1] += word;
    else if (!endsClause && (bare.length === 1 || NUMERAL.test(bare))) carry = word;
    else out.push(word);
  }
  if (carry) {
    if (out.length > 0) out[out.length - 1] += carry;
    else out.push(carry);
  }
  return out;
}

/** The longest word that stands beside a set phrase as one with it: 把, 坚持, 始终同. */
const SHORT_WORD = 3;
/** A set phrase this long may not fit after a word on the line: a short word before it would stay alone there. */
const LONG_PHRASE = 8;

/**
 * A short word right before a set phrase goes with it (坚持以习近平同志为核心的党中央): the phrase moves to the next
 * line whole, and a word of two letters left before it would stand alone on a line (the widow of phrase-aware
 * breaking). Joined, the two move together and, wider than the line, break only at the phrase's inner boundary
 * (坚持以习近平同志为 / 核心的党中央). Only before a long phrase (a short one fits after the word), not where that
 * would make a part between the phrase's boundaries longer than `longest`, nor after the end of a clause.
 */
function joinShortBeforeKept(text: string, chunks: string[], kept: KeptPhrase[], longest: number): string[] {
  if (!kept.length) return chunks;
  const out: string[] = [];
  let at = 0;
  for (const chunk of chunks) {
    const previous = out.at(-1);
    const phrase = kept.find((p) => p.from === at);
    at += chunk.length;
    const joins =
      previous !== undefined &&
      phrase !== undefined &&
      letters(text.slice(phrase.from, phrase.to)) >= LONG_PHRASE &&
      letters(previous) <= SHORT_WORD &&
      !CLAUSE_END.test(previous.at(-1) ?? '') &&
      letters(previous) + letters(phrase.inner.length ? chunk.slice(0, phrase.inner[0]! - phrase.from) : chunk) <=
        longest;
    if (joins) out[out.length - 1] = previous + chunk;
    else out.push(chunk);
  }
  return out;
}

/** The first and last chunks are long enough that no line holds a stray character or two. */
function guardEnds(chunks: string[], lastLine: number, longest: number): string[] {
  const out = [...chunks];
  while (out.length > 1 && letters(out.at(-1)!) < lastLine && letters(out.at(-2)! + out.at(-1)!) <= longest) {
    const last = out.pop()!;
    out[out.length - 1] += last;
  }
  while (out.length > 1 && letters(out[0]!) < 2) {
    const first = out.shift()!;
    out[0] = first + out[0];
  }
  return out;
}

// ---------- marking the written HTML ----------

/** Tags that end a run of text (a line or a block); other tags (strong, em, a, code, span) sit inside a run. */
const RUN_BREAK = new Set(['br', 'p', 'div', 'li', 'ul', 'ol', 'blockquote', 'table', 'tr', 'td', 'th', 'hr', 'img']);
const HEADING = /^h\d$/;
/** The tags after which notes are phrased apart: a paragraph, an item, a quote, a heading. */
const NOTE_END = new Set(['p', 'li', 'blockquote']);

/** A tag, or text as written (`raw`) whose characters (`text`) each know where they start in it. */
type Piece = { tag: string; name: string; closes: boolean } | Text;
type Text = { raw: string; text: string; starts?: number[] };

/** Where the character at `index` of a text's characters starts in its HTML: a text written as it is (`starts`
 *  undefined: nearly every run of a talk's words) starts each code unit where it stands, the second half of a
 *  surrogate pair where its first does. (Not listed for such text: an array and its copies for every character of
 *  the deck's points and notes, at 480 slides some 130,000 entries made only to be read back as their index.) */
function startAt(piece: Text, index: number): number {
  if (piece.starts) return piece.starts[index]!;
  return secondOfPair(piece.text, index) ? index - 1 : index;
}

/** A text's starts listed (see startAt). */
function startsOf(piece: Text): number[] {
  return piece.starts ?? Array.from({ length: piece.text.length }, (_, at) => startAt(piece, at));
}

/** The pieces written out with `<wbr>` where a line may break, and each set phrase with an inner boundary in a box
 *  (`sd-keep`) that moves to the next line whole. Text is written by `writeText` (markdown-it's, as the outline's HTML
 *  is written, by default). */
export function phrasedPieces(
  pieces: readonly HtmlPiece[],
  rules: PhraseRules = PHRASE_RULES,
  writeText: (text: string) => string = escapeText,
): string {
  return phrasedRun(expand(pieces, writeText), rules);
}

/** Notes phrased one paragraph at a time (a long note stays within what phrasing takes): the script, the speaker
 *  view and the prompter break their lines at the same places. */
export function phrasedNotes(pieces: readonly HtmlPiece[], rules: PhraseRules = PHRASE_RULES): string {
  let html = '';
  let part: Piece[] = [];
  for (const piece of expand(pieces)) {
    part.push(piece);
    if ('tag' in piece && piece.closes && (NOTE_END.has(piece.name) || HEADING.test(piece.name))) {
      html += phrasedRun(part, rules);
      part = [];
    }
  }
  return html + phrasedRun(part, rules);
}

/** A table's pieces with each cell's text phrased by its column's rules (`rulesOf`, 0 the first column). */
export function phrasedTable(pieces: readonly HtmlPiece[], rulesOf: (column: number) => PhraseRules): string {
  let html = '';
  let cell: Piece[] | undefined;
  let column = -1;
  for (const piece of expand(pieces)) {
    const cellTag = 'tag' in piece && (piece.name === 'td' || piece.name === 'th');
    if (cell && cellTag && piece.closes) {
      html += phrasedRun(cell, rulesOf(column)) + piece.tag;
      cell = undefined;
    } else if (cellTag && !piece.closes) {
      if (cell) html += phrasedRun(cell, rulesOf(column));
      html += piece.tag;
      column++;
      cell = [];
    } else if (cell) cell.push(piece);
    else {
      if ('tag' in piece && piece.name === 'tr' && !piece.closes) column = -1;
      html += 'tag' in piece ? piece.tag : piece.raw;
    }
  }
  return cell ? html + phrasedRun(cell, rulesOf(column)) : html;
}

const knownHtml = new Map<string, string>();

function phrasedRun(pieces: Piece[], rules: PhraseRules): string {
  let html = '';
  for (const piece of pieces) html += 'tag' in piece ? piece.tag : piece.raw;
  if ((!HAN.test(html) && rules.cells !== 'anywhere') || html.length > LONGEST_HTML) return html;
  const key = `${rulesKey(rules)} ${html}`;
  const found = knownHtml.get(key);
  if (found !== undefined) return found;
  if (knownHtml.size >= KNOWN_MOST) knownHtml.clear();
  const marked = markPhrases(pieces, rules);
  knownHtml.set(key, marked);
  return marked;
}

/** The pieces as tags and text, text next to text joined (a line's words are one run however they were written),
 *  the writer's raw HTML cut into its tags and text. */
function expand(pieces: readonly HtmlPiece[], writeText: (text: string) => string = escapeText): Piece[] {
  const out: Piece[] = [];
  // The text being joined: its own arrays, added to in place (a paragraph of many lines is no quadratic copy).
  let open: Text | undefined;
  const add = (piece: Piece) => {
    if ('tag' in piece) {
      out.push(piece);
      open = undefined;
    } else if (!open) {
      open = piece.starts ? { raw: piece.raw, text: piece.text, starts: [...piece.starts] } : { ...piece };
      out.push(open);
    } else {
      // Two texts written as they are join as one (unless a surrogate pair is split between them, whose second half
      // starts where it stands in its own text); otherwise their starts are listed.
      const split = secondOfPair(open.text + piece.text.charAt(0), open.text.length);
      if (open.starts || piece.starts || split) {
        const shift = open.raw.length;
        open.starts = startsOf(open);
        for (const at of startsOf(piece)) open.starts.push(at + shift);
      }
      open.raw += piece.raw;
      open.text += piece.text;
    }
  };
  for (const piece of pieces) {
    if ('markup' in piece) add({ tag: piece.markup, name: piece.name, closes: piece.closes === true });
    else if ('text' in piece) add(written(piece.text, writeText));
    else for (const part of rawPieces(piece.raw)) add(part);
  }
  return out;
}

/** Whether the code unit at `at` is the low half of a surrogate pair (a character beyond the BMP, as `for…of` reads it). */
function secondOfPair(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  const before = text.charCodeAt(at - 1);
  return code >= 0xdc00 && code <= 0xdfff && before >= 0xd800 && before <= 0xdbff;
}

/** Text and the HTML `writeText` writes it as. */
function written(text: string, writeText: (text: string) => string): Text {
  // Text the default writer leaves as it is (nearly every run of a talk's words) is its own HTML, its starts those
  // startAt gives. Writing it character by character cost a call and a string a character, over every note of the
  // deck.
  if (writeText === escapeText && !/[&<>"]/.test(text)) return { raw: text, text };
  const starts: number[] = [];
  let raw = '';
  for (const character of text) {
    for (let k = 0; k < character.length; k++) starts.push(raw.length);
    raw += writeText(character);
  }
  return { raw, text, starts };
}

function markPhrases(pieces: Piece[], rules: PhraseRules): string {
  // Each run of text between block tags and <br> is broken on its own.
  const runs: Text[][] = [[]];
  for (const piece of pieces) {
    if ('tag' in piece) {
      if (RUN_BREAK.has(piece.name) || HEADING.test(piece.name)) runs.push([]);
    } else runs.at(-1)!.push(piece);
  }
  // What goes into each piece of text, at which of its characters: <wbr> at a break; around a set phrase that has
  // an inner boundary, a box that moves to the next line whole and, wider than the line, breaks only there.
  const marks = new Map<Text, Array<{ at: number; tag: string; order: number }>>();
  const mark = (piece: Text, at: number, tag: string, order: number) => {
    const list = marks.get(piece) ?? [];
    list.push({ at, tag, order });
    marks.set(piece, list);
  };
  for (const run of runs) {
    const text = run.map((piece) => piece.text).join('');
    let offset = 0;
    const owners = run.map((piece) => {
      const from = offset;
      offset += piece.text.length;
      return { piece, from };
    });
    const ownerOf = (at: number) => owners.findLast((o) => o.from <= at && at < o.from + o.piece.text.length);
    const breaks = phraseBreaks(text, rules);
    for (const at of breaks) {
      const owner = ownerOf(at);
      if (owner) mark(owner.piece, at - owner.from, '<wbr>', 1);
    }
    // (a cell's set phrases have their inner boundaries among its breaks already, and no box: cellBreaks)
    for (const phrase of rules.cells ? [] : keptPhrases(text, rules.keep)) {
      // The box holds the whole piece between two breaks the phrase stands in (把以习近平同志为核心的党中央的要求):
      // a box's edges are places a line may break, and 把 must not be left at the end of one.
      const from = breaks.findLast((at) => at <= phrase.from) ?? 0;
      const to = breaks.find((at) => at >= phrase.to) ?? text.length;
      const owner = ownerOf(phrase.from);
      if (!phrase.inner.length || !owner || phrase.to > owner.from + owner.piece.text.length) continue;
      const end = owner.from + owner.piece.text.length;
      const [boxFrom, boxTo] = from >= owner.from && to <= end ? [from, to] : [phrase.from, phrase.to];
      mark(owner.piece, boxFrom - owner.from, '<span class="sd-keep">', 2);
      for (const at of phrase.inner) mark(owner.piece, at - owner.from, '<wbr>', 1);
      mark(owner.piece, boxTo - owner.from, '</span>', 0);
    }
  }
  return pieces
    .map((piece) => {
      if ('tag' in piece) return piece.tag;
      const at = marks.get(piece);
      if (!at) return piece.raw;
      at.sort((a, b) => a.at - b.at || a.order - b.order);
      let out = '';
      let from = 0;
      for (const { at: index, tag } of at) {
        const cut = index >= piece.text.length ? piece.raw.length : startAt(piece, index);
        out += `${piece.raw.slice(from, cut)}${tag}`;
        from = cut;
      }
      return out + piece.raw.slice(from);
    })
    .join('');
}
