// How a content slide uses the stage: which layout its blocks get, and how large its type can be so that few short
// points read larger and many points still fit. Pure: an estimate from the text, in px at the slide's own size.
// The geometry below mirrors themes/_layout.css; the browser tests check that what it picks never overflows.
import { blocksPieces, piecesHtml, pointPieces } from '../outline/html.ts';
import type { HtmlPiece } from '../outline/html.ts';
import type { Aspect, Block, Inline, Point, RichBlock, SlideAttributes } from '../outline/types.ts';
import { rawPlainText } from './raw-html.ts';
import { rawTableRows } from './raw-tables.ts';
import { slideSize } from './size.ts';
import { LABELS } from './labels.ts';
import { SAFETY, breakablePieces, lineCount, textEm } from './measure.ts';
import { blockText } from './quote-parts.ts';
import {
  CARD_PHRASES,
  CELL_ANYWHERE,
  CELL_CHARACTERS,
  CELL_WORDS,
  PHRASE_RULES,
  phraseBreaks,
  phraseInnerBreaks,
  phraseRulesWith,
} from './phrases.ts';
import type { PhraseRules } from './phrases.ts';

/**
 * - `points`: the blocks in one column, balanced between title and footer.
 * - `statement`: a heading and nothing else, shown large in the middle.
 * - `media`: points (or text) beside one image, in two columns.
 * - `image`: one image (and perhaps a caption), centred and scaled to the body.
 * - `background`: `{.background}` and one image: the image fills the slide, the title sits on a band.
 */
export type ContentLayout = 'points' | 'statement' | 'media' | 'image' | 'background';

/** Type sizes a slide's body may take, largest first: few short points get the first that leaves air. */
const TYPE_SIZES = [52, 48, 45, 42] as const;
/** The regular size, for a full slide; above it a slide is `sd-roomy`: more air between its points as well. */
export const REGULAR_SIZE = 42;
/** Smaller sizes, only for slides whose content would otherwise run over the footer (`deck` and `check` name them);
 *  the last is the floor: below it the slide is continued instead (fit.ts). At three slides a page the handout
 *  prints the floor at 7 pt (handout-layout.ts). */
const TIGHT_SIZES = [40] as const;
export const FLOOR_SIZE = TIGHT_SIZES.at(-1)!;

/** A sub-point's type: 0.88 of its point's, never below the floor, so that it prints at 7 pt wherever a point set at
 *  the floor does (three slides a page, handout-layout.ts); themes/_layout.css's `.sd-subpoints` says the same. In the
 *  paper type (six a page) a sub-point is as large as its point, so that it prints at 7 pt wherever its point does
 *  (themes/_print.css). */
export function subPointSize(pointSize: number, paper = false): number {
  return paper ? pointSize : Math.max(0.88 * pointSize, FLOOR_SIZE);
}
/** The smallest type paper at six a page prints at 7 pt (92 mm a slide): what the slides set in fixed sizes (the
 *  agenda, the title slide's byline, the divider's caption, card titles, the （续） mark) take at least this there
 *  (themes/_print.css), and the fit counts it. */
const PAPER_FLOOR = 52;
/** How far the browser indents a Markdown list (`padding-inline-start: 40px`, no style of ours). */
const LIST_INDENT = 40;
/** More rows than any slide can show: estimated by their count alone. */
const LONGEST_TABLE = 60;
/** The share of the body larger type may fill; the rest is air around it. */
const ROOMY_FILL = 0.72;

/** The body's sizes, largest first: TYPE_SIZES, then the tight ones down to the floor. */
export const BODY_SIZES: readonly number[] = [...TYPE_SIZES, ...TIGHT_SIZES];

/** The share of its body a slide's content may fill at size `s`: all of it up to the regular size, above it
 *  ROOMY_FILL (the rest air). */
export function fillAt(s: number): number {
  return s > REGULAR_SIZE ? ROOMY_FILL : 1;
}

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
  if (block.kind !== 'markdown' || block.blocks.length !== 1) return false;
  const [only] = block.blocks;
  return only?.kind === 'paragraph' && only.inlines.length === 1 && only.inlines[0]!.kind === 'image';
}

