// Keep the speech's words as words in Markdown: nothing in them may start a heading, a notes block or a new slide.
import type { SourceKind } from './types.ts';

/** Characters that Markdown (and markdown-it-attrs) would read as markup inside a line of plain text. */
const INLINE = /[\\`*_[\]<&{}~]/g;

/** Inline text: plain text has its markup characters escaped; a Markdown author's markup is kept. */
export function escapeInline(text: string, kind: SourceKind): string {
  const escaped = kind === 'text' ? text.replace(INLINE, (ch) => `\\${ch}`) : text;
  // A closing run of # would be dropped from a heading.
  return escaped.replace(/(#+)$/u, (run) => run.replace(/#/g, '\\#'));
}

/** `Note:` (any case, either colon) makes the rest of a slide notes; a backslash cannot escape a letter, an entity can. */
const NOTE_LINE = /^(n)(otes?[ \t]*[:：])/iu;
/** What starts a block in Markdown, or means something to the outline parser (#, ---, :::). */
const STRUCTURE = /^([#>=+*_~`|:-]|\d+[.)]|<)/u;

/** A whole line of text, as it must be written so that it stays a line of text. */
export function escapeLine(line: string, kind: SourceKind): string {
  let text = escapeInline(line, kind);
  const note = NOTE_LINE.exec(text);
  if (note) return `&#${(note[1] ?? 'N').codePointAt(0)};${text.slice(1)}`;
  // A fence (``` or ~~~) would swallow the rest of the notes, closing `:::` included.
  if (kind === 'markdown' && !/^(#|---|\*\*\*|___|:::|```|~~~|=+\s*$)/u.test(text)) return text;
  const start = STRUCTURE.exec(text);
  if (!start) return text;
  const numbered = /^(\d+)([.)])/u.exec(text);
  if (numbered) return `${numbered[1]}\\${text.slice((numbered[1] ?? '').length)}`;
  return text.startsWith('\\') ? text : `\\${text}`;
}
