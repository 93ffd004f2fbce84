// Speech → the Markdown text of a draft outline: front matter, parts, slides with points, notes with every word.
import { stringify } from 'yaml';
import { spokenUnits } from '../deck/timing.ts';
import { DEFAULT_PACE, type FrontMatterKey } from '../outline/meta.ts';
import { settingText } from '../outline/front-matter.ts';
import { explainedSettings, PERSONAL_KEYS } from '../outline/starter.ts';
import { findFigures } from './figures.ts';
import { escapeInline, escapeLine } from './markdown-escape.ts';
import { noiseName } from '../messages/catalogue/import.ts';
import { planPart, planSlides, type PartPlan, type SlidePlan } from './slides.ts';
import { isFullDate } from './structure/speaker.ts';
import { statesAThesis } from './titles.ts';
import type { ImportWarning, RemovedLine, SourceKind, Speech } from './types.ts';

/** The opening's slides need a title when the speech gives none. */
const OPENING_TITLE = '开场';
/** A heading of punctuation only ("一、。") leaves nothing to show; the outline needs a title. */
const UNTITLED = '（待补充标题）';

export interface DraftPlan {
  opening: SlidePlan[];
  parts: PartPlan[];
  /** The closing remarks: said on the closing slide (`::: notes closing`). */
  closing: string[];
}

export function planDraft(speech: Speech): DraftPlan {
  let opening = speech.opening.flatMap((passage) => planSlides(passage, OPENING_TITLE)).map(openingTitle);
  const parts = speech.parts.map(planPart);
  // An opening that only greets the room and announces the parts has nothing to show: it leads into the first part.
  // One point without a figure ("某某街道坚持党建引领") is not a slide either: a slide shows 2–4.
  const first = parts[0];
  const nothingToShow = (slide: SlidePlan): boolean =>
    slide.points.length < 2 && !slide.points.some((point) => findFigures(point).length > 0);
  if (first && opening.length > 0 && opening.every(nothingToShow)) {
    first.notes.unshift(...opening.flatMap((slide) => slide.notes));
    opening = [];
  }
  return { opening, parts, closing: [...speech.closing] };
}

/** What a speaker calls the opening that tells how things stand, in the genre's word. */
const OPENING_FACTS = '基本情况';

/** Half a clause whose subject went before ("占教师总数的六成"). */
const HALF_CLAUSE = /^(占|的|是)/u;
/** A statement of what someone has given ("退役军人为国家作出了贡献"): a fact the talk starts from, not its framing. */
const GIVEN = /(为|向|给)\p{Script=Han}{1,10}(作出|做出|付出|奉献|提供|带来)/u;

/**
 * The opening slide is titled by the speech's own framing (a thesis, a topic, what something is: "人才是第一资源"); one
 * titled by half a clause of its facts, by a statement of what was given or by nothing of its own, with figures on it,
 * is the talk's 基本情况.
 */
function openingTitle(slide: SlidePlan): SlidePlan {
  const title = slide.title;
  if (slide.titleFrom !== 'point') return slide;
  // "我县有乡村学校86所，乡村教师2100名": the facts themselves, taken for want of a title, are its first point.
  if (findFigures(title).length > 0) return { ...slide, title: OPENING_FACTS, points: [title, ...slide.points] };
  const facts = title === OPENING_TITLE || HALF_CLAUSE.test(title) || (GIVEN.test(title) && !statesAThesis(title));
  return facts && slide.points.some((point) => findFigures(point).length > 0)
    ? { ...slide, title: OPENING_FACTS }
    : slide;
}

/** What the importer took out or could not read: kept at the end of the draft for the speaker to check. */
export interface Remarks {
  removed: readonly RemovedLine[];
  warnings: readonly ImportWarning[];
}

/** `duration`: the slot in minutes, when the speaker gave it (`import --duration 8`). */
export function writeDraft(
  speech: Speech,
  plan: DraftPlan,
  remarks: Remarks,
  kind: SourceKind,
  source: string,
  duration?: number,
): string {
  const blocks: string[] = [frontMatter(speech, plan, duration)];
  for (const slide of plan.opening) blocks.push(slideMarkdown(slide, kind));
  for (const part of plan.parts) {
    blocks.push(`# ${headingText(part.heading, kind)}`);
    if (part.notes.length > 0) blocks.push(notesMarkdown(part.notes, kind));
    for (const slide of part.slides) blocks.push(slideMarkdown(slide, kind));
  }
  if (plan.closing.length > 0) blocks.push(notesMarkdown(plan.closing, kind, 'closing'));
  const comment = remarksComment(remarks, source);
  if (comment) blocks.push(comment);
  return `${blocks.join('\n\n')}\n`;
}

/** The explained settings `new` writes (outline/starter.ts), filled from the speech; `duration` is the slot asked
 *  for (`--duration`), else left empty and marked for the speaker to fill, beside what the text takes to read. */
