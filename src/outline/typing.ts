// Typing mistakes in the body: lines meant as a heading, a point or a notes block but typed so that Markdown reads
// them as text or code (`##第二页`, `－ 要点`, `-要点`, a tab before `-`, `：：： notes`), and points that open with a
// second mark (`- － 群众`). Each is reported at its line with the change that makes it what it was meant to be;
// nothing here changes how the outline parses.
import type { Token } from 'markdown-it';
import { say } from '../messages/index.ts';
import type { Body } from './body.ts';
import type { Problem } from './types.ts';
import { BULLETS, MARK_AFTER_MARKER, NOT_A_MARKER } from './bullets.ts';
import { CONTINUATION } from './continuation.ts';
import { NOTE_LINE, NOTES_CLOSE, NOTES_OPEN } from './notes.ts';

/** `##第二页`: marks, then the title with no space between; `#话题#` (a hashtag) is text on purpose. */
const HEADING_WITHOUT_SPACE = /^(#{1,6})([^#\s].*)$/;
const HASHTAG = /^#[^#\s][^#]*#/;
const FULL_WIDTH_HEADING = /^(＃{1,6})[ \t\u3000]*(.*)$/;
/** `-要点`, `1.要点`: a marker and the point with no space between (only before a letter or Han, so `-5%` stays). */
const POINT_WITHOUT_SPACE = /^(-|\d{1,2}[.)])(\p{L}.*)$/u;
/** A list item's first line: `- `, `* `, `+ `, `1. `, `1) `. */
const LIST_ITEM = /^(?:[-*+]|\d{1,9}[.)])[ \t]+\S/;
const FULL_WIDTH_CONTAINER = /^([:：]{3,})[ \t\u3000]*(.*)$/;

/** Where a paragraph stands: what the speaker says (notes) is speech, where `1.坚持` or `-5` begin sentences; a
 *  point's own first line is its text. Lines there are only checked for headings and `:::` typed wrong. */
interface Place {
  notes: boolean;
  pointStart: boolean;
}

/** Every typing mistake in the body, at most one a line, in file order. */
export function typingMistakes(body: Body): Problem[] {
  const problems = new Map<number, Problem>();
  const add = (problem: Problem | undefined) => {
    if (problem?.line !== undefined && !problems.has(problem.line)) problems.set(problem.line, problem);
  };
  const { tokens } = body;
  let notesDepth = 0;
  let noteRun = false;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.type === NOTES_OPEN) notesDepth++;
    else if (token.type === NOTES_CLOSE) notesDepth--;
    else if (token.type === NOTE_LINE) noteRun = true;
    // A `Note:` run lasts to the end of its page.
    else if (token.level === 0 && (token.type === 'heading_open' || token.type === CONTINUATION)) noteRun = false;
    else if (token.type === 'code_block') add(indentedCode(body, token));
    else if (token.type === 'inline' && tokens[index - 1]?.type === 'paragraph_open' && token.map) {
      const notes = notesDepth > 0 || noteRun;
      const inItem = tokens[index - 2]?.type === 'list_item_open';
      const lines = token.content.split('\n');
      for (let n = 0; n < lines.length; n++)
        add(lineMistake(body, token.map[0] + n, lines[n]!, { notes, pointStart: inItem && n === 0 }));
      if (notes) continue;
      // A list run into the paragraph above needs one blank line, before its first item.
      const item = lines.findIndex((line, n) => n > 0 && LIST_ITEM.test(line.trimStart()));
      if (item > 0) add(pointInParagraph(body, token.map[0] + item, lines[item]!));
    }
  }
  return [...problems.values()].sort((a, b) => a.line! - b.line!);
}

/** What a mistaken line starts with; any other line is passed over at once (an outline may have 10 MB lines). */
const SUSPECT_START = new RegExp(`^[ \\t]*[#＃${BULLETS}—–―\\-\\d:：]`);

