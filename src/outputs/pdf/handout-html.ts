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
export const NOTES_TYPE = { largest: 10.5, smallest: 8.5 } as const;

/** How each count of slides a page is laid out, in millimetres on A4 (content area 180 mm wide). */
interface Layout {
  columns: number;
  rows: number;
  /** Width of a 16:9 slide; a 4:3 slide keeps the same height. */
  slideWidth: number;
  /** Notes (or ruled space) to the right of the slide rather than under it. */
  beside: boolean;
  /** Whether there is room for notes. */
  roomForNotes: boolean;
}

const LAYOUTS: Record<PerPage, Layout> = {
  1: { columns: 1, rows: 1, slideWidth: 180, beside: false, roomForNotes: true },
  2: { columns: 1, rows: 2, slideWidth: 140, beside: false, roomForNotes: true },
  3: { columns: 1, rows: 3, slideWidth: 104, beside: true, roomForNotes: true },
  4: { columns: 2, rows: 2, slideWidth: 87, beside: false, roomForNotes: false },
  6: { columns: 2, rows: 3, slideWidth: 87, beside: false, roomForNotes: false },
};

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
    className: `sd-handout sd-per-${options.perPage}${layout.beside ? ' sd-beside' : ''}`,
    title: meta.title,
    stylesheets,
    css: handoutCss(layout, frame),
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

function handoutCss(layout: Layout, frame: { width: number; height: number }): string {
  return `
@page { size: 210mm 297mm; margin: 0; }
html, body { margin: 0; padding: 0; background: #fff; }
html {
  font-family: 'Noto Sans SC', sans-serif;
  color: var(--sd-text, #222);
}
.sd-sheet {
  box-sizing: border-box;
  width: 210mm;
  /* a hair under A4, so rounding never spills a sheet onto a second page */
  height: 296.8mm;
  padding: 13mm 15mm 10mm;
  display: flex;
  flex-direction: column;
  overflow: hidden;
  break-after: page;
}
.sd-sheet:last-child { break-after: auto; }
.sd-handout-header {
  flex: none;
  display: flex;
  justify-content: space-between;
  align-items: baseline;
  gap: 8mm;
  padding-bottom: 2.2mm;
  border-bottom: 0.75pt solid var(--sd-accent, #555);
  margin-bottom: 6mm;
}
.sd-handout-title {
  font-family: 'Noto Serif SC', serif;
  font-weight: 700;
  font-size: 11pt;
  color: var(--sd-heading, #222);
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
}
.sd-handout-meeting { flex: none; font-size: 8.5pt; color: var(--sd-muted, #666); white-space: nowrap; }
.sd-gap { display: inline-block; width: 1.2em; }
.sd-cells {
  flex: 1 1 auto;
  min-height: 0;
  display: grid;
  grid-template-columns: repeat(${layout.columns}, minmax(0, 1fr));
  grid-template-rows: repeat(${layout.rows}, minmax(0, 1fr));
  gap: 6mm;
}
.sd-cell {
  min-height: 0;
  display: flex;
  flex-direction: ${layout.beside ? 'row' : 'column'};
  align-items: ${layout.beside ? 'flex-start' : layout.columns > 1 ? 'stretch' : 'center'};
  gap: ${layout.beside ? '5mm' : '3.5mm'};
}
.sd-frame {
  flex: none;
  width: ${frame.width}mm;
  height: ${frame.height}mm;
  /* its hairline border is drawn in the PDF, over the slide stamped into it */
}
.sd-slot { width: 100%; height: 100%; }
.sd-notes, .sd-lines {
  flex: 1 1 0;
  min-width: 0;
  min-height: 0;
  align-self: stretch;
}
.sd-notes {
  overflow: hidden;
  font-size: ${NOTES_TYPE.largest}pt;
  line-height: 1.6;
  text-align: justify;
  contain: strict;
}
.sd-wrap > .sd-frame { float: left; margin: 0 5mm 1.5mm 0; }
.sd-notes p { margin: 0 0 0.35em; text-indent: 2em; }
.sd-notes p:last-child { margin-bottom: 0; }
/* Room for the reader's own notes where the speaker's are not shown: hairline rules 8 mm apart, as many as fit. */
.sd-lines { overflow: hidden; }
.sd-lines i { display: block; height: 8mm; border-bottom: 0.5pt solid #c4c4c4; }
.sd-handout-footer {
  flex: none;
  margin-top: 4mm;
  padding-top: 2mm;
  border-top: 0.5pt solid #c8c8c8;
  text-align: center;
  font-size: 8.5pt;
  color: var(--sd-muted, #666);
}
`;
}
