// The Markdown body as markdown-it tokens, and how to place any of them in the file.
import type { MarkdownIt, Token } from 'markdown-it';
import { type ParseCache, parsePieces } from './chunks.ts';
import { columnOf, isBlank } from './source.ts';
import type { OutlineEnv } from './resources.ts';
import type { ImageRef, Position } from './types.ts';

export interface Body {
  md: MarkdownIt;
  tokens: Token[];
  /** All lines of the file, front matter included. */
  lines: string[];
  /** Index in `lines` of the body's first line: token maps count from there. */
  offset: number;
  /** What the rules and the renderer share for this parse (files found, problems, the caller's resolver). */
  env: OutlineEnv;
  /** The last parse's pieces and what was read of their blocks (the editor's keystrokes). */
  cache?: ParseCache | undefined;
}

/** What the front matter says about addresses: raw HTML and pages allowed (`html`), the internet allowed (`online`). */
export interface BodySettings {
  html: boolean;
  online: boolean;
  imageUrl?: ((image: ImageRef) => string | undefined) | undefined;
  /** The pieces of the last parse of this outline, reused where unchanged (chunks.ts). */
  cache?: ParseCache | undefined;
}

/** Parses the lines from `offset` on with `md` (see markdown.ts). */
export function parseBody(md: MarkdownIt, lines: string[], offset: number, settings: BodySettings): Body {
  const { html, online, imageUrl, cache } = settings;
  const env: OutlineEnv = { lines, offset, images: [], problems: [], html, online, ...(imageUrl ? { imageUrl } : {}) };
  const tokens = cache ? parsePieces(md, env, cache) : md.parse(lines.slice(offset).join('\n'), env);
  return { md, tokens, lines, offset, env, ...(cache ? { cache } : {}) };
}

/** Where a block token starts: its first line, at its first non-blank character. */
export function startOf(body: Body, token: Token | undefined): Position {
  const index = (token?.map?.[0] ?? 0) + body.offset;
  return { line: index + 1, column: columnOf(body.lines[index]) };
}

/** The file line (1-based, inclusive) of a block token's last written line. */
export function lastLineOf(body: Body, token: Token | undefined): number {
  const first = (token?.map?.[0] ?? 0) + body.offset;
  let last = (token?.map?.[1] ?? 1) + body.offset - 1;
  // A list's range takes in the blank lines after it; they belong to no one.
  while (last > first && isBlank(body.lines[last] ?? '')) last--;
  return last + 1;
}

/**
 * The direct children of the block opened at `open` and closed at `close`, as [first, last] token
 * indexes; pass -1 and tokens.length for the body's top-level blocks.
 */
export function childBlocks(tokens: Token[], open: number, close: number): Array<[number, number]> {
  const children: Array<[number, number]> = [];
  for (let index = open + 1; index < close; index++) {
    const first = index;
    const token = tokens[first]!;
    if (token.nesting === 1) {
      while (index < close && !(tokens[index]!.nesting === -1 && tokens[index]!.level === token.level)) index++;
    }
    children.push([first, Math.min(index, close - 1)]);
  }
  return children;
}
