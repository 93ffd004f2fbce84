// What the outline says, as DrawingML paragraphs in the deck's look: a point is one paragraph (its sub-points one
// each, a level down), `**bold**` a bold run in the accent colour, a quote serif with its attribution, notes one
// paragraph per paragraph.
import { chineseNumber } from '../../deck/labels.ts';
import { FLOOR_SIZE, REGULAR_SIZE, subPointSize } from '../../deck/layout.ts';
import type { PhraseRules } from '../../deck/phrases.ts';
import type { Block, Numbering, Point, RichBlock as OutlineBlock } from '../../outline/types.ts';
import { CSS, type Canvas } from './canvas.ts';
import { PT_PER_PX, type Paragraph, type RunStyle, type TextRun } from './drawingml.ts';
import { FACES, type Face } from './fonts.ts';
import { READER_ROOM_EM, deckWraps } from './measure.ts';
import { blocksOf, pointInlines, type Inline, type ListItem, type RichBlock, type TableRow } from './rich-text.ts';
import type { Colour, PptxTheme } from './theme.ts';

/** The theme and the canvas: all a slide needs to know about how the deck looks. */
export interface Look {
  theme: PptxTheme;
  canvas: Canvas;
}

export function runStyle(
  face: Face,
  sizePx: number,
  colour: Colour | undefined,
  extra: Partial<RunStyle> = {},
): RunStyle {
  return { face, sizePt: Math.round(sizePx * PT_PER_PX * 2) / 2, colour, ...extra };
}

/** Text runs for inline content: `strong` marks take `strongColour` (the accent), code the code face. */
export function runsOf(inlines: Inline[], base: RunStyle, strongColour?: Colour): TextRun[] {
  return inlines.map((inline): TextRun => {
    if ('lineBreak' in inline) return { lineBreak: true, style: base };
    // Unmarked text keeps the base style itself, so its XML is written once (see drawingml.ts).
    if (!inline.bold && !inline.italic && !inline.strike && !inline.code && !inline.link)
      return { text: inline.text, style: base };
    const style: RunStyle = { ...base };
    if (inline.bold) {
      style.bold = true;
      if (strongColour) style.colour = strongColour;
    }
    if (inline.italic) style.italic = true;
    if (inline.strike) style.strike = true;
    if (inline.code) style.face = FACES.code;
    if (inline.link) style.underline = true;
    return { text: inline.text, style };
  });
}

/** The runs' text as the line count reads it: a line break a new line. */
export function runsText(runs: TextRun[]): string {
  return runs.map((run) => ('text' in run ? run.text : '\n')).join('');
}

/** The column the deck sets a slide's blocks in (its body, the text beside a picture, the panel over one) and where
 *  its lines may break: the PowerPoint writes the deck's own line breaks into the text set there, as soft breaks
 *  inside each paragraph, so that every reader shows the deck's lines and never breaks inside a word or a set
 *  phrase (its reader would break Chinese anywhere: 推动基层党 / 组织). */
export interface DeckColumn {
  widthPx: number;
  rules: PhraseRules;
}

/** `runs` with a line break where the deck wraps their text in `widthPx` at `sizePx` (see `deckWraps`); `pretty`, as
 *  the deck sets points, card text and quotes (`text-wrap: pretty`). */
export function deckLines(
  runs: TextRun[],
  widthPx: number,
  sizePx: number,
  rules: PhraseRules,
  { spacingEm = 0, pretty = false }: { spacingEm?: number; pretty?: boolean } = {},
): TextRun[] {
  return breakRuns(runs, deckWraps(runsText(runs), widthPx, sizePx, { spacingEm, rules, pretty }));
}

/** The deck's text widths inside a point's band (themes/_layout.css's `.sd-points > li`): the band's left padding
 *  (2em, 3.3em beside （一）), its right padding (0.75em) and its left border (0.14em); a sub-point's dash 1.1em of
 *  its own size more; a quote's left padding and border (`.sd-quote-block`: 1em and 0.19em). */
const BAND = { left: 2, leftChinese: 3.3, right: 0.75, border: 0.14, subIndent: 1.1, quote: 1.19 };

/** A paragraph of plain text in one style. */
export function textParagraph(text: string, style: RunStyle, paragraph: Paragraph['style'] = {}): Paragraph {
  return { runs: text ? [{ text, style }] : [], style: paragraph, end: style };
}

/** Images and tables of a slide, placed apart from its text. */
type Media = { kind: 'image'; src: string; alt: string } | { kind: 'table'; rows: TableRow[] };

