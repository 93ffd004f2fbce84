// Handout: notes too long for their room on the printed handout, found without a browser. The handout sets each
// slide's notes in a box (themes/_handout.css), shrinking the type from 10.5 pt to 8.5 pt and cutting what still
// does not fit (src/outputs/pdf/fit-notes.js); this sets the same text in the same box, line by line, at 8.5 pt.
// tests/outputs/pdf/handout-estimate.test.ts compares it with the browser's own layout.
import { say } from '../messages/index.ts';
import { frameSize, LAYOUTS, NOTES_CUT, NOTES_TYPE, SLIDE_TEXT_PT, smallPrintOf } from '../deck/handout-layout.ts';
import { PER_PAGE } from '../deck/per-page.ts';
import type { PerPage } from '../deck/per-page.ts';
import type { DeckPlan } from '../deck/types.ts';
import type { Aspect } from '../outline/types.ts';
import { smallPrint } from '../messages/catalogue/check.ts';
import { aboutSlide } from './findings.ts';
import type { Finding } from './findings.ts';

/** The handout's page as themes/_handout.css lays it out, in mm. */
const PAGE = {
  /** The rows of slides between the header and the footer (an A4 sheet less its padding, header and footer). */
  cellsHeight: 249.3,
  rowGap: 6,
  /** Between a slide's frame and its notes under it. */
  frameGap: 3.5,
  /** The notes span the content width. */
  notesWidth: 180,
  /** Around a frame the notes flow beside (3 a page): right and bottom margins. */
  floatMargin: { right: 5, bottom: 1.5 },
} as const;

/** The type of the notes, in em: line height, space after a paragraph, first-line indent. */
const TYPE = { lineHeight: 1.6, paragraphGap: 0.35, indent: 2 } as const;

const MM_PER_PT = 25.4 / 72;

/** The code points of `characters`. */
const codes = (characters: string) => new Set([...characters].map((character) => character.codePointAt(0)!));
/** Never starts a line (Chinese line breaking, `line-break: strict`): closing marks and most punctuation. */
const NO_LINE_START = codes('。，、；：！？）》」』】〕〉”’…—·%.,;:!?)]}');
/** Never ends a line: opening marks. */
const NO_LINE_END = codes('（《「『【〔〈“‘([{');

/** The room notes have beside or under one slide, in mm. */
interface NotesBox {
  width: number;
  height: number;
  /** The slide's frame the notes flow beside, with its margins (3 a page). */
  float?: { width: number; height: number };
}

export function notesBox(perPage: PerPage, aspect: Aspect): NotesBox {
  const layout = LAYOUTS[perPage];
  const cell = (PAGE.cellsHeight - PAGE.rowGap * (layout.rows - 1)) / layout.rows;
  const frame = frameSize(perPage, aspect);
  if (layout.beside) {
    const float = { width: frame.width + PAGE.floatMargin.right, height: frame.height + PAGE.floatMargin.bottom };
    return { width: PAGE.notesWidth, height: cell, float };
  }
  return { width: PAGE.notesWidth, height: cell - frame.height - PAGE.frameGap };
}

export interface NotesFit {
  fits: boolean;
  /** Characters of the notes (spaces not counted) and how many of them the box shows. */
  total: number;
  shown: number;
}

/** Fits already set, by box and text: the editor asks for the findings at every pause in typing, and a keystroke
 *  changes the notes of one slide at most, so the others' are not set again. Bounded: cleared when it grows past
 *  FITS_KEPT (a deck of 3,000 slides, at two boxes each, still fits). */
const fits = new Map<string, NotesFit>();
const FITS_KEPT = 8000;

/** How much of `text` (plain-text notes: paragraphs apart by blank lines) the box shows at the smallest type. */
export function fitNotes(text: string, box: NotesBox, points: number = NOTES_TYPE.smallest): NotesFit {
  const key = `${points} ${box.width} ${box.height} ${box.float?.width} ${box.float?.height}\n${text}`;
  const known = fits.get(key);
  if (known) return { ...known };
  const fit = setNotes(text, box, points);
  if (fits.size >= FITS_KEPT) fits.clear();
  fits.set(key, fit);
  return { ...fit };
}

function setNotes(text: string, box: NotesBox, points: number): NotesFit {
  const em = points * MM_PER_PT;
  const lineHeight = TYPE.lineHeight * em;
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  const total = paragraphs.reduce((sum, paragraph) => sum + countCharacters(paragraph), 0);
  let top = 0;
  let shown = 0;
  for (const [index, paragraph] of paragraphs.entries()) {
    if (index > 0) top += TYPE.paragraphGap * em;
    // A single line break stays a line break (handout-html.ts makes it a <br>); only the paragraph's first line is indented.
    for (const [n, line] of paragraph.split('\n').entries()) {
      const widthAt = (y: number) => (box.float && y < box.float.height ? box.width - box.float.width : box.width) / em;
      const full = !setLines(
        line,
        n === 0 ? TYPE.indent : 0,
        () => widthAt(top),
        (characters) => {
          if (top + lineHeight > box.height + 0.15) return false;
          top += lineHeight;
          shown += characters;
          return true;
        },
      );
      if (full) return { fits: false, total, shown };
    }
  }
  return { fits: true, total, shown };
}

