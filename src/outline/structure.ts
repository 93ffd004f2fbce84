// Walks the body's top-level blocks into the talk's shape: opening slides, parts with intro and slides, pages, notes.
import type { Token } from 'markdown-it';
import { slideAttributes } from './attributes.ts';
import { type Body, childBlocks, lastLineOf, startOf } from './body.ts';
import { piecesHtml, titlePieces } from './html.ts';
import { richBlocks, richInlines } from './rich-text.ts';
import { CONTINUATION } from './continuation.ts';
import { NOTES_OPEN, NOTE_LINE, OTHER_CONTAINER_OPEN, isClosingNotes, joinNotes, speakerNotes } from './notes.ts';
import { blockText, inlineText, oneLine } from './plain-text.ts';
import { pointsBlock } from './points.ts';
import { quoteBlock } from './quote.ts';
import { columnOf, isBlank } from './source.ts';
import type { Block, Notes, Page, Part, Position, Problem, SlideSource } from './types.ts';
import { say } from '../messages/index.ts';

export interface Structure {
  opening: SlideSource[];
  parts: Part[];
  closingNotes?: Notes;
  problems: Problem[];
}

/** What the walk has reached: the part and slide page that blocks and notes go to. */
interface Place {
  part?: Part | undefined;
  slide?: SlideSource | undefined;
  page?: Page | undefined;
  /** After a `Note:` line: where it was and the blocks after it, which are notes until the page ends. */
  noteRun?: { at: Position; blocks: Array<[number, number]> } | undefined;
  /** Text before the first heading is reported once per stretch, not once per paragraph. */
  strayReported: boolean;
}

export function readStructure(body: Body): Structure {
  const { tokens } = body;
  const opening: SlideSource[] = [];
  const parts: Part[] = [];
  const problems: Problem[] = [];
  const place: Place = { strayReported: false };
  let closingNotes: Notes | undefined;
  const topLevel = childBlocks(tokens, -1, tokens.length);
  const hasHeadings = topLevel.some(([first]) => isTitleHeading(tokens[first]!));

  for (const [first, last] of topLevel) {
    const token = tokens[first]!;
    const at = startOf(body, token);

    if (isTitleHeading(token)) {
      endNoteRun(body, place);
      place.strayReported = false;
      const { attributes, ...titled } = reused(body, 'heading', first, last, () => readHeading(body, first));
      if (titled.title === '') problems.push(untitled(token, at));
      if (token.tag === 'h1') {
        place.part = { ...titled, endLine: at.line, intro: [], slides: [], attributes };
        parts.push(place.part);
        place.slide = place.page = undefined;
      } else {
        place.page = { ...at, blocks: [] };
        place.slide = { ...titled, endLine: at.line, attributes, pages: [place.page] };
        (place.part?.slides ?? opening).push(place.slide);
      }
      reach(place, lastLineOf(body, token));
      continue;
    }

    if (token.type === CONTINUATION) {
      endNoteRun(body, place);
      // Only a slide has pages; a `---` in a divider's intro or before the first slide is a plain separator.
      if (place.slide) {
        place.page = { line: at.line + 1, column: 1, blocks: [] };
        place.slide.pages.push(place.page);
      }
      reach(place, at.line);
      continue;
    }

    // The closing slide's notes are taken out wherever they stand, even inside a `Note:` run.
    if (isClosingNotes(token)) {
      closingNotes = joinNotes(closingNotes, containerNotes(body, first, last, at));
      continue;
    }

    if (!place.part && !place.slide) {
      if (hasHeadings && !place.strayReported && !isComment(token)) {
        problems.push(stray(token, at));
        place.strayReported = true;
      }
      continue;
    }

    reach(place, lastLineOf(body, token));
    if (token.type === NOTE_LINE) {
      endNoteRun(body, place);
      place.noteRun = { at, blocks: [] };
    } else if (token.type === NOTES_OPEN) {
      // Inside a `Note:` run the container is just more notes; its own problems are found by containerProblems.
      if (place.noteRun) place.noteRun.blocks.push([first + 1, last - 1]);
      else addNotes(place, containerNotes(body, first, last, at));
    } else if (token.type === OTHER_CONTAINER_OPEN) {
      // Reported by containerProblems; its content is shown nowhere.
    } else if (place.noteRun) {
      place.noteRun.blocks.push([first, last]);
    } else {
      (place.page?.blocks ?? place.part!.intro).push(
        reused(body, 'block', first, last, () => readBlock(body, first, last, at)),
      );
    }
  }
  endNoteRun(body, place);

  if (!hasHeadings) problems.push(noSlides(body));
  return { opening, parts, ...(closingNotes ? { closingNotes } : {}), problems };
}

