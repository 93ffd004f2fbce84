// The fit decision: one page of a slide as written → the slides that show all of it. Content that does not fit at
// the regular size is set smaller down to a floor; what does not fit even there is continued on （续） slides, its
// points shared out evenly, never clipped. Made once, in the slide plan, so the deck, the PDFs, the handout and the
// PowerPoint all show the same slides. Pure; tests/browser/fit.test.ts holds the estimate against Chromium.
import type { Aspect, Block, Point, RichBlock, SlideAttributes } from '../outline/types.ts';
import {
  BODY_SIZES,
  FLOOR_SIZE,
  REGULAR_SIZE,
  contentHeight,
  contentLayout,
  fillAt,
  fitsAt,
  isImage,
  paperTypeSize,
  stageRoom,
  typeSize,
} from './layout.ts';
import type { ContentLayout, Stage } from './layout.ts';
import { blockText, quoteOf, quotePieces } from './quote-parts.ts';
import type { QuotePiece } from './quote-parts.ts';
import { tableRows } from './tables.ts';

/**
 * How a slide came to fit:
 * - `fits`: as written, at the regular size or larger;
 * - `smaller`: set below the regular size (down to the floor) so that all of it fits;
 * - `continued`: one of the slides a page was shared out to (the first one too);
 * - `too-long`: one block alone (a long table or paragraph) is taller than the slide even at the floor.
 */
export type FitDecision = 'fits' | 'smaller' | 'continued' | 'too-long';

export interface FittedPage {
  blocks: Block[];
  layout: ContentLayout;
  typeSize: number;
  paperSize: number;
  fit: FitDecision;
  /** The first page shows the title as written; the others carry （续）. */
  continued: boolean;
  /** The outline line of the page's first block (where a continuation starts). */
  line?: number;
}

/** A piece a page may be cut into: a point with its sub-points, a sentence (or clause) of a quote too long for a
 *  slide, a row of a table too long for a slide, or a whole block. */
interface Unit {
  block: Block;
  /** For a point: its index in the block. */
  point?: number;
  /** For a row of a table too long for a slide: its index among the table's rows (under the header row). */
  row?: number;
  /** For a piece of a quote: its pieces, and which of them this is. */
  quote?: { pieces: QuotePiece[]; index: number };
  /** For a piece of a point too long for a slide alone: its words' pieces (sentences or clauses, items of a list,
   *  other blocks whole) then its sub-points one by one, and which of them this is. */
  part?: { pieces: QuotePiece[]; subs: number; index: number };
}

/** The slides one page of an outline's slide becomes (one, unless it must be continued). */
export function fitPage(
  blocks: Block[],
  attributes: SlideAttributes,
  titleHtml: string,
  aspect: Aspect,
  continued: boolean,
  keep?: readonly string[],
): FittedPage[] {
  const layout = contentLayout(blocks, attributes);
  const stage: Stage = { blocks, layout, titleHtml, aspect, continued, ...(keep ? { keep } : {}) };
  const size = typeSize(stage);
  const sized = (fit: FitDecision): FittedPage => ({
    blocks,
    layout,
    typeSize: size,
    paperSize: paperTypeSize(stage, size),
    fit,
    continued,
  });
  // A statement has no body; a background picture and a picture alone scale to what is left of the body.
  if (layout === 'statement' || layout === 'background' || layout === 'image') return [sized('fits')];
  if (fitsAt(stage, REGULAR_SIZE)) return [sized('fits')];
  if (fitsAt(stage, FLOOR_SIZE)) return [sized('smaller')];
  const image = blocks.find(isImage);
  // (a quote alone on a continued page, with the （续） title: whether it fits there whole or must be cut)
  const alone = (block: Block) =>
    fitsAt(pageStage([{ block }], 1, undefined, attributes, titleHtml, aspect, continued, keep), FLOOR_SIZE);
  const units = unitsOf(
    blocks.filter((block) => !isImage(block)),
    alone,
    keep,
  );
  if (units.length < 2) return [sized('too-long')];
  const groups = shareOut(units, (group, index) =>
    pageStage(group, index, image, attributes, titleHtml, aspect, continued, keep),
  );
  const pages = groups.map((group, index) =>
    pageStage(group, index, image, attributes, titleHtml, aspect, continued, keep),
  );
  const sizes = pages.map(typeSize);
  // The parts of one quote are set at one size, so that the quote reads on as one text: the size all of them fit at.
  const quoted = units.some((unit) => unit.quote);
  const one = Math.min(...sizes);
  const sizeOf = (index: number) => (quoted ? one : sizes[index]!);
  const paperSizes = pages.map((page, index) => paperTypeSize(page, sizeOf(index)));
  const onePaper = Math.min(...paperSizes);
  return pages.map((page, index) => {
    const first = page.blocks.find((block) => !isImage(block));
    return {
      blocks: page.blocks,
      layout: page.layout,
      typeSize: sizeOf(index),
      paperSize: quoted ? onePaper : paperSizes[index]!,
      fit: fitsAt(page, FLOOR_SIZE) ? 'continued' : 'too-long',
      continued: page.continued ?? false,
      ...(first ? { line: firstLine(first) } : {}),
    };
  });
}

