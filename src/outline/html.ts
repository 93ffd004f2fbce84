// The rich-text tree (types.ts) as HTML, written exactly as markdown-it's renderer writes the tokens it came from:
// the tree is laid out as a stream of tags and the renderer's rules for line breaks between them are followed.
import type { Attributes, Inline, RichBlock, TableCell } from './types.ts';

/** One tag or piece of the stream: what markdown-it's token would render as. */
type Piece =
  | { tag: string; nesting: 1 | -1; attributes?: Attributes; hidden?: boolean }
  | { inline: readonly Inline[] }
  /** Written as it is. `opens`: it starts with a tag markdown-it's renderToken writes (a rule, a table), which a
   *  hidden paragraph before it puts on a line of its own; code and raw HTML have rules of their own. */
  | { raw: string; opens?: true };

/** The HTML of blocks. */
export function blocksHtml(blocks: readonly RichBlock[]): string {
  const pieces: Piece[] = [];
  for (const block of blocks) piecesOf(block, pieces, false);
  return render(pieces);
}

/** The HTML of inline content. */
export function inlinesHtml(inlines: readonly Inline[]): string {
  let html = '';
  for (const inline of inlines) html += inlineHtml(inline);
  return html;
}

function piecesOf(block: RichBlock, pieces: Piece[], tightItem: boolean): void {
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
        for (const child of item.blocks) piecesOf(child, pieces, block.tight);
        close(pieces, 'li');
      }
      close(pieces, tag);
      return;
    }
    case 'quote':
      open(pieces, 'blockquote');
      for (const child of block.blocks) piecesOf(child, pieces, false);
      close(pieces, 'blockquote');
      return;
    case 'code': {
      const language = block.language === undefined ? '' : ` class="language-${escapeHtml(block.language)}"`;
      pieces.push({ raw: `<pre><code${language}>${escapeHtml(block.text)}</code></pre>\n` });
      return;
    }
    case 'table':
      pieces.push({ raw: tableHtml(block.head, block.rows), opens: true });
      return;
    case 'rule':
      pieces.push({ raw: '<hr>\n', opens: true });
      return;
    case 'html':
      pieces.push({ raw: block.html });
  }
}

function open(pieces: Piece[], tag: string, attributes?: Attributes, hidden = false): void {
  pieces.push({ tag, nesting: 1, ...(attributes ? { attributes } : {}), ...(hidden ? { hidden } : {}) });
}

function close(pieces: Piece[], tag: string, hidden = false): void {
  pieces.push({ tag, nesting: -1, ...(hidden ? { hidden } : {}) });
}

/** A table, written straight away: nothing in it is hidden, so its line breaks are always the same. */
function tableHtml(head: TableCell[], rows: TableCell[][]): string {
  let html = `<table>\n<thead>\n${rowHtml(head, 'th')}</thead>\n`;
  if (rows.length > 0) {
    html += '<tbody>\n';
    for (const cells of rows) html += rowHtml(cells, 'td');
    html += '</tbody>\n';
  }
  return `${html}</table>\n`;
}

function rowHtml(cells: TableCell[], tag: string): string {
  if (cells.length === 0) return '<tr></tr>\n';
  let html = '<tr>\n';
  for (const cell of cells) {
    const style = cell.align ? ` style="text-align:${cell.align}"` : '';
    html += `<${tag}${style}>${inlinesHtml(cell.inlines)}</${tag}>\n`;
  }
  return `${html}</tr>\n`;
}

/** markdown-it's Renderer.render and renderToken over the stream. */
function render(pieces: readonly Piece[]): string {
  let html = '';
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index]!;
    if ('inline' in piece) html += inlinesHtml(piece.inline);
    else if ('raw' in piece) html += `${piece.opens && afterHidden(pieces, index) ? '\n' : ''}${piece.raw}`;
    else if (!piece.hidden) {
      const opening = piece.nesting === 1;
      html += `${opening && afterHidden(pieces, index) ? '\n' : ''}${opening ? '<' : '</'}${piece.tag}`;
      html += attributesHtml(piece.attributes);
      html += opening && !lineAfterOpening(pieces[index + 1], piece.tag) ? '>' : '>\n';
    }
  }
  return html;
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

function inlineHtml(inline: Inline): string {
  switch (inline.kind) {
    case 'text':
      return escapeHtml(inline.text);
    case 'code':
      return `<code${attributesHtml(inline.attributes)}>${escapeHtml(inline.text)}</code>`;
    case 'break':
      return inline.hard ? '<br>\n' : '\n';
    case 'strong':
    case 'em':
    case 'strike': {
      const tag = TAGS[inline.kind];
      return `<${tag}${attributesHtml(inline.attributes)}>${inlinesHtml(inline.children)}</${tag}>`;
    }
    case 'link': {
      const attributes = `${titleOf(inline.title)}${attributesHtml(inline.attributes)}`;
      return `<a href="${escapeHtml(inline.href)}"${attributes}>${inlinesHtml(inline.children)}</a>`;
    }
    case 'image': {
      const attributes = `${titleOf(inline.title)}${attributesHtml(inline.attributes)}`;
      return `<img src="${escapeHtml(inline.src)}" alt="${escapeHtml(altText(inline.alt))}"${attributes}>`;
    }
    case 'html':
      return inline.html;
  }
}

const TAGS = { strong: 'strong', em: 'em', strike: 's' } as const;

function attributesHtml(attributes: Attributes | undefined): string {
  let html = '';
  for (const [name, value] of attributes ?? []) html += ` ${escapeHtml(name)}="${escapeHtml(value)}"`;
  return html;
}

function titleOf(title: string | undefined): string {
  return title === undefined ? '' : ` title="${escapeHtml(title)}"`;
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

/** markdown-it's escapeHtml. */
function escapeHtml(text: string): string {
  return /[&<>"]/.test(text) ? text.replace(/[&<>"]/g, (char) => ESCAPES[char]!) : text;
}

/** The HTML of a point: its paragraphs as lines (no `<p>`), apart by `<br>`, with its other blocks between them. */
export function pointHtml(blocks: readonly RichBlock[]): string {
  return blocks
    .map((block) => (block.kind === 'paragraph' ? inlinesHtml(block.inlines) : blocksHtml([block]).trim()))
    .filter(Boolean)
    .join('<br>');
}
