// The handout's A4 pages as HTML: a header, an empty frame per slide (the slide is stamped in later), the
// slide's notes or ruled space for the reader's own, and a footer with the page number.
import { LABELS, escapeHtml, gapped, meetingWords } from '../../deck/index.ts';
import { coloursCss } from '../../deck/document.ts';
import type { DeckPlan, Slide } from '../../deck/index.ts';
import { paperDocument } from './paper-html.ts';
import {
  LAYOUTS,
  NOTES_CUT,
  NOTES_TYPE,
  frameSize,
  handoutPages,
  printedWide,
  showsNotes,
  wideFrameSize,
} from '../../deck/handout-layout.ts';
import type { HandoutOptions, Layout } from '../../deck/handout-layout.ts';

export * from '../../deck/handout-layout.ts';

/** What the handout's pages show besides its document: the cut notes' ending and the page numbers. */
export function handoutMarginText(sheets: number): string {
  return NOTES_CUT + LABELS.pageOfTotal(sheets, sheets);
}

/** Sheets `first` to `last` of the handout, counted from 0, both included. */
export interface SheetRange {
  first: number;
  last: number;
}

/** The whole handout as one HTML document; `stylesheets` are URLs of the fonts and the theme (for its colours). With
 *  `range`, only those sheets, numbered and counted as in the whole (a range printed on its own: pdf/handout.ts). */
export function handoutDocument(
  plan: DeckPlan,
  options: HandoutOptions,
  stylesheets: string[],
  range?: SheetRange,
): string {
  const { meta } = plan;
  const layout = LAYOUTS[options.perPage];
  const frame = frameSize(options.perPage, meta.aspect);
  const notes = showsNotes(options);
  const printed = printedWide(plan.slides, options.perPage, meta.aspect);
  const pages = handoutPages(plan.slides, options.perPage, meta.aspect, printed);
  const wide = new Set(plan.slides.filter((_, index) => printed[index]));
  const header =
    `<header class="sd-handout-header"><span class="sd-handout-title">${escapeHtml(meta.title)}</span>` +
    `<span class="sd-handout-meeting">${gapped(meetingWords(meta))}</span></header>`;
  const sheets = pages.flatMap((slides, index) => {
    if (range && (index < range.first || index > range.last)) return [];
    const cells = slides.map((slide) => cell(slide, notes, layout.beside, wide.has(slide))).join('');
    return (
      `<section class="sd-sheet" data-sheet="${index}">${header}` +
      `<main class="sd-cells">${cells}</main>` +
      `<footer class="sd-handout-footer">${options.pageNumbers === false ? '' : LABELS.pageOfTotal(index + 1, pages.length)}</footer></section>`
    );
  });
  return paperDocument({
    className: `sd-handout sd-per-${options.perPage}${layout.beside ? ' sd-beside' : ''}${layout.columns > 1 ? ' sd-grid' : ''}`,
    title: meta.title,
    stylesheets,
    css: handoutVariables(layout, frame, wideFrameSize(meta.aspect)) + coloursCss(meta),
    body: sheets.join('\n'),
  });
}

/** Enough rules for the tallest space (1 a page); the space clips the rest. */
const RULED_LINES = 24;
/** Ruled space for handwriting: hairlines 8 mm apart (a ruled exercise book's pitch), as vector lines at exact
 *  positions. Rules drawn as CSS borders were snapped to whole pixels, 31 or 32 px apart at random (8 mm is 30.24 px). */
const RULE = { pitchMm: 8, widthPt: 0.5, colour: '#c4c4c4' } as const;
const MM_PER_PT = 25.4 / 72;

/** The ruled space's lines, each a pitch below the last, the first a pitch below the top; each stroke within its
 *  pitch, so that the space's bottom edge never cuts one in half where it falls on a pitch. */
function ruledLines(): string {
  const inset = (RULE.widthPt * MM_PER_PT) / 2;
  const lines = Array.from({ length: RULED_LINES }, (_, i) => {
    const y = `${((i + 1) * RULE.pitchMm - inset).toFixed(3)}mm`;
    return `<line x1="0" x2="100%" y1="${y}" y2="${y}"/>`;
  }).join('');
  return `<svg class="sd-rules" width="100%" height="${RULED_LINES * RULE.pitchMm}mm" stroke="${RULE.colour}" stroke-width="${RULE.widthPt}pt">${lines}</svg>`;
}

/** A slide's frame and, beside or under it, its notes or ruled space. Notes beside a slide wrap around it and
 *  run on under it, so long notes get the whole cell. A wide slide (six a page, printedWide) has a row to itself, its
 *  ruled space beside it. */
function cell(slide: Slide, notes: boolean, beside: boolean, wide: boolean): string {
  const frame = `<div class="sd-frame"><div class="sd-slot" data-slide="${slide.number}"></div></div>`;
  const text = notes ? slide.notes?.text.trim() : undefined;
  if (text && beside) {
    return `<div class="sd-cell"><div class="sd-notes sd-wrap" data-slide="${slide.number}">${frame}${paragraphs(text)}</div></div>`;
  }
  const aside = text
    ? `<div class="sd-notes" data-slide="${slide.number}">${paragraphs(text)}</div>`
    : `<div class="sd-lines" aria-hidden="true">${ruledLines()}</div>`;
  return `<div class="sd-cell${wide ? ' sd-wide' : ''}">${frame}${aside}</div>`;
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
function handoutVariables(
  layout: Layout,
  frame: { width: number; height: number },
  wide: { width: number; height: number },
): string {
  const [pageWidth, pageHeight] = layout.landscape ? [297, 210] : [210, 297];
  const page = layout.landscape ? `@page { size: ${pageWidth}mm ${pageHeight}mm; margin: 0; }\n` : '';
  const sheet = layout.landscape
    ? ' --sd-page-width: 297mm; --sd-page-height: 209.8mm; --sd-sheet-padding: 10mm 15mm 8mm; --sd-cells-gap: 5mm 7mm;'
    : layout.paperType
      ? ' --sd-sheet-padding: 13mm 10mm 10mm; --sd-cells-gap: 6mm 5mm;'
      : '';
  return `${page}:root { --sd-columns: ${layout.columns}; --sd-rows: ${layout.rows}; --sd-frame-width: ${frame.width}mm; --sd-frame-height: ${frame.height}mm; --sd-notes-size: ${NOTES_TYPE.largest}pt;${layout.paperType ? ` --sd-wide-width: ${wide.width}mm; --sd-wide-height: ${wide.height}mm;` : ''}${sheet} }`;
}
