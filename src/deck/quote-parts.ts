// A quote too long for one slide, cut into the pieces it may be continued between: its sentences (after 。！？；
// and the closing marks that follow them), and a sentence too long for a slide alone into its clauses (after ，：).
// Never inside a set phrase or a figure, never inside bold or a link; the attribution stays with the last piece.
// Pure: the fit decision (fit.ts) shares the pieces out over （续） slides as it shares out points.
import type { Block, Inline, RichBlock } from '../outline/types.ts';
import { altText } from '../outline/html.ts';
import { keptPhrases } from './phrases.ts';

type Quote = Extract<Block, { kind: 'quote' }>;

/** One piece of a quote: a paragraph's run of inlines (`paragraph` its index in the quote), an item of a list inside
 *  the quote (the list alone with that item, numbered on from where it stood), or a whole block of another kind. */
export interface QuotePiece {
  paragraph: number;
  block: RichBlock;
  /** For a piece of a quote inside the quote (or inside a point): the index of its block there. */
  part?: number;
}

/** Where a sentence ends (group 0 ends there), and where a clause does. */
const SENTENCE_END = /[。！？；!?;]+[”’」』）)]*/gu;
const CLAUSE_END = /[，：,:]+[”’」』）)]*/gu;

/** The quote's pieces: its sentences, and a sentence that is not `small` enough alone (as a quote of its own) its
 *  clauses. One piece where it has no such end. `keep`: the outline's own set phrases. */
export function quotePieces(quote: Quote, small: (part: Quote) => boolean, keep: readonly string[] = []): QuotePiece[] {
  const cut = (pieces: QuotePiece[], ends: RegExp) =>
    pieces.flatMap(({ paragraph, block }): QuotePiece[] =>
      block.kind === 'paragraph'
        ? cutInlines(block.inlines, ends, keep).map((inlines) => ({ paragraph, block: { ...block, inlines } }))
        : [{ paragraph, block }],
    );
  // (a list's items are pieces of their own, as a paragraph's sentences are; so are a table's rows, each under the
  // header row, and the sentences of a quote inside)
  const blocks = quote.blocks.flatMap((block, paragraph): QuotePiece[] => {
    if (block.kind === 'list') return listItems(block).map((item) => ({ paragraph, block: item }));
    if (block.kind === 'table' && block.rows.length > 1)
      return block.rows.map((row) => ({ paragraph, block: { ...block, rows: [row] } }));
    if (block.kind === 'quote')
      return block.blocks.flatMap((inner, part) =>
        (inner.kind === 'paragraph'
          ? cutInlines(inner.inlines, SENTENCE_END, keep).map((inlines): RichBlock => ({ ...inner, inlines }))
          : [inner]
        ).map((piece) => ({ paragraph, part, block: { ...block, blocks: [piece] } })),
      );
    return [{ paragraph, block }];
  });
  const sentences = cut(blocks, SENTENCE_END);
  return sentences.flatMap((sentence) =>
    small(quoteOf(quote, [sentence], false)) ? [sentence] : cut([sentence], CLAUSE_END),
  );
}

/** The pieces back into a quote: pieces of one paragraph rejoin it; the attribution only where the quote's last piece
 *  is among them. `last`: whether they end the quote. */
export function quoteOf(quote: Quote, pieces: readonly QuotePiece[], last: boolean): Quote {
  const blocks: RichBlock[] = [];
  let paragraph = -1;
  let part: number | undefined;
  for (const piece of pieces) {
    const previous = blocks.at(-1);
    const same = piece.paragraph === paragraph;
    if (same && previous?.kind === 'paragraph' && piece.block.kind === 'paragraph')
      blocks[blocks.length - 1] = { ...previous, inlines: [...previous.inlines, ...piece.block.inlines] };
    else if (same && previous?.kind === 'list' && piece.block.kind === 'list')
      blocks[blocks.length - 1] = { ...previous, items: [...previous.items, ...piece.block.items] };
    else if (same && previous?.kind === 'table' && piece.block.kind === 'table')
      blocks[blocks.length - 1] = { ...previous, rows: [...previous.rows, ...piece.block.rows] };
    else if (same && previous?.kind === 'quote' && piece.block.kind === 'quote') {
      // (the sentences of one of its paragraphs rejoin it)
      const inner = piece.block.blocks[0]!;
      const last = previous.blocks.at(-1);
      const joined =
        piece.part === part && last?.kind === 'paragraph' && inner.kind === 'paragraph'
          ? [...previous.blocks.slice(0, -1), { ...last, inlines: [...last.inlines, ...inner.inlines] }]
          : [...previous.blocks, inner];
      blocks[blocks.length - 1] = { ...previous, blocks: joined };
    } else blocks.push(piece.block);
    paragraph = piece.paragraph;
    part = piece.part;
  }
  const { attribution, ...rest } = quote;
  const first = blocks[0];
  return {
    ...rest,
    line: first ? firstLine(first) : quote.line,
    blocks,
    text: blocks.map(blockText).filter(Boolean).join('\n\n'),
    ...(last && attribution !== undefined ? { attribution } : {}),
  };
}

