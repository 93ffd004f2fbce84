// A content slide laid out as the deck lays it out (deck/layout.ts's `ContentLayout`, deck/render.ts's
// `contentBody`): a statement large in the middle; points balanced between title and footer (with cards and tables
// among them); points beside one image; one image centred with its caption; or the image filling the slide behind a
// title band, the points on a panel.
import {
  type ContentLayout,
  REGULAR_SIZE,
  isCards,
  isImage,
  isTable,
  pointTableColumns,
  tableCellRules,
  tableShares,
} from '../../../deck/layout.ts';
import type { ContentSlide } from '../../../deck/types.ts';
import type { Block, Point } from '../../../outline/types.ts';
import { CSS, bodyFrame, footerFrame, innerWidth, titleRuleY, type Frame } from '../canvas.ts';
import { PT_PER_PX, textBodyXml, type Paragraph } from '../drawingml.ts';
import { FACES } from '../fonts.ts';
import { titleStyle } from '../layouts.ts';
import { READER_ROOM_EM, balancedBreaks, balancedLines, lineCount } from '../measure.ts';
import { breakRuns, quoteBarBelow, runStyle, runsOf, slideContent, textParagraph } from '../paragraphs.ts';
import { blocksOf, inlinesOf, plainText, type Inline } from '../rich-text.ts';
import { cardsHeight, drawCards } from './cards.ts';
import { bodyOf, hangingMargin, layoutPh, slideRules, slideTitle, type SlideContext } from './context.ts';
import { readable } from './readable.ts';
import { backdrop, figure, figureSize, type FigureImage } from './figure.ts';
import { paragraphsHeight, writtenHeight } from './measure-text.ts';
import { type DeckColumns, drawTable, tableLayout } from './table.ts';

export function contentSlide(context: SlideContext, slide: ContentSlide): void {
  switch (slide.layout) {
    case 'statement':
      return statement(context, slide);
    case 'media':
      return media(context, slide);
    case 'image':
      return imageAlone(context, slide);
    case 'background':
      return background(context, slide);
    case 'points':
      slideTitle(context, inlinesOf(slide.titleInlines), slide.continued);
      return stack(context, slide.blocks, bodyOf(context), slide.typeSize, true, 'points');
  }
}

/** The image block of a slide, as the deck's `figure` finds it. */
function imageOf(block: Block): FigureImage {
  const rich = block.kind === 'markdown' ? blocksOf(block.blocks).find((b) => b.kind === 'image') : undefined;
  return rich?.kind === 'image' ? { src: rich.src, alt: rich.alt } : { src: '', alt: '' };
}

/** A piece of a slide's body drawn on its own: text (paragraphs), cards, a table, or a row of pictures. */
type Piece =
  | { kind: 'text'; paragraphs: Paragraph[]; quotes: QuoteRange[] }
  | { kind: 'cards'; block: Extract<Block, { kind: 'points' }> }
  | {
      kind: 'table';
      rows: Parameters<typeof drawTable>[1];
      deck?: DeckColumns | undefined;
      /** A table inside a point stands in from the body's sides by the point's band, in em. */
      inset?: { left: number; right: number };
    }
  | { kind: 'pictures'; images: FigureImage[] };

/** The pictures a block shows inside its text (two in one paragraph, one in a sentence or a point), which the text's
 *  paragraphs cannot hold: drawn as a row under that text, so that no picture of the slide is lost. */
function picturesIn(block: Block): FigureImage[] {
  const images = (rich: ReturnType<typeof blocksOf>): FigureImage[] =>
    rich.flatMap((b) =>
      b.kind === 'image' ? [{ src: b.src, alt: b.alt }] : b.kind === 'quote' ? images(b.blocks) : [],
    );
  const points = (list: Point[]): FigureImage[] =>
    list.flatMap((point) => [...images(blocksOf(point.blocks)), ...points(point.points)]);
  if (block.kind === 'points') return points(block.points);
  return images(blocksOf(block.blocks));
}

/** The paragraphs of a quote among a text's paragraphs (`from` up to `to`): the deck draws the accent bar beside
 *  them (`.sd-quote-block`'s left border). */