/** The stage of the `index`th page made of `group`: the picture beside the first page's points only. */
function pageStage(
  group: Unit[],
  index: number,
  image: Block | undefined,
  attributes: SlideAttributes,
  titleHtml: string,
  aspect: Aspect,
  continued: boolean,
  keep?: readonly string[],
): Stage {
  const blocks = blocksOf(group);
  if (image && index === 0) blocks.push(image);
  const layout = contentLayout(blocks, attributes);
  return { blocks, layout, titleHtml, aspect, continued: continued || index > 0, ...(keep ? { keep } : {}) };
}

/** Points one by one (with their sub-points; cards too, which stand side by side again where two or more share a
 *  slide), a quote that does not fit a slide `alone` sentence by sentence, a table that does not row by row (its
 *  header row repeated on every slide), other blocks whole. */
function unitsOf(blocks: Block[], alone: (block: Block) => boolean, keep?: readonly string[]): Unit[] {
  return blocks.flatMap((block): Unit[] => {
    if (block.kind === 'points')
      return block.points.flatMap((source, point): Unit[] => {
        // A point too long for a slide alone is cut as a quote is: after its sentences (or clauses), between the
        // items of a list, around its other blocks; then between its sub-points.
        const only = (of: Point) => ({ ...block, points: [of] });
        // (a card too long for a slide alone too: its pieces are shown as a point's)
        if (alone(only(source))) return [{ block, point }];
        const said = sayingOf(source);
        const pieces = quotePieces(said, (part) => alone(only(pointOf(source, part.blocks, [], false))), keep);
        const subs = source.points.length;
        if (pieces.length + subs < 2) return [{ block, point }];
        return Array.from({ length: pieces.length + subs }, (_, index) => ({
          block,
          point,
          part: { pieces, subs, index },
        }));
      });
    const table = markdownTable(block);
    // (a table too wide for the slide is not helped by fewer rows)
    if (table && table.rows.length > 1 && block.kind === 'markdown' && !alone(block)) {
      if (alone(tableOf(block, tableRows(table, 0, 1)))) return table.rows.map((_, row) => ({ block, row }));
    }
    if (block.kind !== 'quote' || alone(block)) return [{ block }];
    const pieces = quotePieces(block, alone, keep);
    return pieces.map((_, index) => ({ block, quote: { pieces, index } }));
  });
}

/** The units back into blocks: consecutive points of one list rejoin it, numbered on from where they stood. */
function blocksOf(units: Unit[]): Block[] {
  const blocks: Block[] = [];
  // (the list being rejoined, and where its last point is pieces of one point: which, and its first piece there)
  let list:
    | {
        source: Block;
        block: Extract<Block, { kind: 'points' }>;
        parted?: { point: number; first: number } | undefined;
      }
    | undefined;
  // (the quote being rejoined: where it stands among the blocks, and the index of its first piece there)
  let quoted: { source: Block; at: number; first: number } | undefined;
  // (the same for a table's rows)
  let tabled: { source: Block; at: number; first: number } | undefined;
  for (const unit of units) {
    const { block, point, quote, row, part } = unit;
    const table = row === undefined ? undefined : markdownTable(block);
    if (row !== undefined && table && block.kind === 'markdown') {
      // consecutive rows of one table rejoin it, under its header row
      if (tabled?.source !== block) tabled = { source: block, at: blocks.length, first: row };
      blocks[tabled.at] = tableOf(block, tableRows(table, tabled.first, row + 1));
      list = undefined;
      quoted = undefined;
      continue;
    }
    tabled = undefined;
    if (quote && block.kind === 'quote') {
      // consecutive pieces of one quote rejoin it; the attribution goes with its last piece
      if (quoted?.source !== block) quoted = { source: block, at: blocks.length, first: quote.index };
      const pieces = quote.pieces.slice(quoted.first, quote.index + 1);
      blocks[quoted.at] = quoteOf(block, pieces, quote.index === quote.pieces.length - 1);
      list = undefined;
      continue;
    }
    quoted = undefined;
    if (point === undefined || block.kind !== 'points') {
      blocks.push(block);
      list = undefined;
      continue;
    }
    if (list?.source !== block) {
      const first = block.points[point]!;
      list = {
        source: block,
        block: {
          ...block,
          line: first.line,
          column: first.column,
          points: [],
          ...(point > 0 ? { start: (block.start ?? 1) + point } : {}),
        },
      };
      blocks.push(list.block);
    }
    const source = block.points[point]!;
    if (!part) {
      list.block.points.push(source);
      list.parted = undefined;
      continue;
    }
    // consecutive pieces of one point rejoin it; its sub-points and attribution go with its last piece
    const going = list.parted?.point === point;
    if (!going) list.parted = { point, first: part.index };
    const first = list.parted!.first;
    const words = part.pieces.slice(first, part.index + 1);
    const subs = source.points.slice(Math.max(0, first - part.pieces.length), part.index + 1 - part.pieces.length);
    // (the attribution stands under the point's last words)
    const said = first < part.pieces.length && part.index >= part.pieces.length - 1;
    const shown = words.length ? quoteOf(sayingOf(source), words, false).blocks : [];
    const rejoined = pointOf(source, shown, subs, said, first > 0);
    if (going) list.block.points[list.block.points.length - 1] = rejoined;
    else list.block.points.push(rejoined);
  }
  return blocks;
}

