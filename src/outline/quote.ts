// A quote whose last line starts with `——` names who said it: that line becomes the quote's attribution; so does a
// list item's last line (`- 点` and `——某某` under it), the point's attribution.
import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { type Body, startOf } from './body.ts';
import { richBlocks } from './rich-text.ts';
import { blockText } from './plain-text.ts';
import type { Block } from './types.ts';

/** `—— 习近平`, `— 作者`, `―― 某某`, `-- 某某`: group 1 is the name. */
const ATTRIBUTION = /^(?:[—―]{1,2}|--)[ \t\u3000]*(\S.*)$/;

/** What may follow an item's words for their last line to be its attribution: the item's end, or its sub-points. */
const ITEM_GOES_ON = /^(?:list_item_close|bullet_list_open|ordered_list_open)$/;

export function quoteAttribution(md: MarkdownIt): void {
  md.core.ruler.after('block', 'quote_attribution', takeAttributions);
}

/** The attribution of a top-level quote, if its last line gave one. */
function attributionOf(quoteOpen: Token): string | undefined {
  const attribution: unknown = quoteOpen.meta?.attribution;
  return typeof attribution === 'string' ? attribution : undefined;
}

/** Runs before inline parsing, so the attribution line is cut from the quote's text before it is rendered. */
function takeAttributions(state: StateCore): void {
  const tokens = state.tokens;
  const emptied = new Set<Token>();
  let open: Token | undefined;
  // (a list inside a quote keeps its lines: only a slide's points have attributions)
  let quoted = 0;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.type === 'blockquote_open') quoted++;
    if (token.type === 'blockquote_close') quoted--;
    // A list item's line `——某某` under its words (Markdown reads it as the item's own, lazily), before its
    // sub-points or its end: the point's attribution.
    const next = tokens[index + 4]?.type ?? '';
    if (token.type === 'list_item_open' && quoted === 0 && ITEM_GOES_ON.test(next))
      takeFrom(tokens, index + 4, (name) => (token.meta = { ...token.meta, attribution: name }), false);
    if (token.level !== 0) continue;
    if (token.type === 'blockquote_open') open = token;
    if (token.type !== 'blockquote_close' || open === undefined) continue;
    const quote = open;
    const emptiedAll = takeFrom(tokens, index, (name) => (quote.meta = { ...quote.meta, attribution: name }), true);
    // `> —— 作者` written as its own paragraph leaves nothing behind.
    if (emptiedAll) for (const token of tokens.slice(index - 3, index)) emptied.add(token);
    open = undefined;
  }
  if (emptied.size > 0) state.tokens = tokens.filter((token) => !emptied.has(token));
}

/**
 * The attribution on the last line of the paragraph that ends right before `tokens[close]`, cut from it and given to
 * `take`. `alone`: the line may be the paragraph's only one (a quote's `> —— 作者`), which is then emptied; an item's
 * only line is a point, not an attribution. Whether the paragraph was emptied (undefined: no attribution there).
 */
function takeFrom(tokens: Token[], close: number, take: (name: string) => void, alone: boolean): boolean | undefined {
  const [paragraphOpen, inline, paragraphClose] = [tokens[close - 3], tokens[close - 2], tokens[close - 1]];
  if (paragraphClose?.type !== 'paragraph_close' || inline?.type !== 'inline' || !paragraphOpen) return undefined;
  const lastBreak = inline.content.lastIndexOf('\n');
  if (lastBreak === -1 && !alone) return undefined;
  const match = ATTRIBUTION.exec(inline.content.slice(lastBreak + 1).trim());
  if (!match) return undefined;
  take(match[1]!.trim());
  inline.content = lastBreak === -1 ? '' : inline.content.slice(0, lastBreak).trimEnd();
  return inline.content === '';
}

/** A top-level `>` quote as a block: its HTML without the `<blockquote>` around it, which the deck draws itself. */
export function quoteBlock(body: Body, open: number, close: number): Extract<Block, { kind: 'quote' }> {
  const inner = body.tokens.slice(open + 1, close);
  const quoteOpen = body.tokens[open]!;
  const attribution = attributionOf(quoteOpen);
  const blocks = richBlocks(inner, body.md, body.offset);
  return {
    ...startOf(body, quoteOpen),
    kind: 'quote',
    blocks,
    text: blockText(inner),
    ...(attribution === undefined ? {} : { attribution }),
  };
}
