// Read the head of a speech (its title, kind, event and byline) and the byline signed at its end.
import { slideWidth } from '../sentences.ts';
import { ORDINAL_FAMILIES, readNumbering } from '../../outline/numbering.ts';
import type { Paragraph } from './paragraph.ts';
import { readSpeakerLine, type SpeakerInfo } from './speaker.ts';

export interface Header extends SpeakerInfo {
  title?: string | undefined;
  subtitle?: string | undefined;
  event?: string | undefined;
  /** How many paragraphs the head took. */
  length: number;
}

/** The words a speech uses for its own kind: 交流发言, 心得体会, 研讨材料, 经验交流 … */
const KIND = '(发言|讲话|体会|材料|报告|稿|心得|感悟|党课|汇报|演讲|致辞|提纲|文章|交流|研讨|分享|感想|经验)';
/** "交流发言：提升……能力": the kind before the colon. */
const KIND_PREFIX = new RegExp(`^([^：:]{2,16}?${KIND})\\s*[：:]\\s*(.+)$`, 'u');
/** "【心得体会】读原著 悟原理", "[研讨发言]…", "〔交流材料〕…": the kind in brackets before the title. */
const KIND_BRACKETS = new RegExp(`^[【\\[［〔]([^】\\]］〕]{1,10}${KIND})[】\\]］〕]\\s*(.+)$`, 'u');
/** "提升……能力（交流发言）" */
const KIND_SUFFIX = new RegExp(`^(.+?)\\s*[（(]([^（）()]{2,16}${KIND})[）)]$`, 'u');
/** "——在青年干部学习交流会上的发言" (the dashes may be missing). */
const AT_EVENT = /^在(.+?)上的(.{0,6}(发言|讲话|致辞|报告|党课|汇报))$/u;
/** Dashes before words; a line of dashes alone (`---`, a rule) is no event line and stays in the speech. */
const DASHES = /^(——|—|──|－－|--)\s*([^-—─－\s].*)$/u;
/** "发言" or "讲话" alone says nothing the event does not: it is no kind. */
const PLAIN_KIND = /^(发言|讲话)$/u;
/** A byline has at most this many lines, before or after the title, or signed at the end. */
const BYLINE_LINES = 3;

export function readHeader(paragraphs: readonly Paragraph[]): Header {
  const header: Header = { length: 0 };
  // A byline may stand above the title ("某某局 王某某 2026年3月", then the title).
  let at = 0;
  const above: SpeakerInfo[] = [];
  for (; at < BYLINE_LINES && at + 1 < paragraphs.length; at++) {
    const speaker = readSpeakerLine(paragraphs[at]?.text ?? '');
    if (!speaker) break;
    above.push(speaker);
  }
  // …but only a byline that names someone or a date: a title can end like a unit ("……开遍城乡").
  const byline = mergeBylines(above);
  if (byline.speaker === undefined && byline.date === undefined) {
    at = 0;
    above.length = 0;
  }
  const first = paragraphs[at];
  if (!first || !isTitle(first, paragraphs.slice(at))) {
    // Without a title there is no head, unless a byline opened the file: that goes to the front matter all the same.
    if (above.length === 0) return header;
    return { ...mergeBylines(above), length: at };
  }
  Object.assign(header, splitTitle(first.text), mergeBylines(above));
  header.length = at + 1;
  for (let i = header.length; i < Math.min(paragraphs.length, header.length + BYLINE_LINES + 1); i++) {
    const text = paragraphs[i]?.text ?? '';
    const event = readEventLine(text);
    if (event && header.event === undefined) {
      header.event = event.event;
      if (!header.subtitle && event.subtitle) header.subtitle = event.subtitle;
      header.length = i + 1;
      continue;
    }
    const speaker = readSpeakerLine(text);
    if (!speaker) break;
    Object.assign(header, mergeBylines([header, speaker]));
    header.length = i + 1;
  }
  return header;
}

/**
 * The byline signed at the end of the speech ("某某县水利局 蒋某某", "二〇二六年四月十日"): its fields and how many
 * paragraphs it takes. A lone short line is a signature only with a unit or a date in it; a name alone could be a slogan.
 */
export function readSignature(paragraphs: readonly Paragraph[]): SpeakerInfo & { length: number } {
  const lines: SpeakerInfo[] = [];
  for (let i = paragraphs.length - 1; i > 0 && lines.length < BYLINE_LINES; i--) {
    const paragraph = paragraphs[i];
    const speaker = paragraph && paragraph.level === undefined ? readSpeakerLine(paragraph.text) : undefined;
    if (!speaker) break;
    lines.unshift(speaker);
  }
  const signed = mergeBylines(lines);
  if (signed.organization === undefined && signed.date === undefined) return { length: 0 };
  return { ...signed, length: lines.length };
}

/** Several byline lines as one: the first line that names a field gives it. */
export function mergeBylines(lines: readonly SpeakerInfo[]): SpeakerInfo {
  const merged: SpeakerInfo = {};
  for (const line of lines) {
    merged.speaker ??= line.speaker;
    merged.organization ??= line.organization;
    merged.date ??= line.date;
  }
  return Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== undefined)) as SpeakerInfo;
}

/**
 * A title is short, is not a sentence, and is not a numbered heading or a salutation ("同志们：").
 * A Markdown heading is the title only when no other heading is as high (a `##` over `##` parts is a part).
 */
function isTitle(paragraph: Paragraph, paragraphs: readonly Paragraph[]): boolean {
  const text = paragraph.text;
  const level = paragraph.level;
  if (level !== undefined)
    return slideWidth(text) <= 60 && !paragraphs.slice(1).some((p) => p.level !== undefined && p.level <= level);
  if (paragraph.bold) return slideWidth(text) <= 60 && !isFirstOfBoldHeadings(paragraphs);
  if (paragraph.lead !== undefined) return false;
  if (slideWidth(text) > 50 || /[。！？!?；;]/u.test(text.replace(/[！？!?]$/u, '')) || /[。：:，,；;]$/u.test(text))
    return false;
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
  return !DASHES.test(next.text) && readEventLine(next.text) === undefined && readSpeakerLine(next.text) === undefined;
}

function splitTitle(text: string): { title: string; subtitle?: string } {
  const unquoted = text.replace(/^《(.+)》$/u, '$1').replace(/^(标题|题目)[：:]\s*/u, '');
  const kind = KIND_BRACKETS.exec(unquoted) ?? KIND_PREFIX.exec(unquoted);
  if (kind) return { title: (kind[3] ?? '').trim(), subtitle: (kind[1] ?? '').trim() };
  const suffix = KIND_SUFFIX.exec(unquoted);
  if (suffix) return { title: (suffix[1] ?? '').trim(), subtitle: (suffix[2] ?? '').trim() };
  return { title: unquoted.trim() };
}

/** "——在全县工作会议上的交流发言": the event, and the kind when it says more than "发言"; a "——" line of other words is a subtitle. */
function readEventLine(text: string): { event?: string; subtitle?: string } | undefined {
  const dashed = DASHES.exec(text.trim());
  const line = (dashed?.[2] ?? text).trim();
  const atEvent = AT_EVENT.exec(line);
  if (atEvent) {
    const kind = (atEvent[2] ?? '').trim();
    return { event: (atEvent[1] ?? '').trim(), ...(PLAIN_KIND.test(kind) ? {} : { subtitle: kind }) };
  }
  return dashed ? { subtitle: line } : undefined;
}