interface QuoteRange {
  from: number;
  to: number;
  /** How far its bar reaches below its written lines (paragraphs.ts's quoteBarBelow). */
  below: number;
}

function piecesOf(context: SlideContext, blocks: Block[], size: number, width: number, layout: ContentLayout): Piece[] {
  const column = { widthPx: width, rules: slideRules(context) };
  const pieces: Piece[] = [];
  const text = (paragraphs: Paragraph[], quote?: Block) => {
    if (!paragraphs.length) return;
    let last = pieces.at(-1);
    if (last?.kind !== 'text') pieces.push((last = { kind: 'text', paragraphs: [], quotes: [] }));
    const from = last.paragraphs.length;
    // (a quote under points stands the band's padding and 0.5em below the last point, `.sd-points +
    // .sd-quote-block`, not a point's gap: it stood 0.03 of the page lower than the deck's)
    const before = last.paragraphs[from - 1];
    if (quote && before && lastBlock?.kind === 'points')
      last.paragraphs[from - 1] = {
        ...before,
        style: { ...before.style, spaceAfterPt: (size > REGULAR_SIZE ? 1.05 : 0.9) * size * PT_PER_PX },
      };
    last.paragraphs.push(...paragraphs);
    if (quote) last.quotes.push({ from, to: last.paragraphs.length, below: quoteBarBelow(quote, size) });
  };
  let lastBlock: Block | undefined;
  for (const block of blocks) {
    if (block.kind === 'points' && !isCards(block) && block.points.some(holdsTable)) {
      // (a table inside a point is a table, as the deck draws it: the points around it text)
      for (const part of pointsAroundTables(block)) {
        if (part.kind === 'points')
          text(slideContent([part], context.look, size, context.plan.meta.numbering, column).paragraphs);
        else pieces.push(pointTablePiece(context, part.table, layout, block.ordered));
      }
    } else if (block.kind === 'points' && isCards(block)) pieces.push({ kind: 'cards', block });
    else if (isTable(block)) {
      const table = blocksOf(block.kind === 'markdown' ? block.blocks : []).find((rich) => rich.kind === 'table');
      // (on our own layout, the deck's columns, as it writes them: on a template's body the table is set to the
      // template's width)
      const { aspect, keep } = context.plan.meta;
      const deck: DeckColumns | undefined = context.frames
        ? undefined
        : (at) => ({
            shares: tableShares(block, layout, aspect, at, keep),
            rules: tableCellRules(block, layout, aspect, keep),
          });
      if (table?.kind === 'table') pieces.push({ kind: 'table', rows: table.rows, deck });
    } else if (!isImage(block)) {
      text(
        slideContent([block], context.look, size, context.plan.meta.numbering, column).paragraphs,
        block.kind === 'quote' ? block : undefined,
      );
      const images = picturesIn(block);
      if (images.length) pieces.push({ kind: 'pictures', images });
    }
    lastBlock = block;
  }
  return pieces;
}

type OutlineTable = Extract<Point['blocks'][number], { kind: 'table' }>;

function holdsTable(point: Point): boolean {
  return point.blocks.some((rich) => rich.kind === 'table');
}

/** A list whose points hold tables, cut around them: the points before, a point's words up to its table, the table,
 *  the rest of the point read on (no marker: `continues`) with the points after, numbered on. */
