// The speaker's script as HTML: the title block, then part by part the notes as continuous text, each slide's
// text after a marker ("【第 5 页 · 标题】") so the speaker knows when to advance; page numbers in the page margins.
import { LABELS, bylineWords, escapeHtml, formatMinutes, gapped, meetingWords, partHeading } from '../../deck/index.ts';
import type { DeckPlan, PartLabel, Slide } from '../../deck/index.ts';
import { paperDocument } from './paper-html.ts';

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
export const TIME_WORDS = {
  total: (seconds: number, pace: number) => `预计用时 ${formatMinutes(seconds)}（按每分钟 ${pace} 字）`,
  limit: (minutes: number) => `限时 ${minutes} 分钟`,
  part: (seconds: number) => `本部分预计 ${formatMinutes(seconds)}`,
  running: '讲稿',
} as const;

export function scriptDocument(plan: DeckPlan, stylesheets: string[]): string {
  const { meta } = plan;
  const sections = scriptSections(plan);
  const byline = bylineWords(meta);
  const meeting = meetingWords(meta);
  const timing = gapped(
    [TIME_WORDS.total(plan.seconds, meta.pace), meta.duration ? TIME_WORDS.limit(meta.duration) : undefined].filter(
      (words): words is string => !!words,
    ),
  );
  const parts = sections.filter((s) => s.part);
  const head =
    `<header class="sd-script-head">` +
    `<div class="sd-script-title">${escapeHtml(meta.title)}</div>` +
    (meta.subtitle ? `<div class="sd-script-subtitle">${escapeHtml(meta.subtitle)}</div>` : '') +
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
        ? `<h1 class="sd-script-part">${escapeHtml(partTitle(plan, section.part))}</h1>` +
          `<p class="sd-script-part-time">${TIME_WORDS.part(section.seconds)}</p>`
        : '';
      return `<section class="sd-script-section">${heading}${section.slides.map(slideText).join('')}</section>`;
    })
    .join('\n');
  return paperDocument({
    className: 'sd-script',
    title: meta.title,
    stylesheets,
    css: scriptCss(meta.title),
    body: `${head}\n${body}`,
  });
}

function partTitle(plan: DeckPlan, part: PartLabel): string {
  return partHeading(part.number, part.title, plan.meta.numbering);
}

function slideText(slide: Slide): string {
  const marker = `<h2 class="sd-marker">${escapeHtml(slideMarker(slide))}</h2>`;
  return slide.notes ? `<div class="sd-script-slide">${marker}<div class="sd-script-notes">${slide.notes.html}</div></div>` : marker;
}

/** A CSS string literal: safe for any title, also inside <style>. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

function scriptCss(title: string): string {
  const margin = `font-family: 'Noto Sans SC', sans-serif; font-size: 8.5pt; color: #6b6b6b;`;
  return `
@page {
  size: 210mm 297mm;
  margin: 24mm 22mm 22mm 25mm;
  @top-left { content: ${cssString(title)}; ${margin} vertical-align: bottom; padding-bottom: 5mm; }
  @top-right { content: ${cssString(TIME_WORDS.running)}; ${margin} vertical-align: bottom; padding-bottom: 5mm; }
  @bottom-center { content: "第 " counter(page) " 页 / 共 " counter(pages) " 页"; ${margin} vertical-align: top; padding-top: 6mm; }
}
@page :first {
  @top-left { content: none; }
  @top-right { content: none; }
}
html {
  font-family: 'Noto Serif SC', serif;
  font-size: 16pt;
  line-height: 1.8;
  color: #111;
}
body { margin: 0; }
.sd-gap { display: inline-block; width: 1.5em; }
.sd-script-head {
  text-align: center;
  padding: 6mm 0 8mm;
  margin-bottom: 4mm;
  border-bottom: 0.75pt solid var(--sd-accent, #555);
}
.sd-script-title {
  font-weight: 700;
  font-size: 22pt;
  line-height: 1.4;
  letter-spacing: 0.04em;
  color: var(--sd-heading, #111);
}
.sd-script-subtitle { margin-top: 2mm; font-weight: 700; font-size: 13pt; letter-spacing: 0.3em; color: #444; }
.sd-script-byline, .sd-script-meeting, .sd-script-timing {
  font-family: 'Noto Sans SC', sans-serif;
  font-size: 10.5pt;
  line-height: 1.6;
  color: #444;
}
.sd-script-byline { margin-top: 5mm; }
.sd-script-timing { margin-top: 3mm; font-weight: 700; color: #222; }
.sd-script-parts {
  margin: 4mm auto 0;
  border-collapse: collapse;
  font-family: 'Noto Sans SC', sans-serif;
  font-size: 9.5pt;
  line-height: 1.5;
  color: #444;
  text-align: left;
}
.sd-script-parts td { padding: 0.6mm 0; border-bottom: 0.5pt solid #d4d4d4; }
.sd-script-parts td + td { padding-left: 8mm; text-align: right; font-variant-numeric: tabular-nums; }
h1.sd-script-part {
  margin: 10mm 0 0;
  font-weight: 700;
  font-size: 18pt;
  line-height: 1.5;
  color: var(--sd-heading, #111);
  break-after: avoid;
  break-inside: avoid;
}
.sd-script-part-time {
  margin: 0 0 1mm;
  padding-bottom: 1.5mm;
  border-bottom: 0.5pt solid #bdbdbd;
  font-family: 'Noto Sans SC', sans-serif;
  font-size: 9pt;
  line-height: 1.5;
  color: #6b6b6b;
  break-after: avoid;
}
h2.sd-marker {
  margin: 5mm 0 1mm;
  font-family: 'Noto Sans SC', sans-serif;
  font-weight: 700;
  font-size: 10pt;
  line-height: 1.4;
  letter-spacing: 0.02em;
  color: var(--sd-accent, #444);
  break-after: avoid;
  break-inside: avoid;
}
h2.sd-marker + h2.sd-marker { margin-top: 1.5mm; }
.sd-script-notes { text-align: justify; }
/* The speaker turns the page between paragraphs, not in the middle of a sentence (a paragraph longer than a page still breaks). */
.sd-script-notes p { margin: 0 0 0.3em; text-indent: 2em; break-inside: avoid; orphans: 2; widows: 2; }
.sd-script-notes ul, .sd-script-notes ol { margin: 0 0 0.3em; padding-left: 2em; }
.sd-script-notes strong { font-weight: 700; }
`;
}
