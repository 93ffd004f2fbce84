// A table as the deck shows it (`.sd-table`): the body's full width, columns as wide as the browser's automatic
// layout makes them (in proportion to their longest cell), the header row white on the accent, even rows banded, a
// hairline under each row and the accent under the last, columns of numbers right-aligned.
import { holdsOneLine, oneLineWidths } from '../../../deck/layout.ts';
import type { PhraseRules } from '../../../deck/phrases.ts';
import { numericColumns } from '../../../deck/tables.ts';
import type { Frame } from '../canvas.ts';
import { textBodyXml } from '../drawingml.ts';
import { FACES } from '../fonts.ts';
import { deckWraps, lineCount, readerWidthEm, textWidthEm } from '../measure.ts';
import { breakRuns, runStyle, runsOf } from '../paragraphs.ts';
import { plainText, type TableRow } from '../rich-text.ts';
import type { TableCell } from '../shapes.ts';
import type { SlideContext } from './context.ts';

/** Cell padding (0.3em 0.6em) and line height (1.35) of `.sd-table`. */
const PAD_X = 0.6;
const PAD_Y = 0.3;
const LINE = 1.35;
/** Our widths are estimated for Noto; the readers' faces run a little wider. */
const SLACK = 1.08;
/** How much smaller than the deck's a table may be set to keep its cells in the deck's lines. */
const SMALLEST = 0.85;
/** The least padding, in em, beside a cell's text where the deck's lines need the room (see `deckTable`). */
const MIN_PAD_X = 0.15;

interface TableLayout {
  columns: number[];
  rowHeights: number[];
  height: number;
  /** The type size: the deck's, or a little smaller (see `oneLineSize`). */
  size: number;
  /** Where the deck breaks each cell's text (character offsets, row by row, see `deckTable`): written in. */
  breaks?: number[][][];
  /** Each column's padding left and right, in px, where it is not PAD_X of the size. */
  pads?: number[];
}

/** The deck's columns of a table at a type size, each a share of the body's width (deck/layout.ts `tableShares`:
 *  undefined where the deck keeps the browser's layout), and the rules its cells break by. */
export type DeckColumns = (size: number) => { shares: number[] | undefined; rules: PhraseRules[] };

/**
 * A table whose cells the deck breaks: each row as many lines as the deck breaks its cells into, the lines written in
 * (drawTable), so that the reader breaks them where the deck does, between words, rather than anywhere (矛盾纠 /
 * 纷受理, - / 12.6% were). Its columns are the deck's, as the deck writes them (`<col>`, deck/layout.ts
 * `tableShares`); where a line in the reader's wider faces does not fit its column, the table is set smaller, up to
 * SMALLEST smaller with the deck's padding, and beyond that with less padding beside the text (MIN_PAD_X) before the
 * type is set smaller still: a written line broken again by the reader (at 4:3, seven columns) would no longer be the
 * deck's. A table the deck writes no columns for keeps the reader's own layout (`oneLineSize`).
 */
function deckTable(rows: TableRow[], width: number, size: number, shares: number[], rules: PhraseRules[]): TableLayout {
  const columns = shares.map((share) => share * width);
  const breaks = rows.map((row) =>
    columns.map((w, c) => deckWraps(cellText(row, c), w - 2 * PAD_X * size, size, { rules: rules[c]! })),
  );
  // (a cell's lines: its text cut at its breaks)
  const linesOf = (row: TableRow, c: number, at: number[]): string[] => {
    const chars = [...cellText(row, c)];
    return [0, ...at].map((from, i) => chars.slice(from, at[i] ?? chars.length).join(''));
  };
  const widest = columns.map((_, c) =>
    Math.max(0, ...rows.flatMap((row, r) => linesOf(row, c, breaks[r]![c]!).map(readerWidthEm))),
  );
  // (the largest size at which every column holds its widest line with `pad` em each side)
  const largest = (pad: number) => Math.min(size, ...columns.map((w, c) => w / (widest[c]! + 2 * pad)));
  const padded = largest(PAD_X);
  const set = padded >= SMALLEST * size ? padded : Math.max(largest(MIN_PAD_X), Math.min(padded, SMALLEST * size));
  // (each column's padding: the deck's, or what its widest line leaves, down to MIN_PAD_X)
  const pads = columns.map((w, c) => Math.max(MIN_PAD_X * set, Math.min(PAD_X * set, (w - widest[c]! * set) / 2)));
  // (rows as tall as the deck's, smaller type or not: the table stands where the deck's does)
  const rowHeights = breaks.map(
    (row) => (1 + Math.max(0, ...row.map((cell) => cell.length))) * size * LINE + 2 * PAD_Y * size,
  );
  return { columns, rowHeights, height: rowHeights.reduce((a, b) => a + b, 0), size: set, breaks, pads };
}

