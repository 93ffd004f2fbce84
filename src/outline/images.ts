// Every file the deck loads, wherever the outline names it: images (`![]()`, on slides, dividers and in notes), slide
// attributes (`{data-background-image=…}`) and raw HTML (with `html: true`). One core rule finds each with where it
// is written, checks its address (address.ts), and asks the caller what address it gets in the HTML. Parsing stays
// pure: the caller (the build, the dev server) decides what a path means on disk and reports what is wrong with it.
import type { MarkdownIt, StateCore, StateInline, Token } from 'markdown-it';
import { say } from '../messages/index.ts';
import { readAddress } from './address.ts';
import { checkSlideAttributes } from './attributes.ts';
import { checkRawHtml } from './raw-html.ts';
import { columnOf } from './source.ts';
import type { Position } from './types.ts';
import { addressFor, type OutlineEnv } from './resources.ts';

/** A backslash before ASCII punctuation, which Markdown reads as an escape (CommonMark, "Backslash escapes"). */
const ESCAPED_PUNCTUATION = /\\[!-/:-@[-`{-~]/;

/** File extensions that make `![图](a path with spaces.png)` an image beyond doubt. */
const MEDIA_FILE = /\.(png|jpe?g|gif|svg|webp|bmp|avif|ico|tiff?|mp4|webm|ogv|mov|m4v)$/i;

export function images(md: MarkdownIt): void {
  md.inline.ruler.after('image', 'image_with_spaces', imageWithSpaces);
  md.renderer.rules.image_unreadable = (tokens, index) => md.utils.escapeHtml(tokens[index]!.content);
  md.core.ruler.push('outline_images', findResources);
}

/** Positions each image and raw HTML token of the body, checks the heading attributes, and gives every file its
 *  address. */
function findResources(state: StateCore): void {
  const env = state.env as Partial<OutlineEnv>;
  if (!env.lines || !env.images || !env.problems) return;
  const outline = env as OutlineEnv;
  // Table cells have no line of their own: they take the line of their row.
  let line = 0;
  for (const token of state.tokens) {
    if (token.map) line = token.map[0];
    const fileLine = line + outline.offset + 1;
    if (token.type === 'heading_open' && token.attrs) checkSlideAttributes(outline, token, fileLine);
    else if (token.type === 'html_block')
      token.content = checkRawHtml(outline, token.content, { line: fileLine, column: 1 });
    else if (token.type === 'inline' && token.children) resourcesOf(state, outline, token, fileLine);
  }
}

/** The images and raw HTML of one inline run; its children have no lines of their own, so line breaks are counted. */
function resourcesOf(state: StateCore, env: OutlineEnv, inline: Token, firstLine: number): void {
  let line = firstLine;
  let searchFrom = 0;
  const place = (written: string): Position => {
    const text = env.lines[line - 1] ?? '';
    const at = text.indexOf(written, searchFrom);
    if (at === -1) return { line, column: columnOf(text) };
    searchFrom = at + written.length;
    return { line, column: at + 1 };
  };
  for (const child of inline.children ?? []) {
    if (child.type === 'softbreak' || child.type === 'hardbreak') {
      line++;
      searchFrom = 0;
    } else if (child.type === 'image') {
      const text = env.lines[line - 1] ?? '';
      const at = place(`![${child.content}]`);
      // The destination starts after `![`, the alt text, `](`.
      const spaced = child.meta?.spaced as string | undefined;
      const written =
        spaced !== undefined
          ? { raw: spaced, destination: spaced }
          : writtenDestination(state.md, text, at.column - 1 + child.content.length + 4);
      if (written && ESCAPED_PUNCTUATION.test(written.raw)) {
        // `images\_a.png`: Markdown read `\_` as an escaped `_`, so the path lost its backslash.
        env.problems.push({
          ...at,
          message: say('ambiguousBackslash', written.raw),
          hint: say('ambiguousBackslashHint', written.raw.replace(/\\/g, '/')),
        });
        continue;
      }
      // markdown-it percent-encoded the address, and dropped one it does not link (`javascript:`): the written one counts.
      const src = written?.destination ?? state.md.normalizeLinkText(String(child.attrGet('src') ?? ''));
      const address = addressFor(env, src, 'image', at);
      child.attrSet('src', address ?? (/^data:/i.test(src) ? src : state.md.normalizeLink(src)));
    } else if (child.type === 'image_unreadable') {
      const at = place(child.content);
      const path = String(child.meta?.path ?? '');
      // markdown-it makes no image of an address it will not link (`javascript:`): say what is wrong with the address.
      if (/^[a-z][a-z0-9+.-]*:\S*$/i.test(path) && readAddress(path, 'image', env.online).kind === 'problem') {
        addressFor(env, path, 'image', at);
        continue;
      }
      env.problems.push({
        ...at,
        message: say('imageWithSpaces', child.content),
        hint: say('imageWithSpacesHint', path),
      });
    } else if (child.type === 'html_inline') {
      const text = env.lines[line - 1] ?? '';
      const at = text.indexOf(child.content, searchFrom);
      child.content = checkRawHtml(env, child.content, { line, column: at === -1 ? columnOf(text) : at + 1 });
    }
  }
}

/** The destination of `![…](…)` in the line, from just after its `(`: as written (`raw`, for the backslash check) and
 *  with Markdown's escapes and entities applied, as markdown-it reads it. Undefined where it spans lines or is a
 *  reference (`![…][ref]`). */
function writtenDestination(
  md: MarkdownIt,
  text: string,
  open: number,
): { raw: string; destination: string } | undefined {
  if (text[open - 1] !== '(') return undefined;
  let pos = open;
  while (text[pos] === ' ' || text[pos] === '\t') pos++;
  const destination = md.helpers.parseLinkDestination(text, pos, text.length);
  if (!destination.ok) return undefined;
  const raw = text.slice(pos, destination.pos);
  return { raw: raw.startsWith('<') ? raw.slice(1, -1) : raw, destination: destination.str };
}

/**
 * `![图](屏幕截图 2026-05-01 101010.png)`: CommonMark allows no spaces in a destination, so markdown-it leaves this as
 * text. A path with spaces that ends in a picture's extension is an image beyond doubt, and becomes one; anything
 * else that looks like an image becomes a problem at its line (see findResources), never silent text on a slide.
 */
function imageWithSpaces(state: StateInline, silent: boolean): boolean {
  const start = state.pos;
  if (state.src.charCodeAt(start) !== 0x21 /* ! */ || state.src.charCodeAt(start + 1) !== 0x5b /* [ */) return false;
  const labelEnd = state.md.helpers.parseLinkLabel(state, start + 1, false);
  if (labelEnd < 0 || state.src.charCodeAt(labelEnd + 1) !== 0x28 /* ( */) return false;
  const close = closingParen(state.src, labelEnd + 2, state.posMax);
  if (close < 0) return false;
  const path = state.src.slice(labelEnd + 2, close).trim();
  const clear = MEDIA_FILE.test(path) && !/["'<>\n]/.test(path) && !/^[a-z][a-z0-9+.-]*:/i.test(path);
  if (silent) {
    if (!clear) return false;
  } else if (clear) {
    const children: Token[] = [];
    state.md.inline.parse(state.src.slice(start + 2, labelEnd), state.md, state.env, children);
    const token = state.push('image', 'img', 0);
    token.attrs = [
      ['src', state.md.normalizeLink(path)],
      ['alt', ''],
    ];
    token.children = children;
    token.content = state.src.slice(start + 2, labelEnd);
    token.meta = { spaced: path };
  } else {
    const token = state.push('image_unreadable', '', 0);
    token.content = state.src.slice(start, close + 1);
    token.meta = { path: path.replace(/\s+["'].*$/, '') };
  }
  state.pos = close + 1;
  return true;
}

/** The index of the `)` that closes the `(` before `from`, with parentheses inside balanced; -1 if none. */
function closingParen(text: string, from: number, max: number): number {
  let depth = 0;
  for (let index = from; index < max; index++) {
    const char = text[index];
    if (char === '\n') return -1;
    if (char === '(') depth++;
    else if (char === ')') {
      if (depth === 0) return index;
      depth--;
    }
  }
  return -1;
}