/** `#` (a part) and `##` (a slide) at the left margin; `###` and deeper are slide content. */
function isTitleHeading(token: Token): boolean {
  return token.type === 'heading_open' && token.level === 0 && (token.tag === 'h1' || token.tag === 'h2');
}

function readHeading(body: Body, open: number) {
  const token = body.tokens[open]!;
  const inline = body.tokens[open + 1];
  const at = startOf(body, token);
  const titleInlines = richInlines(inline?.children ?? null, at.line);
  return {
    ...at,
    // A `<br>` in the heading breaks the title on the slide; everywhere else (footer, bookmarks) it is one line.
    title: oneLine(inlineText(inline?.children ?? null).trim()),
    titleHtml: piecesHtml(titlePieces(titleInlines)),
    titleInlines,
    attributes: slideAttributes(token),
  };
}

/** What `make` reads of the top-level block `first`…`last`: kept from the last parse where the block's tokens are the
 *  very same (a piece reused, see chunks.ts), so a keystroke reads again only the blocks of the piece it changed.
 *  What is read depends on the tokens alone (their lines included), and nothing changes it afterwards. */
function reused<T>(body: Body, kind: string, first: number, last: number, make: () => T): T {
  return body.cache ? body.cache.reused(kind, body.tokens[first]!, body.tokens[last]!, make) : make();
}

/** The notes of the `::: notes` container `first`…`last`. Their list of blocks is the caller's own: a page's later
 *  notes are added to it (joinNotes), which must not change the notes kept for the next parse. */
function containerNotes(body: Body, first: number, last: number, at: Position): Notes | undefined {
  const notes = reused(body, 'notes', first, last, () => speakerNotes(body, body.tokens.slice(first + 1, last), at));
  return notes && { ...notes, blocks: [...notes.blocks] };
}

function readBlock(body: Body, first: number, last: number, at: Position): Block {
  const token = body.tokens[first]!;
  if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') return pointsBlock(body, first, last);
  if (token.type === 'blockquote_open') return quoteBlock(body, first, last);
  const tokens = body.tokens.slice(first, last + 1);
  const blocks = richBlocks(tokens, body.md, body.offset);
  return { ...at, kind: 'markdown', text: blockText(tokens), blocks };
}

function addNotes(place: Place, notes: Notes | undefined): void {
  if (place.page) place.page.notes = joinNotes(place.page.notes, notes);
  else if (place.part) place.part.notes = joinNotes(place.part.notes, notes);
}

/** A `Note:` run ends at `---`, `##` or `#`: its blocks become the page's (or divider's) notes. */
function endNoteRun(body: Body, place: Place): void {
  const run = place.noteRun;
  if (!run) return;
  place.noteRun = undefined;
  const tokens: Token[] = [];
  for (const [first, last] of run.blocks) {
    for (let index = first; index <= last; index++) tokens.push(body.tokens[index]!);
  }
  addNotes(place, speakerNotes(body, tokens, run.at));
}

/** Extends the current slide and part to cover `line`. */
function reach(place: Place, line: number): void {
  if (place.slide) place.slide.endLine = Math.max(place.slide.endLine, line);
  if (place.part) place.part.endLine = Math.max(place.part.endLine, line);
}

/** An HTML comment (with `html: true`) shows nothing, so it may stand anywhere. */
function isComment(token: Token): boolean {
  const content = token.content.trim();
  return token.type === 'html_block' && content.startsWith('<!--') && content.endsWith('-->');
}

function untitled(token: Token, at: Position): Problem {
  return token.tag === 'h1'
    ? { ...at, message: say('partUntitled'), hint: say('partUntitledFix') }
    : { ...at, message: say('slideUntitled'), hint: say('slideUntitledFix') };
}

function stray(token: Token, at: Position): Problem {
  const isNotes = token.type === NOTE_LINE || token.type === NOTES_OPEN;
  return {
    ...at,
    message: say('beforeFirstHeading', isNotes),
    hint: say('beforeFirstHeadingFix'),
  };
}

function noSlides(body: Body): Problem {
  let index = body.offset;
  while (index < body.lines.length && isBlank(body.lines[index]!)) index++;
  if (index >= body.lines.length) index = Math.min(body.offset, body.lines.length - 1);
  return {
    line: index + 1,
    column: columnOf(body.lines[index]),
    message: say('noSlides'),
    hint: say('noSlidesFix'),
  };
}