/** The widest a column's cells are, in em, by `widthEm`. */
function widestEm(rows: TableRow[], c: number, widthEm: (text: string) => number): number {
  return Math.max(0, ...rows.map((row) => widthEm(cellText(row, c))));
}

/**
 * A table the deck shows with every cell on one line has every cell on one line in the PowerPoint too: where the
 * reader's wider faces (figures, and the space readers put between figures and Chinese) would not hold the cells at
 * the deck's size, the table is set a little smaller, by SMALLEST at most, rather than broken (矛盾纠纷受理 / （件）,
 * 3.2个百分 / 点 were). Whether the deck holds them on one line is the deck's own reckoning (deck/layout.ts
 * `holdsOneLine`); with the deck's columns (`deck`), the deck breaks no cell here.
 */
function oneLineSize(rows: TableRow[], count: number, width: number, size: number, deck: boolean): number {
  const texts = rows.map((row) => Array.from({ length: count }, (_, c) => cellText(row, c)));
  const deckTotal = oneLineWidths(texts, size).reduce((a, b) => a + b, 0);
  const readerEm = Array.from({ length: count }, (_, c) => c).reduce(
    (sum, c) => sum + widestEm(rows, c, readerWidthEm) + 2 * PAD_X,
    0,
  );
  if ((!deck && !holdsOneLine(deckTotal, width)) || readerEm * size <= width) return size;
  const smaller = width / readerEm;
  return smaller >= SMALLEST * size ? smaller : size;
}

function cellText(row: TableRow, c: number): string {
  return plainText([{ kind: 'paragraph', inlines: row.cells[c]?.inlines ?? [] }]);
}

/** Column widths and row heights of `rows` at type size `deckSize` across `width`, and the type size: the deck's
 *  columns where it breaks the cells (`deck`), else the reader's own. Laid out once per table, width and size (the
 *  body's height, the stack and the drawing each ask). */
export function tableLayout(rows: TableRow[], width: number, deckSize: number, deck?: DeckColumns): TableLayout {
  const key = `${width} ${deckSize} ${deck ? 'deck' : ''}`;
  let known = laidOut.get(rows);
  if (!known) laidOut.set(rows, (known = new Map()));
  let layout = known.get(key);
  if (!layout) known.set(key, (layout = layTable(rows, width, deckSize, deck)));
  return layout;
}
const laidOut = new WeakMap<TableRow[], Map<string, TableLayout>>();

