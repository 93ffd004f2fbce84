// Speaker notes: the `::: notes` … `:::` container, and a `Note:` line that makes the rest of the page notes.
import type { MarkdownIt, StateBlock, StateCore, Token } from 'markdown-it';
import container from 'markdown-it-container';
import { type Body, startOf } from './body.ts';
import { richBlocks } from './rich-text.ts';
import { blockText } from './plain-text.ts';
import type { Notes, Position, Problem } from './types.ts';
import { didYouMean } from './did-you-mean.ts';
import { containerName, notePrefixEnd } from './lines.ts';
import { say } from '../messages/index.ts';

export const NOTES_OPEN = 'container_notes_open';
export const NOTES_CLOSE = 'container_notes_close';
/** Any other `::: name` block: read as a container so its lines do not leak into the slide, then reported. */
export const OTHER_CONTAINER_OPEN = 'container_other_open';
/** Stands where a `Note:` line was; what follows it on the page is notes. */
export const NOTE_LINE = 'note_line';

export function notes(md: MarkdownIt): void {
  md.use(container, 'notes', { validate: (params: string) => containerName(params) === 'notes', render: renderAside });
  md.use(container, 'other', { validate: (params: string) => !['', 'notes'].includes(containerName(params)) });
  md.block.ruler.before('paragraph', NOTE_LINE, noteLine, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  md.core.ruler.after('block', 'notes_closing', settleContainers);
  md.renderer.rules[NOTE_LINE] = () => '';
}

/** `::: notes closing`: the notes of the generated closing slide rather than of the slide the block stands in. */
export function isClosingNotes(token: Token): boolean {
  return token.type === NOTES_OPEN && (token.info.trim().split(/\s+/)[1] ?? '').toLowerCase() === 'closing';
}

function renderAside(tokens: Token[], index: number): string {
  return tokens[index]?.nesting === 1 ? '<aside class="notes">\n' : '</aside>\n';
}

/** The name of a `::: name` block, for the problem that reports it. */
function blockName(token: Token): string {
  const name = token.info.trim().split(/\s+/)[0] ?? '';
  return name.length > 40 ? `${name.slice(0, 40)}…` : name;
}

/**
 * A block rule for the `Note:` line. It also ends a paragraph, list or quote written just above it,
 * so `- 要点\nNote: …` does not fold the notes into the last point.
 */
function noteLine(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const lineStart = state.bMarks[startLine]!;
  // Only lines at the left margin of the file count: not inside `>` quotes, indented list items or containers.
  if (lineStart > 0 && state.src.charCodeAt(lineStart - 1) !== 0x0a) return false;
  if (state.sCount[startLine]! >= 4 || (state.blkIndent > 0 && state.sCount[startLine]! >= state.blkIndent))
    return false;
  const start = lineStart + state.tShift[startLine]!;
  const end = state.eMarks[startLine]!;
  const restStart = notePrefixEnd(state.src, start);
  if (restStart === undefined || restStart > end) return false;
  if (silent) return true;
  // Inside `::: notes` the line still ends the paragraph above it, but stays text: it is notes already.
  if (state.level > 0) return false;

  const marker = state.push(NOTE_LINE, '', 0);
  marker.map = [startLine, startLine + 1];
  marker.block = true;
  if (restStart >= end) {
    state.line = startLine + 1;
    return true;
  }

  // The text after the colon is the first line of a notes paragraph: parse it as if the line began there.
  const saved = [state.bMarks[startLine]!, state.tShift[startLine]!, state.sCount[startLine]!] as const;
  state.bMarks[startLine] = restStart;
  state.tShift[startLine] = 0;
  state.sCount[startLine] = 0;
  state.md.block.tokenize(state, startLine, paragraphEnd(state, startLine, endLine));
  [state.bMarks[startLine], state.tShift[startLine], state.sCount[startLine]] = saved;
  return true;
}

/** Where a paragraph starting at `startLine` ends: markdown-it's own rule for it. */
function paragraphEnd(state: StateBlock, startLine: number, endLine: number): number {
  const terminators = state.md.block.ruler.getRules('paragraph');
  let next = startLine + 1;
  for (; next < endLine && !state.isEmpty(next); next++) {
    if (state.sCount[next]! - state.blkIndent > 3 || state.sCount[next]! < 0) continue;
    if (terminators.some((rule) => rule(state, next, endLine, true))) break;
  }
  return next;
}

/**
 * Settles where top-level `:::` blocks end. markdown-it-container quietly runs an unclosed one to the end of the
 * file, and a `:::` inside a code block cuts the code off instead: both mark `::: notes` `meta.unclosed`.
 * A closed block's map is widened to take in its closing `:::` line, like every other block's map.
 */
function settleContainers(state: StateCore): void {
  closeBeforeHeadings(state.tokens);
  let lineCount: number | undefined;
  let open: Token | undefined;
  let closingLine = 0;
  for (const token of state.tokens) {
    if (token.level !== 0 && open === undefined) continue;
    if ((token.type === NOTES_OPEN || token.type === OTHER_CONTAINER_OPEN) && token.level === 0 && token.map) {
      open = token;
      closingLine = token.map[1];
      if (token.meta?.nextHeading !== undefined) continue;
      lineCount ??= countLines(state.src);
      if (closingLine < lineCount) token.map = [token.map[0], closingLine + 1];
      else if (token.type === NOTES_OPEN) token.meta = { ...token.meta, unclosed: true };
    } else if (token.nesting === -1 && token.level === 0) {
      open = undefined;
    } else if (
      open?.type === NOTES_OPEN &&
      token.type === 'fence' &&
      token.level === 1 &&
      token.map?.[1] === closingLine
    ) {
      if (isCutOff(token)) open.meta = { ...open.meta, unclosed: true };
    }
  }
}

/**
 * A `::: notes` whose `:::` was forgotten runs on into the slides after it, and markdown-it-container would take
 * them all for notes. A `#` or `##` heading at its top level shows where the notes were meant to end: the block is
 * closed just before it (marked `meta.nextHeading`, reported as unclosed) and what follows is read as slides again.
 */
function closeBeforeHeadings(tokens: Token[]): void {
  for (let open = 0; open < tokens.length; open++) {
    const token = tokens[open]!;
    if (token.type !== NOTES_OPEN || token.level !== 0 || !token.map) continue;
    let heading = -1;
    let close = open + 1;
    for (; close < tokens.length && !(tokens[close]!.level === 0 && tokens[close]!.nesting === -1); close++) {
      const inner = tokens[close]!;
      if (
        heading === -1 &&
        inner.type === 'heading_open' &&
        inner.level === 1 &&
        (inner.tag === 'h1' || inner.tag === 'h2')
      )
        heading = close;
    }
    if (heading === -1 || close >= tokens.length) continue;
    const headingLine = tokens[heading]!.map?.[0] ?? token.map[1];
    const [closing] = tokens.splice(close, 1);
    for (let index = heading; index < close; index++) tokens[index]!.level--;
    tokens.splice(heading, 0, closing!);
    token.map = [token.map[0], headingLine];
    token.meta = {
      ...token.meta,
      unclosed: true,
      nextHeading: { line: headingLine, part: tokens[heading + 1]!.tag === 'h1' },
    };
  }
}

/** A fence that ran into the end of its container instead of meeting its closing ``` line. */
function isCutOff(fence: Token): boolean {
  const [first, end] = fence.map ?? [0, 0];
  return end - first === countNewlines(fence.content) + 1;
}

/** Lines as markdown-it counts them: a last line without `\n` still counts. */
function countLines(src: string): number {
  const newlines = countNewlines(src);
  return src.length > 0 && !src.endsWith('\n') ? newlines + 1 : newlines;
}

function countNewlines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** Notes from a run of block tokens, or nothing when they hold nothing to say or show. */
export function speakerNotes(body: Body, tokens: Token[], at: Position): Notes | undefined {
  const blocks = richBlocks(tokens, body.md, body.offset);
  // Every kind of block but raw HTML writes a tag: only notes of blank raw HTML (or none) show nothing.
  if (blocks.every((block) => block.kind === 'html' && block.html.trim() === '')) return undefined;
  return { ...at, text: blockText(tokens), blocks };
}

/** Two notes on one page are read one after the other. */
export function joinNotes(first: Notes | undefined, next: Notes | undefined): Notes | undefined {
  if (!first || !next) return first ?? next;
  // `+` rather than join: many notes on one page must not copy the text so far each time.
  const text = first.text && next.text ? first.text + '\n\n' + next.text : first.text || next.text;
  for (const block of next.blocks) first.blocks.push(block);
  return { ...first, text };
}

/** Problems with `:::` blocks anywhere in the body: unclosed notes, notes inside a list or quote, unknown names. */
export function containerProblems(body: Body): Problem[] {
  const problems: Problem[] = [];
  for (const token of body.tokens) {
    if (token.type !== NOTES_OPEN && token.type !== OTHER_CONTAINER_OPEN) continue;
    const at = markerAt(body, token);
    const next = token.meta?.nextHeading as { line: number; part: boolean } | undefined;
    if (token.type === OTHER_CONTAINER_OPEN && isNotesTypo(blockName(token))) {
      problems.push({ ...at, message: say('notesSingular', blockName(token)), hint: say('notesSingularFix') });
    } else if (token.type === OTHER_CONTAINER_OPEN) {
      problems.push({
        ...at,
        message: say('unknownBlock', blockName(token)),
        hint: say('unknownBlockFix'),
      });
    } else if (next) {
      const line = next.line + body.offset + 1;
      problems.push({
        ...at,
        message: say('notesRunIntoSlide', line, next.part),
        hint: say('notesRunIntoSlideFix', line),
      });
    } else if (token.level > 0) {
      problems.push({
        ...at,
        message: say('notesNested'),
        hint: say('notesNestedFix'),
      });
    } else if (token.meta?.unclosed) {
      problems.push({
        ...at,
        message: say('notesUnclosed'),
        hint: say('notesUnclosedFix'),
      });
    }
  }
  return problems;
}

/** `::: note`, `::: nots`: meant as `::: notes`. */
function isNotesTypo(name: string): boolean {
  return didYouMean(name, ['notes']) === 'notes';
}

/** Where the `:::` of a container is, also when it stands after `>` or a list marker. */
function markerAt(body: Body, token: Token): Position {
  const at = startOf(body, token);
  const column = body.lines[at.line - 1]?.indexOf(':::') ?? -1;
  return column === -1 ? at : { ...at, column: column + 1 };
}
