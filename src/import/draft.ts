// Speech → the Markdown text of a draft outline: front matter, parts, slides with points, notes with every word.
import { stringify } from 'yaml';
import { escapeInline, escapeLine } from './markdown-escape.ts';
import { planPart, planSlides, type PartPlan, type SlidePlan } from './slides.ts';
import type { RemovedLine, SourceKind, Speech } from './types.ts';

/** The opening's slides need a title when the speech gives none. */
const OPENING_TITLE = '开场';
const CLOSING_TITLE = '结束语';
/** A heading of punctuation only ("一、。") leaves nothing to show; the outline needs a title. */
const UNTITLED = '（待补充标题）';

export interface DraftPlan {
  opening: SlidePlan[];
  parts: PartPlan[];
}

/** Slides for the whole speech; the closing remarks go into the notes of the last slide (the speaker says them there). */
export function planDraft(speech: Speech): DraftPlan {
  const opening = speech.opening.flatMap((passage) => planSlides(passage, OPENING_TITLE));
  const parts = speech.parts.map(planPart);
  if (speech.closing.length > 0) {
    const lastPart = parts.at(-1);
    const last = lastPart ? lastPart.slides.at(-1) : opening.at(-1);
    if (last) last.notes.push(...speech.closing);
    else if (lastPart) lastPart.notes.push(...speech.closing);
    else opening.push({ title: CLOSING_TITLE, titleFrom: 'point', points: [], notes: [...speech.closing] });
  }
  return { opening, parts };
}

export function writeDraft(speech: Speech, plan: DraftPlan, removed: readonly RemovedLine[], kind: SourceKind, source: string): string {
  const blocks: string[] = [frontMatter(speech)];
  for (const slide of plan.opening) blocks.push(slideMarkdown(slide, kind));
  for (const part of plan.parts) {
    blocks.push(`# ${headingText(part.heading, kind)}`);
    if (part.notes.length > 0) blocks.push(notesMarkdown(part.notes, kind));
    for (const slide of part.slides) blocks.push(slideMarkdown(slide, kind));
  }
  const comment = removedComment(removed, source);
  if (comment) blocks.push(comment);
  return `${blocks.join('\n\n')}\n`;
}

function frontMatter(speech: Speech): string {
  const meta: Record<string, string> = { title: speech.title };
  for (const key of ['subtitle', 'speaker', 'organization', 'event', 'date'] as const) {
    const value = speech[key];
    if (value) meta[key] = value;
  }
  // lineWidth 0: a long title must stay on one line, as written.
  return `---\n${stringify(meta, { lineWidth: 0 })}---`;
}

function slideMarkdown(slide: SlidePlan, kind: SourceKind): string {
  const lines = [`## ${headingText(slide.title, kind)}`];
  if (slide.points.length > 0) lines.push('', ...slide.points.map((point) => `- ${escapeLine(point, kind)}`));
  if (slide.notes.length > 0) lines.push('', notesMarkdown(slide.notes, kind));
  return lines.join('\n');
}

/** A heading's text as written, or a placeholder when nothing would be left to show (empty, or `{.class}` only). */
function headingText(title: string, kind: SourceKind): string {
  const text = title.trim();
  const shown = kind === 'markdown' ? text.replace(/\s*\{[^{}]*\}\s*$/u, '').trim() : text;
  if (!text) return UNTITLED;
  return shown ? escapeInline(text, kind) : `${UNTITLED} ${text}`;
}

function notesMarkdown(paragraphs: readonly string[], kind: SourceKind): string {
  return ['::: notes', paragraphs.map((p) => escapeLine(p, kind)).join('\n\n'), ':::'].join('\n');
}

/**
 * Nothing is dropped silently: every removed line stays at the end of the draft in an HTML comment,
 * which the outline keeps in the file and never shows on a slide.
 */
function removedComment(removed: readonly RemovedLine[], source: string): string {
  if (removed.length === 0) return '';
  const lines = removed.map((r) => `  ${source}:${r.line}  [${r.rule}]  ${commentText(r.text)}`);
  return ['<!--', REMOVED_HEADER, ...lines, '-->'].join('\n');
}

const REMOVED_HEADER = '导入时删除的行（广告、水印、页眉页脚、页码），请核对；无误后可删去这段注释：';

/** Inside the comment a removed line must not close it early (`-->`) and holds printable characters only. */
function commentText(text: string): string {
  return text.replace(/--(?=>)/g, '-\u200B-').replace(/[\u0000-\u0008\u000B-\u001F\u007F]/gu, '\uFFFD');
}

/** Counts for the command's summary line. */
export function countSlides(plan: DraftPlan): { parts: number; slides: number } {
  return { parts: plan.parts.length, slides: plan.opening.length + plan.parts.reduce((n, p) => n + p.slides.length, 0) };
}
