// Read the head of a speech (its title, kind, event and byline) and the byline signed at its end.
import { slideWidth } from '../sentences.ts';
import { ORDINAL_FAMILIES, readNumbering } from '../../outline/numbering.ts';
import type { Paragraph } from './paragraph.ts';
import { readSpeakerLine, SURNAME, type SpeakerInfo } from './speaker.ts';

export interface Header extends SpeakerInfo {
  title?: string | undefined;
  subtitle?: string | undefined;
  event?: string | undefined;
  /** How many paragraphs the head took. */
  length: number;
}

/** The words a speech uses for its own kind: 交流发言, 心得体会, 研讨材料, 经验交流 … */
const KIND = '(发言|讲话|体会|材料|报告|稿|心得|感悟|党课|汇报|演讲|致辞|提纲|文章|交流|研讨|分享|感想|经验)';
/** "交流发言：提升……能力", "研讨发言 | …", "“研讨发言”——…": the kind before a colon, a bar or dashes. */
const KIND_PREFIX = new RegExp(`^[“"]?([^：:“”"|｜丨—]{2,16}?${KIND})[”"]?\\s*(?:[：:|｜丨]|——)\\s*(.+)$`, 'u');
/**
 * A line that is only the kind ("交流发言", "【研讨发言】", "研讨发言材料：") stands before or after the title: the genre's
 * compounds only, so that a short title that ends on 体会 or 经验 is still a title.
 */
const KIND_LINE = new RegExp(
  `^[【\\[［〔“"（(]?((?:交流|研讨|学习|经验|座谈|典型|表态|读书|心得|专题|主题)[^\\s：:，。（）()]{0,6}?${KIND})[】\\]］〕”"）)]?\\s*[：:]?$`,
  'u',
);
/** "关于……的研讨发言", "……的交流材料": a title that names its kind at its end. */
const KIND_AFTER_OF =
  /^(?:关于)?(.{6,}?)的((?:交流|研讨|学习|座谈|经验交流)(?:发言|材料|体会)(?:材料|提纲)?|心得体会)$/u;
/** "【心得体会】读原著 悟原理", "[研讨发言]…", "〔交流材料〕…": the kind in brackets before the title. */
const KIND_BRACKETS = new RegExp(`^[【\\[［〔]([^】\\]］〕]{1,10}${KIND})[】\\]］〕]\\s*(.+)$`, 'u');
/** "提升……能力（交流发言）" */
const KIND_SUFFIX = new RegExp(`^(.+?)\\s*[（(]([^（）()]{2,16}${KIND})[）)]$`, 'u');
/** "——在青年干部学习交流会上的发言" (the dashes may be missing). */
const AT_EVENT = /^(.*?)在(.+?)上的(.{0,6}(发言|讲话|致辞|报告|党课|汇报))$/u;
/**
 * A meeting held to share experience or to discuss: a bare 发言 there is the kind the speaker would name (经验交流会 →
 * 交流发言, 研讨班 → 研讨发言). A meeting that only has 交流 in its name (代表履职交流会) names no kind.
 */
const EVENT_KIND: ReadonlyArray<[RegExp, string]> = [
  [/经验交流(会|座谈会)$/u, '交流发言'],
  [/研讨(会|班)$/u, '研讨发言'],
];
/** Dashes before words; a line of dashes alone (`---`, a rule) is no event line and stays in the speech. */
const DASHES = /^(——|—|──|－－|--)\s*([^-—─－\s].*)$/u;
/** "发言" or "讲话" alone says nothing the event does not: it is no kind. */
const PLAIN_KIND = /^(发言|讲话)$/u;
/** A byline has at most this many lines, before or after the title, or signed at the end. */
const BYLINE_LINES = 3;