export interface SlideContent {
  paragraphs: Paragraph[];
  media: Media[];
}

const BULLET = '\u25C6'; // ◆, the rotated square of the HTML deck
const SUB_BULLET = '\u2013'; // –, the short dash of the HTML deck

const stylesOf = new WeakMap<Look, Map<number, ReturnType<typeof makeBodyStyles>>>();

/** The paragraph styles of a content slide's body at its type size (the plan's: larger for few short points), from
 *  themes/_layout.css; made once per deck and size, so that runs share style objects (and their XML is written
 *  once, see drawingml.ts). */
export function bodyStyles(look: Look, pointSize: number = CSS.pointSize): ReturnType<typeof makeBodyStyles> {
  let bySize = stylesOf.get(look);
  if (!bySize) stylesOf.set(look, (bySize = new Map()));
  let styles = bySize.get(pointSize);
  if (!styles) bySize.set(pointSize, (styles = makeBodyStyles(look, pointSize)));
  return styles;
}

function makeBodyStyles(look: Look, pointSize: number) {
  const { theme } = look;
  const point = runStyle(FACES.text, pointSize, theme.text);
  const subPoint = runStyle(FACES.text, subPointSize(pointSize), theme.muted);
  const px = (em: number) => em * pointSize;
  // Exact line heights, as the deck's (1.45 for points, 1.4 for sub-points): a reader's own line height follows its
  // face (微软雅黑's is tall), and the points would no longer fit the height the plan gave them.
  const line = (em: number, size: number = pointSize) => ({ exactPt: em * size * PT_PER_PX });
  /** The room between two points: the band's padding and the gap under it (more on a roomy slide). */
  const pointGapPt = px(pointSize > REGULAR_SIZE ? 1.7 : 1.2) * PT_PER_PX;
  const pointIndent = { marginPx: px(2), indentPx: -px(1.35) };
  return {
    point,
    subPoint,
    pointGapPt,
    quote: runStyle(FACES.title, pointSize, theme.heading, { bold: true }),
    /** A quote's attribution (`.sd-attribution`: 0.88em, never below the floor). */
    attribution: runStyle(FACES.text, attributionSize(pointSize), theme.muted),
    code: runStyle(FACES.code, pointSize * 0.6, theme.text),
    heading: runStyle(FACES.title, pointSize * 1.1, theme.heading, { bold: true }),
    marker: runStyle(FACES.text, pointSize, theme.accent),
    /** A point of a list that starts at `startAt` and ends at `last`: numbers in discs (❶–❿) as the HTML deck's
     *  round markers, plain numbers past ten; with `numbering: chinese` no bullet, the words （一） being text. */
    pointParagraph: (ordered: boolean, startAt: number, last: number, chinese = false): Paragraph['style'] =>
      chinese && ordered
        ? { marginPx: px(3.45), indentPx: -px(3), lineSpacing: line(1.45), spaceAfterPt: pointGapPt }
        : {
            ...pointIndent,
            lineSpacing: line(1.45),
            spaceAfterPt: pointGapPt,
            bullet: ordered
              ? {
                  autoNumber: last > 10 ? 'arabicPeriod' : 'circleNumWdBlackPlain',
                  startAt,
                  colour: theme.accent,
                  sizePct: 100,
                }
              : { char: BULLET, colour: theme.accent, sizePct: 60, face: FACES.text.latin },
          },
    subPointParagraph: {
      level: 1,
      marginPx: px(3.1),
      indentPx: -px(0.95),
      lineSpacing: line(1.4, subPointSize(pointSize)),
      spaceAfterPt: px(0.1) * PT_PER_PX,
      bullet: { char: SUB_BULLET, colour: theme.muted, sizePct: 100, face: FACES.text.latin },
    } satisfies Paragraph['style'],
    plainParagraph: { lineSpacing: line(1.6), spaceAfterPt: px(0.6) * PT_PER_PX } satisfies Paragraph['style'],
  };
}