function pointsAroundTables(
  block: Extract<Block, { kind: 'points' }>,
): (Extract<Block, { kind: 'points' }> | { kind: 'table'; table: OutlineTable })[] {
  const parts: (Extract<Block, { kind: 'points' }> | { kind: 'table'; table: OutlineTable })[] = [];
  let points: Point[] = [];
  let start = block.start ?? 1;
  let at = start;
  const flush = () => {
    if (points.length) parts.push({ ...block, points, start });
    points = [];
  };
  block.points.forEach((point, i) => {
    at = (block.start ?? 1) + i;
    if (!holdsTable(point)) {
      if (!points.length) start = at;
      points.push(point);
      return;
    }
    // (a piece of the point: its words `blocks`; the last piece with its sub-points and attribution)
    const { attribution, continues: first, points: subs, ...words } = point;
    const piece = (blocks: Point['blocks'], last: boolean, continues: boolean): Point => ({
      ...words,
      blocks,
      points: last ? subs : [],
      ...(last && attribution !== undefined ? { attribution } : {}),
      ...(continues ? { continues: true as const } : {}),
    });
    let rest: Point['blocks'] = [];
    let continues = first === true;
    for (const rich of point.blocks) {
      if (rich.kind !== 'table') {
        rest.push(rich);
        continue;
      }
      if (rest.length) {
        if (!points.length) start = at;
        points.push(piece(rest, false, continues));
      }
      flush();
      parts.push({ kind: 'table', table: rich });
      rest = [];
      continues = true;
    }
    if (!points.length) start = at;
    points.push(piece(rest, true, continues));
  });
  flush();
  return parts.filter(
    (part) =>
      part.kind !== 'points' ||
      part.points.some((p) => p.blocks.length || p.points.length || p.attribution !== undefined),
  );
}

/** A table inside a point: as wide as the point's words, standing where they stand, the deck's columns. */
function pointTablePiece(context: SlideContext, table: OutlineTable, layout: ContentLayout, ordered: boolean): Piece {
  const { aspect, keep } = context.plan.meta;
  const place = { layout, aspect, ordered, sub: false };
  const deck: DeckColumns | undefined = context.frames
    ? undefined
    : (at) => {
        const { shares, rules } = pointTableColumns(table, place, { size: at, paper: at }, keep);
        return { shares, rules };
      };
  const rows = blocksOf([table]).find((rich) => rich.kind === 'table');
  // (the band's border and its left padding, 2em, 3.3em beside a number; the right padding 0.75em)
  return {
    kind: 'table',
    rows: rows?.kind === 'table' ? rows.rows : [],
    deck,
    inset: { left: ordered ? 3.44 : 2.14, right: 0.75 },
  };
}

/** A table piece's width in a body `width` px wide: less its inset, where it stands in a point. */
function insetWidth(piece: Extract<Piece, { kind: 'table' }>, width: number, size: number): number {
  return width - ((piece.inset?.left ?? 0) + (piece.inset?.right ?? 0)) * size;
}

/** The smallest type a body is set in on a template's smaller body. */
const MIN_SIZE = 24;

/** The height of the pieces but the rows of pictures (which take the room left), with the gaps between them. */
function textHeight(context: SlideContext, pieces: Piece[], width: number, size: number): number {
  const heights = pieces.map((piece) =>
    piece.kind === 'text'
      ? paragraphsHeight(piece.paragraphs, width)
      : piece.kind === 'cards'
        ? cardsHeight(context, piece.block, width, size)
        : piece.kind === 'table'
          ? tableLayout(piece.rows, insetWidth(piece, width, size), size, piece.deck).height
          : MIN_ROW,
  );
  return heights.reduce((a, b) => a + b, 0) + PIECE_GAP * size * Math.max(0, pieces.length - 1);
}

/** The accent bar beside a quote (`.sd-quote-block`'s left border), in em of the body's type. */
const QUOTE_BAR_EM = 0.19;
/** Room between two pieces of a body (`margin-top: 0.5em`). */
const PIECE_GAP = 0.5;
/** Pictures in a row stand this far apart; a row is never squeezed below this height. */
const ROW_GAP = 24;
const MIN_ROW = 120;

/** A row of pictures across `width`, each in an equal cell, as tall as its tallest picture fitted in `room`. */
function picturesRow(
  context: SlideContext,
  images: FigureImage[],
  width: number,
  room: number,
): { cell: number; height: number } {
  const cell = (width - ROW_GAP * (images.length - 1)) / images.length;
  const height = Math.max(...images.map((image) => figureSize(context, image, { w: cell, h: room }).h));
  return { cell, height };
}

/**
 * The blocks stacked in `area`, centred top to bottom as the deck's body is. The first text goes into the layout's
 * body placeholder (`placeholder`), so that the points are the slide's points in PowerPoint's outline view.
 */
