// The rich-text tree (types.ts) as HTML, written exactly as markdown-it's renderer writes the tokens it came from:
// the tree is laid out as a stream of tags and the renderer's rules for line breaks between them are followed.
// The same stream, as pieces of markup and text, is what the deck marks its line breaks in (deck/phrases.ts).
import type { Attributes, Inline, RichBlock, TableCell } from './types.ts';

/** A piece of the HTML: markup (a tag, named, `closes` for an end tag) written as it is; text, escaped when written;
 *  or the writer's own raw HTML (`html: true`), written as it is. */
export type HtmlPiece = { markup: string; name: string; closes?: true } | { text: string } | { raw: string };

/** How blocks are written: `cellClass` gives a table's cell a class by its column; `rawHtml` writes the writer's own
 *  HTML blocks (`html: true`) as it returns them. */
export interface HtmlOptions {
  cellClass?: (table: Extract<RichBlock, { kind: 'table' }>, column: number) => string | undefined;
  rawHtml?: (html: string) => string;
}

/** One tag or piece of the stream: what markdown-it's token would render as. */
type Piece =
  | { tag: string; nesting: 1 | -1; attributes?: Attributes; hidden?: boolean }
  | { inline: readonly Inline[] }
  /** Written as they are. `opens`: they start with a tag markdown-it's renderToken writes (a rule, a table), which a
   *  hidden paragraph before them puts on a line of its own; code and raw HTML have rules of their own. */
  | { written: HtmlPiece[]; opens?: true };

/** The HTML of blocks. */
export function blocksHtml(blocks: readonly RichBlock[]): string {
  return piecesHtml(blocksPieces(blocks));
}

/** The HTML of inline content. */
export function inlinesHtml(inlines: readonly Inline[]): string {
  return piecesHtml(inlinesPieces(inlines));
}

/** Blocks as pieces of HTML. */
export function blocksPieces(blocks: readonly RichBlock[], options: HtmlOptions = {}): HtmlPiece[] {
  const pieces: Piece[] = [];
  for (const block of blocks) piecesOf(block, pieces, false, options);
  const out: HtmlPiece[] = [];
  render(pieces, out);
  return out;
}

/** Inline content as pieces of HTML. */
export function inlinesPieces(inlines: readonly Inline[], out: HtmlPiece[] = []): HtmlPiece[] {
  for (const inline of inlines) inlinePieces(inline, out);
  return out;
}

/** The HTML the pieces write. */
export function piecesHtml(pieces: readonly HtmlPiece[]): string {
  let html = '';
  for (const piece of pieces)
    html += 'text' in piece ? escapeText(piece.text) : 'raw' in piece ? piece.raw : piece.markup;
  return html;
}

function piecesOf(block: RichBlock, pieces: Piece[], tightItem: boolean, options: HtmlOptions): void {
  switch (block.kind) {
    case 'paragraph':
      open(pieces, 'p', undefined, tightItem);
      pieces.push({ inline: block.inlines });
      close(pieces, 'p', tightItem);
      return;
    case 'heading':
      open(pieces, `h${block.level}`, block.attributes);
      pieces.push({ inline: block.inlines });
      close(pieces, `h${block.level}`);
      return;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      open(pieces, tag, block.start === undefined ? undefined : [['start', String(block.start)]]);
      for (const item of block.items) {
        open(pieces, 'li');
        for (const child of item.blocks) piecesOf(child, pieces, block.tight, options);
        close(pieces, 'li');
      }
      close(pieces, tag);
      return;
    }
    case 'quote':
      open(pieces, 'blockquote');
      for (const child of block.blocks) piecesOf(child, pieces, false, options);
      close(pieces, 'blockquote');
      return;
    case 'code': {
      const language = block.language === undefined ? '' : ` class="language-${escapeText(block.language)}"`;
      pieces.push({
        written: [
          { markup: `<pre><code${language}>`, name: 'pre' },
          { text: block.text },
          { markup: '</code></pre>', name: 'pre', closes: true },
          { text: '\n' },
        ],
      });
      return;
    }
    case 'table':
      pieces.push({ written: tablePieces(block, options), opens: true });
      return;
    case 'rule':
      pieces.push({ written: [{ markup: '<hr>', name: 'hr' }, { text: '\n' }], opens: true });
      return;
    case 'html':
      pieces.push({ written: [{ raw: options.rawHtml?.(block.html) ?? block.html }] });
  }
}

