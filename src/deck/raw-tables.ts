// Tables the writer wrote in HTML (`html: true`): read with parse5, the HTML standard's tokenizer and tree builder (as
// the browser reads them; a regular expression misses a `<tr class>`, an implied `</td>`, a nested table or a
// comment), so their columns of numbers are set right-aligned as a Markdown table's are (tables.ts), each table
// judged apart, and the layout measures their rows' words.
import { type DefaultTreeAdapterTypes, parseFragment } from 'parse5';
import { numericColumns } from './tables.ts';

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.DocumentFragment;
type Element = DefaultTreeAdapterTypes.Element;

/** Raw HTML larger than this is shown as written (a table of thousands of rows is a mistake `check` reports). */
const LONGEST_HTML = 200_000;

interface Cell {
  element: Element;
  column: number;
  text: string;
}

/** Each table of the HTML, its rows of cells in order, a cell's column counting the columns its neighbours span. */
function tablesIn(html: string): Cell[][][] {
  if (!/<table/i.test(html) || html.length > LONGEST_HTML) return [];
  const tables: Cell[][][] = [];
  const visit = (node: Node, rows: Cell[][] | undefined): void => {
    if (!('childNodes' in node)) return;
    let own = rows;
    if ('tagName' in node && node.namespaceURI === 'http://www.w3.org/1999/xhtml') {
      if (node.tagName === 'table') tables.push((own = []));
      else if (node.tagName === 'tr' && rows) {
        const cells: Cell[] = [];
        let column = 0;
        for (const child of node.childNodes)
          if ('tagName' in child && (child.tagName === 'td' || child.tagName === 'th')) {
            cells.push({ element: child, column, text: textOf(child) });
            const span = Number(child.attrs.find((attribute) => attribute.name === 'colspan')?.value);
            column += Number.isInteger(span) && span > 1 ? span : 1;
          }
        rows.push(cells);
        own = undefined; // a table inside a cell has rows of its own
      }
    }
    for (const child of node.childNodes) visit(child, own);
  };
  visit(parseFragment(html, { sourceCodeLocationInfo: true }), undefined);
  return tables;
}

/** A cell's words as a reader sees them: `<br>` a line break, a nested table's words left out. */
function textOf(node: Node): string {
  if ('value' in node && node.nodeName === '#text') return node.value;
  if (!('childNodes' in node)) return '';
  if ('tagName' in node && node.tagName === 'br') return '\n';
  let text = '';
  for (const child of node.childNodes) if (!('tagName' in child && child.tagName === 'table')) text += textOf(child);
  return text;
}

/** The HTML with `class="sd-number"` on every cell of a column that holds only numbers below its first row (the
 *  cell's own classes kept after it); everything else as written, byte for byte. */
export function markRawNumbers(html: string): string {
  const edits: Array<{ start: number; end: number; text: string }> = [];
  for (const rows of tablesIn(html)) {
    const numeric = numericColumns(rowTexts(rows));
    for (const row of rows)
      for (const cell of row) {
        const tag = cell.element.sourceCodeLocation?.startTag;
        if (!numeric.has(cell.column) || !tag) continue;
        const own = cell.element.sourceCodeLocation?.attrs?.class;
        const classes = cell.element.attrs.find((attribute) => attribute.name === 'class')?.value;
        if (own && classes !== undefined)
          edits.push({
            start: own.startOffset,
            end: own.endOffset,
            text: `class="sd-number ${escapeAttribute(classes)}"`,
          });
        else {
          const at = tag.startOffset + 1 + cell.element.tagName.length;
          edits.push({ start: at, end: at, text: ' class="sd-number"' });
        }
      }
  }
  if (!edits.length) return html;
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let from = 0;
  for (const edit of edits) {
    out += html.slice(from, edit.start) + edit.text;
    from = edit.end;
  }
  return out + html.slice(from);
}

/** The words of each row of each table in the HTML, cell by cell, as the layout measures them. */
export function rawTableRows(html: string): string[][] {
  return tablesIn(html).flatMap(rowTexts);
}

/** A table's rows as texts, a cell at its column (a spanned column empty). */
function rowTexts(rows: Cell[][]): string[][] {
  return rows.map((row) => {
    const texts: string[] = [];
    for (const cell of row) texts[cell.column] = cell.text;
    return Array.from(texts, (text) => text ?? '');
  });
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}