function stack(
  context: SlideContext,
  blocks: Block[],
  area: Frame,
  planned: number,
  placeholder: boolean,
  layout: ContentLayout,
): void {
  // On a template whose body is smaller than ours the type is set smaller until the text fits, as the plan fits a
  // slide (down to the smallest size it sets a point in); on our own layout the plan's size fits already.
  let size = planned;
  let pieces = piecesOf(context, blocks, size, area.w, layout);
  while (context.frames && size > MIN_SIZE && textHeight(context, pieces, area.w, size) > area.h) {
    size = Math.max(MIN_SIZE, Math.floor(size * 0.92));
    pieces = piecesOf(context, blocks, size, area.w, layout);
  }
  const fixed = pieces.map((piece) =>
    piece.kind === 'text'
      ? paragraphsHeight(piece.paragraphs, area.w, slideRules(context))
      : piece.kind === 'cards'
        ? cardsHeight(context, piece.block, area.w, size)
        : piece.kind === 'table'
          ? tableLayout(piece.rows, insetWidth(piece, area.w, size), size, piece.deck).height
          : 0,
  );
  const gaps = PIECE_GAP * size * Math.max(0, pieces.length - 1);
  // Rows of pictures share the room the other pieces leave, each row no taller than that share.
  const rows = pieces.filter((piece) => piece.kind === 'pictures').length;
  const rowRoom = rows ? Math.max(MIN_ROW, (area.h - gaps - fixed.reduce((a, b) => a + b, 0)) / rows) : 0;
  const heights = pieces.map((piece, i) =>
    piece.kind === 'pictures' ? picturesRow(context, piece.images, area.w, rowRoom).height : fixed[i]!,
  );
  const total = heights.reduce((a, b) => a + b, 0) + gaps;
  let y = area.y + Math.max(0, (area.h - total) / 2);
  let placed = !placeholder;
  pieces.forEach((piece, i) => {
    const frame = { ...area, y, h: heights[i]! };
    if (piece.kind === 'text') {
      // A lone text fills the body and is centred in it, as in the layout; one among others takes its own height.
      const body = textBodyXml({ anchor: pieces.length === 1 ? 'ctr' : 't' }, piece.paragraphs);
      // (a quote's bar reaching below the text's last line, through its attribution's: the reader centres the lines
      // alone, so the box leaves that much out, as the deck centres the quote with it)
      const last = piece.quotes.at(-1);
      const below = last?.to === piece.paragraphs.length ? last.below : 0;
      const lone = { ...area, h: area.h - below };
      const box = readerRoom(context, pieces.length === 1 ? lone : frame, size);
      if (!placed) context.tree.placeholder('body', box, body, layoutPh(context, area));
      else context.tree.text(box, body);
      placed = true;
      // (a lone text is centred in the body by the reader, the others stand from their own top)
      const top = pieces.length === 1 ? centredTop(piece.paragraphs, lone.y, lone.h) : y;
      quoteBars(context, piece.paragraphs, piece.quotes, { x: area.x, y: top }, size);
    } else if (piece.kind === 'cards') drawCards(context, piece.block, frame, size);
    else if (piece.kind === 'table') {
      const left = (piece.inset?.left ?? 0) * size;
      const inset = { ...frame, x: frame.x + left, w: insetWidth(piece, frame.w, size) };
      drawTable(context, piece.rows, inset, size, piece.deck);
    } else {
      const { cell } = picturesRow(context, piece.images, area.w, rowRoom);
      piece.images.forEach((image, n) =>
        figure(context, image, { x: area.x + n * (cell + ROW_GAP), y, w: cell, h: heights[i]! }),
      );
    }
    y += heights[i]! + PIECE_GAP * size;
  });
}

/** The deck's accent bar beside each quote of a text whose first line stands at `at.y` (`.sd-quote-block`:
 *  `border-left: 0.19em solid var(--sd-accent)`, from the quote's first line down to its attribution), as tall as
 *  the deck's lines written into the quote's paragraphs. */