/** The mistake a line of a paragraph holds, if any. */
function lineMistake(body: Body, bodyLine: number, content: string, place: Place): Problem | undefined {
  if (!SUSPECT_START.test(content)) return undefined;
  const { text, raw, at } = lineAt(body, bodyLine, content);
  let match: RegExpExecArray | null;
  if ((match = HEADING_WITHOUT_SPACE.exec(text)) && !HASHTAG.test(text)) {
    const [marks, title] = [match[1]!, match[2]!];
    // Pointed at where the space belongs.
    at.column += marks.length;
    return {
      ...at,
      message: say('headingWithoutSpace', marks),
      hint: say('headingWithoutSpaceFix', marks, short(title)),
    };
  }
  if ((match = FULL_WIDTH_HEADING.exec(text))) {
    const marks = '#'.repeat(match[1]!.length);
    return {
      ...at,
      message: say('fullWidthHeading', match[1]!),
      hint: say('fullWidthHeadingFix', marks, short(match[2]!)),
    };
  }
  if ((match = FULL_WIDTH_CONTAINER.exec(text)) && match[1]!.includes('：')) {
    const rest = match[2]!.trim();
    return {
      ...at,
      message: say('fullWidthContainer', match[1]!),
      hint: say('fullWidthContainerFix', rest ? `::: ${short(rest)}` : ':::'),
    };
  }
  if (place.notes) return undefined;
  if (place.pointStart) return markAfterMarker(text, raw, at);
  if ((match = NOT_A_MARKER.exec(text))) {
    return { ...at, message: say('notAListMarker', match[1]!), hint: say('notAListMarkerFix', short(match[2]!)) };
  }
  if ((match = POINT_WITHOUT_SPACE.exec(text))) {
    const mark = match[1]!;
    at.column += mark.length;
    return {
      ...at,
      message: say('pointWithoutSpace', mark),
      hint: say('pointWithoutSpaceFix', mark, short(match[2]!)),
    };
  }
  return undefined;
}

/** A point whose text opens with a mark of its own (`- － 群众`: the input method's dash typed after the `- ` the
 *  editor continued the list with): the slide would show the mark before the point. */
function markAfterMarker(text: string, raw: string, at: { line: number; column: number }): Problem | undefined {
  const match = MARK_AFTER_MARKER.exec(text);
  if (!match) return undefined;
  const mark = match[1] ?? match[2]!;
  // The item's own marker, as typed before the mark (`-`, `1.`), to show the line as it should read.
  const marker = /(?:[-*+]|\d{1,9}[.)])(?=[ \t]+$)/.exec(raw.slice(0, at.column - 1))?.[0] ?? '-';
  return {
    ...at,
    message: say('markAfterMarker', mark),
    hint: say('markAfterMarkerFix', mark, `${marker} ${short(match[3]!)}`),
  };
}

/** A list item's line read as more of the paragraph above: `2. ` (only `1.` may interrupt a paragraph), or any
 *  item indented by a tab or four spaces. */
function pointInParagraph(body: Body, bodyLine: number, content: string): Problem {
  const { at, raw } = lineAt(body, bodyLine, content);
  const indented = /^[ >]*\t|^ {4}/.test(raw);
  return {
    ...at,
    message: say('pointInParagraph'),
    hint: say(indented ? 'indentedPointInParagraphFix' : 'pointInParagraphFix'),
  };
}

/** A paragraph's line as written: the start of its text (enough to quote), its source line, where the text starts. */
function lineAt(body: Body, bodyLine: number, content: string) {
  const start = Math.max(0, content.search(/\S/));
  const text = content.slice(start, start + 200);
  const raw = body.lines[bodyLine + body.offset] ?? '';
  return { text, raw, at: { line: bodyLine + body.offset + 1, column: columnIn(raw, text) } };
}

/** Text indented by a tab or four spaces is a code block in Markdown: never what an outline means. */
function indentedCode(body: Body, token: Token): Problem | undefined {
  if (!token.map) return undefined;
  const index = token.map[0] + body.offset;
  const raw = body.lines[index] ?? '';
  const tab = /^[ ]*\t/.test(raw);
  const first = token.content.split('\n')[0]!.trimStart();
  const list = LIST_ITEM.test(first) || NOT_A_MARKER.test(first);
  return {
    line: index + 1,
    column: 1,
    message: say(list ? 'indentedList' : 'indentedText', tab),
    hint: say(list ? 'indentedListFix' : 'indentedTextFix'),
  };
}

/** Where `text` starts in its source line (after `>` or a list's indentation), 1-based. */
function columnIn(raw: string, text: string): number {
  const found = text ? raw.indexOf(text.slice(0, 8)) : -1;
  return found === -1 ? 1 : found + 1;
}

/** A title or point quoted in a fix: short enough to read at a glance. */
function short(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 20 ? `${trimmed.slice(0, 20)}…` : trimmed;
}
