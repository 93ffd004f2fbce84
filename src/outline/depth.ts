// Lists and quotes nested deeper than markdown-it reads: past its nesting limit it drops the text without a word, so
// such a line is an error at its place. (Levels below the second are folded into it by points.ts; this is only
// about the levels the parser never reaches.)
import type { Problem } from './types.ts';
import { say } from '../messages/index.ts';

/** markdown-it's default `maxNesting`: every list level opens two blocks (the list and its item), a quote one. */
const PARSER_NESTING = 100;
/** What a line may use, leaving room for the blocks around it (a notes container, the paragraph itself). */
const ROOM = PARSER_NESTING - 6;

/** One problem per line (the first of each run) nested past what the parser reads; `first` is the body's first
 *  line's number. */
export function tooDeep(lines: readonly string[], first: number): Problem[] {
  const problems: Problem[] = [];
  const indents: number[] = [];
  let fence: string | undefined;
  let reported = false;
  lines.forEach((raw, i) => {
    // A line that opens with a plain character (a heading, a paragraph's words) is no fence, quote or list item, and
    // ends every list above it: what the reading below would find, without its half-dozen regular expressions for
    // each of a long outline's lines.
    if (opensPlain(raw)) {
      if (fence === undefined) {
        indents.length = 0;
        reported = false;
      }
      return;
    }
    const fenced = /^\s*(`{3,}|~{3,})/.exec(raw);
    if (fence !== undefined) {
      if (fenced && fenced[1]!.startsWith(fence)) fence = undefined;
      return;
    }
    if (fenced) {
      fence = fenced[1]!;
      return;
    }
    // Every quote and list marker that opens the line (`> - 1. ` may repeat on one line), then the list items above
    // it, by their indent.
    const prefix = /^(\s*(>|[-*+](?=\s|$)|\d{1,9}[.)](?=\s|$)))*/.exec(raw)![0];
    const quotes = (prefix.match(/>/g) ?? []).length;
    const markers =
      prefix.length - prefix.replace(/[-*+]|\d{1,9}[.)]/g, '').length > 0
        ? (prefix.match(/[-*+]|\d{1,9}[.)]/g) ?? []).length
        : 0;
    const rest = raw.replace(/^(\s*>)*/, '').replace(/\t/g, '    ');
    const indent = /^ */.exec(rest)![0].length;
    if (/^ *([-*+]|\d{1,9}[.)])(\s|$)/.test(rest)) {
      while (indents.length && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
    } else if (rest.trim() !== '' && indent === 0) indents.length = 0;
    const lists = indents.length + Math.max(0, markers - 1);
    const nesting = quotes + 2 * lists;
    if (nesting > ROOM) {
      if (!reported)
        problems.push({
          line: first + i + 1,
          column: 1,
          message: say('nestedTooDeep', lists, quotes),
          hint: say('nestedTooDeepFix'),
        });
      reported = true;
    } else reported = false;
  });
  return problems;
}

/** Whether a line opens with a character that starts no fence (`` ` ``, `~`), quote (`>`) or list marker (`-*+`, a
 *  digit) and is no white space. */
function opensPlain(line: string): boolean {
  const first = line[0];
  return first !== undefined && !/[\s`~>*+\-\d]/.test(first);
}
