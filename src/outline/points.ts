// A bullet or numbered list becomes a slide's points: one nested level is kept, anything deeper is folded into it.
import type { Token } from 'markdown-it';
import { type Body, childBlocks, startOf } from './body.ts';
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
    ordered: list.type === 'ordered_list_open' && !points.every((point, i) => ownNumber(point.text) === start + i),
    points,
  };
}

/** The number a point opens with: （一） (一) 一、 一是 第一 1. 1、 (1) ①; undefined where it opens with none. */
function ownNumber(text: string): number | undefined {
  const found = OWN_NUMBER.exec(text);
  if (!found) return undefined;
  const numeral = found.slice(1).find((group) => group !== undefined)!;
  if (/^\d+$/.test(numeral)) return Number(numeral);
  if (/^[\u2460-\u2473]$/u.test(numeral)) return numeral.codePointAt(0)! - 0x2460 + 1;
  return chineseValue(numeral);
}

const NUMERAL = '([一二三四五六七八九十]{1,3}|\\d{1,2})';
const OWN_NUMBER = new RegExp(
  `^\\s*(?:[（(]${NUMERAL}[）)]|${NUMERAL}(?:、|[.．](?!\\d))|([一二三四五六七八九十]{1,3})是|第([一二三四五六七八九十]{1,3})|([\\u2460-\\u2473]))`,
  'u',
);

/** 一 … 九十九 as a number (十一, 二十, 二十三); undefined for anything else. */
function chineseValue(numeral: string): number | undefined {
  const digit = (c: string | undefined) =>
    c === undefined ? undefined : '一二三四五六七八九'.indexOf(c) + 1 || undefined;
  const [tens, ones] = numeral.split('十');
  if (ones === undefined) return numeral.length === 1 ? digit(numeral) : undefined;
  const t = tens === '' ? 1 : digit(tens);
  const o = ones === '' ? 0 : digit(ones);
  return t === undefined || o === undefined || numeral.split('十').length > 2 ? undefined : t * 10 + o;
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
  return {
    ...startOf(body, tokens[open]),
    blocks,
    text: text.filter(Boolean).join('\n'),
    points,
  };
}

function itemsOf(body: Body, open: number, close: number): Array<[number, number]> {
  return childBlocks(body.tokens, open, close).filter(([first]) => body.tokens[first]!.type === 'list_item_open');
}

function isList(token: Token): boolean {
  return token.type === 'bullet_list_open' || token.type === 'ordered_list_open';
}