export function readHeader(paragraphs: readonly Paragraph[]): Header {
  const header: Header = { length: 0 };
  // Above the title may stand a byline ("某某局 王某某 2026年3月"), the kind alone ("交流发言") or the event
  // ("在……上的交流发言"): each goes where it belongs once a title follows.
  let at = 0;
  const above: SpeakerInfo[] = [];
  const aboveHead: Pick<Header, 'subtitle' | 'event'> = {};
  for (; at < BYLINE_LINES && at + 1 < paragraphs.length; at++) {
    const text = paragraphs[at]?.text ?? '';
    const kind = readKindLine(text);
    const event = kind === undefined ? readEventLine(text, false) : undefined;
    if (kind !== undefined || event?.event !== undefined) {
      aboveHead.subtitle ??= kind ?? event?.subtitle;
      aboveHead.event ??= event?.event;
      continue;
    }
    const speaker = readHeadSpeaker(text);
    if (!speaker || shortTitle(speaker, paragraphs[at + 1]?.text ?? '')) break;
    above.push(speaker);
  }
  // …but only a byline that names someone or a date: a title can end like a unit ("……开遍城乡").
  const byline = mergeBylines(above);
  if (byline.speaker === undefined && byline.date === undefined && above.length > 0) {
    at = 0;
    above.length = 0;
    delete aboveHead.subtitle;
    delete aboveHead.event;
  }
  const first = paragraphs[at];
  if (!first || !isTitle(first, paragraphs.slice(at))) {
    // Without a title there is no head, unless a byline opened the file: that goes to the front matter all the same.
    if (above.length === 0) return header;
    return { ...mergeBylines(above), length: at };
  }
  Object.assign(header, splitTitle(first.text), mergeBylines(above));
  header.length = at + 1;
  // A title said over two lines ("守护一江碧水" / "建设美丽幸福河湖"): the second is as short, marked the same and not a
  // head line of its own, and a head line (byline, kind, event) follows it.
  const second = paragraphs[at + 1];
  if (second && header.title !== undefined && continuesTitle(first, second, paragraphs[at + 2])) {
    const more = splitTitle(second.text);
    header.title = header.title === '' ? more.title : `${header.title} ${more.title}`;
    header.subtitle ??= more.subtitle;
    header.length = at + 2;
  }
  if (header.subtitle === undefined && aboveHead.subtitle !== undefined) header.subtitle = aboveHead.subtitle;
  if (aboveHead.event !== undefined) header.event = aboveHead.event;
  for (let i = header.length; i < Math.min(paragraphs.length, header.length + BYLINE_LINES + 1); i++) {
    const text = paragraphs[i]?.text ?? '';
    const kind = readKindLine(text);
    if (kind !== undefined) {
      header.subtitle ??= kind;
      header.length = i + 1;
      continue;
    }
    const event = readEventLine(text);
    if (event && header.event === undefined) {
      header.event = event.event;
      if (!header.subtitle && event.subtitle) header.subtitle = event.subtitle;
      Object.assign(header, mergeBylines([header, event.byline ?? {}]));
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

/** A byline line of the head; a short line that is only a "name" of five or more characters is a title's line. */
function readHeadSpeaker(text: string): SpeakerInfo | undefined {
  const speaker = readSpeakerLine(text);
  if (speaker?.speaker !== undefined && speaker.organization === undefined && speaker.date === undefined)
    return slideWidth(speaker.speaker) <= 4 ? speaker : undefined;
  return speaker;
}

/**
 * "不负韶华" / "共青团某某县委 张某某": a line that reads only as a name is the title when the name starts with no
 * surname, or when the next line names the speaker (a talk has one).
 */
function shortTitle(line: SpeakerInfo, next: string): boolean {
  if (line.speaker === undefined || line.organization !== undefined || line.date !== undefined) return false;
  return !SURNAME.test(line.speaker) || readSpeakerLine(next)?.speaker !== undefined;
}

/** "交流发言", "【研讨发言】", "（交流发言）", "研讨发言材料：": the kind on a line of its own. */
function readKindLine(text: string): string | undefined {
  return KIND_LINE.exec(text.trim())?.[1];
}

/** The second line of a title said over two: as short, marked the same, and followed by a line of the head. */
function continuesTitle(first: Paragraph, second: Paragraph, after: Paragraph | undefined): boolean {
  if ((first.bold ?? false) !== (second.bold ?? false) || first.level !== second.level) return false;
  const text = second.text.trim();
  if (readKindLine(text) !== undefined || readEventLine(text) !== undefined || readHeadSpeaker(text) !== undefined)
    return false;
  if (slideWidth(text) > 24 || /[。！？!?；;，,：:]/u.test(text) || readNumbering(text)) return false;
  if (ORDINAL_FAMILIES.some((f) => f.pattern.test(text)) || /^(各位|同志|尊敬|大家)/u.test(text)) return false;
  return after !== undefined && isHeadLine(after.text.trim());
}

/** A line of the head other than the title: the kind, the event or a byline. */
function isHeadLine(text: string): boolean {
  return readKindLine(text) !== undefined || readEventLine(text) !== undefined || readHeadSpeaker(text) !== undefined;
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
  if (level !== undefined) {
    // A Word title in a heading style over numbered headings of the same style ("一、……") is the title all the same,
    // and so is one said over two lines of that style.
    const second = paragraphs[1];
    const rest = second && continuesTitle(paragraph, second, paragraphs[2]) ? paragraphs.slice(2) : paragraphs.slice(1);
    const numbered = (p: Paragraph): boolean => readNumbering(p.text) !== undefined;
    return (
      slideWidth(text) <= 60 &&
      !numbered(paragraph) &&
      !rest.some((p) => p.level !== undefined && p.level <= level && !numbered(p))
    );
  }
  if (paragraph.bold) return slideWidth(text) <= 60 && !isFirstOfBoldHeadings(paragraphs);
  if (paragraph.lead !== undefined) return false;
  // "在实干中锤炼过硬作风。" over a byline: a title typed with a full stop is still the title.
  const next = paragraphs[1]?.text.trim();
  if (/^[^。！？!?；;，,：:]{4,30}。$/u.test(text) && next !== undefined && isHeadLine(next)) return true;
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

/** "某某县委办公室经验交流材料": a unit, then the genre's kind. */
const UNIT_KIND = new RegExp(`^(.{3,24}?)((?:经验交流|交流|研讨|典型|表态|座谈)(?:发言|材料|体会)(?:材料)?)$`, 'u');

function splitTitle(text: string): { title: string; subtitle?: string; event?: string } & SpeakerInfo {
  const unquoted = text
    .replace(/^《(.+)》$/u, '$1')
    // "【快递进村打通最后一公里】": a title set in the brackets a page or a document uses to mark it.
    .replace(/^[【〖［]([^【】〖〗［］]+)[】〗］]$/u, '$1')
    .replace(/^(标题|题目)[：:]\s*/u, '')
    .replace(/。$/u, '')
    .trim();
  // "依托……之路——在……上的交流发言", "……——年轻干部座谈会交流发言", "……——某某局 王某某", "……（某某局 王某某）": the event,
  // the kind or the byline said on the title's line.
  const tail = /^(.{4,}?)\s*(?:(?:——|—|──)\s*(.+)|[（(](.+)[）)])$/u.exec(unquoted);
  const after = (tail?.[2] ?? tail?.[3] ?? '').trim();
  const said = after === '' ? undefined : (readEventLine(after, false) ?? meetingKind(after));
  if (tail && said !== undefined) return { ...splitTitle(tail[1] ?? ''), ...said };
  const signed = after === '' || tail?.[2] === undefined ? undefined : readHeadSpeaker(after);
  if (tail && signed !== undefined && (signed.organization !== undefined || signed.speaker !== undefined))
    return { ...splitTitle(tail[1] ?? ''), ...signed };
  const bracketed = tail?.[3] === undefined ? undefined : readSpeakerLine(after);
  if (tail && bracketed?.organization !== undefined && bracketed.speaker !== undefined)
    return { ...splitTitle(tail[1] ?? ''), ...bracketed };
  // "……——某某县委办公室经验交流材料": the unit and the kind said after the title's dashes.
  const unitKind = tail?.[2] === undefined ? undefined : UNIT_KIND.exec(after);
  const unit = unitKind ? readSpeakerLine(unitKind[1] ?? '') : undefined;
  if (tail && unitKind && unit?.organization !== undefined && unit.speaker === undefined)
    return { ...splitTitle(tail[1] ?? ''), organization: unit.organization, subtitle: unitKind[2] ?? '' };
  // "某某县委办公室：为基层减负让干部轻装上阵": the unit before a colon, as a collection of exchange talks heads each.
  const headed = /^([^：:，。]{4,20})[：:]\s*(.{6,})$/u.exec(unquoted);
  const by = headed ? readSpeakerLine(headed[1] ?? '') : undefined;
  if (headed && by?.organization !== undefined && by.speaker === undefined && by.date === undefined)
    return { ...splitTitle(headed[2] ?? ''), organization: by.organization };
  const kind = KIND_BRACKETS.exec(unquoted) ?? KIND_PREFIX.exec(unquoted);
  if (kind) {
    // "在……上的发言：……", "全市……现场会交流材料：……": the kind before the colon names the meeting too.
    const named = readEventLine(kind[1] ?? '', false) ?? meetingKind(kind[1] ?? '');
    return { title: (kind[3] ?? '').trim(), ...(named ?? { subtitle: (kind[1] ?? '').trim() }) };
  }
  const suffix = KIND_SUFFIX.exec(unquoted);
  if (suffix) return { title: (suffix[1] ?? '').trim(), subtitle: (suffix[2] ?? '').trim() };
  const named = KIND_AFTER_OF.exec(unquoted);
  if (named) return { title: (named[1] ?? '').trim(), subtitle: (named[2] ?? '').trim() };
  // "研讨发言：" alone on the title's line: the kind, the title on the next line.
  const bare = readKindLine(unquoted);
  if (bare !== undefined) return { title: '', subtitle: bare };
  return { title: unquoted };
}

/**
 * "——在全县工作会议上的交流发言": the event, and the kind when it says more than "发言" (or the meeting is one of exchange:
 * 经验交流会 gives 交流发言); "——某某镇党委书记 黄某某在……上的发言" names the speaker too. A "——" line of other words is
 * a subtitle, where `dashedSubtitle`.
 */
function readEventLine(
  text: string,
  dashedSubtitle = true,
): { event?: string; subtitle?: string; byline?: SpeakerInfo } | undefined {
  const dashed = DASHES.exec(text.trim());
  const line = (dashed?.[2] ?? text).trim();
  const atEvent = AT_EVENT.exec(line);
  const who = atEvent?.[1]?.trim() ?? '';
  const byline = who === '' ? undefined : readSpeakerLine(who);
  if (atEvent && (who === '' || byline)) {
    const event = (atEvent[2] ?? '').trim();
    const kind = (atEvent[3] ?? '').trim();
    const subtitle = PLAIN_KIND.test(kind) ? EVENT_KIND.find(([pattern]) => pattern.test(event))?.[1] : kind;
    return { event, ...(subtitle ? { subtitle } : {}), ...(byline ? { byline } : {}) };
  }
  const meeting = dashed ? meetingKind(line) : undefined;
  if (meeting) return meeting;
  // "——某某县委办公室主任 刘某某": the byline under the title, set off by dashes, is no subtitle.
  const signed = dashed ? readHeadSpeaker(line) : undefined;
  if (signed?.speaker !== undefined || signed?.organization !== undefined) return { byline: signed };
  return dashed && dashedSubtitle ? { subtitle: line } : undefined;
}

/** "全市养老服务工作现场会交流材料", "青年干部座谈会发言": a meeting's name, then the kind said there. */
function meetingKind(text: string): { event: string; subtitle?: string } | undefined {
  const match = new RegExp(`^(.{2,}?(?:会|班|论坛))((?:交流|研讨|学习|经验交流|座谈)?${KIND})$`, 'u').exec(text.trim());
  if (!match) return undefined;
  const event = match[1] ?? '';
  const kind = match[2] ?? '';
  const subtitle = PLAIN_KIND.test(kind) ? EVENT_KIND.find(([pattern]) => pattern.test(event))?.[1] : kind;
  return { event, ...(subtitle ? { subtitle } : {}) };
}