/** A content slide's blocks: one paragraph per point, paragraphs for the rest of its text, its images and tables. */
export function slideContent(
  blocks: Block[],
  look: Look,
  pointSize: number = CSS.pointSize,
  numbering: Numbering = 'arabic',
  column?: DeckColumn,
): SlideContent {
  const styles = bodyStyles(look, pointSize);
  const paragraphs: Paragraph[] = [];
  const media: Media[] = [];
  for (const block of blocks) {
    if (block.kind === 'points') paragraphs.push(...pointParagraphs(block, look, pointSize, numbering, column));
    else if (block.kind === 'quote')
      paragraphs.push(...quoteParagraphs(blocksOf(block.blocks), block.attribution, look, pointSize, column));
    else {
      for (const rich of blocksOf(block.blocks)) {
        if (rich.kind === 'image') media.push({ kind: 'image', src: rich.src, alt: rich.alt });
        else if (rich.kind === 'table') media.push({ kind: 'table', rows: rich.rows });
        else paragraphs.push(...richParagraphs(rich, look, styles, pointSize, column));
      }
    }
  }
  return { paragraphs, media };
}

/** Points and their sub-points, one paragraph each, numbered from the list's `start` (where the plan continued it
 *  on another slide); the rest of a point cut over two slides (`continues`) without its number or bullet. */
function pointParagraphs(
  { points, ordered, start = 1 }: Extract<Block, { kind: 'points' }>,
  look: Look,
  pointSize: number,
  numbering: Numbering,
  column: DeckColumn | undefined,
): Paragraph[] {
  const styles = bodyStyles(look, pointSize);
  const chinese = ordered && numbering === 'chinese';
  const subSize = subPointSize(pointSize);
  const pointWidth = column
    ? column.widthPx - ((chinese ? BAND.leftChinese : BAND.left) + BAND.right + BAND.border) * pointSize
    : 0;
  const lined = (runs: TextRun[], width: number, size: number) =>
    column ? deckLines(runs, width, size, column.rules, { pretty: true }) : runs;
  // (the numbers after a point continued from the slide before go on from the next one: a paragraph without a
  // number does not count in a reader's numbering)
  const first = points[0]?.continues ? start + 1 : start;
  const numbered = styles.pointParagraph(ordered, first, start + points.length - 1, chinese);
  // (its first line stands where the point's words do, under no hanging marker)
  const { bullet: _, ...unmarked } = numbered;
  const continued = { ...unmarked, indentPx: 0 };
  const paragraphs = points.flatMap((point, i) => {
    // (who said it, on a line of its own to the right under the point's words, as the deck shows it)
    const said = (of: Point, marginPx: number): Paragraph[] =>
      of.attribution === undefined
        ? []
        : [
            textParagraph(`—— ${of.attribution}`, styles.attribution, {
              align: 'r',
              marginPx,
              // (its right edge where the deck's stands, inside the band's padding: the text box is wider by the
              // reader's room, content.ts's readerRoom)
              ...(column ? { rightPx: (BAND.right + READER_ROOM_EM) * pointSize } : {}),
              lineSpacing: { exactPt: 1.45 * styles.attribution.sizePt },
              spaceAfterPt: styles.subPointParagraph.spaceAfterPt,
            }),
          ];
    const group: Paragraph[] = [
      {
        runs: [
          ...(chinese && !point.continues ? [{ text: `（${chineseNumber(start + i)}）`, style: styles.marker }] : []),
          ...lined(runsOf(pointInlines(point), styles.point, look.theme.accent), pointWidth, pointSize),
        ],
        style: point.continues ? continued : numbered,
        end: styles.point,
      },
      ...said(point, 2 * pointSize),
      ...point.points.flatMap((sub) => [
        {
          runs: lined(
            runsOf(pointInlines(sub), styles.subPoint, look.theme.accent),
            pointWidth - BAND.subIndent * subSize,
            subSize,
          ),
          style: styles.subPointParagraph,
          end: styles.subPoint,
        },
        ...said(sub, styles.subPointParagraph.marginPx),
      ]),
    ];
    // Sub-points sit closer to their point than to the next one: the point's gap comes after the last of them, and
    // the point itself is followed only by a sub-point's small gap.
    if (group.length > 1) {
      group[0] = { ...group[0]!, style: { ...group[0]!.style, spaceAfterPt: styles.subPointParagraph.spaceAfterPt } };
      group[group.length - 1] = {
        ...group.at(-1)!,
        style: { ...group.at(-1)!.style, spaceAfterPt: styles.pointGapPt },
      };
    }
    return group;
  });
  // LibreOffice carries a paragraph's right margin over to the paragraphs after it that do not set their own: the one
  // after an attribution says 0.
  return paragraphs.map((paragraph, i) =>
    i > 0 && paragraphs[i - 1]!.style.rightPx && paragraph.style.rightPx === undefined
      ? { ...paragraph, style: { ...paragraph.style, rightPx: 0 } }
      : paragraph,
  );
}

