// How a content slide uses the stage: which layout its blocks get, and how large its type can be so that few short
// points read larger and many points still fit. Pure: an estimate from the text, in px at the slide's own size.
// The geometry below mirrors themes/_layout.css; the browser tests check that what it picks never overflows.
import type { Aspect, Block, Point, SlideAttributes } from '../outline/types.ts';
import { slideSize } from './size.ts';

/**
 * - `points`: the blocks in one column, balanced between title and footer.
 * - `statement`: a heading and nothing else, shown large in the middle.
 * - `media`: points (or text) beside one image, in two columns.
 * - `image`: one image (and perhaps a caption), centred and scaled to the body.
 * - `background`: `{.background}` and one image: the image fills the slide, the title sits on a band.
 */
export type ContentLayout = 'points' | 'statement' | 'media' | 'image' | 'background';

/** Type sizes a slide's body may take, largest first: few short points get the first that leaves air. */
export const TYPE_SIZES = [52, 48, 45, 42] as const;
/** The regular size, for a full slide; above it a slide is `sd-roomy`: more air between its points as well. */
export const REGULAR_SIZE = 42;
/** Smaller sizes, only for slides whose content would otherwise run over the footer (`check` names them). */
const TIGHT_SIZES = [40, 38, 36] as const;
/** More rows than any slide can show: estimated by their count alone. */
const LONGEST_TABLE = 60;
/** The share of the body larger type may fill; the rest is air around it. */
const ROOMY_FILL = 0.72;

/** The frame (see _layout.css): paddings, footer, title. */
export const FRAME = {
  padTop: 64,
  padBottom: 96,
  padX: { '16:9': 116, '4:3': 88 } satisfies Record<Aspect, number>,
  titleSize: 68,
  titleLine: 1.25,
  /** The rule under the title and the space under it. */
  headerExtra: 56,
} as const;

/** One image alone in a paragraph (what `![图](a.png)` on its own line gives). */
export function isImage(block: Block): boolean {
  return block.kind === 'markdown' && /^<p><img [^>]*><\/p>\s*$/.test(block.html);
}

export function isTable(block: Block): boolean {
  return block.kind === 'markdown' && block.html.startsWith('<table');
}

export function contentLayout(blocks: Block[], attributes: SlideAttributes): ContentLayout {
  if (blocks.length === 0) return 'statement';
  const images = blocks.filter(isImage);
  if (images.length !== 1) return 'points';
  if (attributes.classes.includes('background')) return 'background';
  const others = blocks.filter((block) => !isImage(block));
  if (others.some((block) => block.kind === 'points' || block.kind === 'quote' || isTable(block))) return 'media';
  return 'image';
}

/** 2–4 points that each open with a bold lead phrase (`**政治上**：…`) are shown as cards side by side. */
export function leadPhrase(point: Point): { lead: string; rest: string } | undefined {
  const match = /^<strong>(.+?)<\/strong>\s*[：:]\s*([\s\S]*)$/.exec(point.html);
  if (!match || match[1]!.includes('<strong>')) return undefined;
  return { lead: match[1]!, rest: match[2]! };
}

/** Cards in a row: all of them, except four on a 4:3 slide, which stand two by two. */
export function cardColumns(block: Block, aspect: Aspect): number {
  const count = block.kind === 'points' ? block.points.length : 1;
  return aspect === '4:3' && count === 4 ? 2 : count;
}

export function isCards(block: Block): boolean {
  return block.kind === 'points' && block.points.length >= 2 && block.points.length <= 4 && block.points.every((p) => leadPhrase(p) !== undefined);
}

// ---------- how much room the text takes ----------

/** Width of plain text in em: Han and full-width characters 1, Latin letters and digits about half. */
export function textEm(text: string): number {
  let em = 0;
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (code < 0x2e80) em += character === ' ' ? 0.3 : /[A-Z0-9]/.test(character) ? 0.62 : 0.52;
    else em += 1;
  }
  return em;
}

/** Lines a text takes in `width` px at `size` px; phrase breaking leaves lines a little short, hence the margin. */
function lines(text: string, size: number, width: number): number {
  return text
    .split('\n')
    .reduce((sum, line) => sum + Math.max(1, Math.ceil((textEm(line) * size * 1.08) / Math.max(width, size))), 0);
}

function plainOf(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, 'x');
}