function quoteBars(
  context: SlideContext,
  paragraphs: Paragraph[],
  quotes: readonly QuoteRange[],
  at: { x: number; y: number },
  size: number,
): void {
  for (const { from, to, below } of quotes) {
    // (the paragraphs above, and the room after the last of them)
    const above =
      from > 0
        ? writtenHeight(paragraphs.slice(0, from)) + (paragraphs[from - 1]!.style.spaceAfterPt ?? 0) / PT_PER_PX
        : 0;
    const frame = {
      x: at.x,
      y: at.y + above,
      w: QUOTE_BAR_EM * size,
      h: writtenHeight(paragraphs.slice(from, to)) + below,
    };
    context.tree.rect(frame, context.look.theme.accent);
  }
}

/** Where the first line of `paragraphs` stands in a box from `y`, `height` tall, that centres them. */
function centredTop(paragraphs: Paragraph[], y: number, height: number): number {
  return y + Math.max(0, (height - writtenHeight(paragraphs)) / 2);
}

/** A box of text with the deck's lines, made wider by READER_ROOM_EM: to the right for left-aligned text (into the
 *  slide's margin, a panel's padding), on both sides for centred text, so that the text stands where it stood. On a
 *  template, whose body is its own, as it is. */
function readerRoom(context: SlideContext, box: Frame, size: number, centred = false): Frame {
  const slack = READER_ROOM_EM * size;
  return context.frames ? box : { ...box, x: box.x - (centred ? slack / 2 : 0), w: box.w + slack };
}

/** A heading and nothing else: large in the middle of the slide, between a short accent rule above and a gold one
 *  below (`.sd-layout-statement`). */
function statement(context: SlideContext, slide: ContentSlide): void {
  const { look, tree } = context;
  const { canvas, theme } = look;
  const size = 84;
  // On a template: in the room its master leaves for content (clear of its title bar, emblem and footer bar).
  const room = context.frames?.content;
  const width = Math.min(1500, room?.w ?? innerWidth(canvas));
  const inlines = inlinesOf(slide.titleInlines);
  const text = plainText([{ kind: 'paragraph', inlines }]);
  const { breaks, lines } = balancedLines(text, width, size, 0.04, context.plan.meta.keep);
  const textHeight = lines * size * 1.35;
  const rule = { w: 240, h: 4, gap: 48 };
  const total = rule.h + rule.gap + textHeight + rule.gap + rule.h;
  // The frame's padding, 40 px more below (`padding-bottom: calc(var(--sd-pad-bottom) + 40px)`).
  const top = room?.y ?? 64;
  const bottom = room ? room.y + room.h : canvas.height - CSS.footerHeight - 32 - 40;
  const middle = room ? room.x + room.w / 2 : canvas.width / 2;
  const y = top + Math.max(0, (bottom - top - total) / 2);
  const x = middle - rule.w / 2;
  tree.rect({ x, y, w: rule.w, h: rule.h }, theme.accent);
  const box = { x: middle - width / 2, y: y + rule.h + rule.gap, w: width, h: textHeight };
  const colour = readable(context, box, theme.heading, size);
  const style = runStyle(FACES.title, size, colour, { bold: true, spacingPt: size * 0.04 * PT_PER_PX });
  const runs = breakRuns(runsOf(inlines, style), breaks);
  if (slide.continued)
    runs.push({
      text: '（续）',
      style: { ...style, sizePt: style.sizePt * 0.7, bold: false, colour: readable(context, box, theme.muted, size) },
    });
  tree.placeholder(
    'title',
    box,
    textBodyXml({ anchor: 'ctr' }, [
      {
        runs,
        style: {
          align: 'ctr',
          lineSpacing: { exactPt: size * 1.35 * PT_PER_PX },
          ...(slide.continued ? {} : { marginPx: hangingMargin(text, lines, size, 0.04) }),
        },
        end: style,
      },
    ]),
  );
  tree.rect({ x, y: box.y + textHeight + rule.gap, w: rule.w, h: rule.h }, theme.gold);
}