/** Breaks one line of text into lines of the width `width()` gives (in em, asked before each line); hands `set` the
 *  characters each line holds, and stops where it says the box is full (false, returned). Latin words stay whole;
 *  punctuation that may not start a line pulls the character before it along. (A callback, not a generator: at 480
 *  slides a generator's steps were most of the estimate's time.) */
function setLines(text: string, indent: number, width: () => number, set: (characters: number) => boolean): boolean {
  const units = unitsOf(text);
  const count = units.count;
  let start = 0;
  let first = true;
  while (start < count) {
    const room = width() - (first ? indent : 0);
    let used = 0;
    let end = start;
    while (end < count && (end === start || used + units.width[end]! <= room)) used += units.width[end++]!;
    // Chinese line breaking: move characters down rather than start a line with `。` or end one with `（`.
    while (
      end < count &&
      end - 1 > start &&
      (NO_LINE_START.has(units.first[end]!) || NO_LINE_END.has(units.last[end - 1]!))
    )
      end--;
    let characters = 0;
    for (let index = start; index < end; index++) characters += units.characters[index]!;
    if (!set(characters)) return false;
    start = end;
    // Spaces at the start of a line take no room (a space's unit holds no characters).
    while (start < count && units.space[start]) start++;
    first = false;
  }
  return true;
}

/** What a line may break between, unit by unit in arrays side by side (a talk's notes run to tens of thousands of
 *  characters: an object each was most of the findings' time): its width in em, the characters it counts, its first
 *  and last code points, whether it is a space. One set of arrays serves every line (`count` units of them are this
 *  line's), grown when a line is longer than any before: the estimate sets every note of the deck, and arrays made
 *  and pushed to for each line (with the copies countCharacters made) were 5 of the findings' 14 MB of garbage at 480
 *  slides. */
interface Units {
  count: number;
  width: Float64Array;
  characters: Int32Array;
  first: Int32Array;
  last: Int32Array;
  space: Uint8Array;
}

function unitArrays(length: number): Units {
  return {
    count: 0,
    width: new Float64Array(length),
    characters: new Int32Array(length),
    first: new Int32Array(length),
    last: new Int32Array(length),
    space: new Uint8Array(length),
  };
}

let units = unitArrays(1024);

/** Advance widths in em of Noto Sans SC's glyphs for ASCII 32 (space) to 126 (`~`), as Chromium sets them. */
const ASCII_WIDTHS = [
  0.224, 0.323, 0.475, 0.555, 0.555, 0.921, 0.68, 0.279, 0.338, 0.338, 0.467, 0.555, 0.278, 0.347, 0.278, 0.392, 0.555,
  0.555, 0.555, 0.555, 0.555, 0.555, 0.555, 0.555, 0.555, 0.555, 0.278, 0.278, 0.555, 0.555, 0.555, 0.474, 0.946, 0.6,
  0.657, 0.607, 0.688, 0.589, 0.552, 0.689, 0.728, 0.293, 0.492, 0.646, 0.543, 0.812, 0.723, 0.742, 0.633, 0.742, 0.635,
  0.58, 0.599, 0.721, 0.582, 0.878, 0.573, 0.531, 0.584, 0.338, 0.392, 0.338, 0.555, 0.559, 0.606, 0.563, 0.618, 0.486,
  0.62, 0.554, 0.322, 0.564, 0.607, 0.275, 0.275, 0.552, 0.284, 0.926, 0.61, 0.606, 0.62, 0.62, 0.388, 0.468, 0.355,
  0.607, 0.521, 0.802, 0.498, 0.521, 0.475, 0.338, 0.27, 0.338, 0.555,
];

/** Whether each UTF-16 code unit is white space as a regular expression's `\s` reads it: 1 yes, 2 no, 0 not yet known. */
const isSpace = new Uint8Array(0x10000);

