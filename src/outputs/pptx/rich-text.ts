// The outline's rich-text tree (titles, points, quotes, notes and other blocks) as the text runs and blocks the
// PowerPoint writes: marks flattened onto runs, white space as a browser shows it, pictures and tables apart.
import { Tokenizer, TokenizerMode } from 'parse5';
import { altText } from '../../outline/html.ts';
import type { Inline as OutlineInline, RichBlock as OutlineBlock, Point, TableCell } from '../../outline/types.ts';

/** A stretch of text with one set of marks. */
interface Span {
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

/** The runs of a title (of a slide, a part): line breaks kept, pictures as their alternative text. */
export function inlinesOf(title: readonly OutlineInline[]): Inline[] {
  return flatten(read((events) => emitInlines(events, title)));
}

/** The runs of a point: its lines apart by line breaks, pictures as their alternative text. */
export function pointInlines(point: Pick<Point, 'blocks'>): Inline[] {
  return flatten(read((events) => emitPoint(events, point.blocks)));
}

/** A card's lead phrase and the rest of its point: `**政治上**：看得远` is `政治上` and `看得远`; undefined for a point
 *  that does not open with a bold phrase and a colon. */
export function leadInlines(point: Pick<Point, 'blocks'>): { lead: Inline[]; rest: Inline[] } | undefined {
  const [first, ...others] = point.blocks;
  if (first?.kind !== 'paragraph') return undefined;
  // `**政治上**` and its colon may stand on two lines of the source.
  const [strong, after, ...more] = first.inlines.filter(
    (inline, i) => i !== 1 || inline.kind !== 'break' || inline.hard,
  );
  const colon = after?.kind === 'text' ? /^\s*[：:]\s*/.exec(after.text) : null;
  if (strong?.kind !== 'strong' || !colon || after?.kind !== 'text') return undefined;
  const restText = after.text.slice(colon[0].length);
  const rest: OutlineBlock[] = [
    { ...first, inlines: [...(restText ? [{ ...after, text: restText }] : []), ...more] },
    ...others,
  ];
  return { lead: inlinesOf(strong.children), rest: pointInlines({ blocks: rest }) };
}

/** The blocks of the outline's Markdown, in order. Images standing in a paragraph become blocks of their own. */
export function blocksOf(blocks: readonly OutlineBlock[]): RichBlock[] {
  return read((events) => {
    for (const block of blocks) emitBlock(events, block, false);
  });
}

/** Points as paragraphs of their own (a divider's intro), sub-points left out. */
export function pointsAsParagraphs(points: readonly Pick<Point, 'blocks'>[]): RichBlock[] {
  return read((events) => {
    for (const point of points) {
      events.open('p');
      emitPoint(events, point.blocks);
      events.close('p');
    }
  });
}

function read(emit: (events: BlockBuilder) => void): RichBlock[] {
  const builder = new BlockBuilder();
  emit(builder);
  return builder.finish();
}

/** Blocks as one run of inlines, a line break between them. */
function flatten(blocks: RichBlock[]): Inline[] {
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

/** A point's blocks as its HTML has them: paragraphs without `<p>`, a `<br>` between lines. */
function emitPoint(events: BlockBuilder, blocks: readonly OutlineBlock[]): void {
  blocks.forEach((block, i) => {
    if (i > 0) void_(events, 'br');
    if (block.kind === 'paragraph') emitInlines(events, block.inlines);
    else emitBlock(events, block, false);
  });
}

/** The tags and text of a block, as an HTML parser would meet them in its HTML (outline/html.ts). */
function emitBlock(events: BlockBuilder, block: OutlineBlock, tight: boolean): void {
  switch (block.kind) {
    case 'paragraph':
      if (!tight) events.open('p');
      emitInlines(events, block.inlines);
      if (!tight) events.close('p');
      return;
    case 'heading':
      events.open(`h${block.level}`);
      emitInlines(events, block.inlines);
      events.close(`h${block.level}`);
      return;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      events.open(tag, block.start === undefined ? {} : { start: String(block.start) });
      for (const item of block.items) {
        events.open('li');
        for (const child of item.blocks) emitBlock(events, child, block.tight);
        events.close('li');
      }
      events.close(tag);
      return;
    }
    case 'quote':
      events.open('blockquote');
      for (const child of block.blocks) emitBlock(events, child, false);
      events.close('blockquote');
      return;
    case 'code':
      events.open('pre');
      events.text(block.text);
      events.close('pre');
      return;
    case 'table':
      events.open('table');
      events.open('thead');
      emitRow(events, block.head, 'th');
      events.close('thead');
      events.open('tbody');
      for (const row of block.rows) emitRow(events, row, 'td');
      events.close('tbody');
      events.close('table');
      return;
    case 'rule':
      void_(events, 'hr');
      return;
    case 'html':
      emitRawHtml(events, block.html);
  }
}

function emitRow(events: BlockBuilder, cells: readonly TableCell[], tag: string): void {
  events.open('tr');
  for (const cell of cells) {
    events.open(tag, cell.align ? { style: `text-align:${cell.align}` } : {});
    emitInlines(events, cell.inlines);
    events.close(tag);
  }
  events.close('tr');
}

function emitInlines(events: BlockBuilder, inlines: readonly OutlineInline[]): void {
  for (const inline of inlines) {
    switch (inline.kind) {
      case 'text':
        events.text(inline.text);
        break;
      case 'break':
        if (inline.hard) void_(events, 'br');
        events.text('\n');
        break;
      case 'code':
        events.open('code');
        events.text(inline.text);
        events.close('code');
        break;
      case 'strong':
      case 'em':
      case 'strike': {
        const tag = inline.kind === 'strike' ? 's' : inline.kind;
        events.open(tag);
        emitInlines(events, inline.children);
        events.close(tag);
        break;
      }
      case 'link':
        events.open('a', { href: inline.href });
        emitInlines(events, inline.children);
        events.close('a');
        break;
      case 'image':
        events.open('img', { src: inline.src, alt: altText(inline.alt) });
        events.close('img');
        break;
      case 'html':
        emitRawHtml(events, inline.html);
    }
  }
}

function void_(events: BlockBuilder, tag: string): void {
  events.open(tag);
  events.close(tag);
}

/** Raw HTML (`html: true`) read by parse5's tokenizer, the HTML standard's, for its tags and text. Script and style
 *  hold no text a slide shows. */
function emitRawHtml(events: BlockBuilder, html: string): void {
  let skipping: string | undefined;
  const tokenizer = new Tokenizer(
    { sourceCodeLocationInfo: false },
    {
      onStartTag: (tag) => {
        if (skipping) return;
        const attributes = Object.fromEntries(tag.attrs.map((attribute) => [attribute.name, attribute.value]));
        events.open(tag.tagName, attributes);
        if (VOID.has(tag.tagName)) events.close(tag.tagName);
        if (tag.tagName === 'script' || tag.tagName === 'style') {
          skipping = tag.tagName;
          tokenizer.state = tag.tagName === 'script' ? TokenizerMode.SCRIPT_DATA : TokenizerMode.RAWTEXT;
        }
      },
      onEndTag: (tag) => {
        if (skipping === tag.tagName) skipping = undefined;
        else if (!skipping) events.close(tag.tagName);
      },
      onCharacter: (token) => skipping || events.text(token.chars),
      onWhitespaceCharacter: (token) => skipping || events.text(token.chars),
      onNullCharacter: () => {},
      onComment: () => {},
      onDoctype: () => {},
      onEof: () => {},
    },
  );
  tokenizer.write(html, true);
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

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
  private pending = '';
  private pre: string | undefined;
  private table:
    | { rows: TableRow[]; row?: TableRow | undefined; cell?: TableRow['cells'][number] | undefined; inHead: boolean }
    | undefined;

  open(name: string, attributes: Record<string, string> = {}): void {
    this.readText();
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

  /** Text is read a stretch between two tags at a time, as an HTML parser hands it over: a line break between two
   *  Han characters is only seen as none when both sides are in one stretch. */
  text(text: string): void {
    this.pending += text;
  }

  private readText(): void {
    const text = this.pending;
    if (text === '') return;
    this.pending = '';
    if (this.pre !== undefined) {
      this.pre += text;
      return;
    }
    if (this.table && !this.table.cell) return;
    this.addText(text);
  }

  close(name: string): void {
    this.readText();
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
    this.readText();
    this.flush();
    return this.containers[0]!.blocks;
  }

  /** Table tags; returns whether `name` was one. */
  private tableTag(name: string, attributes: Record<string, string>, opening: boolean): boolean {
    const table = this.table!;
    if (name === 'thead') table.inHead = opening;
    else if (name === 'tr') {
      if (opening) table.row = { header: table.inHead, cells: [] };
      else if (table.row) {
        table.rows.push(table.row);
        table.row = undefined;
      }
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
