// The deck's index.html: the rendered slides, the reveal.js settings, and the client script tag.
import { escapeHtml, renderSlides, slideSize } from './index.ts';
import type { DeckPlan } from './index.ts';

/** Settings the client passes to reveal.js; read from a JSON script tag so the page needs no server. */
export interface DeckSettings {
  width: number;
  height: number;
  title: string;
  /** Estimated seconds of the whole talk and the slot it has, for the speaker view. */
  seconds: number;
  duration?: number;
  /** reveal's arrow controls and progress bar (front matter `controls: true`); off in a formal meeting. */
  controls?: boolean;
}

function deckSettings(plan: DeckPlan): DeckSettings {
  return {
    ...slideSize(plan.meta.aspect),
    title: plan.meta.title,
    seconds: Math.round(plan.seconds),
    ...(plan.meta.duration ? { duration: plan.meta.duration } : {}),
    ...(plan.meta.controls ? { controls: true } : {}),
  };
}

/** JSON safe to embed in a <script> element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The tag that loads a built client's stylesheet from file:// (a plain one: Chromium refuses `crossorigin`
 *  stylesheets there, and a deck must open by double-click). Its script goes inline (outputs/deck/folder.ts). */
export function builtStylesheetTag(client: { stylesheet: string }): string {
  return `<link rel="stylesheet" href="./${escapeHtml(client.stylesheet)}">`;
}

/** The template's colours over the theme's (`meta.colours`), as a style element; nothing without a template. */
export function coloursCss(meta: Pick<DeckPlan['meta'], 'colours'>): string {
  const colours = Object.entries(meta.colours ?? {}).filter(
    ([name, value]) => /^--sd-[a-z-]+$/.test(name) && /^(#[0-9a-f]{6}|none)$/i.test(value),
  );
  if (!colours.length) return '';
  // A theme's band above the titles is drawn in the template's accent, its links too.
  return (
    `:root { ${colours.map(([name, value]) => `${name}: ${value};`).join(' ')} --r-link-color: var(--sd-accent); }` +
    ` ${['content', 'quote', 'agenda'].map((kind) => `.reveal section.sd-${kind} .sd-frame::before`).join(', ')} { background: var(--sd-accent); }`
  );
}

/** The page of a deck; `clientTags` load its client (the dev server's module, or a built bundle's files) and its
 *  fonts; `bodyEnd` goes last in <body> (the one-file deck's inline script, which needs the slides parsed). */
export function deckDocument(
  plan: DeckPlan,
  clientTags: string,
  slidesHtml = renderSlides(plan),
  bodyEnd = '',
): string {
  const { meta } = plan;
  const description = [meta.subtitle, meta.speaker, meta.event].filter(Boolean).join(' · ');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="speechdeck">
<link rel="icon" href="data:,">
${meta.speaker ? `<meta name="author" content="${escapeHtml(meta.speaker)}">\n` : ''}${description ? `<meta name="description" content="${escapeHtml(description)}">\n` : ''}<title>${escapeHtml(meta.title)}</title>
<script type="application/json" id="speechdeck-settings">${scriptJson(deckSettings(plan))}</script>
${clientTags}
${meta.colours ? `<style>${coloursCss(meta)}</style>\n` : ''}</head>
<body>
<div class="reveal sd-theme-${escapeHtml(meta.theme)} sd-aspect-${meta.aspect === '4:3' ? '4x3' : '16x9'}">
<div class="slides">
${slidesHtml}
</div>
</div>
${bodyEnd}</body>
</html>
`;
}
