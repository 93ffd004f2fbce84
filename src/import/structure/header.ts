// Read the head of a speech: its title (and a "交流发言：" prefix or "——" line as subtitle) and the speaker line.
import { slideWidth } from '../sentences.ts';
import { ORDINAL_FAMILIES, readNumbering } from './markers.ts';
import type { Paragraph } from './paragraph.ts';
import { readSpeakerLine, type SpeakerInfo } from './speaker.ts';

export interface Header extends SpeakerInfo {
  title?: string;
  subtitle?: string;
  event?: string;
  /** How many paragraphs the head took. */
  length: number;
}

/** "交流发言：提升……能力": the genre before the colon is the subtitle. */
const GENRE_PREFIX = /^([^：:]{2,16}?(发言|讲话|体会|材料|报告|稿|心得|感悟|党课|汇报|演讲|致辞|提纲|文章))\s*[：:]\s*(.+)$/u;
/** "提升……能力（交流发言）" */
const GENRE_SUFFIX = /^(.+?)\s*[（(]([^（）()]{2,16}(发言|讲话|体会|材料|报告|稿|心得|党课|汇报|演讲|致辞))[）)]$/u;
/** "——在青年干部学习交流会上的发言" */
const AT_EVENT = /^在(.+?)上的(.{0,6}(发言|讲话|致辞|报告|党课|汇报))$/u;

export function readHeader(paragraphs: readonly Paragraph[]): Header {
  const header: Header = { length: 0 };
  const first = paragraphs[0];
  if (!first || !isTitle(first, paragraphs)) return header;
  Object.assign(header, splitTitle(first.text));
  header.length = 1;
  const second = paragraphs[1];
  const dashed = second ? /^(——|—|──|－－|--)\s*(.+)$/u.exec(second.text) : null;
  if (dashed && !header.subtitle) {
    Object.assign(header, readSubtitle(dashed[2] ?? ''));
    header.length = 2;
  }
  for (let i = header.length; i < Math.min(paragraphs.length, header.length + 2); i++) {
    const speaker = readSpeakerLine(paragraphs[i]?.text ?? '');
    if (!speaker) break;
    header.speaker ??= speaker.speaker;
    header.organization ??= speaker.organization;
    header.date ??= speaker.date;
    header.length = i + 1;
  }
  return header;
}

/**
 * A title is short, is not a sentence, and is not a numbered heading or a salutation ("同志们：").
 * A Markdown heading is the title only when no other heading is as high (a `##` over `##` parts is a part).
 */
function isTitle(paragraph: Paragraph, paragraphs: readonly Paragraph[]): boolean {
  const text = paragraph.text;
  const level = paragraph.level;
  if (level !== undefined) return slideWidth(text) <= 60 && !paragraphs.slice(1).some((p) => p.level !== undefined && p.level <= level);
  if (paragraph.bold) return slideWidth(text) <= 60 && !isFirstOfBoldHeadings(paragraphs);
  if (slideWidth(text) > 50 || /[。！？!?；;]/u.test(text.replace(/[！？!?]$/u, '')) || /[。：:，,；;]$/u.test(text)) return false;
  if (readNumbering(text) || ORDINAL_FAMILIES.some((f) => f.pattern.test(text))) return false;
  // A line with a date is the speaker line, even when the title is missing.
  return readSpeakerLine(text)?.date === undefined;
}

/**
 * "**甲**, 正文, **乙**, 正文": the first bold line is the first of a series of headings, not the title.
 * A bold title stands over a speaker line, a "——" line or another bold line, or is the only unnumbered bold line.
 */
function isFirstOfBoldHeadings(paragraphs: readonly Paragraph[]): boolean {
  const others = paragraphs.slice(1).filter((p) => p.bold && !readNumbering(p.text));
  if (others.length === 0) return false;
  const next = paragraphs[1];
  if (!next || next.bold || next.level !== undefined) return false;
  return !/^(——|—|──|－－|--)/u.test(next.text) && readSpeakerLine(next.text) === undefined;
}

function splitTitle(text: string): { title: string; subtitle?: string } {
  const unquoted = text.replace(/^《(.+)》$/u, '$1').replace(/^(标题|题目)[：:]\s*/u, '');
  const prefix = GENRE_PREFIX.exec(unquoted);
  if (prefix) return { title: (prefix[3] ?? '').trim(), subtitle: (prefix[1] ?? '').trim() };
  const suffix = GENRE_SUFFIX.exec(unquoted);
  if (suffix) return { title: (suffix[1] ?? '').trim(), subtitle: (suffix[2] ?? '').trim() };
  return { title: unquoted.trim() };
}

function readSubtitle(text: string): { subtitle: string; event?: string } {
  const atEvent = AT_EVENT.exec(text.trim());
  if (atEvent) return { subtitle: (atEvent[2] ?? '').trim() || text.trim(), event: (atEvent[1] ?? '').trim() };
  return { subtitle: text.trim() };
}