/** What the deck's attribution line (1.6 of its size) has beyond its words, under them in the PowerPoint (see
 *  quoteParagraphs); the quote's bar reaches down through it, as the deck's does (`quoteBarBelow`). */
const ATTRIBUTION_BELOW = 0.6;

/** How far, in px, a quote's bar reaches below its paragraphs' written lines at point size `pointSize`: through the
 *  rest of its attribution's line, where it has one. */
export function quoteBarBelow(block: Block, pointSize: number): number {
  return block.kind === 'quote' && block.attribution ? ATTRIBUTION_BELOW * attributionSize(pointSize) : 0;
}

/** A quote's attribution's size in px (`.sd-attribution`: 0.88em, never below the floor). */
function attributionSize(pointSize: number): number {
  return Math.max(pointSize * 0.88, FLOOR_SIZE);
}

/** A quote inside a content slide as the deck sets it (`.sd-quote-block`, `.sd-quote-text p`): serif lines
 *  indented by the block's border and padding (1.19em, no hanging first line), 1.6 apart, 0.4em between paragraphs,
 *  the attribution to the right 0.6em under them. */
function quoteParagraphs(
  blocks: RichBlock[],
  attribution: string | undefined,
  look: Look,
  pointSize: number,
  column?: DeckColumn,
): Paragraph[] {
  const styles = bodyStyles(look, pointSize);
  const width = (column?.widthPx ?? 0) - BAND.quote * pointSize;
  const paragraphs = textBlocks(blocks).map(
    (inlines): Paragraph => ({
      runs: column
        ? deckLines(runsOf(inlines, styles.quote), width, pointSize, column.rules)
        : runsOf(inlines, styles.quote),
      style: {
        marginPx: BAND.quote * pointSize,
        indentPx: 0,
        lineSpacing: { exactPt: 1.6 * pointSize * PT_PER_PX },
        spaceAfterPt: 0.4 * pointSize * PT_PER_PX,
      },
      end: styles.quote,
    }),
  );
  if (!attribution) return paragraphs;
  // The attribution as the deck's `.sd-attribution` under the quote's last line (no room after that line): 0.6 of
  // its own size above it, then its line. The deck's line is 1.6 of its size with the room split above and below the
  // words; a reader puts an exact line's room above its words, so the line here is exactly the size and the rest of the
  // deck's line (ATTRIBUTION_BELOW) comes after it. Left to the reader's own line height, 0.2em above it after 0.4em
  // under the last line, it stood 0.015-0.02 of the page lower than the deck's (LibreOffice).
  const size = styles.attribution.sizePt;
  const last = paragraphs.at(-1);
  if (last) paragraphs[paragraphs.length - 1] = { ...last, style: { ...last.style, spaceAfterPt: 0 } };
  paragraphs.push(
    textParagraph(`—— ${attribution}`, styles.attribution, {
      align: 'r',
      // (said, though it is a paragraph's own: LibreOffice carries a point's attribution's margin over to it)
      rightPx: 0,
      lineSpacing: { exactPt: size },
      spaceBeforePt: 0.6 * size,
      spaceAfterPt: ATTRIBUTION_BELOW * size + 12,
    }),
  );
  return paragraphs;
}

function richParagraphs(
  block: RichBlock,
  look: Look,
  styles: ReturnType<typeof bodyStyles>,
  pointSize: number,
  column?: DeckColumn,
): Paragraph[] {
  switch (block.kind) {
    case 'paragraph': {
      const runs = runsOf(block.inlines, styles.point, look.theme.accent);
      return [
        {
          runs: column ? deckLines(runs, column.widthPx, pointSize, column.rules) : runs,
          style: styles.plainParagraph,
          end: styles.point,
        },
      ];
    }
    case 'heading': {
      const runs = runsOf(block.inlines, styles.heading);
      return [
        {
          runs: column ? deckLines(runs, column.widthPx, styles.heading.sizePt / PT_PER_PX, column.rules) : runs,
          style: { ...styles.plainParagraph, spaceBeforePt: 6 },
          end: styles.heading,
        },
      ];
    }
    case 'list':
      return listParagraphs(block, look, 0, pointSize, column);
    case 'quote':
      return quoteParagraphs(block.blocks, undefined, look, pointSize, column);
    case 'code':
      return block.text.split('\n').map((line) => textParagraph(line, styles.code, { lineSpacing: 1.1 }));
    case 'image':
    case 'table':
      return [];
  }
}

/** How far the browser indents a Markdown list in the deck (`padding-inline-start: 40px`, no style of ours). */
const LIST_INDENT = 40;

