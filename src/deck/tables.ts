// Tables on a slide: a column of numbers is set right-aligned (class `sd-number`), so figures line up by their digits.

/** 12, 3.5, -8, 1,200, 45%, 98.6 %, ¥300, 3 万, 120 人: a number, perhaps with a sign, a unit or a currency. */
const NUMBER = /^[+\-−±]?[¥￥$€]?\s*\d[\d,，.．]*\s*(%|％|‰|[万亿千百]?[元人个项次户件家年月天亩吨台辆所名条]?)?$/u;

/** The table HTML markdown-it wrote, with `class="sd-number"` on every cell of a column that holds only numbers. */
export function markNumbers(html: string): string {
  // (a table of thousands of rows is a mistake `check` reports; it is shown as written)
  if (html.length > 200_000) return html;
  const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => cellsOf(row[1]!));
  const numeric = numericColumns(rows);
  if (numeric.size === 0) return html;
  return html.replace(/<tr>([\s\S]*?)<\/tr>/g, (_, inner: string) => {
    let column = 0;
    const marked = inner.replace(/<(t[hd])((?:\s[^>]*)?)>/g, (tag, name: string, attributes: string) =>
      numeric.has(column++) ? `<${name} class="sd-number"${attributes}>` : tag,
    );
    return `<tr>${marked}</tr>`;
  });
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

/** The plain text of each cell of a row. */
function cellsOf(row: string): string[] {
  return [...row.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) =>
    cell[1]!.replace(/<[^>]*>/g, '').replace(/&[a-z#0-9]+;/gi, ' '),
  );
}
