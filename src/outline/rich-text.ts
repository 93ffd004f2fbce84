// markdown-it's tokens made into the outline's rich-text tree (types.ts: RichBlock, Inline), once, with the line each
// piece starts on: what the deck's HTML, the PowerPoint and the fonts' characters are all made from.
import type { MarkdownIt, Token } from 'markdown-it';
import type { Attributes, Inline, ListItem, RichBlock, TableCell } from './types.ts';

/** The blocks of a run of block tokens that `md` made; `offset` is the index of the body's first line in the file.
 *  Tokens that show nothing (a `Note:` line, a `---` page break, a link reference) are left out; a `:::` container
 *  shows its content. */
export function richBlocks(tokens: readonly Token[], md: MarkdownIt, offset: number): RichBlock[] {
  const reader = { tokens, index: 0, offset, md };
  const blocks: RichBlock[] = [];
  while (reader.index < tokens.length) for (const block of readBlock(reader)) blocks.push(block);
  return blocks;
}

/** The inline tree of an inline token's children, its first line being `line`. */
export function richInlines(children: readonly Token[] | null, line: number): Inline[] {
  const reader = { children: children ?? [], index: 0, line };
  return readInlines(reader, undefined);
}

interface BlockReader {
  tokens: readonly Token[];
  index: number;
  offset: number;
  md: MarkdownIt;
}

/** The block at the reader (or, for a container, the blocks inside it), moving past it. */
function readBlock(reader: BlockReader): RichBlock[] {
  const token = reader.tokens[reader.index]!;
  const line = (token.map?.[0] ?? 0) + reader.offset + 1;
  reader.index++;
  switch (token.type) {
    case 'paragraph_open':
      return [{ kind: 'paragraph', inlines: inlinesAt(reader), line }];
    case 'heading_open': {
      const inlines = inlinesAt(reader);
      return [{ kind: 'heading', level: Number(token.tag.slice(1)), inlines, ...attributesOf(token), line }];
    }
    case 'bullet_list_open':
    case 'ordered_list_open':
      return [readList(reader, token, line)];
    case 'blockquote_open':
      return [{ kind: 'quote', blocks: readUntilClose(reader, token), line }];
    case 'fence': {
      const info = token.info ? reader.md.utils.unescapeAll(token.info).trim() : '';
      const language = info.split(/\s+/)[0] ?? '';
      return [{ kind: 'code', text: token.content, ...(language ? { language } : {}), fenced: true, line }];
    }
    case 'code_block':
      return [{ kind: 'code', text: token.content, fenced: false, line }];
    case 'table_open':
      return [readTable(reader, token, line)];
    case 'hr':
      return [{ kind: 'rule', line }];
    case 'html_block':
      return [{ kind: 'html', html: token.content, line }];
    default:
      // A container's content shows; its `:::` lines, a `Note:` line and a `---` page break show nothing.
      return token.nesting === 1 ? readUntilClose(reader, token) : [];
  }
}

/** The inline token after an opening block token, and its closing token, consumed. */
function inlinesAt(reader: BlockReader): Inline[] {
  const inline = reader.tokens[reader.index];
  let inlines: Inline[] = [];
  if (inline?.type === 'inline') {
    inlines = richInlines(inline.children, (inline.map?.[0] ?? 0) + reader.offset + 1);
    reader.index++;
  }
  reader.index++; // the closing token
  return inlines;
}

/** The blocks up to the token that closes `open`, which is consumed. */
function readUntilClose(reader: BlockReader, open: Token): RichBlock[] {
  const close = closingIndex(reader.tokens, reader.index - 1, open);
  const blocks: RichBlock[] = [];
  while (reader.index < close) for (const block of readBlock(reader)) blocks.push(block);
  reader.index = close + 1;
  return blocks;
}

function closingIndex(tokens: readonly Token[], open: number, token: Token): number {
  let index = open + 1;
  while (index < tokens.length && !(tokens[index]!.nesting === -1 && tokens[index]!.level === token.level)) index++;
  return index;
}

function readList(reader: BlockReader, open: Token, line: number): RichBlock {
  const close = closingIndex(reader.tokens, reader.index - 1, open);
  const items: ListItem[] = [];
  let tight = true;
  while (reader.index < close) {
    const item = reader.tokens[reader.index]!;
    const itemLine = (item.map?.[0] ?? 0) + reader.offset + 1;
    reader.index++;
    const itemClose = closingIndex(reader.tokens, reader.index - 1, item);
    for (let index = reader.index; index < itemClose; index++) {
      const token = reader.tokens[index]!;
      if (token.type === 'paragraph_open' && token.level === item.level + 1 && !token.hidden) tight = false;
    }
    items.push({ blocks: readUntilClose(reader, item), line: itemLine });
  }
  reader.index = close + 1;
  const start = open.attrGet('start');
  return {
    kind: 'list',
    ordered: open.type === 'ordered_list_open',
    ...(start === null ? {} : { start: Number(start) }),
    tight,
    items,
    line,
  };
}

