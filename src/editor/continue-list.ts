// Enter after a point typed with a bullet that is not a list marker (`－ 群众`, the dash a Chinese input method types
// for `-`, or `•` pasted from a word processor): the next line starts with the marker meant, `- `, as CodeMirror's
// own Enter does after `- 群众`; the line left behind keeps its finding and quick fix. Pure: lines in, text out.
import { NOT_A_MARKER } from '../outline/bullets.ts';

const INDENTATION = /^([ \t]*)(.*)$/;
const NOTES_OPEN = /^[ \t]*:::[ \t]*notes\b/i;
const CLOSE = /^[ \t]*:::[ \t]*$/;
const NOTE_LINE = /^Notes?[ \t]*[:：]/i;
const PAGE_START = /^(#{1,6}[ \t]|---[ \t]*$)/;

/** What Enter at the end of `line` (1-based) inserts, where that line is a point opening with a bullet outside the
 *  front matter and the notes (whose dashes are speech); undefined where CodeMirror's own Enter should run. */
export function bulletContinuation(lines: readonly string[], line: number): string | undefined {
  const text = lines[line - 1];
  if (text === undefined) return undefined;
  const [, indent, rest] = INDENTATION.exec(text)!;
  if (!NOT_A_MARKER.test(rest!) || inFrontMatter(lines, line) || inNotes(lines, line)) return undefined;
  return `\n${indent}- `;
}

function inFrontMatter(lines: readonly string[], line: number): boolean {
  if (!/^---[ \t]*$/.test(lines[0] ?? '')) return false;
  for (let i = 1; i < lines.length; i++) if (/^---[ \t]*$/.test(lines[i]!)) return line <= i + 1;
  return true;
}

/** Whether `line` is in a `::: notes` block or after a `Note:` line of its page. */
function inNotes(lines: readonly string[], line: number): boolean {
  for (let i = line - 2; i >= 0; i--) {
    const above = lines[i]!;
    if (CLOSE.test(above) || PAGE_START.test(above)) return false;
    if (NOTES_OPEN.test(above) || NOTE_LINE.test(above)) return true;
  }
  return false;
}