function space(code: number): boolean {
  let known = isSpace[code]!;
  if (!known) known = isSpace[code] = /\s/.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/** What a line may break between: each Han or full-width character (1 em), each Latin word (a run of printable ASCII),
 *  each run of spaces. (A line has no more units than code units.) */
function unitsOf(text: string): Units {
  if (units.width.length < text.length) units = unitArrays(text.length);
  let count = 0;
  const add = (width: number, characters: number, first: number, last: number, isSpace: boolean) => {
    units.width[count] = width;
    units.characters[count] = characters;
    units.first[count] = first;
    units.last[count] = last;
    units.space[count] = isSpace ? 1 : 0;
    count++;
  };
  let at = 0;
  while (at < text.length) {
    const code = text.codePointAt(at)!;
    let end = at + 1;
    if (code < 0x10000 && space(code)) {
      while (end < text.length && space(text.charCodeAt(end))) end++;
      add(ASCII_WIDTHS[0]!, 0, 0x20, 0x20, true);
    } else if (code >= 0x21 && code <= 0x7e) {
      let width = ASCII_WIDTHS[code - 32]!;
      for (let next = text.charCodeAt(end); next >= 0x21 && next <= 0x7e; next = text.charCodeAt(++end))
        width += ASCII_WIDTHS[next - 32]!;
      add(width, end - at, code, text.charCodeAt(end - 1), false);
    } else {
      // (a character outside the BMP is two code units, and one character)
      if (code > 0xffff) end++;
      add(1, 1, code, code, false);
    }
    at = end;
  }
  units.count = count;
  return units;
}

/** Characters as the handout's cut counts them (code points), spaces left out. */
function countCharacters(text: string): number {
  let count = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    // (a surrogate pair is one code point; no white space lies outside the BMP)
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(at + 1);
      if (next >= 0xdc00 && next <= 0xdfff) at++;
    } else if (space(code)) continue;
    count++;
  }
  return count;
}

/** Slides whose notes the handout (`perPage` a page, the default 3) will cut, with the layout that would hold them
 *  (unless `otherLayouts` is false: where the speaker cannot choose one, as in the editor's page).
 *  `cut`: the slides whose notes the handout's browser did cut (`deck` measures it as it prints), which then decides;
 *  without it (`check`, the dev server), the estimate does. */
export function handoutFindings(
  plan: DeckPlan,
  file: string,
  perPage: PerPage = 3,
  cut?: readonly number[],
  otherLayouts = true,
): Finding[] {
  const findings: Finding[] = [];
  if (!LAYOUTS[perPage].roomForNotes) return findings;
  const roomier = PER_PAGE.filter((n) => n < perPage && LAYOUTS[n].roomForNotes).sort((a, b) => b - a);
  const cutSlides = cut ? new Set(cut) : undefined;
  for (const slide of plan.slides) {
    const text = slide.notes?.text.trim();
    if (!text) continue;
    // (where the browser measured the cut, only the slides it cut are set: the estimate is for their message)
    if (cutSlides && !cutSlides.has(slide.number)) continue;
    const fit = fitNotes(text, notesBox(perPage, plan.meta.aspect));
    if (!cutSlides && fit.fits) continue;
    const holds = otherLayouts ? roomier.find((n) => fitNotes(text, notesBox(n, plan.meta.aspect)).fits) : undefined;
    findings.push({
      ...aboutSlide(slide, file),
      ...(slide.notes ? { line: slide.notes.line, column: slide.notes.column } : {}),
      severity: 'warning',
      code: 'notes-cut',
      message: fit.fits
        ? say('notesCutMeasured', slide.number, slide.title, perPage, NOTES_CUT)
        : say('notesCut', slide.number, slide.title, perPage, roundDown(fit.shown), fit.total),
      hint: holds ? say('notesCutFitsAt', holds) : say('notesCutNever'),
    });
  }
  return findings;
}

/** Slides whose body text prints under SLIDE_TEXT_PT in the handout at `perPage` a page (a slide too full for the
 *  floor, set smaller; a quote slide's quote), naming what does (points, sub-points, cards, a table…), with the most
 *  slides a page that would print them large enough (unless `otherLayouts` is false). Six a page names none: a slide
 *  too full for its cell there gets a wide one (printsWide). The text set in fixed sizes (the agenda, the title slide,
 *  the divider, card titles) prints at 7 pt at every count a page (themes/_print.css), so only the body is named. */
export function smallOnPaperFindings(
  plan: DeckPlan,
  file: string,
  perPage: PerPage = 3,
  otherLayouts = true,
): Finding[] {
  const findings: Finding[] = [];
  for (const slide of plan.slides) {
    const small = smallPrintOf(slide, perPage, plan.meta.aspect);
    if (small.length === 0) continue;
    const fewer = !otherLayouts
      ? 0
      : (PER_PAGE.filter((n) => n < perPage && smallPrintOf(slide, n, plan.meta.aspect).length === 0).at(-1) ?? 0);
    findings.push({
      ...aboutSlide(slide, file),
      severity: 'warning',
      code: 'small-on-paper',
      message: say('smallOnPaper', slide.number, slide.title, SLIDE_TEXT_PT, perPage, smallPrint(small)),
      hint: say('smallOnPaperFix', fewer),
    });
  }
  return findings;
}

/** "about 420": the estimate is good to a few per cent, so a round number. */
function roundDown(characters: number): number {
  return characters < 100 ? characters : Math.floor(characters / 10) * 10;
}