function readTable(reader: BlockReader, open: Token, line: number): RichBlock {
  const close = closingIndex(reader.tokens, reader.index - 1, open);
  const rows: TableCell[][] = [];
  let head: TableCell[] = [];
  let row: TableCell[] = [];
  let inHead = false;
  let rowLine = line;
  for (; reader.index < close; reader.index++) {
    const token = reader.tokens[reader.index]!;
    if (token.type === 'thead_open') inHead = true;
    else if (token.type === 'thead_close') inHead = false;
    else if (token.type === 'tr_open') {
      row = [];
      // Cells have no line of their own: they take their row's.
      rowLine = (token.map?.[0] ?? line - reader.offset - 1) + reader.offset + 1;
    } else if (token.type === 'tr_close') {
      if (inHead) head = row;
      else rows.push(row);
    } else if (token.type === 'th_open' || token.type === 'td_open') {
      const align = /text-align:(left|center|right)/.exec(String(token.attrGet('style') ?? ''))?.[1];
      const inline = reader.tokens[reader.index + 1];
      const inlines = inline?.type === 'inline' ? richInlines(inline.children, rowLine) : [];
      row.push({ inlines, ...(align ? { align: align as TableCell['align'] & string } : {}) });
    }
  }
  reader.index = close + 1;
  return { kind: 'table', head, rows, line };
}

interface InlineReader {
  children: readonly Token[];
  index: number;
  line: number;
}

/** Inlines up to the token that closes `closing` (`strong_close`, `link_close`…), which is consumed. */
function readInlines(reader: InlineReader, closing: string | undefined): Inline[] {
  const inlines: Inline[] = [];
  while (reader.index < reader.children.length) {
    const token = reader.children[reader.index++]!;
    const line = reader.line;
    switch (token.type) {
      case 'text':
      case 'text_special': {
        // markdown-it leaves empty text where emphasis markers stood.
        if (token.content === '') break;
        const last = inlines.at(-1);
        if (last?.kind === 'text') last.text += token.content;
        else inlines.push({ kind: 'text', text: token.content, line });
        break;
      }
      case 'image_unreadable':
        inlines.push({ kind: 'text', text: token.content, line });
        break;
      case 'code_inline':
        inlines.push({ kind: 'code', text: token.content, ...attributesOf(token), line });
        break;
      case 'softbreak':
      case 'hardbreak':
        inlines.push({ kind: 'break', hard: token.type === 'hardbreak', line });
        reader.line++;
        break;
      case 'html_inline':
        inlines.push({ kind: 'html', html: token.content, line });
        break;
      case 'image': {
        const alt = richInlines(token.children, line);
        const title = token.attrGet('title');
        const src = String(token.attrGet('src') ?? '');
        inlines.push({ kind: 'image', src, alt, ...titled(title), ...attributesOf(token, IMAGE), line });
        break;
      }
      case 'strong_open':
      case 'em_open':
      case 's_open': {
        const kind = token.type === 'strong_open' ? 'strong' : token.type === 'em_open' ? 'em' : 'strike';
        const children = readInlines(reader, token.type.replace('_open', '_close'));
        inlines.push({ kind, children, ...attributesOf(token), line });
        break;
      }
      case 'link_open': {
        const href = String(token.attrGet('href') ?? '');
        const title = token.attrGet('title');
        const children = readInlines(reader, 'link_close');
        inlines.push({ kind: 'link', href, ...titled(title), children, ...attributesOf(token, LINK), line });
        break;
      }
      default:
        if (token.type === closing) return inlines;
    }
  }
  return inlines;
}

function titled(title: string | number | null): { title?: string } {
  return title === null ? {} : { title: String(title) };
}

const IMAGE = new Set(['src', 'alt', 'title']);
const LINK = new Set(['href', 'title']);

/** The attributes of a token beyond those its kind always has (a heading's `{.class}` puts classes on its pieces). */
function attributesOf(token: Token, known: ReadonlySet<string> = new Set()): { attributes?: Attributes } {
  const attributes: Attributes = [];
  for (const [name, value] of token.attrs ?? []) if (!known.has(name)) attributes.push([name, String(value)]);
  return attributes.length ? { attributes } : {};
}
