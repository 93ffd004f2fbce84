// The speaker's script as HTML: the title block, then part by part the notes as continuous text, each slide's
// text after a marker ("【第 5 页 · 标题】") so the speaker knows when to advance; page numbers in the page margins.
// Its lines break between phrases as the slides' do (deck/phrases.ts marks them; the stylesheet keeps words whole).
import { LABELS, bylineWords, escapeHtml, formatMinutes, gapped, meetingWords, partHeading } from '../../deck/index.ts';
import { coloursCss } from '../../deck/document.ts';
import type { DeckPlan, PartLabel, Slide } from '../../deck/index.ts';
import type { Meta, Notes } from '../../outline/types.ts';
import { PHRASE_RULES, phraseRulesWith, phrasedNotes as phrasedNotesBy, phrasedPieces } from '../../deck/phrases.ts';
import { blocksPieces } from '../../outline/html.ts';
import { paperDocument } from './paper-html.ts';
import { sayIn } from '../../messages/index.ts';

/** The marker before a slide's text. */
export function slideMarker(slide: Slide): string {
  return `【${LABELS.page(slide.number)} · ${slide.title}】`;
}

/** Consecutive slides of the same part (or of none: the opening, the closing), in deck order. */
export interface ScriptSection {
  part?: PartLabel;
  slides: Slide[];
  seconds: number;
}

export function scriptSections(plan: DeckPlan): ScriptSection[] {
  const sections: ScriptSection[] = [];
  for (const slide of plan.slides) {
    const last = sections[sections.length - 1];
    if (last && last.part?.index === slide.part?.index) {
      last.slides.push(slide);
      last.seconds += slide.seconds;
    } else {
      sections.push({ ...(slide.part ? { part: slide.part } : {}), slides: [slide], seconds: slide.seconds });
    }
  }
  return sections;
}

/** The headings in document order, as the PDF outline Chromium writes will list them: parts (h1) and markers (h2). */
export function scriptHeadings(plan: DeckPlan): Array<{ title: string; slide: Slide }> {
  return scriptSections(plan).flatMap((section) => [
    ...(section.part ? [{ title: partTitle(plan, section.part), slide: section.slides[0]! }] : []),
    ...section.slides.map((slide) => ({ title: slideMarker(slide), slide })),
  ]);
}

/** Words for the estimated speaking time, as the title block and the part headings show it. */
const TIME_WORDS = {
  total: (seconds: number, pace: number, rehearsals: number) =>
    `预计用时 ${formatMinutes(seconds)}（${sayIn('zh', 'paceUsed', pace, rehearsals)}）`,
  limit: (minutes: number) => `限时 ${minutes} 分钟`,
  part: (seconds: number) => `本部分预计 ${formatMinutes(seconds)}`,
  running: '讲稿',
} as const;

/** What the script's page margins show, which is not in its document: the running title and page numbers. */
export function scriptMarginText(plan: DeckPlan): string {
  return `${plan.meta.title}${TIME_WORDS.running}第页共0123456789 /`;
}

export function scriptDocument(plan: DeckPlan, stylesheets: string[]): string {
  const { meta } = plan;
  const sections = scriptSections(plan);
  const byline = bylineWords(meta);
  const meeting = meetingWords(meta);
  const timing = gapped(
    [
      TIME_WORDS.total(plan.seconds, meta.pace, plan.rehearsed?.rehearsals ?? 0),
      meta.duration ? TIME_WORDS.limit(meta.duration) : undefined,
    ].filter((words): words is string => !!words),
  );
  const parts = sections.filter((s) => s.part);
  const head =
    `<header class="sd-script-head">` +
    `<div class="sd-script-title">${titleHtml(meta)}</div>` +
    (meta.subtitle ? `<div class="sd-script-subtitle">${phrasedIn(meta, meta.subtitle)}</div>` : '') +
    (byline.length ? `<div class="sd-script-byline">${gapped(byline)}</div>` : '') +
    (meeting.length ? `<div class="sd-script-meeting">${gapped(meeting)}</div>` : '') +
    `<div class="sd-script-timing">${timing}</div>` +
    (parts.length
      ? `<table class="sd-script-parts">${parts
          .map((s) => `<tr><td>${escapeHtml(partTitle(plan, s.part!))}</td><td>${formatMinutes(s.seconds)}</td></tr>`)
          .join('')}</table>`
      : '') +
    `</header>`;
  const body = sections
    .map((section) => {
      const heading = section.part
        ? `<h1 class="sd-script-part">${phrasedIn(meta, partTitle(plan, section.part))}</h1>` +
          `<p class="sd-script-part-time">${TIME_WORDS.part(section.seconds)}</p>`
        : '';
      const slides = section.slides.map((slide) => slideText(slide, meta)).join('');
      return `<section class="sd-script-section">${heading}${slides}</section>`;
    })
    .join('\n');
  return paperDocument({
    className: 'sd-script',
    title: meta.title,
    stylesheets,
    css: runningTitle(meta.title) + coloursCss(meta),
    body: `${head}\n${body}`,
  });
}

function partTitle(plan: DeckPlan, part: PartLabel): string {
  return partHeading(part.number, part.title, plan.meta.numbering);
}

/** Text with <wbr> between its phrases, by the rules the slides use (the outline's `keep:` included). */
function phrasedIn(meta: Meta, text: string): string {
  return phrasedPieces([{ text }], phraseRulesWith(PHRASE_RULES, meta.keep), escapeHtml);
}

/** The title as the writer broke it into lines, or phrased (the stylesheet balances its lines). */
function titleHtml(meta: Meta): string {
  const lines = meta.titleLines ?? [meta.title];
  return lines.map((line) => phrasedIn(meta, line)).join('<br>');
}

/** A slide's notes phrased one paragraph at a time (a long note stays within what phrasing takes). */
export function phrasedNotes(notes: Notes | undefined, meta: Meta): string {
  return notes ? phrasedNotesBy(blocksPieces(notes.blocks), phraseRulesWith(PHRASE_RULES, meta.keep)) : '';
}

function slideText(slide: Slide, meta: Meta): string {
  const marker = `<h2 class="sd-marker">${escapeHtml(slideMarker(slide))}</h2>`;
  return slide.notes
    ? `<div class="sd-script-slide">${marker}<div class="sd-script-notes">${phrasedNotes(slide.notes, meta)}</div></div>`
    : marker;
}

/** A CSS string literal: safe for any title, also inside <style>. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/** The running title and the document's name in the top margins: the rules that carry words of their own. The first
 *  page, whose head shows the title large, has none: said again here, after them, as Chromium lets a later `@page`
 *  margin rule win over the stylesheet's `@page :first`. */
function runningTitle(title: string): string {
  return (
    `@page { @top-left { content: ${cssString(title)}; } @top-right { content: ${cssString(TIME_WORDS.running)}; } }` +
    '@page :first { @top-left { content: none; } @top-right { content: none; } }'
  );
}
