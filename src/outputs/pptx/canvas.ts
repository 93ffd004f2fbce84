// Where things sit on a slide, in the CSS pixels of the canvas the deck is laid out on (1920×1080 or 1440×1080),
// taken from themes/_layout.css so the PowerPoint's slides line up with the HTML deck's and the PDF's.
import { FRAME, PART_TITLE_SIZE } from '../../deck/layout.ts';
import { slideSize } from '../../deck/size.ts';
import type { Aspect } from '../../outline/types.ts';

/** Where a shape goes, in CSS pixels of the slide's canvas. */
export interface Frame {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Sizes from themes/_layout.css (`--sd-*` and the rules for each slide kind). */
export const CSS = {
  padTop: 72,
  footerHeight: 64,
  /** Room between the body and the footer. */
  footerGap: 40,
  titleSize: 68,
  titleLineHeight: 1.3,
  /** The title's padding above its rule, the rule, and the room under it before the body. */
  titleRuleGap: 22,
  titleRule: 3,
  titleRuleAccent: 180,
  headerGap: 48,
  pointSize: 42,
  pointLineHeight: 1.5,
  footerSize: 27,
  footerRule: 2,
  deckTitleSize: 96,
  deckTitleMaxWidth: 1560,
  subtitleSize: 52,
  speakerSize: 42,
  meetingSize: 34,
  rule: { width: 720, height: 3, above: 56, below: 48 },
  partNumberSize: 132,
  partCaptionSize: 48,
  partTitleSize: PART_TITLE_SIZE,
  partTitleMaxWidth: 1500,
  partIntroSize: 40,
  partIntroMaxWidth: 1400,
  closingSize: 88,
  agendaSize: 44,
  agendaBox: 84,
  agendaGap: 34,
  quoteSize: 60,
  attributionSize: 40,
  imageMaxHeight: 640,
} as const;

export interface Canvas {
  width: number;
  height: number;
  /** Left and right margin: about 6 % of the width. */
  padX: number;
}

export function canvasFor(aspect: Aspect): Canvas {
  const { width, height } = slideSize(aspect);
  return { width, height, padX: FRAME.padX[aspect] };
}

/** The width between the margins. */
export function innerWidth(canvas: Canvas): number {
  return canvas.width - 2 * canvas.padX;
}

/** The footer band along the bottom of every slide but the title slide. */
export function footerFrame(canvas: Canvas): Frame {
  return { x: 0, y: canvas.height - CSS.footerHeight, w: canvas.width, h: CSS.footerHeight };
}

/** Where the body of content slides starts and ends: under a one-line title's rule, above the footer. */
export function bodyFrame(canvas: Canvas): Frame {
  const top = titleRuleY() + CSS.titleRule + CSS.headerGap;
  const bottom = canvas.height - CSS.footerHeight - CSS.footerGap;
  return { x: canvas.padX, y: top, w: innerWidth(canvas), h: bottom - top };
}

/** The top of the rule under a content slide's title. */
export function titleRuleY(): number {
  return CSS.padTop + CSS.titleSize * CSS.titleLineHeight + CSS.titleRuleGap;
}

/** The title of content slides: ends on its rule, and has room above for a second line. */
export function titleFrame(canvas: Canvas): Frame {
  const bottom = titleRuleY() - CSS.titleRuleGap + 8;
  return { x: canvas.padX, y: 24, w: innerWidth(canvas), h: bottom - 24 };
}

/** The content area of the full-field slides (title, divider, closing): the frame's padding, footer room kept. */
export function fieldArea(canvas: Canvas): Frame {
  const bottom = canvas.height - CSS.footerHeight - CSS.footerGap;
  return { x: canvas.padX, y: CSS.padTop, w: innerWidth(canvas), h: bottom - CSS.padTop };
}
