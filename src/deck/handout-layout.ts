// How the handout lays slides on A4: how many a page, in what frames, with or without their notes. Pure numbers,
// shared by the handout itself (src/outputs/pdf/) and by check's estimate of the notes' room (src/check/handout.ts).
import { isCards, isImage, isTable, subPointSize } from './layout.ts';
import { slideSize } from './size.ts';
import type { Slide } from './types.ts';
import type { Aspect } from '../outline/types.ts';
import type { PerPage } from './per-page.ts';

export { PER_PAGE } from './per-page.ts';
export type { PerPage } from './per-page.ts';

export interface HandoutOptions {
  perPage: PerPage;
  /** The slides' notes beside or under them (1–3 a page only). */
  notes: boolean;
  /** "第 N 页 / 共 M 页" in each page's footer (default); a bound volume numbers its pages itself. */
  pageNumbers?: boolean;
}

export const DEFAULT_HANDOUT: HandoutOptions = { perPage: 3, notes: true };

/** Shown at the end of notes that do not fit their space even at the smallest type. */
export const NOTES_CUT = '……（全文见讲稿）';

/** Notes type in points: the size to start at, and the floor it may shrink to before the text is cut. */
export const NOTES_TYPE = { largest: 10.5, smallest: 8.5 } as const;

/** How each count of slides a page is laid out, in millimetres on A4 (content area 180 mm wide, 267 mm in landscape);
 *  check's estimate of the notes' room (src/check/handout.ts) reads it too. */
export interface Layout {
  columns: number;
  rows: number;
  /** Width of a 16:9 slide; a 4:3 slide keeps the same height. */
  slideWidth: number;
  /** Notes (or ruled space) to the right of the slide rather than under it. */
  beside: boolean;
  /** Whether there is room for notes. */
  roomForNotes: boolean;
  /** A4 turned on its side: four slides in two columns of 130 mm instead of 87, so their text prints at 8 pt. */
  landscape?: boolean;
  /** The slides printed in their paper type (larger, as far as each slide has room): six to a page leave each
   *  slide 92 mm, where the projector's 42 px would print at under 6 pt. */
  paperType?: boolean;
}

/** The smallest type of a slide's points that paper should carry, in points. */
export const SLIDE_TEXT_PT = 7;

export const LAYOUTS: Record<PerPage, Layout> = {
  1: { columns: 1, rows: 1, slideWidth: 180, beside: false, roomForNotes: true },
  2: { columns: 1, rows: 2, slideWidth: 140, beside: false, roomForNotes: true },
  // 119 mm: the body's floor (40 px, layout.ts) prints at 7 pt, SLIDE_TEXT_PT; the notes flow beside and under it
  3: { columns: 1, rows: 3, slideWidth: 119, beside: true, roomForNotes: true },
  4: { columns: 2, rows: 2, slideWidth: 130, beside: false, roomForNotes: false, landscape: true },
  6: { columns: 2, rows: 3, slideWidth: 92, beside: false, roomForNotes: false, paperType: true },
};

/** Whether the handout's slides are printed in their paper type (see Layout.paperType). */
export function usesPaperType(perPage: PerPage): boolean {
  return LAYOUTS[perPage].paperType === true;
}

/** Points (pt) on paper of one px of a slide in this layout. */
export function paperPtPerPx(perPage: PerPage, aspect: Aspect): number {
  return ((frameSize(perPage, aspect).width / 25.4) * 72) / slideSize(aspect).width;
}

/** Notes are shown only with 1–3 slides a page. */
export function showsNotes(options: HandoutOptions): boolean {
  return options.notes && LAYOUTS[options.perPage].roomForNotes;
}

/** The slide frame's size in millimetres for this layout and aspect. */
export function frameSize(perPage: PerPage, aspect: Aspect): { width: number; height: number } {
  const { width: w, height: h } = slideSize(aspect);
  const height = (LAYOUTS[perPage].slideWidth * 9) / 16;
  return { width: Math.round(((height * w) / h) * 100) / 100, height: Math.round(height * 100) / 100 };
}

/** The kinds of a slide's body text that may print under SLIDE_TEXT_PT. */
export type SmallPrintKind = 'points' | 'subPoints' | 'cards' | 'table' | 'quote' | 'text' | 'caption';

/** What of a slide's body prints under SLIDE_TEXT_PT at `perPage` a page, in the order a reader meets it: nothing at
 *  six a page, where a slide too full for its 92 mm cell gets a wide one (printsWide), nor at 1–4 a page but where
 *  a slide is below the floor. */
export function smallPrintOf(slide: Slide, perPage: PerPage, aspect: Aspect): SmallPrintKind[] {
  const small = smallPrintAt(slide, perPage, paperPtPerPx(perPage, aspect));
  return small.length && usesPaperType(perPage) ? smallPrintAt(slide, perPage, widePtPerPx(aspect)) : small;
}