/** Height in px of one block at point size `s` in a column `width` px wide. */
function blockHeight(block: Block, s: number, width: number, aspect: Aspect): number {
  switch (block.kind) {
    case 'points': {
      if (isCards(block)) {
        const gap = 0.6 * s;
        const columns = cardColumns(block, aspect);
        const cardWidth = (width - gap * (columns - 1)) / columns - 1.6 * s;
        const rows = Math.ceil(block.points.length / columns);
        const tallest = Math.max(
          ...block.points.map((point) => {
            const { lead, rest } = leadPhrase(point)!;
            const title = lines(plainOf(lead), 1.1 * s, cardWidth) * 1.1 * s * 1.35;
            const body = lines(plainOf(rest), s, cardWidth) * s * 1.45;
            const subs = point.points.reduce((sum, sub) => sum + lines(sub.text, 0.88 * s, cardWidth) * 0.88 * s * 1.4, 0);
            return title + 0.9 * s + body + subs;
          }),
        );
        return rows * (tallest + 1.8 * s) + (rows - 1) * gap;
      }
      const text = width - 2.75 * s;
      // band padding and the gap to the next point: 0.4em each, 0.55em and 0.6em on a roomy slide
      const air = s > REGULAR_SIZE ? 1.7 * s : 1.2 * s;
      return block.points.reduce((sum, point) => {
        const own = lines(point.text, s, text) * s * 1.45;
        const subs = point.points.reduce((total, sub) => total + lines(sub.text, 0.88 * s, text - 0.9 * s) * 0.88 * s * 1.4, 0);
        return sum + own + subs + air;
      }, 0);
    }
    case 'quote':
      return lines(block.text, s, width - 1.5 * s) * s * 1.6 + (block.attribution ? 1.4 * s : 0) + 0.6 * s;
    case 'markdown': {
      if (isImage(block)) return 0;
      if (isTable(block)) {
        // A table of hundreds of rows cannot fit whatever its type: no need to read every cell.
        const rowCount = block.text.split('\n').length;
        if (rowCount > LONGEST_TABLE) return rowCount * s * 1.95;
        const rows = [...block.html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => [...row[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => plainOf(cell[1]!)));
        const columns = Math.max(1, ...rows.map((row) => row.length));
        // The browser gives each column what its longest cell needs when the table fits: then every row is one line.
        const natural = Array.from({ length: columns }, (_, c) => Math.max(0, ...rows.map((row) => textEm(row[c] ?? ''))) * s * 1.08 + 1.2 * s);
        const fits = natural.reduce((a, b) => a + b, 0) <= width;
        const cellWidth = width / columns - 1.2 * s;
        const rowLines = (row: string[]) => (fits ? 1 : Math.max(1, ...row.map((cell) => lines(cell, s, cellWidth))));
        return rows.reduce((sum, row) => sum + rowLines(row) * s * 1.35 + 0.6 * s, 0);
      }
      return lines(block.text, s, width) * s * 1.6 + 0.6 * s;
    }
  }
}

/** The height a slide's body has below a title of `title` (its own `<br>` breaks count) at the slide's width. */
export function bodyHeight(titleHtml: string, aspect: Aspect): number {
  const { width, height } = slideSize(aspect);
  const inner = width - 2 * FRAME.padX[aspect];
  const titleLines = lines(plainOf(titleHtml), FRAME.titleSize, inner);
  return height - FRAME.padTop - FRAME.padBottom - titleLines * FRAME.titleSize * FRAME.titleLine - FRAME.headerExtra;
}

/**
 * The point size (px) for a slide's body: the largest of TYPE_SIZES whose content fills at most ROOMY_FILL of the
 * body (42 px, the regular size, when it must simply fit), and below that the tight sizes, for content that would
 * not fit even at 42 px.
 */
export function typeSize(blocks: Block[], layout: ContentLayout, titleHtml: string, aspect: Aspect): number {
  if (blocks.length === 0) return TYPE_SIZES[0];
  const { width } = slideSize(aspect);
  const inner = width - 2 * FRAME.padX[aspect];
  const column = layout === 'media' ? inner * 0.52 : inner;
  const room = bodyHeight(titleHtml, aspect);
  const height = (s: number) => blocks.reduce((sum, block) => sum + blockHeight(block, s, column, aspect), 0);
  const regular = TYPE_SIZES.at(-1)!;
  // Narrow cards read better in smaller type even where height allows more: a line there holds only a few words.
  // (a card's line should hold about nine characters)
  const columns = Math.max(1, ...blocks.filter(isCards).map((block) => cardColumns(block, aspect)));
  const largest = columns > 1 ? inner / (columns * 9) : Infinity;
  for (const s of TYPE_SIZES) if (s <= largest && height(s) <= (s === regular ? room : room * ROOMY_FILL)) return s;
  for (const s of TIGHT_SIZES) if (height(s) <= room) return s;
  return TIGHT_SIZES.at(-1)!;
}

/** Sizes for paper (the handout at six a page, `?paper-type`): as large as the slide has room for, at most 56 px. */
const PAPER_SIZES = [56, 54, 52, 50, 48, 46, 44, 42] as const;

/** The point size a slide can take on paper: the largest of PAPER_SIZES that still fits the body, never less than
 *  its projector size. */
export function paperTypeSize(blocks: Block[], layout: ContentLayout, titleHtml: string, aspect: Aspect, projected: number): number {
  if (projected >= PAPER_SIZES[0] || blocks.length === 0) return projected;
  const { width } = slideSize(aspect);
  const inner = width - 2 * FRAME.padX[aspect];
  const column = layout === 'media' ? inner * 0.52 : inner;
  const room = bodyHeight(titleHtml, aspect);
  const columns = Math.max(1, ...blocks.filter(isCards).map((block) => cardColumns(block, aspect)));
  const largest = columns > 1 ? (inner / (columns * 9)) * 1.2 : Infinity;
  const fits = (s: number) => s <= largest && blocks.reduce((sum, block) => sum + blockHeight(block, s, column, aspect), 0) <= room;
  return Math.max(projected, PAPER_SIZES.find(fits) ?? projected);
}

/** The quote slide's type: large for a short quote, smaller as it grows, so it stays within the body. */
export function quoteSize(text: string, titleHtml: string, aspect: Aspect): number {
  const { width } = slideSize(aspect);
  const inner = width - 2 * FRAME.padX[aspect] - 160;
  const room = bodyHeight(titleHtml, aspect) - 160;
  for (const s of [60, 54, 48, 44, 40]) if (lines(text, s, inner) * s * 1.6 <= room) return s;
  return 36;
}
