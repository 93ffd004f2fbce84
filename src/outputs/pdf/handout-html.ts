// The handout's A4 pages as HTML: a header, an empty frame per slide (the slide is stamped in later), the
// slide's notes or ruled space for the reader's own, and a footer with the page number.
import { LABELS, escapeHtml, gapped, meetingWords, slideSize } from '../../deck/index.ts';
import type { DeckPlan, Slide } from '../../deck/index.ts';
import { paperDocument } from './paper-html.ts';
import type { Aspect } from '../../outline/types.ts';

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
/** What the handout's pages show besides its document: the cut notes' ending and the page numbers. */
export function handoutMarginText(sheets: number): string {
  return NOTES_CUT + LABELS.pageOfTotal(sheets, sheets);
}

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
  3: { columns: 1, rows: 3, slideWidth: 104, beside: true, roomForNotes: true },
  4: { columns: 2, rows: 2, slideWidth: 130, beside: false, roomForNotes: false, landscape: true },
  6: { columns: 2, rows: 3, slideWidth: 92, beside: false, roomForNotes: false, paperType: true },
};

/** Whether the handout's slides are printed in their paper type (see Layout.paperType). */
export function usesPaperType(perPage: PerPage): boolean {
  return LAYOUTS[perPage].paperType === true;
}

/** Points (pt) on paper of one px of a slide in this layout. */
export function paperPtPerPx(perPage: PerPage, aspect: Aspect): number {
  return (frameSize(perPage, aspect).width / 25.4) * 72 / slideSize(aspect).width;
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

/** The whole handout as one HTML document; `stylesheets` are URLs of the fonts and the theme (for its colours). */
export function handoutDocument(plan: DeckPlan, options: HandoutOptions, stylesheets: string[]): string {
  const { meta } = plan;
  const layout = LAYOUTS[options.perPage];
  const frame = frameSize(options.perPage, meta.aspect);
  const notes = showsNotes(options);
  const pages = handoutPages(plan.slides, options.perPage);
  const header =
    `<header class="sd-handout-header"><span class="sd-handout-title">${escapeHtml(meta.title)}</span>` +
    `<span class="sd-handout-meeting">${gapped(meetingWords(meta))}</span></header>`;
  const sheets = pages.map((slides, index) => {
    const cells = slides.map((slide) => cell(slide, notes, layout.beside)).join('');
    return (
      `<section class="sd-sheet" data-sheet="${index}">${header}` +
      `<main class="sd-cells">${cells}</main>` +
      `<footer class="sd-handout-footer">${LABELS.pageOfTotal(index + 1, pages.length)}</footer></section>`
    );
  });
  return paperDocument({
    className: `sd-handout sd-per-${options.perPage}${layout.beside ? ' sd-beside' : ''}${layout.columns > 1 ? ' sd-grid' : ''}`,
    title: meta.title,
    stylesheets,
    css: handoutVariables(layout, frame),
    body: sheets.join('\n'),
  });
}

/** Enough rules for the tallest space (1 a page); the space clips the rest. */
const RULED_LINES = 24;

/** A slide's frame and, beside or under it, its notes or ruled space. Notes beside a slide wrap around it and
 *  run on under it, so long notes get the whole cell. */
function cell(slide: Slide, notes: boolean, beside: boolean): string {
  const frame = `<div class="sd-frame"><div class="sd-slot" data-slide="${slide.number}"></div></div>`;
  const text = notes ? slide.notes?.text.trim() : undefined;
  if (text && beside) {
    return `<div class="sd-cell"><div class="sd-notes sd-wrap" data-slide="${slide.number}">${frame}${paragraphs(text)}</div></div>`;
  }
  const aside = text
    ? `<div class="sd-notes" data-slide="${slide.number}">${paragraphs(text)}</div>`
    : `<div class="sd-lines" aria-hidden="true">${'<i></i>'.repeat(RULED_LINES)}</div>`;
  return `<div class="sd-cell">${frame}${aside}</div>`;
}

/** Plain-text notes as paragraphs: blank lines separate them, single line breaks stay inside. */
function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** The numbers of this layout, for themes/_handout.css; four a page turns the sheet on its side, six a page
 *  narrows the side margins so that each column gets 92 mm. */
function handoutVariables(layout: Layout, frame: { width: number; height: number }): string {
  const [pageWidth, pageHeight] = layout.landscape ? [297, 210] : [210, 297];
  const page = layout.landscape ? `@page { size: ${pageWidth}mm ${pageHeight}mm; margin: 0; }\n` : '';
  const sheet = layout.landscape ? ' --sd-page-width: 297mm; --sd-page-height: 209.8mm; --sd-sheet-padding: 10mm 15mm 8mm; --sd-cells-gap: 5mm 7mm;' : layout.paperType ? ' --sd-sheet-padding: 13mm 10mm 10mm; --sd-cells-gap: 6mm 5mm;' : '';
  return `${page}:root { --sd-columns: ${layout.columns}; --sd-rows: ${layout.rows}; --sd-frame-width: ${frame.width}mm; --sd-frame-height: ${frame.height}mm; --sd-notes-size: ${NOTES_TYPE.largest}pt;${sheet} }`;
}