function open(pieces: Piece[], tag: string, attributes?: Attributes, hidden = false): void {
  pieces.push({ tag, nesting: 1, ...(attributes ? { attributes } : {}), ...(hidden ? { hidden } : {}) });
}

function close(pieces: Piece[], tag: string, hidden = false): void {
  pieces.push({ tag, nesting: -1, ...(hidden ? { hidden } : {}) });
}

/** A table, written straight away: nothing in it is hidden, so its line breaks are always the same. */
function tablePieces(table: Extract<RichBlock, { kind: 'table' }>, options: HtmlOptions): HtmlPiece[] {
  const out: HtmlPiece[] = [];
  const tag = (name: string, closes = false) =>
    out.push({ markup: `<${closes ? '/' : ''}${name}>`, name, ...(closes ? { closes: true as const } : {}) });
  tag('table');
  out.push({ text: '\n' });
  tag('thead');
  out.push({ text: '\n' });
  rowPieces(table, table.head, 'th', options, out);
  tag('thead', true);
  out.push({ text: '\n' });
  if (table.rows.length > 0) {
    tag('tbody');
    out.push({ text: '\n' });
    for (const cells of table.rows) rowPieces(table, cells, 'td', options, out);
    tag('tbody', true);
    out.push({ text: '\n' });
  }
  tag('table', true);
  out.push({ text: '\n' });
  return out;
}

function rowPieces(
  table: Extract<RichBlock, { kind: 'table' }>,
  cells: TableCell[],
  tag: string,
  options: HtmlOptions,
  out: HtmlPiece[],
): void {
  out.push({ markup: '<tr>', name: 'tr' });
  if (cells.length > 0) out.push({ text: '\n' });
  cells.forEach((cell, column) => {
    const className = options.cellClass?.(table, column);
    const classAttribute = className ? ` class="${escapeText(className)}"` : '';
    const style = cell.align ? ` style="text-align:${cell.align}"` : '';
    out.push({ markup: `<${tag}${classAttribute}${style}>`, name: tag });
    inlinesPieces(cell.inlines, out);
    out.push({ markup: `</${tag}>`, name: tag, closes: true }, { text: '\n' });
  });
  out.push({ markup: '</tr>', name: 'tr', closes: true }, { text: '\n' });
}

/** markdown-it's Renderer.render and renderToken over the stream. */
function render(pieces: readonly Piece[], out: HtmlPiece[]): void {
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index]!;
    if ('inline' in piece) inlinesPieces(piece.inline, out);
    else if ('written' in piece) {
      if (piece.opens && afterHidden(pieces, index)) out.push({ text: '\n' });
      for (const written of piece.written) out.push(written);
    } else if (!piece.hidden) {
      const opening = piece.nesting === 1;
      if (opening && afterHidden(pieces, index)) out.push({ text: '\n' });
      out.push({
        markup: `${opening ? '<' : '</'}${piece.tag}${attributesHtml(piece.attributes)}>`,
        name: piece.tag,
        ...(opening ? {} : { closes: true as const }),
      });
      if (!opening || lineAfterOpening(pieces[index + 1], piece.tag)) out.push({ text: '\n' });
    }
  }
}

/** A block tag right after a hidden paragraph (a tight list's) starts a line of its own. */
function afterHidden(pieces: readonly Piece[], index: number): boolean {
  const before = pieces[index - 1];
  return before !== undefined && 'nesting' in before && before.nesting === -1 && before.hidden === true;
}

function lineAfterOpening(next: Piece | undefined, tag: string): boolean {
  if (next === undefined) return true;
  if ('inline' in next) return false;
  if ('nesting' in next && (next.hidden || (next.nesting === -1 && next.tag === tag))) return false;
  return true;
}

