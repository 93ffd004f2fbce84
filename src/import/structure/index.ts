// Cleaned lines → Speech: the head (title, speaker), then the first style that finds parts, then the closing.
import { settingText } from '../../outline/front-matter.ts';
import type { Passage, SourceLine, Speech } from '../types.ts';
import type { Body } from './body.ts';
import { closingLength } from './closing.ts';
import { mergeBylines, readHeader, readSignature, type Header } from './header.ts';
import type { InputMeta } from './front-matter.ts';
import { headingStyle } from './headings.ts';
import { laterThesisStyle } from './later-theses.ts';
import { leadSentenceStyle } from './lead-sentences.ts';
import { ordinalStyle } from './ordinals.ts';
import { toParagraphs, type Paragraph } from './paragraph.ts';
import type { SpeakerInfo } from './speaker.ts';

/**
 * Tried in order: explicit headings are surer than counting words, which are surer than lead sentences.
 * "一是……二是……" paragraphs come after: under lead sentences they count the points of one part, not the parts. Last,
 * theses said after the background in paragraphs without a lead ("……，专业设置必须跟着产业走。").
 */
const STYLES: ReadonlyArray<{ name: string; read: (paragraphs: readonly Paragraph[]) => Body | undefined }> = [
  { name: 'headings', read: headingStyle },
  { name: 'ordinals', read: (paragraphs) => ordinalStyle(paragraphs, ['di', 'shouxian']) },
  { name: 'lead-sentences', read: leadSentenceStyle },
  { name: 'ordinals', read: (paragraphs) => ordinalStyle(paragraphs, ['yishi']) },
  { name: 'later-theses', read: laterThesisStyle },
];

/** Text with no structure found: all of it is opening, cut into slides later by paragraph groups. */
function plainStyle(paragraphs: readonly Paragraph[]): Body {
  const opening: Passage[] = paragraphs.length > 0 ? [{ paragraphs: paragraphs.map((p) => p.text) }] : [];
  return { opening, parts: [] };
}

/**
 * `meta`: what a Markdown input's own front matter says (see front-matter.ts); it wins over what the text suggests.
 * `pageByline`: who a web page's author line (removed as furniture) names, taken where the speech names no one itself.
 */
export function readSpeech(
  lines: readonly SourceLine[],
  meta: InputMeta,
  fallbackTitle: string,
  pageByline: SpeakerInfo = {},
): Speech & { style: string } {
  const paragraphs = toParagraphs(lines);
  const head: Header = meta.title ? { ...meta, length: 0 } : { ...readHeader(paragraphs), ...meta };
  // A file that is all head (a title, a speaker line) still needs a slide: its lines are the body too.
  const afterHead = head.length < paragraphs.length ? paragraphs.slice(head.length) : paragraphs;
  // The byline signed at the end goes to the front matter too; what the head said comes first.
  const { length: signed, ...signature } = head.length < paragraphs.length ? readSignature(afterHead) : { length: 0 };
  const said = mergeBylines([head, signature]);
  const named = said.speaker !== undefined || said.organization !== undefined;
  const header: Header = { ...head, ...mergeBylines(named ? [said] : [said, pageByline]) };
  const afterHeader = afterHead.slice(0, afterHead.length - signed);
  const closing = closingLength(afterHeader);
  const body = afterHeader.slice(0, afterHeader.length - closing);
  let style = 'paragraphs';
  let found: Body | undefined;
  for (const candidate of STYLES) {
    found = candidate.read(body);
    if (found) {
      style = candidate.name;
      break;
    }
  }
  const { opening, parts } = found ?? plainStyle(body);
  return {
    // A title of control characters alone (a damaged file) is no title.
    title: (header.title && settingText(header.title)) || fallbackTitle,
    ...(header.subtitle ? { subtitle: header.subtitle } : {}),
    ...(header.speaker ? { speaker: header.speaker } : {}),
    ...(header.organization ? { organization: header.organization } : {}),
    ...(header.event ? { event: header.event } : {}),
    ...(header.date ? { date: header.date } : {}),
    opening,
    parts,
    closing: afterHeader.slice(afterHeader.length - closing).map((p) => p.text),
    style,
  };
}
