// A bullet or numbered list becomes a slide's points: one nested level is kept, anything deeper is folded into it.
import type { Token } from 'markdown-it';
import { type Body, childBlocks, startOf } from './body.ts';
import { openingNumber } from './numbering.ts';
import { blockText, inlineText } from './plain-text.ts';
import { richBlocks, richInlines } from './rich-text.ts';
import type { Block, Point, RichBlock } from './types.ts';

export function pointsBlock(body: Body, open: number, close: number): Extract<Block, { kind: 'points' }> {
  const list = body.tokens[open]!;
  const points = itemsOf(body, open, close).map(([first, last]) => pointOf(body, first, last, true));
  const start = Number(list.attrGet('start') ?? 1);
  return {
    ...startOf(body, list),
    kind: 'points',
    // A numbered list whose every item already says its own number (`1. （一）坚持…`, `2. （二）…`) is numbered by the
    // speaker: a number of ours before each would read （一）（一）.
    ordered: list.type === 'ordered_list_open' && !points.every((point, i) => openingNumber(point.text) === start + i),
    points,
  };
}

/**
 * A list item as a point. Its paragraphs become lines of one point (`<br>` / `\n`). With `keepNested` its
 * sub-list becomes `points`; otherwise (the third level and below) each sub-item is appended as a further line,
 * so no words are lost and the deck never has to draw more than two levels.
 */
function pointOf(body: Body, open: number, close: number, keepNested: boolean): Point {
  const { tokens } = body;
  const blocks: RichBlock[] = [];
  const text: string[] = [];
  const points: Point[] = [];
  for (const [first, last] of childBlocks(tokens, open, close)) {
    const token = tokens[first]!;
    if (isList(token)) {
      for (const [itemFirst, itemLast] of itemsOf(body, first, last)) {
        const point = pointOf(body, itemFirst, itemLast, false);
        if (keepNested) points.push(point);
        else {
          for (const block of point.blocks) blocks.push(block);
          text.push(point.text);
          // (a folded item's attribution stays a line of its own)
          if (point.attribution !== undefined) {
            const said = `—— ${point.attribution}`;
            blocks.push({
              kind: 'paragraph',
              inlines: [{ kind: 'text', text: said, line: point.line }],
              line: point.line,
            });
            text.push(said);
          }
        }
      }
    } else if (token.type === 'paragraph_open') {
      const inline = tokens[first + 1];
      blocks.push({
        kind: 'paragraph',
        inlines: richInlines(inline?.children ?? null, startOf(body, inline).line),
        line: startOf(body, token).line,
      });
      text.push(inlineText(tokens[first + 1]?.children ?? null).trim());
    } else {
      const block = tokens.slice(first, last + 1);
      for (const rich of richBlocks(block, body.md, body.offset)) blocks.push(rich);
      text.push(blockText(block));
    }
  }
  const attribution: unknown = tokens[open]?.meta?.attribution;
  return {
    ...startOf(body, tokens[open]),
    blocks,
    text: text.filter(Boolean).join('\n'),
    points,
    ...(typeof attribution === 'string' ? { attribution } : {}),
  };
}

function itemsOf(body: Body, open: number, close: number): Array<[number, number]> {
  return childBlocks(body.tokens, open, close).filter(([first]) => body.tokens[first]!.type === 'list_item_open');
}

function isList(token: Token): boolean {
  return token.type === 'bullet_list_open' || token.type === 'ordered_list_open';
}