/** A point's words as a quote, to be cut into its sentences as a quote is (quote-parts.ts). */
function sayingOf(point: Point): Extract<Block, { kind: 'quote' }> {
  return { kind: 'quote', line: point.line, column: point.column, blocks: point.blocks, text: point.text };
}

/** A point showing `blocks` of `source`'s words and `subs` of its sub-points, its attribution where `said`; where
 *  they are not its first piece, it `continues` the point (shown without its marker). */
function pointOf(source: Point, blocks: RichBlock[], subs: Point[], said: boolean, continues = false): Point {
  const { attribution, ...rest } = source;
  const first = blocks[0];
  return {
    ...rest,
    line: first?.kind === 'paragraph' ? (first.inlines[0]?.line ?? first.line) : (first ?? subs[0] ?? source).line,
    blocks,
    text: blocks.map(blockText).filter(Boolean).join('\n'),
    points: subs,
    ...(said && attribution !== undefined ? { attribution } : {}),
    ...(continues ? { continues: true as const } : {}),
  };
}

type Table = Extract<RichBlock, { kind: 'table' }>;

/** The table a Markdown block is, where it is one table and nothing else (a table in HTML stays whole). */
function markdownTable(block: Block): Table | undefined {
  if (block.kind !== 'markdown' || block.blocks.length !== 1) return undefined;
  const only = block.blocks[0]!;
  return only.kind === 'table' ? only : undefined;
}

/** A table block holding `table` (some of the rows of `source`'s), its text as the outline's reader makes it. */
function tableOf(source: Extract<Block, { kind: 'markdown' }>, table: Table): Block {
  const firstRow = table.rows[0]?.find((cell) => cell.inlines.length > 0)?.inlines[0]?.line;
  return { ...source, line: firstRow ?? source.line, blocks: [table], text: blockText(table) };
}

function firstLine(block: Block): number {
  return block.kind === 'points' ? (block.points[0]?.line ?? block.line) : block.line;
}

/**
 * The units in order on as few pages as fit at the floor, then shared out evenly: the smallest share of its body
 * the fullest page takes, so that a page of five points is not followed by one of a single point.
 */
function shareOut(units: Unit[], stageOf: (group: Unit[], index: number) => Stage): Unit[][] {
  const fits = (group: Unit[], index: number) => fitsAt(stageOf(group, index), FLOOR_SIZE);
  const packed = (room: (group: Unit[], index: number) => boolean): Unit[][] => {
    const pages: Unit[][] = [[]];
    for (const unit of units) {
      const current = pages.at(-1)!;
      if (current.length > 0 && !room([...current, unit], pages.length - 1)) pages.push([unit]);
      else current.push(unit);
    }
    return pages;
  };
  const fewest = packed(fits);
  const count = fewest.length;
  if (units.some((unit) => unit.quote)) return byHeight(packed, fewest, stageOf);
  // Evenly: at most `share` units' worth of height on each page, the smallest share that still needs no more pages.
  let best = fewest;
  for (let share = Math.ceil(units.length / count); share < units.length; share++) {
    const even = packed((group, index) => group.length <= share && fits(group, index));
    if (even.length <= count) {
      best = even;
      break;
    }
  }
  return best;
}

/** Steps of the search for the fullest page's least share of its body (1/2^14 of the body: under a pixel). */
const SHARE_STEPS = 14;

/**
 * A quote's pieces (and what stands with them) on as many pages as `fewest`, shared out by height: at the largest
 * body size at which every page fits, the fullest page as little full as can be (its content's share of its body),
 * so that the parts are about as tall and all are set at that one size. Shared out by count, sentences of different
 * lengths made parts of one quote 42 px and 48 px.
 */
function byHeight(
  packed: (room: (group: Unit[], index: number) => boolean) => Unit[][],
  fewest: Unit[][],
  stageOf: (group: Unit[], index: number) => Stage,
): Unit[][] {
  for (const size of BODY_SIZES) {
    const share = (group: Unit[], index: number) => {
      const stage = stageOf(group, index);
      return contentHeight(stage, size) / stageRoom(stage);
    };
    let [low, high] = [0, fillAt(size)];
    let best = packed((group, index) => share(group, index) <= high);
    if (best.length > fewest.length) continue;
    // (packing each page while its share stays under `most` needs no more pages for every `most` above the least)
    for (let step = 0; step < SHARE_STEPS; step++) {
      const most = (low + high) / 2;
      const pages = packed((group, index) => share(group, index) <= most);
      if (pages.length <= fewest.length) [best, high] = [pages, most];
      else low = most;
    }
    return best;
  }
  return fewest;
}