function layTable(rows: TableRow[], width: number, deckSize: number, deck?: DeckColumns): TableLayout {
  const count = Math.max(1, ...rows.map((row) => row.cells.length));
  const columnsInDeck = deck?.(deckSize);
  if (columnsInDeck?.shares?.length === count)
    return deckTable(rows, width, deckSize, columnsInDeck.shares, columnsInDeck.rules);
  const size = oneLineSize(rows, count, width, deckSize, columnsInDeck !== undefined);
  const natural = Array.from(
    { length: count },
    (_, c) => Math.max(1, ...rows.map((row) => textWidthEm(cellText(row, c)) * SLACK)) * size + 2 * PAD_X * size,
  );
  // A header's words are not broken, nor a figure: its column is at least as wide as the header (`2023年` on one
  // line) and, for a column of figures, as its widest (LibreOffice broke 107.0 / % at 4:3).
  const numeric = numericColumns(rows.map((row) => row.cells.map((_, c) => cellText(row, c))));
  const header = Array.from(
    { length: count },
    (_, c) =>
      Math.max(...rows.filter((row) => row.header || numeric.has(c)).map((row) => readerWidthEm(cellText(row, c))), 0) *
        size +
      2 * PAD_X * size,
  );
  const total = natural.reduce((a, b) => a + b, 0);
  let columns = natural.map((w) => (w / total) * width);
  // Where every cell fits on one line in the reader's faces, each column gets its widest cell and a share of the rest
  // in proportion: no cell wraps (the deck's table, which fits, wraps none).
  const whole = Array.from({ length: count }, (_, c) => (widestEm(rows, c, readerWidthEm) + 2 * PAD_X) * size);
  const wholeTotal = whole.reduce((a, b) => a + b, 0);
  if (wholeTotal <= width) columns = whole.map((w) => w + ((width - wholeTotal) * w) / wholeTotal);
  const short = columns.map((w, c) => Math.max(0, header[c]! - w));
  const lacking = short.reduce((a, b) => a + b, 0);
  // The other columns give the room, each in proportion to what it has beyond its own header (so none falls short).
  const spare = columns.map((w, c) => (short[c]! > 0 ? 0 : Math.max(0, w - header[c]!)));
  const spareTotal = spare.reduce((a, b) => a + b, 0);
  if (wholeTotal > width && lacking > 0 && lacking <= spareTotal)
    columns = columns.map((w, c) => (short[c]! > 0 ? header[c]! : w - (lacking * spare[c]!) / spareTotal));
  const rowHeights = rows.map(
    (row) =>
      Math.max(1, ...columns.map((w, c) => lineCount(cellText(row, c), w - 2 * PAD_X * size, size))) * size * LINE +
      2 * PAD_Y * size,
  );
  return { columns, rowHeights, height: rowHeights.reduce((a, b) => a + b, 0), size };
}

export function drawTable(
  context: SlideContext,
  rows: TableRow[],
  frame: Frame,
  deckSize: number,
  deck?: DeckColumns,
): void {
  const { theme } = context.look;
  const { columns, rowHeights, size, breaks, pads } = tableLayout(rows, frame.w, deckSize, deck);
  const numeric = numericColumns(rows.map((row) => row.cells.map((_, c) => cellText(row, c))));
  let bodyIndex = 0;
  const tableRows = rows.map((row, r) => {
    const even = !row.header && bodyIndex++ % 2 === 1;
    const last = r === rows.length - 1;
    const cells = columns.map((_, c): TableCell => {
      const cell = row.cells[c];
      const style = runStyle(
        FACES.text,
        size,
        row.header ? theme.onAccent : theme.text,
        row.header ? { bold: true } : {},
      );
      const align = numeric.has(c) || cell?.align === 'right' ? 'r' : cell?.align === 'center' ? 'ctr' : 'l';
      const body = textBodyXml({ anchor: 'ctr' }, [
        {
          // (the deck's line breaks written in where it breaks the cells)
          runs: breakRuns(
            runsOf(cell?.inlines ?? [], style, row.header ? undefined : theme.heading),
            breaks?.[r]?.[c] ?? [],
          ),
          style: { align, lineSpacing: { exactPt: size * LINE * 0.5 } },
          end: style,
        },
      ]);
      return {
        bodyXml: body,
        marginsPx: [PAD_Y * size, pads?.[c] ?? PAD_X * size, PAD_Y * size, pads?.[c] ?? PAD_X * size],
        ...(row.header ? { fill: theme.accent } : even ? { fill: theme.pointBand } : {}),
        ...(last
          ? { bottom: { colour: theme.accent, widthPx: 3 } }
          : row.header
            ? {}
            : { bottom: { colour: theme.rule, widthPx: 1 } }),
      };
    });
    return { heightPx: rowHeights[r]!, cells };
  });
  context.tree.table({ ...frame, h: rowHeights.reduce((a, b) => a + b, 0) }, columns, tableRows);
}
