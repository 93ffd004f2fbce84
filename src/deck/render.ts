// Slide plan → reveal.js `<section>` HTML, one section per slide, footer and notes included.
import type { Block, Meta, Point } from '../outline/types.ts';
import { LABELS, bylineWords, meetingWords, partHeading } from './labels.ts';
import { pacingSeconds } from './timing.ts';
import type { DeckPlan, PartLabel, Slide } from './types.ts';

/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** All slides of the deck as the inside of reveal.js's `.slides` element. */
export function renderSlides(plan: DeckPlan): string {
  const pacing = pacingSeconds(
    plan.slides.map((s) => s.seconds),
    plan.meta.duration,
  );
  return plan.slides
    .map((slide, i) => renderSlide(slide, plan, pacing[i] ?? 0))
    .join('\n');
}

function renderSlide(slide: Slide, plan: DeckPlan, pacing: number): string {
  const { meta } = plan;
  const classes = ['sd-slide', `sd-${slide.kind}`];
  const attributes: Record<string, string> = {
    'data-kind': slide.kind,
    'data-line': String(slide.line),
    'data-timing': String(pacing),
    'data-title': slide.title,
  };
  if (slide.part) attributes['data-part'] = String(slide.part.index);
  if (slide.kind === 'content' || slide.kind === 'quote') {
    classes.push(...slide.attributes.classes);
    Object.assign(attributes, slide.attributes.data);
    if (slide.continued) classes.push('sd-continued');
  }
  const attrs = Object.entries(attributes)
    .map(([k, v]) => ` ${k}="${escapeHtml(v)}"`)
    .join('');
  // The frame, not the section, carries padding and flex layout: reveal's print view resets both on sections.
  const frame = `<div class="sd-frame">${slideBody(slide, plan)}${slide.kind === 'title' ? '' : footer(slide, meta, plan.slides.length)}</div>`;
  // The notes name their slide: shown only on the notes pages of `pdf --notes`, where the slide is a page away.
  const notesFor = `<p class="sd-notes-for">${LABELS.page(slide.number)} · ${escapeHtml(slide.title)}</p>`;
  const inner = frame + (slide.notes ? `<aside class="notes">${notesFor}${slide.notes.html}</aside>` : '');
  return `<section class="${escapeHtml(classes.join(' '))}"${attrs}>${inner}</section>`;
}

function slideBody(slide: Slide, plan: DeckPlan): string {
  const { meta } = plan;
  switch (slide.kind) {
    case 'title':
      return titleBlock(meta, 'sd-title-block');
    case 'agenda':
      return (
        heading(LABELS.agenda) +
        `<div class="sd-body"><ol class="sd-agenda-list">${slide.entries
          .map((entry) => agendaEntry(entry, meta))
          .join('')}</ol></div>`
      );
    case 'divider':
      return (
        `<div class="sd-body">` +
        (slide.part.number ? `<div class="sd-part-number">${escapeHtml(slide.part.number)}</div>` : '') +
        `<h2 class="sd-part-title">${slide.part.titleHtml}</h2>` +
        (slide.intro.length ? `<div class="sd-part-intro">${blocks(slide.intro, meta)}</div>` : '') +
        `</div>`
      );
    case 'content':
      return (
        heading(slide.titleHtml, slide.continued) +
        `<div class="sd-body">${blocks(slide.blocks, meta)}</div>`
      );
    case 'quote':
      return (
        heading(slide.titleHtml, slide.continued) +
        `<div class="sd-body">${quote(slide.quote)}</div>`
      );
    case 'closing':
      return (
        `<div class="sd-body sd-closing-block">` +
        `<p class="sd-closing-text">${escapeHtml(slide.text)}</p>` +
        `<div class="sd-rule"></div>` +
        speakerLine(meta) +
        `</div>`
      );
  }
}

function titleBlock(meta: Meta, className: string): string {
  const parts = [
    `<h1 class="sd-deck-title">${escapeHtml(meta.title)}</h1>`,
    meta.subtitle ? `<p class="sd-subtitle">${escapeHtml(meta.subtitle)}</p>` : '',
    `<div class="sd-rule"></div>`,
    speakerLine(meta),
    meetingLine(meta),
  ];
  return `<div class="sd-body ${className}">${parts.join('')}</div>`;
}

/** Plain words, escaped and set apart by a gap (`.sd-gap`) rather than punctuation. */
export function gapped(words: string[]): string {
  return words.map(escapeHtml).join('<span class="sd-gap"></span>');
}

function speakerLine(meta: Meta): string {
  const who = bylineWords(meta);
  return who.length ? `<p class="sd-speaker">${gapped(who)}</p>` : '';
}

function meetingLine(meta: Meta): string {
  const what = meetingWords(meta);
  return what.length ? `<p class="sd-meeting">${gapped(what)}</p>` : '';
}

function heading(html: string, continued = false): string {
  const mark = continued ? `<span class="sd-continued-mark">${LABELS.continued}</span>` : '';
  return `<header class="sd-header"><h2 class="sd-heading">${html}${mark}</h2></header>`;
}

function agendaEntry(entry: PartLabel, meta: Meta): string {
  const number = entry.number || String(entry.index + 1);
  const style = meta.numbering === 'none' ? ' sd-plain' : '';
  return (
    `<li class="sd-agenda-entry${style}"><span class="sd-agenda-number">${escapeHtml(number)}</span>` +
    `<span class="sd-agenda-title">${entry.titleHtml}</span></li>`
  );
}

function footer(slide: Slide, meta: Meta, total: number): string {
  const part = slide.part ? partHeading(slide.part.number, slide.part.title, meta.numbering) : '';
  return (
    `<footer class="sd-footer"><span class="sd-footer-part">${escapeHtml(part)}</span>` +
    `<span class="sd-footer-event">${escapeHtml(meta.event ?? '')}</span>` +
    `<span class="sd-footer-page" data-total="${total}">${LABELS.page(slide.number)}</span></footer>`
  );
}

function blocks(list: Block[], meta: Meta): string {
  return list
    .map((block) => {
      switch (block.kind) {
        case 'points': {
          const tag = block.ordered ? 'ol' : 'ul';
          return `<${tag} class="sd-points">${block.points.map((p) => point(p, meta.fragments)).join('')}</${tag}>`;
        }
        case 'quote':
          return quote(block);
        case 'markdown':
          return `<div class="sd-markdown">${block.html}</div>`;
      }
    })
    .join('');
}

function point(p: Point, fragments: boolean): string {
  const cls = fragments ? ' class="fragment"' : '';
  const nested = p.points.length
    ? `<ul class="sd-subpoints">${p.points.map((c) => point(c, false)).join('')}</ul>`
    : '';
  return `<li${cls}>${p.html}${nested}</li>`;
}

function quote(block: Extract<Block, { kind: 'quote' }>): string {
  const attribution = block.attribution
    ? `<p class="sd-attribution">—— ${escapeHtml(block.attribution)}</p>`
    : '';
  return `<blockquote class="sd-quote-block"><div class="sd-quote-text">${block.html}</div>${attribution}</blockquote>`;
}
