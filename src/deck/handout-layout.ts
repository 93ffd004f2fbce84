// How the handout lays slides on A4: how many a page, in what frames, with or without their notes. Pure numbers,
// shared by the handout itself (src/outputs/pdf/) and by check's estimate of the notes' room (src/check/handout.ts).
import { slideSize } from './size.ts';
import type { Slide } from './types.ts';
import type { Aspect } from '../outline/types.ts';

export const PER_PAGE = [1, 2, 3, 4, 6] as const;
export type PerPage = (typeof PER_PAGE)[number];

export interface HandoutOptions {
  perPage: PerPage;
  /** The slides' notes beside or under them (1–3 a page only). */
  notes: boolean;
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

/** The slides of each handout page, in order. */
export function handoutPages(slides: Slide[], perPage: PerPage): Slide[][] {
  const pages: Slide[][] = [];
  for (let i = 0; i < slides.length; i += perPage) pages.push(slides.slice(i, i + perPage));
  return pages;
}
