// Tables on a slide: a column of numbers is set right-aligned (class `sd-number`), so figures line up by their digits.
import type { Inline, RichBlock } from '../outline/types.ts';

type Table = Extract<RichBlock, { kind: 'table' }>;

/** 12, 3.5, -8, 1,200, 45%, 98.6 %, ¥300, 3 万, 120 人: a number, perhaps with a sign, a unit or a currency. */
const NUMBER = /^[+\-−±]?[¥￥$€]?\s*\d[\d,，.．]*\s*(%|％|‰|[万亿千百]?[元人个项次户件家年月天亩吨台辆所名条]?)?$/u;

/** A table's numeric columns, found once per table. */
const numericOf = new WeakMap<Table, Set<number>>();

/** The class of a cell in `column` of `table`: `sd-number` where the column holds only numbers. */
export function numberCell(table: Table, column: number): string | undefined {
  return numericOfTable(table).has(column) ? 'sd-number' : undefined;
}

function numericOfTable(table: Table): Set<number> {
  let numeric = numericOf.get(table);
  if (!numeric) {
    // (a table of thousands of rows is a mistake `check` reports; it is shown as written)
    numeric = table.rows.length > 5_000 ? new Set() : numericColumns([table.head, ...table.rows].map(rowText));
    numericOf.set(table, numeric);
  }
  return numeric;
}

/** Rows `first` to `end` (not included) of `table` under its header row, for a table continued on （续） slides: its
 *  numeric columns are the whole table's, so that a column set right-aligned on one slide is on the next too. */
export function tableRows(table: Table, first: number, end: number): Table {
  const part: Table = { ...table, rows: table.rows.slice(first, end) };
  numericOf.set(part, numericOfTable(table));
  return part;
}

/** The columns (0-based) whose cells below the header row all hold numbers: they are set right-aligned. */
export function numericColumns(rows: string[][]): Set<number> {
  const body = rows.slice(1);
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const numeric = new Set<number>();
  for (let column = 0; column < columns; column++) {
    const values = body.map((row) => row[column]?.trim() ?? '').filter((value) => value !== '');
    if (values.length > 0 && values.every((value) => NUMBER.test(value))) numeric.add(column);
  }
  return numeric;
}

/** The words of each cell of a row, as a reader sees them: pictures left out, a character HTML writes as a
 *  reference (`&amp;`) read as a space, as it never makes a number. */
function rowText(cells: Table['head']): string[] {
  return cells.map((cell) => cellText(cell.inlines));
}

function cellText(inlines: readonly Inline[]): string {
  let text = '';
  for (const inline of inlines) {
    if (inline.kind === 'text' || inline.kind === 'code') text += inline.text.replace(/[&<>"]/g, ' ');
    else if (inline.kind === 'break') text += '\n';
    // The writer's own HTML inside a cell (`html: true`) is one tag, comment or CDATA section (markdown-it's
    // html_inline): it adds no words.
    else if (inline.kind !== 'image' && inline.kind !== 'html') text += cellText(inline.children);
  }
  return text;
}
