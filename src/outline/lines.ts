// How one line of an outline reads on its own, as the parser reads it at the top level of the body: for whatever reads
// lines rather than the parser's tokens (the parse's cutting into pieces, the editor's look, quick fixes and Enter).
// A marker may follow up to three spaces, as CommonMark and markdown-it-container read it; a tab or a fourth space
// before it makes the line code, never a marker. Inside a list, quote or code block a line can read otherwise: only
// the parser knows that.

/** `:::` or more colons, after up to three spaces, and what follows them on the line. */
const CONTAINER = /^ {0,3}(:{3,})(.*)$/;
/** The `Note:` line's mark (`Note:`, `Notes:`, `note：`) with the spaces after it. */
const NOTE_PREFIX = /notes?[ \t]*[:：][ \t]*/iy;
const NOTE_LINE = new RegExp(`^ {0,3}${NOTE_PREFIX.source}`, 'i');
/** A heading that starts a slide (`##`) or a part (`#`); `###` and smaller are text on the slide, and in the notes. */
const SLIDE_HEADING = /^ {0,3}#{1,2}(?=[ \t]|$)/;
/** A thematic break of dashes (`---`, `- - -`): at the top level of a slide, a continuation onto a new page. */
const CONTINUATION = /^ {0,3}-[ \t]*-[ \t]*-[ \t-]*$/;
/** The front matter's fence: three dashes at the start of the line, nothing after them but spaces. */
const FENCE = /^---[ \t]*$/;
/** A line of dashes only: ASCII, full-width, em and box-drawing dashes, as an input method may type them. */
const DASHES = /^[ \t\u3000]*([-—－―─]{2,})[ \t\u3000]*$/;

/** A `:::` line: how many colons open or close it, and the words after them (the block's name, for an opening). */
export function containerMarker(line: string): { colons: number; words: string } | undefined {
  const match = CONTAINER.exec(line);
  return match ? { colons: match[1]!.length, words: match[2]! } : undefined;
}

/** The name a `:::` block is known by: the first word after the colons, in lower case (`::: Notes` is notes). */
export function containerName(words: string): string {
  return (words.trim().split(/\s+/)[0] ?? '').toLowerCase();
}

/** Whether the line opens a `::: notes` block (`:::notes`, `::: Notes`, `:::: notes closing`). */
export function opensNotes(line: string): boolean {
  const marker = containerMarker(line);
  return marker !== undefined && containerName(marker.words) === 'notes';
}

/** Whether the line closes a `:::` block opened with `colons` colons: as many or more, and nothing after them. */
export function closesContainer(line: string, colons = 3): boolean {
  const marker = containerMarker(line);
  return marker !== undefined && marker.colons >= colons && marker.words.trim() === '';
}

/** Whether the line is a `Note:` line, after which the rest of the page is notes. */
export function isNoteLine(line: string): boolean {
  return NOTE_LINE.test(line);
}

/** Where the text after a `Note:` mark starting at `start` in `text` begins, if one starts there (the parser's rule,
 *  which has found the line's indentation). */
export function notePrefixEnd(text: string, start: number): number | undefined {
  NOTE_PREFIX.lastIndex = start;
  return NOTE_PREFIX.test(text) ? NOTE_PREFIX.lastIndex : undefined;
}

/** Whether the notes start on this line: `::: notes` or `Note:`. */
export function startsNotes(line: string): boolean {
  return opensNotes(line) || isNoteLine(line);
}

export function isSlideHeading(line: string): boolean {
  return SLIDE_HEADING.test(line);
}

export function isContinuation(line: string): boolean {
  return CONTINUATION.test(line);
}

/** Whether a line is the front matter's `---` fence, exactly as written. */
export function isFence(line: string): boolean {
  return FENCE.test(line);
}

/** The dashes of a line meant as the front matter's fence but typed otherwise (`  ---`, `———`, `----`). */
export function fenceLookalike(line: string): string | undefined {
  const dashes = DASHES.exec(line)?.[1];
  return dashes === undefined || FENCE.test(line) || dashes === '--' ? undefined : dashes;
}

/** The front matter's lines, 1-based and fences included. The parser tolerates blank lines above it (reported) and
 *  reads a fence typed otherwise as the fence meant; one that never closes runs to the end (`closed` false): the
 *  parser then reads no body at all. */
export interface FrontMatterLines {
  first: number;
  last: number;
  closed: boolean;
}

export function frontMatterLines(lines: readonly string[]): FrontMatterLines | undefined {
  let open = 0;
  while (open < lines.length && /^[ \t]*$/.test(lines[open]!)) open++;
  if (open >= lines.length || !readsAsFence(lines[open]!)) return undefined;
  for (let close = open + 1; close < lines.length; close++)
    if (readsAsFence(lines[close]!)) return { first: open + 1, last: close + 1, closed: true };
  return { first: open + 1, last: lines.length, closed: false };
}

function readsAsFence(line: string): boolean {
  return isFence(line) || fenceLookalike(line) !== undefined;
}
