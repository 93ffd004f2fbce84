// A quote whose last line starts with `——` names who said it: that line becomes the quote's attribution.
import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { type Body, startOf } from './body.ts';
import { richBlocks } from './rich-text.ts';
import { blockText } from './plain-text.ts';
import type { Block } from './types.ts';

/** `—— 习近平`, `— 作者`, `―― 某某`, `-- 某某`: group 1 is the name. */
const ATTRIBUTION = /^(?:[—―]{1,2}|--)[ \t\u3000]*(\S.*)$/;

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
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.level !== 0) continue;
    if (token.type === 'blockquote_open') open = token;
    if (token.type !== 'blockquote_close' || open === undefined) continue;
    const [paragraphOpen, inline, paragraphClose] = [tokens[index - 3], tokens[index - 2], tokens[index - 1]];
    if (paragraphClose?.type !== 'paragraph_close' || inline?.type !== 'inline' || !paragraphOpen) continue;
    const lastBreak = inline.content.lastIndexOf('\n');
    const match = ATTRIBUTION.exec(inline.content.slice(lastBreak + 1).trim());
    if (!match) continue;
    open.meta = { ...open.meta, attribution: match[1]!.trim() };
    inline.content = lastBreak === -1 ? '' : inline.content.slice(0, lastBreak).trimEnd();
    // `> —— 作者` written as its own paragraph leaves nothing behind.
    if (inline.content === '') emptied.add(paragraphOpen).add(inline).add(paragraphClose);
    open = undefined;
  }
  if (emptied.size > 0) state.tokens = tokens.filter((token) => !emptied.has(token));
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