/**
 * At six a page, whether a slide is too full for its body to print at 7 pt in a 92 mm cell (its paper type below
 * 52 px): it gets a row of the sheet to itself instead, 119 mm wide (three a page's frame, where the floor prints at
 * 7 pt) with the ruled space beside it. A reader of a handout would rather turn one more page than read a crowded
 * slide's points at 6 pt; the slide stays as projected (a denser paper layout could not bring a 4:3 table at 40 px to
 * 52 either), and its neighbours keep their cells.
 */
export function printsWide(slide: Slide, perPage: PerPage, aspect: Aspect): boolean {
  return usesPaperType(perPage) && smallPrintAt(slide, perPage, paperPtPerPx(perPage, aspect)).length > 0;
}

/** The frame of a wide slide (printsWide) in millimetres: three a page's. */
export function wideFrameSize(aspect: Aspect): { width: number; height: number } {
  return frameSize(3, aspect);
}

function widePtPerPx(aspect: Aspect): number {
  return ((wideFrameSize(aspect).width / 25.4) * 72) / slideSize(aspect).width;
}

/** Each piece's size as the stylesheet sets it from the slide's point size: the text, cards and tables at it;
 *  sub-points, captions and attributions at it in the paper type (six a page), at 0.88 of it but never below the floor
 *  elsewhere; a quote slide's quote at its own size; printed at `ptPerPx`. (The text set in fixed sizes, the agenda,
 *  the title slide, the divider, card titles, prints at 7 pt at every count a page: themes/_print.css.) */
function smallPrintAt(slide: Slide, perPage: PerPage, ptPerPx: number): SmallPrintKind[] {
  const small = (px: number) => px * ptPerPx < SLIDE_TEXT_PT - 0.05;
  if (slide.kind === 'quote') return small(slide.typeSize) ? ['quote'] : [];
  if (slide.kind !== 'content' || slide.layout === 'statement') return [];
  const paper = usesPaperType(perPage);
  const point = paper ? slide.paperSize : slide.typeSize;
  const kinds = new Set<SmallPrintKind>();
  for (const block of slide.blocks) {
    if (isImage(block)) {
      if (slide.layout === 'image' && small(subPointSize(point, paper))) kinds.add('caption');
    } else if (isCards(block)) {
      if (small(point)) kinds.add('cards');
    } else if (block.kind === 'points') {
      if (small(point)) kinds.add('points');
      if (block.points.some((p) => p.points.length) && small(subPointSize(point, paper))) kinds.add('subPoints');
    } else if (block.kind === 'quote') {
      if (small(point)) kinds.add('quote');
    } else if (small(point)) kinds.add(isTable(block) ? 'table' : 'text');
  }
  return [...kinds];
}

/** Rows of slides a sheet holds at six a page. */
const SIX_ROWS = LAYOUTS[6].rows;

/** Which of `slides` print wide on the handout (a row of the sheet to themselves, in three a page's frame): those too
 *  full for their cell (printsWide), and at six a page a slide that would otherwise stand alone in its row just before
 *  a wide one. That row is its own either way: printed wide, the slide fills it, larger, and every slide keeps its
 *  place in the talk's order. */
export function printedWide(slides: Slide[], perPage: PerPage, aspect: Aspect): boolean[] {
  const wide = slides.map((slide) => printsWide(slide, perPage, aspect));
  /** Slides in the last row begun (0 when it is full or wide). */
  let open = 0;
  wide.forEach((isWide, index) => {
    if (!isWide && open === 0 && wide[index + 1]) wide[index] = true;
    open = wide[index] || open === 1 ? 0 : 1;
  });
  return wide;
}

/** The slides of each handout page, in order: `perPage` a page; at six a page, rows of two, a slide printed wide
 *  (`wide`, printedWide's answer, which a caller that also needs it passes) a row of its own. */
export function handoutPages(
  slides: Slide[],
  perPage: PerPage,
  aspect: Aspect,
  wide: readonly boolean[] = printedWide(slides, perPage, aspect),
): Slide[][] {
  const pages: Slide[][] = [];
  if (!usesPaperType(perPage)) {
    for (let i = 0; i < slides.length; i += perPage) pages.push(slides.slice(i, i + perPage));
    return pages;
  }
  let page: Slide[] = [];
  let rows = 0;
  /** Slides in the last row begun (0 when it is full or wide). */
  let open = 0;
  slides.forEach((slide, index) => {
    if (wide[index] || open === 0) {
      if (rows === SIX_ROWS) {
        pages.push(page);
        page = [];
        rows = 0;
      }
      rows++;
    }
    page.push(slide);
    open = wide[index] || open === 1 ? 0 : 1;
  });
  if (page.length) pages.push(page);
  return pages;
}