/** Points (or text) on the left, the image on the right: `grid-template-columns: 1fr 0.92fr`, 56 px apart. */
function media(context: SlideContext, slide: ContentSlide): void {
  slideTitle(context, inlinesOf(slide.titleInlines), slide.continued);
  const body = bodyOf(context);
  const gap = 56;
  const textWidth = ((body.w - gap) * 1) / 1.92;
  const image = slide.blocks.find(isImage);
  // On a template's two-content layout, the text in its first placeholder and the picture in its second.
  const second = context.frames?.bodies[1];
  stack(
    context,
    slide.blocks.filter((block) => block !== image),
    second ? body : { ...body, w: textWidth },
    slide.typeSize,
    true,
    'media',
  );
  if (image)
    figure(
      context,
      imageOf(image),
      second ?? { x: body.x + textWidth + gap, y: body.y, w: body.w - textWidth - gap, h: body.h },
    );
}

/** One image, centred and as large as the body allows, its description as the caption under it; any other text
 *  under that, centred. */
function imageAlone(context: SlideContext, slide: ContentSlide): void {
  const { look, tree } = context;
  slideTitle(context, inlinesOf(slide.titleInlines), slide.continued);
  const body = bodyOf(context);
  const size = slide.typeSize;
  const block = slide.blocks.find(isImage)!;
  const image = imageOf(block);
  const captionSize = size * 0.88;
  const captionStyle = runStyle(FACES.text, captionSize, look.theme.muted);
  const captionHeight = image.alt
    ? lineCount(image.alt, body.w, captionSize) * captionSize * 1.5 + 0.5 * captionSize
    : 0;
  const rest = slide.blocks.filter((b) => b !== block);
  const column = { widthPx: body.w, rules: slideRules(context) };
  const restParagraphs = rest
    .flatMap((b) => slideContent([b], look, size, context.plan.meta.numbering, column).paragraphs)
    .map((p) => ({ ...p, style: { ...p.style, align: 'ctr' as const } }));
  // (pictures inside that text, as a row under it: a small row, the slide's own picture keeping the room)
  const inText = rest.flatMap(picturesIn);
  const row = inText.length ? picturesRow(context, inText, body.w, INLINE_ROW) : { cell: 0, height: 0 };
  const restHeight =
    (restParagraphs.length ? paragraphsHeight(restParagraphs, body.w, slideRules(context)) + 0.4 * size : 0) +
    (inText.length ? row.height + 0.4 * size : 0);
  const room = { ...body, h: body.h - captionHeight - restHeight };
  const { h } = figureSize(context, image, room);
  const y = body.y + (body.h - h - captionHeight - restHeight) / 2;
  figure(context, image, { x: body.x, y, w: body.w, h });
  if (image.alt)
    tree.text(
      { x: body.x, y: y + h + 0.5 * captionSize, w: body.w, h: captionHeight - 0.5 * captionSize },
      textBodyXml({}, [textParagraph(image.alt, captionStyle, { align: 'ctr' })]),
      { name: 'Caption' },
    );
  const textHeight = restHeight - (inText.length ? row.height + 0.4 * size : 0);
  if (restParagraphs.length)
    tree.text(
      readerRoom(context, { x: body.x, y: y + h + captionHeight + 0.4 * size, w: body.w, h: textHeight }, size, true),
      textBodyXml({}, restParagraphs),
    );
  drawRow(context, inText, row, { x: body.x, y: y + h + captionHeight + textHeight + 0.4 * size, w: body.w });
}

/** The height a row of pictures inside the text beside a slide's own picture may take. */
const INLINE_ROW = 180;

/** A row of pictures (see picturesRow) drawn from `at`, centred across its width. */
function drawRow(
  context: SlideContext,
  images: FigureImage[],
  row: { cell: number; height: number },
  at: { x: number; y: number; w: number },
): void {
  images.forEach((image, n) =>
    figure(context, image, { x: at.x + n * (row.cell + ROW_GAP), y: at.y, w: row.cell, h: row.height }),
  );
}

/** The `{.background}` title band's colour: the middle of the deck's dark gradient. */
const BAND = { hex: '291111', alpha: 1 };