function inlinePieces(inline: Inline, out: HtmlPiece[]): void {
  switch (inline.kind) {
    case 'text':
      out.push({ text: inline.text });
      return;
    case 'code':
      out.push(
        { markup: `<code${attributesHtml(inline.attributes)}>`, name: 'code' },
        { text: inline.text },
        { markup: '</code>', name: 'code', closes: true },
      );
      return;
    case 'break':
      if (inline.hard) out.push({ markup: '<br>', name: 'br' });
      out.push({ text: '\n' });
      return;
    case 'strong':
    case 'em':
    case 'strike': {
      const tag = TAGS[inline.kind];
      out.push({ markup: `<${tag}${attributesHtml(inline.attributes)}>`, name: tag });
      inlinesPieces(inline.children, out);
      out.push({ markup: `</${tag}>`, name: tag, closes: true });
      return;
    }
    case 'link': {
      const attributes = `${titleOf(inline.title)}${attributesHtml(inline.attributes)}`;
      out.push({ markup: `<a href="${escapeText(inline.href)}"${attributes}>`, name: 'a' });
      inlinesPieces(inline.children, out);
      out.push({ markup: '</a>', name: 'a', closes: true });
      return;
    }
    case 'image': {
      const attributes = `${titleOf(inline.title)}${attributesHtml(inline.attributes)}`;
      out.push({
        markup: `<img src="${escapeText(inline.src)}" alt="${escapeText(altText(inline.alt))}"${attributes}>`,
        name: 'img',
      });
      return;
    }
    case 'html':
      out.push({ raw: inline.html });
  }
}

const TAGS = { strong: 'strong', em: 'em', strike: 's' } as const;

function attributesHtml(attributes: Attributes | undefined): string {
  let html = '';
  for (const [name, value] of attributes ?? []) html += ` ${escapeText(name)}="${escapeText(value)}"`;
  return html;
}

function titleOf(title: string | undefined): string {
  return title === undefined ? '' : ` title="${escapeText(title)}"`;
}

/** A picture's alternative text: its words without their markup (markdown-it's renderInlineAsText). */
export function altText(inlines: readonly Inline[]): string {
  let text = '';
  for (const inline of inlines) {
    if (inline.kind === 'text' || inline.kind === 'code') text += inline.text;
    else if (inline.kind === 'break') text += '\n';
    else if (inline.kind === 'html') text += inline.html;
    else if (inline.kind === 'image') text += altText(inline.alt);
    else text += altText(inline.children);
  }
  return text;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** markdown-it's escapeText. */
export function escapeText(text: string): string {
  return /[&<>"]/.test(text) ? text.replace(/[&<>"]/g, (char) => ESCAPES[char]!) : text;
}

/** The HTML of a point: its paragraphs as lines (no `<p>`), apart by `<br>`, with its other blocks between them. */
export function pointHtml(blocks: readonly RichBlock[]): string {
  return piecesHtml(pointPieces(blocks));
}

/** A point's HTML as pieces (see pointHtml). */
export function pointPieces(blocks: readonly RichBlock[]): HtmlPiece[] {
  const out: HtmlPiece[] = [];
  for (const block of blocks) {
    const pieces = block.kind === 'paragraph' ? inlinesPieces(block.inlines) : trimmed(blocksPieces([block]));
    if (piecesHtml(pieces) === '') continue;
    if (out.length) out.push({ markup: '<br>', name: 'br' });
    for (const piece of pieces) out.push(piece);
  }
  return out;
}

/** A heading's inline content as a title: without white space at its ends, and its `<br>` (the writer's own line
 *  break) with no line break of the source after it. */
export function titlePieces(inlines: readonly Inline[]): HtmlPiece[] {
  return trimmed(inlinesPieces(inlines)).filter((piece, i, all) => {
    const before = all[i - 1];
    return !('text' in piece && piece.text === '\n' && before && 'markup' in before && before.name === 'br');
  });
}

/** The pieces without the white space their HTML starts and ends with. */
function trimmed(pieces: HtmlPiece[]): HtmlPiece[] {
  const out = [...pieces];
  const trim = (index: number, how: (text: string) => string) => {
    const piece = out[index];
    if (!piece || 'markup' in piece) return false;
    const text = how('text' in piece ? piece.text : piece.raw);
    if (text === '') out.splice(index, 1);
    else out[index] = 'text' in piece ? { text } : { raw: text };
    return text === '';
  };
  while (out.length && trim(0, (text) => text.trimStart()));
  while (out.length && trim(out.length - 1, (text) => text.trimEnd()));
  return out;
}
