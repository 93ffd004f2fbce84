// The fixes the editor applies with one click, where the change is certain: each reads the line a finding points at
// (and its neighbours) and says which lines to write instead. Pure: lines in, a change out, tested without a page.
import { didYouMean, editDistance } from '../outline/did-you-mean.ts';
import { ITEM_START, MARK_AFTER_MARKER, NOT_A_MARKER as BULLET_LINE } from '../outline/bullets.ts';
import {
  closesContainer,
  containerMarker,
  frontMatterLines,
  isContinuation,
  isFence,
  isSlideHeading,
  opensNotes,
} from '../outline/lines.ts';

/** Replace lines `from`..`to` (1-based, inclusive) with `lines`; `to` = `from` - 1 inserts before `from`. */
export interface LineChange {
  from: number;
  to: number;
  lines: string[];
}

const FULL_WIDTH_KEY = /^([A-Za-z_][\w-]*)[ \t]*[：﹕︰][ \t]*(.*)$/;
const NO_SPACE_KEY = /^([A-Za-z_][\w-]*):(?=[^\s/])(.*)$/;
const SETTING = /^([A-Za-z_][\w-]*)([ \t]*:.*)$/;
const DASH_FENCE = /^[ \t\u3000]*[-—－―─]{3,}[ \t\u3000]*$/;
const INDENTATION = /^([ \t]*)(.*)$/;
const MARKER_WITHOUT_SPACE = /^([ \t]*)(-|\d{1,2}[.)])(\p{L}.*)$/u;
const HEADING_WITHOUT_SPACE = /^(#{1,6})([^#\s].*)$/;
const FULL_WIDTH_HEADING = /^(＃{1,6})[ \t\u3000]*(.*)$/;
const FULL_WIDTH_CONTAINER = /^[ \t]*([:：]{3,})[ \t\u3000]*(.*)$/;
const TAB_LIST = /^(\t+)((?:[-*+]|\d{1,9}[.)])[ \t]+\S.*)$/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\S/;
const CONTAINER_OPEN = /^([ \t]*:::[ \t]*)([A-Za-z]+)(.*)$/;
const INDENTED = /^(?: {4,}|[ ]*\t[ \t]*)(\S.*)$/;
/** Words typed straight after `::: notes` (`::: notes全区建成…`): the block's name runs on into what is said. */
const NOTES_RUN_ON = /^([ \t]*:::[ \t]*notes)([^\sA-Za-z_-].*)$/i;