function frontMatter(speech: Speech, plan: DraftPlan, duration: number | undefined): string {
  const values: Partial<Record<FrontMatterKey, string>> = Object.fromEntries(PERSONAL_KEYS.map((key) => [key, '']));
  values.title = yamlValue(speech.title);
  for (const key of ['subtitle', 'speaker', 'organization', 'event'] as const) {
    const value = speech[key] && settingText(speech[key]);
    if (value) values[key] = yamlValue(value);
  }
  if (speech.date && isFullDate(speech.date)) values.date = speech.date;
  const { units, minutes } = lengthToSay(plan);
  const comments: Partial<Record<FrontMatterKey, string>> = {};
  if (duration !== undefined) values.duration = String(duration);
  else comments.duration = `待填：限时几分钟，如 8（原文读完约 ${minutes} 分钟）`;
  // A date without its day cannot be a `date:`; the speaker completes it.
  if (speech.date && !isFullDate(speech.date))
    comments.date = `原文只写到月份（${speech.date}）：补上日期，写成 ${speech.date}-15 的样子`;
  const length = `# 原文朗读约 ${units} 字（数字、字母按读音计），按每分钟 ${DEFAULT_PACE} 字约需 ${minutes} 分钟。`;
  return ['---', ...explainedSettings(values, comments), length, '---'].join('\n');
}

/** A text as a YAML value on one line (quoted where YAML needs it; never folded: a long title stays as written),
 *  as a setting may hold it. Never a block scalar either (YAML's choice for `---`): the comment written after the
 *  value on its line would become part of it. */
function yamlValue(text: string): string {
  return stringify(settingText(text), { lineWidth: 0, blockQuote: false }).trimEnd();
}

/** The whole text's spoken length and the minutes it takes at the default pace (rounded up): what `check` will
 *  estimate for the draft. */
function lengthToSay(plan: DraftPlan): { units: number; minutes: number } {
  const said = [
    ...plan.opening.flatMap((s) => s.notes),
    ...plan.parts.flatMap((p) => [...p.notes, ...p.slides.flatMap((s) => s.notes)]),
    ...plan.closing,
  ];
  const units = spokenUnits(said.join('\n'));
  return { units, minutes: Math.max(1, Math.ceil(units / DEFAULT_PACE)) };
}

function slideMarkdown(slide: SlidePlan, kind: SourceKind): string {
  const lines = [`## ${headingText(slide.title, kind)}`];
  if (slide.points.length > 0)
    lines.push('', ...slide.points.map((point) => `- ${escapeLine(withoutListMarker(point, kind), kind)}`));
  if (slide.notes.length > 0) lines.push('', notesMarkdown(slide.notes, kind));
  return lines.join('\n');
}

/** A heading's text as written, without a Markdown source's list marker and attributes (`{#id .class}`: the draft
 *  writes its own syntax), or a placeholder when nothing would be left to show. */
function headingText(title: string, kind: SourceKind): string {
  const text = withoutAttributes(withoutListMarker(title, kind), kind);
  return text ? escapeInline(text, kind) : UNTITLED;
}

/** A Markdown source's own list marker (`- `, `* `, `+ `, `1. `) before a point or a title: the draft writes `- `
 *  once, never `- - 要点`. */
function withoutListMarker(text: string, kind: SourceKind): string {
  return kind === 'markdown' ? text.trim().replace(/^([-*+]|\d{1,9}[.)])\s+/u, '') : text.trim();
}

/** A Markdown source's attribute block at the end of a line (`{#p1 .big}`): markdown-it-attrs would read it in the
 *  draft, where it means nothing the speaker asked for and may not parse. */
function withoutAttributes(text: string, kind: SourceKind): string {
  return kind === 'markdown' ? text.replace(/\s*\{[^{}]*\}\s*$/u, '').trim() : text;
}

/** `::: notes` for the slide it stands in; `::: notes closing` for the closing slide. */
function notesMarkdown(paragraphs: readonly string[], kind: SourceKind, of?: 'closing'): string {
  return [
    of ? `::: notes ${of}` : '::: notes',
    paragraphs.map((p) => escapeLine(withoutAttributes(p, kind), kind)).join('\n\n'),
    ':::',
  ].join('\n');
}

/**
 * Nothing is dropped silently: every removed line, and every line that could not be read whole, stays at the end
 * of the draft in an HTML comment, which the outline keeps in the file and never shows on a slide.
 */
function remarksComment({ removed, warnings }: Remarks, source: string): string {
  const lines: string[] = [];
  if (warnings.length > 0)
    lines.push(WARNINGS_HEADER, ...warnings.map((w) => `  ${source}:${w.line}:${w.column}  ${w.remark}`));
  if (removed.length > 0)
    lines.push(
      REMOVED_HEADER,
      ...removed.map((r) => `  ${source}:${r.line}  [${noiseName(r.rule)}]  ${commentText(r.text)}`),
    );
  return lines.length === 0 ? '' : ['<!--', ...lines, '-->'].join('\n');
}

const WARNINGS_HEADER = '导入时无法完整识别的行，请对照原文核对：';
const REMOVED_HEADER = '导入时删除的行（广告、水印、页眉页脚、页码），请核对；无误后可删去这段注释：';

/** Inside the comment a removed line must not close it early (`-->`) and holds printable characters only. */
function commentText(text: string): string {
  return text.replace(/--(?=>)/g, '-\u200B-').replace(/[\u0000-\u0008\u000B-\u001F\u007F]/gu, '\uFFFD');
}

/** Counts for the command's summary line. */
export function countSlides(plan: DraftPlan): { parts: number; slides: number } {
  return {
    parts: plan.parts.length,
    slides: plan.opening.length + plan.parts.reduce((n, p) => n + p.slides.length, 0),
  };
}
