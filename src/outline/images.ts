// Every image the body shows (on slides, dividers and in notes): a core rule finds each one with where it is
// written, and the renderer asks the caller what address to give it. Parsing stays pure; the caller (the build,
// the dev server) decides what a path means on disk and reports what is wrong with it.
import type { Env, MarkdownIt, StateCore, Token } from 'markdown-it';
import { columnOf } from './source.ts';
import type { Position } from './types.ts';

/** An image as the outline writes it: `src` is the Markdown address as written (percent-decoded). */
export interface ImageRef extends Position {
  src: string;
}

/** What a parse carries through markdown-it's `env`: the file's lines (for positions) and the caller's resolver. */
export interface OutlineEnv extends Env {
  lines: string[];
  /** Index in `lines` of the body's first line. */
  offset: number;
  /** The images found, in the order written. */
  images: ImageRef[];
  /** The address an image gets in the rendered HTML; undefined keeps it as written. */
  imageUrl?: (image: ImageRef) => string | undefined;
}

export function images(md: MarkdownIt): void {
  md.core.ruler.push('outline_images', findImages);
  const render = md.renderer.rules.image!;
  md.renderer.rules.image = (tokens, index, options, env, self) => {
    const token = tokens[index]!;
    const image = token.meta?.image as ImageRef | undefined;
    const url = image ? (env as Partial<OutlineEnv> | undefined)?.imageUrl?.(image) : undefined;
    // The token belongs to this parse alone: its address can be set for good.
    if (url !== undefined) token.attrSet('src', url);
    return render(tokens, index, options, env, self);
  };
}

/** Marks each image token with its ImageRef and lists them in `env.images`. */
function findImages(state: StateCore): void {
  const env = state.env as Partial<OutlineEnv>;
  if (!env.lines || !env.images) return;
  // Table cells have no line of their own: they take the line of their row.
  let line = 0;
  for (const token of state.tokens) {
    if (token.map) line = token.map[0];
    if (token.type === 'inline' && token.children) imagesOf(state, env as OutlineEnv, token, line);
  }
}

/** Images of one inline run; its children have no lines of their own, so line breaks are counted. */
function imagesOf(state: StateCore, env: OutlineEnv, inline: Token, bodyLine: number): void {
  let line = bodyLine + env.offset + 1;
  let searchFrom = 0;
  for (const child of inline.children ?? []) {
    if (child.type === 'softbreak' || child.type === 'hardbreak') {
      line++;
      searchFrom = 0;
    } else if (child.type === 'image') {
      const text = env.lines[line - 1] ?? '';
      const at = text.indexOf('![', searchFrom);
      searchFrom = at === -1 ? searchFrom : at + 2;
      // markdown-it percent-encodes the URL for HTML; the outline wrote it (and the build looks for it) decoded.
      const image: ImageRef = { line, column: at === -1 ? columnOf(text) : at + 1, src: state.md.normalizeLinkText(String(child.attrGet('src') ?? '')) };
      child.meta = { ...child.meta, image };
      env.images.push(image);
    }
  }
}