/** The certain fix for the mistake on `line`, if there is one. `keys` are the front matter's keys. */
export function quickFix(lines: string[], line: number, keys: readonly string[]): LineChange | undefined {
  const text = lines[line - 1];
  if (text === undefined) return undefined;
  const front = frontMatterLines(lines);
  // A front matter that never closes was meant to end before the first heading (the parser reads no body then).
  const inFront = front?.closed ? line >= front.first && line <= front.last : line < firstHeading(lines);
  const one = (replacement: string): LineChange => ({ from: line, to: line, lines: [replacement] });
  let match: RegExpExecArray | null;
  if (inFront) {
    if ((match = FULL_WIDTH_KEY.exec(text))) return one(`${knownKey(match[1]!, keys)}: ${match[2]!}`);
    if ((match = NO_SPACE_KEY.exec(text))) return one(`${knownKey(match[1]!, keys)}: ${match[2]!}`);
    if ((match = SETTING.exec(text)) && !keys.includes(match[1]!)) {
      const key = closestKey(match[1]!, keys);
      return key ? one(`${key}${match[2]!}`) : undefined;
    }
    if (DASH_FENCE.test(text) && !isFence(text)) return one('---');
    return undefined;
  }
  if ((match = FULL_WIDTH_HEADING.exec(text))) return one(`${'#'.repeat(match[1]!.length)} ${match[2]!}`);
  if ((match = HEADING_WITHOUT_SPACE.exec(text)) && !/^#[^#\s][^#]*#/.test(text))
    return one(`${match[1]!} ${match[2]!}`);
  if ((match = FULL_WIDTH_CONTAINER.exec(text)) && match[1]!.includes('：'))
    return one(match[2]!.trim() ? `::: ${match[2]!.trim()}` : ':::');
  if ((match = NOTES_RUN_ON.exec(text))) return { from: line, to: line, lines: [match[1]!, match[2]!] };
  if (opensNotes(text)) return closeNotes(lines, line);
  let bullet: RegExpExecArray | null;
  // `－ 要点`, `• 要点`: a bullet typed instead of a marker, after the line's indentation.
  if ((match = INDENTATION.exec(text)) && (bullet = BULLET_LINE.exec(match[2]!)))
    return one(`${match[1]!}- ${bullet[2]!}`);
  // `- － 群众`: the point's own mark dropped, its marker kept.
  if ((match = ITEM_START.exec(text)) && (bullet = MARK_AFTER_MARKER.exec(match[2]!)))
    return one(`${match[1]!}${bullet[3]!}`);
  if ((match = TAB_LIST.exec(text))) {
    // Under a point, a tab meant a point inside it: two spaces say that to Markdown. Elsewhere it meant a point.
    const above = lines[line - 2] ?? '';
    const nested = LIST_ITEM.test(above) || TAB_LIST.test(above);
    return one(`${nested ? '  '.repeat(match[1]!.length) : ''}${match[2]!}`);
  }
  if ((match = MARKER_WITHOUT_SPACE.exec(text))) return one(`${match[1]!}${match[2]!} ${match[3]!}`);
  // `::: note`, `::: ntoes`: the notes, misspelled.
  if ((match = CONTAINER_OPEN.exec(text)) && match[2]!.toLowerCase() !== 'notes' && didYouMean(match[2]!, ['notes']))
    return one(`${match[1]!}notes${match[3]!}`);
  const above = lines[line - 2] ?? '';
  if ((match = INDENTED.exec(text))) {
    // Indented by a tab or four spaces: Markdown's code, never what an outline means; a point run into the
    // paragraph above also needs the blank line before it.
    const runInto = LIST_ITEM.test(match[1]!) && above.trim() !== '' && !LIST_ITEM.test(above);
    return { from: line, to: line, lines: runInto ? ['', match[1]!] : [match[1]!] };
  }
  // A point written straight under a line of text: Markdown reads it as more of that text until a blank line.
  if (LIST_ITEM.test(text) && above.trim() !== '' && !LIST_ITEM.test(above) && !/^[ \t#:]/.test(above))
    return { from: line, to: line - 1, lines: [''] };
  return undefined;
}

/** An unclosed `::: notes` at `line`: `:::` after its last line of text, before the next slide or part. */
function closeNotes(lines: string[], line: number): LineChange | undefined {
  const colons = containerMarker(lines[line - 1]!)?.colons ?? 3;
  let end = lines.length;
  for (let i = line; i < lines.length; i++) {
    if (closesContainer(lines[i]!, colons)) return undefined;
    if (isSlideHeading(lines[i]!) || isContinuation(lines[i]!)) {
      end = i;
      break;
    }
  }
  let last = end;
  while (last > line && (lines[last - 1] ?? '').trim() === '') last--;
  return { from: last + 1, to: last, lines: [':'.repeat(colons)] };
}

function firstHeading(lines: string[]): number {
  const index = lines.findIndex((text) => /^ {0,3}#{1,6}(?:[ \t]|$)/.test(text));
  return index < 0 ? lines.length + 1 : index + 1;
}

function knownKey(key: string, keys: readonly string[]): string {
  return keys.includes(key) ? key : (closestKey(key, keys) ?? key);
}

/** The key a misspelling was meant to be: within two edits (one for keys of five letters or fewer), and only one. */
export function closestKey(typed: string, keys: readonly string[]): string | undefined {
  const word = typed.toLowerCase();
  if (keys.includes(word)) return word;
  const near = keys.filter((key) => editDistance(word, key) <= (key.length > 5 ? 2 : 1));
  if (near.length === 0) return undefined;
  const best = Math.min(...near.map((key) => editDistance(word, key)));
  const closest = near.filter((key) => editDistance(word, key) === best);
  return closest.length === 1 ? closest[0] : undefined;
}
