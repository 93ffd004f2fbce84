// Enter after a point typed with a bullet that is not a list marker (`－ 群众`, the dash a Chinese input method types
// for `-`, or `•` pasted from a word processor): the next line starts with the marker meant, `- `, as CodeMirror's
// own Enter does after `- 群众`; the line left behind keeps its finding and quick fix. Pure: lines in, text out.
import { NOT_A_MARKER } from '../outline/bullets.ts';
import { closesContainer, frontMatterLines, isContinuation, isSlideHeading, startsNotes } from '../outline/lines.ts';

const INDENTATION = /^([ \t]*)(.*)$/;

/** What Enter at the end of `line` (1-based) inserts, where that line is a point opening with a bullet outside the
 *  front matter and the notes (whose dashes are speech); undefined where CodeMirror's own Enter should run. */
export function bulletContinuation(lines: readonly string[], line: number): string | undefined {
  const text = lines[line - 1];
  if (text === undefined) return undefined;
  const [, indent, rest] = INDENTATION.exec(text)!;
  if (!NOT_A_MARKER.test(rest!) || inFrontMatter(lines, line) || inNotes(lines, line)) return undefined;
  return `\n${indent}- `;
}

/** Whether `line` is in the front matter as the parser reads it (one that never closes runs to the end). */
function inFrontMatter(lines: readonly string[], line: number): boolean {
  const front = frontMatterLines(lines);
  return front !== undefined && line >= front.first && line <= front.last;
}

/** Whether `line` is in a `::: notes` block or after a `Note:` line of its page. */
function inNotes(lines: readonly string[], line: number): boolean {
  for (let i = line - 2; i >= 0; i--) {
    const above = lines[i]!;
    if (closesContainer(above) || isSlideHeading(above) || isContinuation(above)) return false;
    if (startsNotes(above)) return true;
  }
  return false;
}