type List = Extract<RichBlock, { kind: 'list' }>;

/** A list's items, each as the list alone with it: a numbered one numbered on from where it stood. */
function listItems(list: List): List[] {
  return list.items.map((item, i) => ({
    ...list,
    line: item.line,
    items: [item],
    ...(list.ordered && i > 0 ? { start: (list.start ?? 1) + i } : {}),
  }));
}

function firstLine(block: RichBlock): number {
  return block.kind === 'paragraph' ? (block.inlines[0]?.line ?? block.line) : block.line;
}

/** A block's text as the outline's own `text` has it (outline/plain-text.ts): a paragraph's words, trimmed; a list's
 *  items a line each; a table's rows a line each, its cells apart by a tab. */
export function blockText(block: RichBlock): string {
  switch (block.kind) {
    case 'paragraph':
    case 'heading':
      return altText(block.inlines).trim();
    case 'list':
      return block.items.map((item) => item.blocks.map(blockText).filter(Boolean).join('\n')).join('\n');
    case 'quote':
      return block.blocks.map(blockText).filter(Boolean).join('\n\n');
    case 'code':
      return block.text;
    case 'table':
      return [block.head, ...block.rows]
        .map((row) =>
          row
            .map((cell) => altText(cell.inlines).trim())
            .filter(Boolean)
            .join('\t'),
        )
        .join('\n');
    default:
      return '';
  }
}

/**
 * A paragraph's inlines cut after each end (`ends`) in its top-level text: a cut is never inside a set phrase of the
 * paragraph, never between two digits, never at the paragraph's end, and what follows a cut starts without the
 * spaces and source line break that stood there.
 */
function cutInlines(inlines: readonly Inline[], ends: RegExp, keep: readonly string[]): Inline[][] {
  const whole = altText(inlines);
  const phrases = keptPhrases(whole, keep);
  const inside = (at: number) => phrases.some((phrase) => at > phrase.from && at < phrase.to);
  const pieces: Inline[][] = [[]];
  let offset = 0;
  for (const inline of inlines) {
    const length = altText([inline]).length;
    if (inline.kind !== 'text') {
      pieces.at(-1)!.push(inline);
      offset += length;
      continue;
    }
    let from = 0;
    for (const match of inline.text.matchAll(ends)) {
      const at = match.index + match[0].length;
      const rest = whole.slice(offset + at);
      const inFigure = /\d/.test(whole[offset + match.index - 1] ?? '') && /^\d/.test(rest);
      if (!rest.trim() || inside(offset + at) || inFigure) continue;
      pieces.at(-1)!.push({ ...inline, text: inline.text.slice(from, at) });
      pieces.push([]);
      from = at;
    }
    const tail = inline.text.slice(from);
    if (tail) pieces.at(-1)!.push({ ...inline, text: tail });
    offset += length;
  }
  return pieces.filter((piece) => piece.length > 0).map(trimStart);
}

/** A piece without the spaces and line breaks it would start with. */
function trimStart(inlines: Inline[]): Inline[] {
  const out = [...inlines];
  while (out[0]?.kind === 'break' || (out[0]?.kind === 'text' && !out[0].text.trim())) out.shift();
  const first = out[0];
  if (first?.kind === 'text') out[0] = { ...first, text: first.text.trimStart() };
  return out.length ? out : inlines;
}