/** A Markdown list outside the points (inside a paragraph block or a quote): the points' look. */
function listParagraphs(
  block: Extract<RichBlock, { kind: 'list' }>,
  look: Look,
  level: number,
  pointSize: number,
  column?: DeckColumn,
): Paragraph[] {
  const styles = bodyStyles(look, pointSize);
  // the deck's lines written in, as a point's: the list indented by the browser's own 40 px a level
  const lined = (runs: TextRun[], sizePx: number) =>
    column ? deckLines(runs, column.widthPx - LIST_INDENT * (level + 1), sizePx, column.rules) : runs;
  return block.items.flatMap((item: ListItem) => [
    level === 0
      ? {
          runs: lined(runsOf(item.inlines, styles.point, look.theme.accent), pointSize),
          style: styles.pointParagraph(block.ordered, block.start, block.start + block.items.length - 1),
          end: styles.point,
        }
      : {
          runs: lined(runsOf(item.inlines, styles.subPoint, look.theme.accent), styles.subPoint.sizePt / PT_PER_PX),
          style: styles.subPointParagraph,
          end: styles.subPoint,
        },
    ...(item.children ? listParagraphs(item.children, look, 1, pointSize, column) : []),
  ]);
}

/** The inline content of blocks, a paragraph each, whatever their kind (for quotes and captions). */
export function textBlocks(blocks: RichBlock[]): Inline[][] {
  return blocks.flatMap((block): Inline[][] => {
    switch (block.kind) {
      case 'paragraph':
      case 'heading':
        return [block.inlines];
      case 'list':
        return block.items.map((item) => item.inlines);
      case 'quote':
        return textBlocks(block.blocks);
      case 'code':
        return block.text.split('\n').map((line) => [{ text: line, code: true }]);
      case 'image':
        return block.alt ? [[{ text: block.alt }]] : [];
      case 'table':
        return block.rows.map((row) =>
          row.cells.flatMap((cell, i) => (i ? [{ text: '\t' }, ...cell.inlines] : cell.inlines)),
        );
    }
  });
}

/** The speaker's notes for the notes page: one paragraph per paragraph of the outline's notes, lists bulleted. */
export function notesParagraphs(notes: readonly OutlineBlock[], theme: PptxTheme): Paragraph[] {
  const text = runStyle(FACES.text, 24, theme.text);
  const paragraph = { lineSpacing: 1.2, spaceAfterPt: 6 };
  const paragraphs: Paragraph[] = [];
  const walk = (blocks: RichBlock[], level: number) => {
    for (const block of blocks) {
      if (block.kind === 'list') {
        const items = (list: typeof block, depth: number): void =>
          list.items.forEach((item) => {
            const bullet = list.ordered
              ? { autoNumber: 'arabicPeriod', startAt: list.start, colour: theme.text, sizePct: 100 }
              : { char: '\u2022', colour: theme.text, sizePct: 100 };
            paragraphs.push({
              runs: runsOf(item.inlines, text),
              style: { ...paragraph, level: depth, marginPx: 40 * (depth + 1), indentPx: -30, bullet },
              end: text,
            });
            if (item.children) items(item.children, depth + 1);
          });
        items(block, level);
      } else if (block.kind === 'quote') walk(block.blocks, level + 1);
      else {
        for (const inlines of textBlocks([block])) {
          paragraphs.push({
            runs: runsOf(inlines, text),
            style: { ...paragraph, ...(level ? { marginPx: 40 * level } : {}) },
            end: text,
          });
        }
      }
    }
  };
  walk(blocksOf(notes), 0);
  return paragraphs;
}

/** Runs with a line break inserted at each character offset of their joined text (see `balancedBreaks`). */
export function breakRuns(runs: TextRun[], offsets: number[]): TextRun[] {
  if (!offsets.length) return runs;
  const out: TextRun[] = [];
  let position = 0;
  let next = 0;
  for (const run of runs) {
    if (!('text' in run) || 'field' in run) {
      out.push(run);
      if ('lineBreak' in run) position += 1;
      continue;
    }
    let chars = [...run.text];
    while (next < offsets.length && offsets[next]! < position + chars.length) {
      const cut = offsets[next]! - position;
      if (cut > 0) out.push({ text: chars.slice(0, cut).join(''), style: run.style });
      out.push({ lineBreak: true, style: run.style });
      chars = chars.slice(cut);
      position += cut;
      next++;
    }
    if (chars.length) out.push({ text: chars.join(''), style: run.style });
    position += chars.length;
  }
  return out;
}