/** `{.background}`: the image covers the slide; the title, white, sits on a dark band across the top; points on a
 *  light panel at most 58 % wide; the footer over the image. */
function background(context: SlideContext, slide: ContentSlide): void {
  const { look, tree } = context;
  const { canvas, theme } = look;
  const block = slide.blocks.find(isImage)!;
  const covered = backdrop(context, imageOf(block), { x: 0, y: 0, w: canvas.width, h: canvas.height });
  // The band reaches down to 28 px under the title (`padding: 8px 0 28px`).
  const bandBottom = titleRuleY() + 8;
  // Opaque, as the deck's band (`rgb(30, 12, 12)` to `rgb(52, 22, 22)`): the picture must not show through the title.
  tree.rect({ x: 0, y: 0, w: canvas.width, h: bandBottom }, BAND);
  const white = { hex: 'FFFFFF', alpha: 1 };
  const inlines: Inline[] = inlinesOf(slide.titleInlines);
  const style = { ...titleStyle(look), colour: white };
  const text = plainText([{ kind: 'paragraph', inlines }]);
  const frame = { x: canvas.padX, y: 24, w: innerWidth(canvas), h: bandBottom - 24 - 20 };
  const runs = breakRuns(
    runsOf(inlines, style),
    balancedBreaks(text, frame.w, CSS.titleSize, 0.02, context.plan.meta.keep),
  );
  tree.placeholder('title', frame, textBodyXml({ anchor: 'b' }, [{ runs, style: { lineSpacing: 1.05 }, end: style }]));
  if (covered) {
    // The layout's footer lies under the picture: the slide draws its band again.
    const band = footerFrame(canvas);
    tree.rect(band, theme.footer);
    tree.rect({ ...band, h: CSS.footerRule }, theme.gold);
  }
  const rest = slide.blocks.filter((b) => b !== block);
  if (!rest.length) return;
  const body = bodyFrame(canvas);
  const size = slide.typeSize;
  const pad = { x: 0.8 * size, y: 0.6 * size };
  // (58 % of the body is the panel's text, its padding around that: `.sd-panel`'s max-width, content-box)
  const panelWidth = body.w * 0.58 + 2 * pad.x;
  const column = { widthPx: panelWidth - 2 * pad.x, rules: slideRules(context) };
  const paragraphs: Paragraph[] = [];
  const quotes: QuoteRange[] = [];
  for (const b of rest) {
    const from = paragraphs.length;
    paragraphs.push(...slideContent([b], look, size, context.plan.meta.numbering, column).paragraphs);
    if (b.kind === 'quote' && paragraphs.length > from)
      quotes.push({ from, to: paragraphs.length, below: quoteBarBelow(b, size) });
  }
  const textHeight = paragraphsHeight(paragraphs, column.widthPx, slideRules(context));
  // (pictures inside the text, as a row under it on the panel)
  const inText = rest.flatMap(picturesIn);
  const row = inText.length ? picturesRow(context, inText, panelWidth - 2 * pad.x, INLINE_ROW) : { cell: 0, height: 0 };
  const rowHeight = inText.length ? row.height + 0.4 * size : 0;
  const panel = {
    x: body.x,
    y: body.y + Math.max(0, (body.h - textHeight - rowHeight - 2 * pad.y) / 2),
    w: panelWidth,
    h: textHeight + rowHeight + 2 * pad.y,
  };
  tree.rect(panel, { hex: 'FFFFFF', alpha: 0.9 });
  tree.placeholder(
    'body',
    readerRoom(context, { x: panel.x + pad.x, y: panel.y + pad.y, w: panel.w - 2 * pad.x, h: textHeight }, size),
    textBodyXml({ anchor: 'ctr' }, paragraphs),
  );
  const top = centredTop(paragraphs, panel.y + pad.y, textHeight);
  quoteBars(context, paragraphs, quotes, { x: panel.x + pad.x, y: top }, size);
  drawRow(context, inText, row, {
    x: panel.x + pad.x,
    y: panel.y + pad.y + textHeight + 0.4 * size,
    w: panel.w - 2 * pad.x,
  });
}
