// The outline's rendered Markdown (the HTML markdown-it writes for points, titles, quotes, notes and other blocks)
// read back into text runs and blocks, with a real HTML parser: PowerPoint needs runs, not tags.
import { Parser } from 'htmlparser2';

/** A stretch of text with one set of marks. */
export interface Span {
  text: string;
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  code?: boolean;
  /** The target of a link: shown underlined (a PowerPoint link needs a relationship we do not write). */
  link?: string;
}

export type Inline = Span | { lineBreak: true };

export interface ListItem {
  inlines: Inline[];
  /** A list nested in the item. */
  children?: Extract<RichBlock, { kind: 'list' }>;
}

export type RichBlock =
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'heading'; level: number; inlines: Inline[] }
  | { kind: 'list'; ordered: boolean; start: number; items: ListItem[] }
  | { kind: 'quote'; blocks: RichBlock[] }
  | { kind: 'code'; text: string }
  | { kind: 'image'; src: string; alt: string }
  | { kind: 'table'; rows: TableRow[] };

export interface TableRow {
  header: boolean;
  cells: Array<{ inlines: Inline[]; align?: 'left' | 'center' | 'right' }>;
}

type Marks = Omit<Span, 'text'>;

const MARKS: Record<string, Marks> = {
  strong: { bold: true },
  b: { bold: true },
  em: { italic: true },
  i: { italic: true },
  s: { strike: true },
  del: { strike: true },
  code: { code: true },
};

/** Tags that end the current paragraph: anything else (span, sup, u…) is read for its text only. */
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'table',
  'hr',
]);

/** The runs of inline HTML (a point, a title): line breaks kept, images as their alt text. */
export function inlinesOf(html: string): Inline[] {
  // Most points are plain text: no parser needed for them (a deck of hundreds of slides has thousands).
  if (!/[<&]/.test(html)) return plainInlines(html);
  const blocks = blocksOf(html);
  const inlines: Inline[] = [];
  for (const block of blocks) {
    const more =
      block.kind === 'paragraph' || block.kind === 'heading'
        ? block.inlines
        : block.kind === 'image'
          ? [{ text: block.alt }]
          : [{ text: plainText([block]) }];
    if (inlines.length && more.length) inlines.push({ lineBreak: true });
    inlines.push(...more);
  }
  return inlines;
}

