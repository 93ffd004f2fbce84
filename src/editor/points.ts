// From notes to points: words chosen in a slide's notes become a point of that slide, written after its last point
// (or after its heading when it has none), above the notes; and the figures the notes give that no point shows.
import type { LineChange } from './quick-fixes.ts';
import { isContinuation, isSlideHeading, startsNotes } from '../outline/lines.ts';

const LIST_ITEM = /^(?:[-*+]|\d{1,9}[.)])[ \t]+\S/;
const MORE_OF_ITEM = /^[ \t]+\S/;

/** The lines of the slide (or `---` page) that holds `line` (1-based): from its heading to the line before the next. */
function pageAround(lines: string[], line: number): { first: number; last: number } | undefined {
  let first = line;
  while (first >= 1 && !startsPage(lines[first - 1]!)) first--;
  if (first < 1) return undefined;
  let last = line;
  while (last < lines.length && !startsPage(lines[last]!)) last++;
  return { first, last };
}

function startsPage(line: string): boolean {
  return isSlideHeading(line) || isContinuation(line);
}

/** Words chosen in the notes as a point reads: on one line, without a list marker, and without the sentence's
 *  punctuation at either end (a point is a phrase: `做到一把钥匙开一把锁。` → `做到一把钥匙开一把锁`); quotes and
 *  brackets, which pair, are kept. */
function asPoint(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[-*+]\s+/, '')
    .replace(/^[，。、；：,.;:\s]+|[，。、；：,;:\s]+$/gu, '')
    .replace(/(\p{Script=Han})\.$/u, '$1');
}

/** The change that adds `text` as a point of the page holding `line`; undefined outside a slide, or where the slide
 *  has that point already. */
export function addPoint(lines: string[], line: number, text: string): LineChange | undefined {
  const page = pageAround(lines, line);
  const point = asPoint(text);
  if (!page || !point) return undefined;
  let notes = page.last + 1;
  for (let i = page.first + 1; i <= page.last; i++) {
    if (startsNotes(lines[i - 1]!)) {
      notes = i;
      break;
    }
  }
  // The last line of the slide's list above the notes: the new point goes after it.
  let lastPoint = 0;
  for (let i = page.first + 1; i < notes; i++) {
    const text = lines[i - 1]!;
    // The same words chosen twice (Alt-P pressed again): the slide shows them already.
    if (LIST_ITEM.test(text) && text.replace(/^(?:[-*+]|\d{1,9}[.)])[ \t]+/, '').trim() === point) return undefined;
    if (LIST_ITEM.test(text) || (lastPoint === i - 1 && lastPoint > 0 && MORE_OF_ITEM.test(text))) lastPoint = i;
  }
  if (lastPoint > 0) return { from: lastPoint + 1, to: lastPoint, lines: [`- ${point}`] };
  // No list yet: one after the heading, with a blank line on either side.
  const blankAfter = (lines[page.first] ?? '').trim() === '';
  return { from: page.first + 1, to: page.first, lines: blankAfter ? ['', `- ${point}`] : ['', `- ${point}`, ''] };
}

/** A figure and what it counts: `86个网格`, `98%`, `3.5万元`, `第3次`. */
const FIGURE =
  /(?:第)?\d+(?:[.,]\d+)*(?:\s*(?:%|％|‰|[万亿千百]?[个人次件户家项条名元年月天日岁倍所座种类批]?))(?:[\p{Script=Han}]{0,4})?/gu;

/** A figure the notes give and no point shows, and the point it would make: the clause it is said in, which says
 *  what it counts (`全区建成了86个网格`, `群众满意度达到98%`), or the figure alone where that clause is long. */
export interface OfferedFigure {
  figure: string;
  point: string;
}

/** Where a clause ends: a point is a clause, not a sentence. */
const CLAUSE_END = /[，。；！？：,;!?:\n]/u;
/** A clause longer than this reads as a sentence on a slide: the figure alone is offered. */
const POINT_MAX_CHARS = 24;

/** Figures the notes give that the slide does not show, each once, in the order they are said. */
export function unshownFigures(notes: string, shown: string): OfferedFigure[] {
  const seen = new Set<string>();
  const figures: OfferedFigure[] = [];
  const plainShown = shown.replace(/\s+/g, '');
  for (const match of notes.matchAll(FIGURE)) {
    const figure = trimFigure(match[0]);
    const number = /\d+(?:[.,]\d+)*/.exec(figure)?.[0] ?? '';
    // A bare year or a small count ("2 个方面") says little; a slide showing the number shows the figure.
    if (!/[%％‰]|\d{2,}|\.\d/.test(figure) || plainShown.includes(number) || seen.has(figure)) continue;
    seen.add(figure);
    figures.push({ figure, point: clauseAround(notes, match.index ?? 0, figure) });
  }
  return figures;
}

/** The clause of `notes` holding the figure found at `at`, up to the figure's end; the figure where it is long. */
function clauseAround(notes: string, at: number, figure: string): string {
  let start = at;
  while (start > 0 && !CLAUSE_END.test(notes[start - 1]!)) start--;
  const clause = asPoint(notes.slice(start, at) + figure);
  return [...clause].length <= POINT_MAX_CHARS ? clause : figure;
}

/** The figure without what follows its unit: `86个网格化` stays `86个网格化`, `98%的` becomes `98%`. */
function trimFigure(figure: string): string {
  return figure
    .replace(/([%％‰])[\p{Script=Han}]+$/u, '$1')
    .replace(/[的了是和与在]+$/u, '')
    .trim();
}
