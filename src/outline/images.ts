// Every image the body shows (on slides, dividers and in notes), with where it is written, for the build to resolve.
import type { Token } from 'markdown-it';
import type { Body } from './body.ts';
import { columnOf } from './source.ts';
import type { Position } from './types.ts';

export function collectImages(body: Body): Array<Position & { src: string }> {
  const images: Array<Position & { src: string }> = [];
  // Table cells have no line of their own: they take the line of their row.
  let line = 0;
  for (const token of body.tokens) {
    if (token.map) line = token.map[0];
    if (token.type === 'inline' && token.children) addImages(body, token, line, images);
  }
  return images;
}

/** Images of one inline run; its children have no lines of their own, so line breaks are counted. */
function addImages(body: Body, inline: Token, bodyLine: number, found: Array<Position & { src: string }>): void {
  let line = bodyLine + body.offset + 1;
  let searchFrom = 0;
  for (const child of inline.children ?? []) {
    if (child.type === 'softbreak' || child.type === 'hardbreak') {
      line++;
      searchFrom = 0;
    } else if (child.type === 'image') {
      const text = body.lines[line - 1] ?? '';
      const index = text.indexOf('![', searchFrom);
      searchFrom = index === -1 ? searchFrom : index + 2;
      // markdown-it percent-encodes the URL for HTML; the outline wrote it (and the build looks for it) decoded.
      const src = body.md.normalizeLinkText(String(child.attrGet('src') ?? ''));
      found.push({ line, column: index === -1 ? columnOf(text) : index + 1, src });
    }
  }
}