/** A Markdown table (or, with `html: true`, a table written in HTML) leading the block. */
export function isTable(block: Block): boolean {
  if (block.kind !== 'markdown') return false;
  const [first] = block.blocks;
  return first?.kind === 'table' || (first?.kind === 'html' && /^<table[\s>]/i.test(first.html));
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

/** 2–4 points that each open with a bold lead phrase (`**政治上**：…`) are shown as cards side by side: the phrase
 *  (bold, on one line of the source, nothing bold inside it) and what follows its colon, as pieces of the point. */
export function leadPhrase(point: Point): LeadPhrase | undefined {
  // (asked for again and again while a slide is fitted: found once per point)
  if (!leads.has(point)) leads.set(point, findLeadPhrase(point));
  return leads.get(point);
}

type LeadPhrase = { lead: HtmlPiece[]; rest: HtmlPiece[] };
const leads = new WeakMap<Point, LeadPhrase | undefined>();

function findLeadPhrase(point: Point): LeadPhrase | undefined {
  const [first] = point.blocks;
  const opening = first?.kind === 'paragraph' ? first.inlines[0] : undefined;
  if (opening?.kind !== 'strong' || opening.attributes) return undefined;
  const pieces = pointPieces(point.blocks);
  const [open] = pieces;
  if (!open || !('markup' in open) || open.markup !== '<strong>') return undefined;
  const close = pieces.findIndex((piece) => 'markup' in piece && piece.markup === '</strong>');
  if (close < 0) return undefined;
  const lead = pieces.slice(1, close);
  if (lead.some((piece) => 'markup' in piece && piece.name === 'strong')) return undefined;
  const leadHtml = piecesHtml(lead);
  if (leadHtml === '' || /[\n\r\u2028\u2029]/.test(leadHtml)) return undefined;
  const rest = afterColon(pieces.slice(close + 1));
  return rest && { lead, rest };
}

/** The pieces after the colon that ends a lead phrase (white space around it allowed), or undefined when the text
 *  right after the phrase is no colon. */
function afterColon(pieces: HtmlPiece[]): HtmlPiece[] | undefined {
  let words = 0;
  while (words < pieces.length && 'text' in pieces[words]!) words++;
  const text = pieces
    .slice(0, words)
    .map((piece) => (piece as { text: string }).text)
    .join('');
  const colon = /^\s*[：:]\s*/.exec(text);
  if (!colon) return undefined;
  const left = text.slice(colon[0].length);
  return [...(left ? [{ text: left }] : []), ...pieces.slice(words)];
}

/** Pieces of a point as text measured: a `<br>` a line break, `&<>"` one letter `x` each (see cellText). */
function piecesText(pieces: readonly HtmlPiece[]): string {
  let text = '';
  for (const piece of pieces) {
    if ('text' in piece) text += piece.text.replace(/[&<>"]/g, 'x');
    else if ('raw' in piece) text += plainOf(piece.raw);
    else if (piece.name === 'br') text += '\n';
  }
  return text;
}

/**
 * Cards in a row: all of them, except four on a 4:3 slide, and four on a 16:9 slide with a piece of text no line of
 * a card a quarter of the slide wide holds even at the floor (坚持中国特色社会主义道路，…: the browser broke it as
 * 中国特色社会主 / 义道路, anywhere): those stand two by two, on lines twice as long.
 */
export function cardColumns(block: Block, aspect: Aspect, keep?: readonly string[]): number {
  const count = block.kind === 'points' ? block.points.length : 1;
  if (count !== 4) return count;
  return aspect === '4:3' || !piecesFitCards(block, aspect, count, keep) ? 2 : count;
}

/** Whether every piece of the cards' text no line breaks inside (a set phrase broken at most at its inner
 *  boundaries) fits the line of one of `columns` cards side by side at the floor; asked once per list. */
function piecesFitCards(block: Block, aspect: Aspect, columns: number, keep?: readonly string[]): boolean {
  const key = `${aspect} ${columns} ${(keep ?? []).join('|')}`;
  const known = cardPieces.get(block);
  if (known?.key === key) return known.fits;
  const s = FLOOR_SIZE;
  const line = (columnWidth('points', aspect) - 0.6 * s * (columns - 1)) / columns - 1.6 * s;
  const rules = phraseRulesWith(CARD_PHRASES, keep);
  const fits = (text: string, scale: number) =>
    unbroken(text, rules, true).every((em) => em * SAFETY * scale * s <= line);
  const answer =
    block.kind !== 'points' ||
    block.points.every((point) => {
      const phrase = leadPhrase(point);
      return !phrase || (fits(piecesText(phrase.lead), 1.1) && fits(piecesText(phrase.rest), 1));
    });
  cardPieces.set(block, { key, fits: answer });
  return answer;
}
const cardPieces = new WeakMap<Block, { key: string; fits: boolean }>();

export function isCards(block: Block): boolean {
  return (
    block.kind === 'points' &&
    block.points.length >= 2 &&
    block.points.length <= 4 &&
    // (a point with an attribution is a saying, not a card's)
    block.points.every((p) => leadPhrase(p) !== undefined && p.attribution === undefined)
  );
}

// ---------- how much room the text takes ----------

export { textEm } from './measure.ts';

/** Lines a text takes in `width` px at `size` px, broken between the phrases the slide marks (see measure.ts). */
function lines(text: string, size: number, width: number, rules: PhraseRules = PHRASE_RULES): number {
  return lineCount(text, size, width, { rules });
}

/** A cell's words as its measure counts them, as they were when read back from the HTML: a `<br>` and the line
 *  break after it, pictures left out, `&<>"` as one letter `x` each. */
function cellText(inlines: readonly Inline[]): string {
  let text = '';
  for (const inline of inlines) {
    if (inline.kind === 'text' || inline.kind === 'code') text += inline.text.replace(/[&<>"]/g, 'x');
    else if (inline.kind === 'break') text += inline.hard ? '\n\n' : '\n';
    else if (inline.kind === 'html') text += plainOf(inline.html);
    else if (inline.kind !== 'image') text += cellText(inline.children);
  }
  return text;
}

/** The writer's own HTML's words as measured: read as the browser reads them (raw-html.ts), `&<>"` a letter `x`
 *  each as the escaped text's (see piecesText). */
function plainOf(html: string): string {
  // (a title is measured at every size tried: read once; and text with no markup, reference or character the
  // tokenizer reads otherwise, as itself)
  const text = /[<&\r\0]/.test(html) ? plainRead.get(html) : html;
  if (text !== undefined) return text.replace(/[&<>"]/g, 'x');
  if (plainRead.size >= PLAIN_READ_MOST) plainRead.clear();
  const read = rawPlainText(html);
  plainRead.set(html, read);
  return read.replace(/[&<>"]/g, 'x');
}

/** The writer's HTML read already (plainOf), kept small, emptied when full. */
const plainRead = new Map<string, string>();
const PLAIN_READ_MOST = 5000;

/** Height in px of one block at point size `s` in a column `width` px wide. */
function blockHeight(
  block: Block,
  s: number,
  width: number,
  aspect: Aspect,
  keep?: readonly string[],
  paper = false,
): number {
  // (the outline's own set phrases break no line either: `keep:`)
  const rules = phraseRulesWith(PHRASE_RULES, keep);
  const cardRules = phraseRulesWith(CARD_PHRASES, keep);
  switch (block.kind) {
    case 'points': {
      if (isCards(block)) {
        const gap = 0.6 * s;
        const columns = cardColumns(block, aspect, keep);
        const cardWidth = (width - gap * (columns - 1)) / columns - 1.6 * s;
        const rows = Math.ceil(block.points.length / columns);
        const tallest = Math.max(
          ...block.points.map((point) => {
            const { lead, rest } = leadPhrase(point)!;
            const titleSize = paper ? Math.max(1.1 * s, PAPER_FLOOR) : 1.1 * s;
            const title = lines(piecesText(lead), titleSize, cardWidth, cardRules) * titleSize * 1.35;
            const body = lines(piecesText(rest), s, cardWidth, cardRules) * s * 1.45;
            const sub = subPointSize(s, paper);
            const subs = point.points.reduce((sum, p) => sum + lines(p.text, sub, cardWidth, rules) * sub * 1.4, 0);
            return title + 0.9 * s + body + subs;
          }),
        );
        return rows * (tallest + 1.8 * s) + (rows - 1) * gap;
      }
      // the band's left border and paddings (2em, 3.3em beside （一）, and 0.75em)
      const text = width - (block.ordered ? 4.2 : 2.9) * s;
      // band padding and the gap to the next point: 0.4em each, 0.55em and 0.6em on a roomy slide
      const air = s > REGULAR_SIZE ? 1.7 * s : 1.2 * s;
      const sub = subPointSize(s, paper);
      return block.points.reduce((sum, point) => {
        // (a table inside a point breaks its cells by the rules of the point's width at the floor)
        const floorText = width - (block.ordered ? 4.2 : 2.9) * FLOOR_SIZE;
        const tables = { keep, width: floorText };
        const subTables = { keep, width: floorText - 1.1 * subPointSize(FLOOR_SIZE) };
        const own = wordsHeight(point, s, text, rules, 1.45, tables) + attributionHeight(point, s, text, rules);
        const subs = point.points.length
          ? point.points.reduce(
              (total, p) =>
                total +
                wordsHeight(p, sub, text - 1.1 * sub, rules, 1.4, subTables) +
                0.1 * sub +
                attributionHeight(p, sub, text - 1.1 * sub, rules),
              0.15 * sub,
            )
          : 0;
        return sum + own + subs + air;
      }, 0);
    }
    case 'quote': {
      const text = width - 1.5 * s;
      const lists = block.blocks.filter((rich) => rich.kind === 'list');
      // A list inside the quote: its items indented by the browser's 40 px, and 1em above and below it.
      const listed = lists.reduce(
        (sum, list) =>
          sum +
          list.items.reduce(
            (total, item) => total + lines(item.blocks.map(blockText).join('\n'), s, text - LIST_INDENT, rules),
            0,
          ) *
            s *
            1.6 +
          2 * s,
        0,
      );
      const said = lists.length
        ? block.blocks
            .filter((rich) => rich.kind !== 'list')
            .map(blockText)
            .filter(Boolean)
            .join('\n\n')
        : block.text;
      return (said ? lines(said, s, text, rules) * s * 1.6 : 0) + listed + (block.attribution ? 1.4 * s : 0) + 0.6 * s;
    }
    case 'markdown': {
      if (isImage(block)) return 0;
      if (isTable(block)) {
        // A table of hundreds of rows cannot fit whatever its type: no need to read every cell.
        const rowCount = block.text.split('\n').length;
        if (rowCount > LONGEST_TABLE) return rowCount * s * 1.95;
        return tableHeight(block, s, width, cellRules(block, tableTexts(block), width, keep));
      }
      return lines(block.text, s, width, rules) * s * 1.6 + 0.6 * s;
    }
  }
}

/** How the browser sets a quote inside a point (no style of ours: its own for `blockquote`): 1em above and below and
 *  40 px in from each side, its paragraphs at 1.6 and 0.6em apart (themes/_layout.css's `.sd-body p`). */
const POINT_QUOTE = { margin: 1, indent: 40, line: 1.6, gap: 0.6 } as const;
/** A table inside a point is the deck's table (`.sd-point-table`, render.ts's pointTable), 0.3em above and below. */
const POINT_TABLE_MARGIN = 0.3;

/**
 * The height of a point's words at `s` px in `width` px, its lines `line` apart (a table's cells broken by the rules
 * of `tables.width`): counted as lines of text, except a
 * quote or a table among them, which the browser sets as blocks of their own (POINT_QUOTE; a table as the deck's
 * tables, `tableHeight`). Counted as lines they were reckoned up to 101 px short, and a point cut to fit still ran
 * past the slide.
 */
function wordsHeight(
  point: Point,
  s: number,
  width: number,
  rules: PhraseRules,
  line: number,
  tables: { keep: readonly string[] | undefined; width: number },
): number {
  if (!point.blocks.some((block) => block.kind === 'quote' || block.kind === 'table'))
    return lines(point.text, s, width, rules) * s * line;
  let height = 0;
  let run: string[] = [];
  // (the `<br>` between a quote and the words after it opens an empty line first; a table ends its line itself)
  let afterQuote = false;
  const flush = () => {
    if (run.length) height += (lines(run.join('\n'), s, width, rules) + (afterQuote ? 1 : 0)) * s * line;
    run = [];
  };
  for (const block of point.blocks) {
    if (block.kind === 'quote') {
      flush();
      height += pointQuoteHeight(block, s, width, rules);
      afterQuote = true;
    } else if (block.kind === 'table') {
      flush();
      const table = pointTableBlock(block);
      // (its cells break by the rules of the point's width at the floor, whatever the type: render.ts's are those)
      height += tableHeight(table, s, width, cellRules(table, tableTexts(table), tables.width, tables.keep));
      height += 2 * POINT_TABLE_MARGIN * s;
      afterQuote = false;
    } else {
      const text = block.kind === 'html' ? plainOf(block.html) : blockText(block);
      if (text) run.push(text);
    }
  }
  flush();
  return height;
}

/** A quote inside a point (POINT_QUOTE): its paragraphs at 1.6, 0.6em apart, 40 px in from each side, 1em above
 *  and below. */
function pointQuoteHeight(
  quote: Extract<RichBlock, { kind: 'quote' }>,
  s: number,
  width: number,
  rules: PhraseRules,
): number {
  const inner = width - 2 * POINT_QUOTE.indent;
  const said = quote.blocks.map(blockText).filter(Boolean);
  const text = said.reduce((sum, part) => sum + lines(part, s, inner, rules) * s * POINT_QUOTE.line, 0);
  return text + Math.max(0, said.length - 1) * POINT_QUOTE.gap * s + 2 * POINT_QUOTE.margin * s;
}

/** A table inside a point as a table block of its own (the deck draws it as one): made once a table. */
function pointTableBlock(table: Extract<RichBlock, { kind: 'table' }>): Block {
  let block = pointTables.get(table);
  if (!block)
    pointTables.set(table, (block = { kind: 'markdown', text: '', blocks: [table], line: table.line, column: 0 }));
  return block;
}
const pointTables = new WeakMap<RichBlock, Block>();

/** Where a list's point stands on a slide: what a table inside it is as wide as. */
export interface PointPlace {
  layout: ContentLayout;
  aspect: Aspect;
  ordered: boolean;
  /** A sub-point's. */
  sub: boolean;
}

/** The width of a point's words at point size `s` (as `blockHeight` counts it): the column less the band's border and
 *  paddings, and a sub-point's indent. */
function pointTextWidth(place: PointPlace, s: number, paper: boolean): number {
  const text = columnWidth(place.layout, place.aspect) - (place.ordered ? 4.2 : 2.9) * s;
  return place.sub ? text - 1.1 * subPointSize(s, paper) : text;
}

/**
 * A table inside a point of `place` whose list is set at `size` (and on paper at `paperSize`): the rules its cells
 * break by (at the point's width at the floor, as `wordsHeight` counts them) and its columns, each a share of the
 * point's width (undefined where every cell holds one line), as the deck's tables' `tableShares`.
 */
export function pointTableColumns(
  table: Extract<RichBlock, { kind: 'table' }>,
  place: PointPlace,
  sizes: { size: number; paper: number },
  keep?: readonly string[],
): { rules: PhraseRules[]; shares: number[] | undefined; paper: number[] | undefined } {
  const block = pointTableBlock(table);
  const rows = tableTexts(block);
  const type = (s: number, paper: boolean) => (place.sub ? subPointSize(s, paper) : s);
  const rules = cellRules(block, rows, pointTextWidth(place, FLOOR_SIZE, false), keep);
  const shares = (s: number, paper: boolean) => {
    const width = pointTextWidth(place, s, paper);
    const widths = columnWidths(rows, type(s, paper), width, rules);
    return widths && widths.every((w) => w > 0) ? widths.map((w) => w / width) : undefined;
  };
  return { rules, shares: shares(sizes.size, false), paper: shares(sizes.paper, true) };
}

/**
 * A table's height at `s` px in `width` px, its cells broken by `cells` (`.sd-table`): each row its lines, its cells'
 * padding (0.3em above and below) and its 1 px rule; the table's 3 px rule.
 */
function tableHeight(block: Block, s: number, width: number, cells: PhraseRules[]): number {
  const rows = tableTexts(block);
  const widths = columnWidths(rows, s, width, cells);
  if (widths?.[0] === 0) return Number.POSITIVE_INFINITY;
  // (where every cell's longest line fits its column, a row is as many lines as its cells' own line breaks)
  const rowLines = (row: string[]) =>
    Math.max(
      1,
      ...row.map((cell, c) =>
        widths ? lines(cell, s, widths[c]! - CELL_PADDING * s, cells[c]) : cell.split('\n').length,
      ),
    );
  return rows.reduce((sum, row) => sum + rowLines(row) * s * 1.35 + 0.6 * s + 1, 3);
}

/** The height of a point's attribution (`.sd-point-attribution`: 0.88em, never below the floor, 0.1em above it) at
 *  point size `s` in `width` px. */
function attributionHeight(point: Point, s: number, width: number, rules: PhraseRules): number {
  if (point.attribution === undefined) return 0;
  const size = Math.max(0.88 * s, FLOOR_SIZE);
  return lines(`—— ${point.attribution}`, size, width, rules) * size * 1.45 + 0.1 * s;
}

/** A table cell's padding left and right, in em (0.6em each side, in _layout.css). */
const CELL_PADDING = 1.2;

/**
 * The columns' widths at `size` px as the browser's automatic table layout gives them in `width`: none where every
 * column's longest cell fits on one line (then each row is one line); otherwise at least its widest piece that
 * cannot break (a number, a word in Latin letters, a character with the punctuation held to it), and the room left
 * shared out in proportion to what each column lacks of its one-line width; all 0 where even the least is wider than
 * `width`. (Sharing it out evenly, as this did, set a column of figures as wide as one of long names: a six-column
 * table at 4:3 was reckoned a slide too tall.)
 */
function columnWidths(
  rows: string[][],
  size: number,
  width: number,
  rules: readonly PhraseRules[],
): number[] | undefined {
  const natural = oneLineWidths(rows, size);
  const total = natural.reduce((a, b) => a + b, 0);
  if (holdsOneLine(total, width)) return undefined;
  const least = leastWidths(rows, size, rules);
  const floor = least.reduce((a, b) => a + b, 0);
  // (wider than the body even broken wherever it may break: the table runs off the slide's right edge)
  if (floor >= width) return least.map(() => 0);
  // (a column's one-line width is never less than its least, which has the estimate's margin: 3.2个百分点 alone in
  // its column was given less than its least, and broke 3.2个百分 / 点 where Chromium did not)
  const whole = natural.map((w, c) => Math.max(w, least[c]!));
  const share = (width - floor) / (whole.reduce((a, b) => a + b, 0) - floor);
  return least.map((min, c) => min + (whole[c]! - min) * share);
}

/** Each column's width at `size` px with every cell on one line (its own line breaks kept), with the cells' padding. */
export function oneLineWidths(rows: string[][], size: number): number[] {
  return columnsOf(rows, size, (cell) => Math.max(0, ...cell.split('\n').map((line) => textEm(line))));
}

/** Whether a table whose one-line widths come to `total` px stays on one line a row in `width` px: with the
 *  estimate's margin (a table just as wide as the body may wrap a cell in the browser). */
export function holdsOneLine(total: number, width: number): boolean {
  return total * 1.08 <= width;
}

/** Each column's width at `size` px from `measure` of its cells (in em), with the cells' padding. */
function columnsOf(rows: string[][], size: number, measure: (cell: string, column: number) => number): number[] {
  return Array.from(
    { length: columnCount(rows) },
    (_, c) => Math.max(0, ...rows.map((row) => measure(row[c] ?? '', c))) * size + CELL_PADDING * size,
  );
}

function columnCount(rows: string[][]): number {
  return Math.max(1, ...rows.map((row) => row.length));
}

/** Each column's least width at `size` px: its widest piece that no line breaks inside by its cells' rules (a word,
 *  a figure with its unit, a word in Latin letters, with the punctuation held to it); a column broken between
 *  characters at least BROKEN_COLUMN_EM. */
function leastWidths(rows: string[][], size: number, rules: readonly PhraseRules[]): number[] {
  return columnsOf(rows, size, (cell, c) =>
    Math.max(
      (rules[c] ?? rules[0]!).cells === 'characters' ? BROKEN_COLUMN_EM * SAFETY : 0,
      ...cell
        .split('\n')
        .flatMap((line) => breakablePieces(line, rules[c] ?? rules[0]!).map((piece) => textEm(piece.trim()) * SAFETY)),
    ),
  );
}

/** The text of each cell of a table block, row by row (the header row first), as its measure counts it. */
function tableTexts(block: Block): string[][] {
  const table = block.kind === 'markdown' ? block.blocks[0] : undefined;
  return table?.kind === 'table'
    ? [table.head, ...table.rows].map((row) => row.map((cell) => cellText(cell.inlines)))
    : rawTableRows(piecesHtml(blocksPieces(block.kind === 'markdown' ? block.blocks : [])));
}

/**
 * How each column's cells break in a table `width` px wide: between words where every column's widest word leaves
 * the table within the width at the floor (the type is set smaller for that where it must); otherwise, one column at
 * a time, the column that gains most breaks between characters, until the table fits. Never inside a figure with its
 * unit (phrases.ts's cellBreaks): a column of figures gains nothing. A table written in HTML has one rule for all.
 */
function cellRules(block: Block, rows: string[][], width: number, keep?: readonly string[]): PhraseRules[] {
  const key = `${width} ${(keep ?? []).join('|')}`;
  const known = cellRulesOf.get(block);
  if (known?.key === key) return known.rules;
  const words = phraseRulesWith(CELL_WORDS, keep);
  const characters = phraseRulesWith(CELL_CHARACTERS, keep);
  const count = columnCount(rows);
  const rules: PhraseRules[] = Array.from({ length: count }, () => words);
  const least = leastWidths(rows, FLOOR_SIZE, rules);
  const broken = leastWidths(
    rows,
    FLOOR_SIZE,
    Array.from({ length: count }, () => characters),
  );
  const markdown = block.kind === 'markdown' && block.blocks[0]?.kind === 'table';
  const total = () => least.reduce((a, b) => a + b, 0);
  const anywhere = phraseRulesWith(CELL_ANYWHERE, keep);
  const loose = () =>
    leastWidths(
      rows,
      FLOOR_SIZE,
      Array.from({ length: count }, () => anywhere),
    );
  // (a column whose piece no word break holds is over half the width, a long code, breaks anywhere first: the other
  // columns keep their words)
  if (markdown && total() >= width && least.some((w, c) => w > width / 2 && broken[c]! > width / 2)) {
    const all = loose();
    least.forEach((w, c) => {
      if (w > width / 2 && broken[c]! > width / 2) [rules[c], least[c]] = [anywhere, all[c]!];
    });
  }
  let looseWidths: number[] | undefined;
  while (total() >= width) {
    const gains = least.map((w, c) => (rules[c] === words ? w - broken[c]! : 0));
    const best = gains.indexOf(Math.max(...gains));
    if (!markdown) {
      // (too wide even so: every cell breaks between any two characters, a figure and its unit too, as the browser
      // breaks Chinese, rather than run off the slide)
      rules.fill(anywhere);
      break;
    }
    if (gains[best]! > 0) {
      rules[best] = characters;
      least[best] = broken[best]!;
      continue;
    }
    // (too wide even so: the column that gains most breaks between any two characters, a figure and its unit and a
    // run of letters and figures too, rather than run off the slide; a long code ran past the slide's right edge)
    const all = (looseWidths ??= loose());
    const looser = least.map((w, c) => (rules[c] === anywhere ? 0 : w - all[c]!));
    const most = looser.indexOf(Math.max(...looser));
    if (looser[most]! <= 0) break;
    rules[most] = anywhere;
    least[most] = all[most]!;
  }
  cellRulesOf.set(block, { key, rules });
  return rules;
}
const cellRulesOf = new WeakMap<Block, { key: string; rules: PhraseRules[] }>();

/** A table block's columns at type size `size` in `width` px, as the deck's estimate sets them: each column's width
 *  (none where every cell is one line) and the rules its cells break by. */
function tableColumns(
  block: Block,
  width: number,
  size: number,
  keep?: readonly string[],
): { widths: number[] | undefined; rules: PhraseRules[] } {
  const rows = tableTexts(block);
  const rules = cellRules(block, rows, width, keep);
  return { widths: columnWidths(rows, size, width, rules), rules };
}

/** The least width, in em, of a column broken between characters (themes/_layout.css's `.sd-cell-characters`): the
 *  browser gave such a column one character a line where the other columns left it no room. */
const BROKEN_COLUMN_EM = 2;

/** The rules a table block's cells are broken by, column by column, on a slide of `layout` at `aspect` (render.ts
 *  marks them so). */
export function tableCellRules(
  block: Block,
  layout: ContentLayout,
  aspect: Aspect,
  keep?: readonly string[],
): PhraseRules[] {
  return cellRules(block, tableTexts(block), columnWidth(layout, aspect), keep);
}

/** A table block's columns on a slide of `layout` at `aspect` at type size `size`, each a share (0–1) of the body's
 *  width, as the estimate sets them (`tableColumns`); undefined where every cell is one line (the browser's own
 *  layout then holds them) or the table is too wide for any. The deck writes them into the table (`<col>`, with
 *  `table-layout: fixed`), so that Chromium breaks each cell where the estimate does, and the PowerPoint takes the
 *  same columns (pptx/slides/table.ts). */
export function tableShares(
  block: Block,
  layout: ContentLayout,
  aspect: Aspect,
  size: number,
  keep?: readonly string[],
): number[] | undefined {
  const width = columnWidth(layout, aspect);
  const { widths } = tableColumns(block, width, size, keep);
  return widths && widths.every((w) => w > 0) ? widths.map((w) => w / width) : undefined;
}

/** The （续） mark after a continued title: three characters at 0.7em, and its margin; on paper at six a page at
 *  PAPER_FLOOR. */
const CONTINUED_TAIL_EM = 2.3;
const PAPER_TAIL_EM = (3 * PAPER_FLOOR) / FRAME.titleSize + 0.2;

/** The height a slide's body has below a title of `title` (its own `<br>` breaks count) at the slide's width. */
function bodyHeight(
  titleHtml: string,
  aspect: Aspect,
  continued = false,
  keep?: readonly string[],
  paper = false,
): number {
  const { width, height } = slideSize(aspect);
  const inner = width - 2 * FRAME.padX[aspect];
  const titleLines = lineCount(plainOf(titleHtml), FRAME.titleSize, inner, {
    rules: phraseRulesWith(PHRASE_RULES, keep),
    spacingEm: 0.02,
    ...(continued ? { tailEm: paper ? Math.max(CONTINUED_TAIL_EM, PAPER_TAIL_EM) : CONTINUED_TAIL_EM } : {}),
  });
  return height - FRAME.padTop - FRAME.padBottom - titleLines * FRAME.titleSize * FRAME.titleLine - FRAME.headerExtra;
}

/** The agenda's entries (see _layout.css): the number's square, its gap and the space under each entry. */
const AGENDA = { box: 84, gap: 40, below: 34, size: 44, line: 1.35, bodyBottom: 24 } as const;
/** What the browser's list takes beyond the entries' sum (measured: 7 one-line entries ran 89 px past the body). */
const AGENDA_EXTRA = 18;

/** The agenda's parts over as few slides as hold them all, in even shares (7 parts: 4 and 3), each entry as tall as
 *  its title wraps; one slide where they fit. A long talk's agenda ran off the slide: 7 parts no longer fit one. */
export function agendaPages<T extends { titleHtml: string }>(
  entries: readonly T[],
  aspect: Aspect,
  keep?: readonly string[],
): T[][] {
  if (entries.length === 0) return [];
  const inner = slideSize(aspect).width - 2 * FRAME.padX[aspect] - AGENDA.box - AGENDA.gap;
  const rules = phraseRulesWith(PHRASE_RULES, keep);
  // (on paper at six a page the entries are set at PAPER_FLOOR on the same slides: counted at both sizes)
  const heights = entries.map((entry) => {
    const tallest = Math.max(
      ...[AGENDA.size, PAPER_FLOOR].map((size) => lineCount(plainOf(entry.titleHtml), size, inner, { rules }) * size),
    );
    return Math.max(AGENDA.box, tallest * AGENDA.line) + AGENDA.below;
  });
  const roomOf = (continued: boolean) =>
    bodyHeight(LABELS.agenda, aspect, continued) - AGENDA.bodyBottom - AGENDA_EXTRA;
  const fits = (from: number, to: number, continued: boolean) =>
    SAFETY * heights.slice(from, to).reduce((sum, height) => sum + height, 0) <= roomOf(continued);
  for (let pages = 1; pages < entries.length; pages++) {
    const share = Math.ceil(entries.length / pages);
    const cuts = Array.from({ length: pages }, (_, page) => [
      page * share,
      Math.min(entries.length, (page + 1) * share),
    ]);
    if (cuts.every(([from, to], page) => from! >= to! || fits(from!, to!, page > 0)))
      return cuts.filter(([from, to]) => from! < to!).map(([from, to]) => entries.slice(from, to));
  }
  return entries.map((entry) => [entry]);
}

/** The body's inner width, and the text column's beside an image (`media`: 1fr and 0.92fr with a 56 px gap). */
function columnWidth(layout: ContentLayout, aspect: Aspect): number {
  const inner = slideSize(aspect).width - 2 * FRAME.padX[aspect];
  return layout === 'media' ? (inner - 56) / 1.92 : inner;
}

/** What a slide's body holds, where: enough to say how tall its content is at a size. */
export interface Stage {
  blocks: Block[];
  layout: ContentLayout;
  titleHtml: string;
  aspect: Aspect;
  /** Its title carries the （续） mark. */
  continued?: boolean;
  /** The outline's own set phrases (`keep:`). */
  keep?: readonly string[];
  /** Set in the paper type (six a page): sub-points as large as their points. */
  paper?: boolean;
}

/** Heights and rooms found already, by stage: the type size, the fit decision and the paper size ask about one stage
 *  at the same sizes again. (A stage is not changed once made.) */
const heightsOf = new WeakMap<Stage, Map<number, number>>();
const roomOf = new WeakMap<Stage, number>();

/** The height in px the stage's content takes at point size `s`. */
export function contentHeight(stage: Stage, s: number): number {
  let heights = heightsOf.get(stage);
  if (!heights) heightsOf.set(stage, (heights = new Map()));
  let height = heights.get(s);
  if (height === undefined) heights.set(s, (height = measureContent(stage, s)));
  return height;
}

function measureContent(stage: Stage, s: number): number {
  const column = columnWidth(stage.layout, stage.aspect);
  // 0.5em between a list and what stands before or after it (counted between any two blocks: never short)
  const gaps = Math.max(0, stage.blocks.length - 1) * 0.5 * s;
  return (
    gaps +
    stage.blocks.reduce((sum, block) => sum + blockHeight(block, s, column, stage.aspect, stage.keep, stage.paper), 0)
  );
}

/** The room the stage's body has, in px. */
export function stageRoom(stage: Stage): number {
  let room = roomOf.get(stage);
  if (room === undefined)
    roomOf.set(stage, (room = bodyHeight(stage.titleHtml, stage.aspect, stage.continued, stage.keep, stage.paper)));
  return room;
}

/** Whether the stage's content fits its body at point size `s`. */
export function fitsAt(stage: Stage, s: number): boolean {
  return contentHeight(stage, s) <= stageRoom(stage);
}

/** The widest type that narrow cards should take: a card's line should hold about nine characters; and no wider
 *  than keeps every set phrase of a card whole on a line (cardPhraseLimit). */
function cardLimit(stage: Stage, paper = false): number {
  const inner = slideSize(stage.aspect).width - 2 * FRAME.padX[stage.aspect];
  const columns = Math.max(
    1,
    ...stage.blocks.filter(isCards).map((block) => cardColumns(block, stage.aspect, stage.keep)),
  );
  // (paper may hold a fifth fewer characters a line: it is read close up)
  const nine = (inner / (columns * 9)) * (paper ? 1.2 : 1);
  return columns > 1 ? Math.min(nine, cardPhraseLimit(stage, paper ? PAPER_FLOOR : FLOOR_SIZE)) : Infinity;
}

/**
 * The largest type at which every piece of a card's text that no line may break inside fits the card's line: its set
 * phrases whole (以习近平新时代中国特色社会主义思想) where that is possible at the floor or above; else the parts
 * between their inner boundaries (以习近平新时代 / 中国特色社会主义 / 思想), so that a phrase wider than the card
 * breaks only there and never at a character the browser picks (中国特色社会主 / 义思想); Infinity where even those
 * do not fit at the floor (smaller type would not save them). The floor: the projector's, or on paper at six a page
 * the size that prints at 7 pt (PAPER_FLOOR), which comes first there.
 */
function cardPhraseLimit(stage: Stage, floor: number): number {
  const column = columnWidth(stage.layout, stage.aspect);
  const rules = phraseRulesWith(CARD_PHRASES, stage.keep);
  const limits = (inner: boolean) =>
    Math.min(
      ...stage.blocks.filter(isCards).flatMap((block) => {
        const columns = cardColumns(block, stage.aspect, stage.keep);
        // a card's line at size s: (column - 0.6s gaps) / columns - 1.6s of padding; a piece of `em` (at `scale` of
        // the point size: the title's 1.1) fits while em·scale·s <= that, so s <= column / (columns·(em·scale + 1.6) + 0.6·(columns - 1))
        const largest = (em: number, scale: number) =>
          column / (columns * (em * SAFETY * scale + 1.6) + 0.6 * (columns - 1));
        return (block.kind === 'points' ? block.points : []).flatMap((point) => {
          const { lead, rest } = leadPhrase(point)!;
          return [
            ...unbroken(piecesText(lead), rules, inner).map((em) => largest(em + 0.04 * em, 1.1)),
            ...unbroken(piecesText(rest), rules, inner).map((em) => largest(em, 1)),
          ];
        });
      }),
    );
  const whole = limits(false);
  if (whole >= floor) return whole;
  const parts = limits(true);
  return parts >= floor ? parts : Infinity;
}

/** The widths in em of the pieces of `text` no line breaks inside: between its phrase breaks, and with `inner` also
 *  at its set phrases' inner boundaries. */
function unbroken(text: string, rules: PhraseRules, inner: boolean): number[] {
  return text.split('\n').flatMap((line) => {
    const breaks = phraseBreaks(line, rules);
    const cuts = [...new Set([0, ...breaks, ...(inner ? phraseInnerBreaks(line, rules.keep) : []), line.length])].sort(
      (a, b) => a - b,
    );
    return cuts.slice(1).map((to, i) => textEm(line.slice(cuts[i], to).trim()));
  });
}

/**
 * The point size (px) for a slide's body: the largest of TYPE_SIZES whose content fills at most ROOMY_FILL of the
 * body (42 px, the regular size, when it must simply fit), and below that the tight sizes, for content that would
 * not fit even at 42 px; the floor when nothing fits (the fit decision continues such a slide: fit.ts).
 */
export function typeSize(stage: Stage): number {
  if (stage.blocks.length === 0) return TYPE_SIZES[0];
  const room = stageRoom(stage);
  // Narrow cards read better in smaller type even where height allows more: a line there holds only a few words.
  const largest = cardLimit(stage);
  for (const s of TYPE_SIZES) if (s <= largest && contentHeight(stage, s) <= room * fillAt(s)) return s;
  for (const s of TIGHT_SIZES) if (contentHeight(stage, s) <= room) return s;
  return FLOOR_SIZE;
}

/** Sizes for paper (the handout at six a page, `?paper-type`): as large as the slide has room for, at most 56 px. */
const PAPER_SIZES = [56, 54, 52, 50, 48, 46, 44, 42] as const;

/** The point size a slide can take on paper: the largest of PAPER_SIZES that still fits the body, never less than
 *  its projector size. */
export function paperTypeSize(stage: Stage, projected: number): number {
  if (projected >= PAPER_SIZES[0] || stage.blocks.length === 0) return projected;
  const largest = cardLimit(stage, true);
  const paper = { ...stage, paper: true };
  // (only the sizes above the projector's can change the answer)
  return PAPER_SIZES.find((s) => s > projected && s <= largest && fitsAt(paper, s)) ?? projected;
}

/** The quote slide's type for a quote too long for it at the floor that a content slide cannot hold either (below):
 *  it prints under 7 pt at three a page, and the handout's finding names it. */
export const TIGHTEST_QUOTE_SIZE = 36;

/** The quote slide's type: large for a short quote, smaller as it grows, so it stays within the body, down to the
 *  body's floor; undefined for a quote too long for that (the plan shows it as a content slide's quote, which has
 *  more room and is set smaller as any body: at 36 px it printed under 7 pt at three a page). */
export function quoteSize(text: string, titleHtml: string, aspect: Aspect): number | undefined {
  const { width } = slideSize(aspect);
  const inner = width - 2 * FRAME.padX[aspect] - 160;
  const room = bodyHeight(titleHtml, aspect) - 160;
  return [60, 54, 48, 44, FLOOR_SIZE].find((s) => lines(text, s, inner) * s * 1.6 <= room);
}

/** The sizes a divider's part title may take, largest first (themes/_layout.css's `h2.sd-part-title` has the first),
 *  its letter-spacing and widest box. */
// (down to 60 px, still nearly a content slide's title: the longest set phrases with the word they carry,
// 坚持以习近平新时代中国特色社会主义思想, fit a 4:3 line whole there; at 72 they broke, 坚持 / 以习近平新时代 / 中国特色
// 社会主义思想, and the title of five lines ran past the slide's body)
const PART_TITLE = {
  sizes: [84, 82, 80, 78, 76, 74, 72, 68, 64, 60],
  spacingEm: 0.03,
  maxWidth: 1500,
} as const;

/** The part title's size where nothing calls for less. */
export const PART_TITLE_SIZE = PART_TITLE.sizes[0];

/**
 * The divider's part title size: the largest at which every piece a line may not break inside (a set phrase and the
 * short word it carries: 坚持以习近平同志为核心的党中央) fits on a line, so that no phrase breaks and no word is left
 * alone before one; the largest where even the smallest would not do (the phrase then breaks at its inner boundary).
 */
export function partTitleSize(titleHtml: string, aspect: Aspect, keep?: readonly string[]): number {
  const width = Math.min(PART_TITLE.maxWidth, slideSize(aspect).width - 2 * FRAME.padX[aspect]);
  const rules = phraseRulesWith(PHRASE_RULES, keep);
  const widest = Math.max(
    0,
    ...plainOf(titleHtml)
      .split('\n')
      .flatMap((line) => {
        const cuts = [0, ...phraseBreaks(line, rules), line.length];
        return cuts.slice(1).map((to, i) => textEm(line.slice(cuts[i], to).trim(), PART_TITLE.spacingEm) * SAFETY);
      }),
  );
  return PART_TITLE.sizes.find((size) => widest * size <= width) ?? PART_TITLE.sizes[0];
}