/** The blocks of a piece of rendered Markdown, in order. Images standing in a paragraph become blocks of their own. */
export function blocksOf(html: string): RichBlock[] {
  // Paragraphs of plain text (most notes) need no parser either.
  const plain = /^(?:<p>[^<&]*<\/p>\s*)+$/.exec(html);
  if (plain)
    return [...html.matchAll(/<p>([^<&]*)<\/p>/g)].map((m) => ({ kind: 'paragraph', inlines: plainInlines(m[1]!) }));
  const builder = new BlockBuilder();
  const parser = new Parser(
    {
      onopentag: (name, attributes) => builder.open(name, attributes),
      ontext: (text) => builder.text(text),
      onclosetag: (name) => builder.close(name),
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return builder.finish();
}

/** Text without markup as inlines, white space collapsed as HTML does. */
function plainInlines(text: string): Inline[] {
  const inlines: Inline[] = [{ text: text.replace(HAN_LINE_BREAK, '$1').replace(/\s+/g, ' ') }];
  trimEdges(inlines);
  return inlines;
}

/** The text a reader sees in blocks, paragraphs apart by blank lines (for tests and for the agenda's titles). */
export function plainText(blocks: RichBlock[]): string {
  const inline = (inlines: Inline[]) => inlines.map((i) => ('lineBreak' in i ? '\n' : i.text)).join('');
  const item = (it: ListItem): string[] => [inline(it.inlines), ...(it.children?.items.flatMap(item) ?? [])];
  return blocks
    .map((block) => {
      switch (block.kind) {
        case 'paragraph':
        case 'heading':
          return inline(block.inlines);
        case 'list':
          return block.items.flatMap(item).join('\n');
        case 'quote':
          return plainText(block.blocks);
        case 'code':
          return block.text;
        case 'image':
          return block.alt;
        case 'table':
          return block.rows.map((row) => row.cells.map((cell) => inline(cell.inlines)).join('\t')).join('\n');
      }
    })
    .filter(Boolean)
    .join('\n\n');
}

interface Container {
  blocks: RichBlock[];
  /** The quote these blocks go into, or the top level. */
  quote?: Extract<RichBlock, { kind: 'quote' }>;
}

interface OpenList {
  block: Extract<RichBlock, { kind: 'list' }>;
  /** The list's items, innermost open item last. */
  item?: ListItem | undefined;
}

/** Walks the tags as the parser meets them and keeps one paragraph of inlines open at a time. */
class BlockBuilder {
  private containers: Container[] = [{ blocks: [] }];
  private lists: OpenList[] = [];
  private marks: Array<{ tag: string; marks: Marks }> = [];
  private inlines: Inline[] = [];
  private heading = 0;
  private pre: string | undefined;
  private table:
    | { rows: TableRow[]; row?: TableRow | undefined; cell?: TableRow['cells'][number] | undefined; inHead: boolean }
    | undefined;

  open(name: string, attributes: Record<string, string>): void {
    if (this.pre !== undefined) return;
    const marks = MARKS[name];
    if (marks) {
      this.marks.push({ tag: name, marks });
      return;
    }
    if (name === 'a') {
      this.marks.push({ tag: 'a', marks: attributes.href ? { link: attributes.href } : {} });
      return;
    }
    if (name === 'br') {
      this.inlines.push({ lineBreak: true });
      return;
    }
    if (name === 'img') {
      if (this.table?.cell) this.addText(attributes.alt ?? '');
      else {
        this.flush();
        this.container().blocks.push({ kind: 'image', src: attributes.src ?? '', alt: attributes.alt ?? '' });
      }
      return;
    }
    if (this.table && this.tableTag(name, attributes, true)) return;
    if (!BLOCK_TAGS.has(name)) return;
    this.flush();
    if (/^h[1-6]$/.test(name)) this.heading = Number(name[1]);
    else if (name === 'pre') this.pre = '';
    else if (name === 'blockquote') {
      const quote: Extract<RichBlock, { kind: 'quote' }> = { kind: 'quote', blocks: [] };
      this.container().blocks.push(quote);
      this.containers.push({ blocks: quote.blocks, quote });
    } else if (name === 'ul' || name === 'ol') {
      const block: Extract<RichBlock, { kind: 'list' }> = {
        kind: 'list',
        ordered: name === 'ol',
        start: Number(attributes.start ?? 1) || 1,
        items: [],
      };
      const parent = this.lists.at(-1)?.item;
      if (parent) parent.children = block;
      else this.container().blocks.push(block);
      this.lists.push({ block });
    } else if (name === 'li') {
      const list = this.lists.at(-1);
      if (list) {
        list.item = { inlines: [] };
        list.block.items.push(list.item);
      }
    } else if (name === 'table') {
      this.table = { rows: [], inHead: false };
    }
  }

  text(text: string): void {
    if (this.pre !== undefined) {
      this.pre += text;
      return;
    }
    if (this.table && !this.table.cell) return;
    this.addText(text);
  }

  close(name: string): void {
    if (this.pre !== undefined) {
      if (name !== 'pre') return;
      this.container().blocks.push({ kind: 'code', text: this.pre.replace(/\n$/, '') });
      this.pre = undefined;
      return;
    }
    const open = this.marks.findLastIndex((mark) => mark.tag === name);
    if (open >= 0) {
      this.marks.splice(open, 1);
      return;
    }
    if (this.table && this.tableTag(name, {}, false)) return;
    if (!BLOCK_TAGS.has(name)) return;
    this.flush();
    if (/^h[1-6]$/.test(name)) this.heading = 0;
    else if (name === 'blockquote' && this.containers.length > 1) this.containers.pop();
    else if (name === 'ul' || name === 'ol') this.lists.pop();
    else if (name === 'li') {
      const list = this.lists.at(-1);
      if (list) list.item = undefined;
    }
  }

  finish(): RichBlock[] {
    this.flush();
    return this.containers[0]!.blocks;
  }

  /** Table tags; returns whether `name` was one. */
  private tableTag(name: string, attributes: Record<string, string>, opening: boolean): boolean {
    const table = this.table!;
    if (name === 'thead') table.inHead = opening;
    else if (name === 'tr') {
      if (opening) table.row = { header: table.inHead, cells: [] };
      else if (table.row) table.rows.push(table.row), (table.row = undefined);
    } else if (name === 'th' || name === 'td') {
      if (opening) {
        const align = /text-align:\s*(left|center|right)/.exec(attributes.style ?? '')?.[1] as
          | 'left'
          | 'center'
          | 'right'
          | undefined;
        table.cell = { inlines: [], ...(align ? { align } : {}) };
        this.inlines = table.cell.inlines;
      } else if (table.cell && table.row) {
        trimEdges(table.cell.inlines);
        table.row.cells.push(table.cell);
        table.cell = undefined;
        this.inlines = [];
      }
    } else if (name === 'table' && !opening) {
      this.container().blocks.push({ kind: 'table', rows: table.rows });
      this.table = undefined;
    } else return name === 'tbody';
    return true;
  }

  private container(): Container {
    return this.containers.at(-1)!;
  }

  private addText(text: string): void {
    // HTML collapses runs of white space; a line break in the source between two Han characters is no space at all
    // (Chinese is not wrapped at spaces), while a space typed between them is kept.
    const collapsed = text.replace(HAN_LINE_BREAK, '$1').replace(/\s+/g, ' ');
    if (!collapsed) return;
    const marks = Object.assign({}, ...this.marks.map((mark) => mark.marks)) as Marks;
    const last = this.inlines.at(-1);
    // The parser hands text over in pieces (at every entity): one span per stretch of equal marks.
    if (last && !('lineBreak' in last) && sameMarks(last, marks)) last.text += collapsed;
    else this.inlines.push({ text: collapsed, ...marks });
  }

  /** Ends the open paragraph (or list item, heading) and files its inlines where they belong. */
  private flush(): void {
    if (this.table?.cell) return;
    const inlines = this.inlines;
    this.inlines = [];
    trimEdges(inlines);
    if (!inlines.length) return;
    const list = this.lists.at(-1);
    if (list?.item) {
      if (list.item.inlines.length) list.item.inlines.push({ lineBreak: true });
      list.item.inlines.push(...inlines);
      return;
    }
    if (this.heading) this.container().blocks.push({ kind: 'heading', level: this.heading, inlines });
    else this.container().blocks.push({ kind: 'paragraph', inlines });
  }
}

function sameMarks(span: Span, marks: Marks): boolean {
  const keys: Array<keyof Marks> = ['bold', 'italic', 'strike', 'code', 'link'];
  return keys.every((key) => span[key] === marks[key]);
}

const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';
const HAN_LINE_BREAK = new RegExp(`([${CJK}])[ \\t]*\\n\\s*(?=[${CJK}])`, 'gu');

/** Drops white space at the start and end of a paragraph and of the text around a line break. */
function trimEdges(inlines: Inline[]): void {
  for (let i = 0; i < inlines.length; i++) {
    const inline = inlines[i]!;
    if ('lineBreak' in inline) continue;
    if (previousText(inlines, i) === undefined) inline.text = inline.text.replace(/^ /, '');
    if (nextText(inlines, i) === undefined) inline.text = inline.text.replace(/ $/, '');
  }
  for (let i = inlines.length - 1; i >= 0; i--) {
    const inline = inlines[i]!;
    if (!('lineBreak' in inline) && inline.text === '') inlines.splice(i, 1);
  }
  while (inlines.length && 'lineBreak' in inlines[0]!) inlines.shift();
  while (inlines.length && 'lineBreak' in inlines.at(-1)!) inlines.pop();
}

/** The text before inline `i` on the same line, or undefined at a line's start. */
function previousText(inlines: Inline[], i: number): string | undefined {
  const before = inlines[i - 1];
  return before && !('lineBreak' in before) ? before.text : undefined;
}

function nextText(inlines: Inline[], i: number): string | undefined {
  const after = inlines[i + 1];
  return after && !('lineBreak' in after) ? after.text : undefined;
}
