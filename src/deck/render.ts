// Slide plan → reveal.js `<section>` HTML, one section per slide, footer and notes included.
import {
  altText,
  blocksHtml,
  blocksPieces,
  escapeText,
  inlinesHtml,
  pointPieces,
  titlePieces,
} from '../outline/html.ts';
import type { HtmlPiece } from '../outline/html.ts';
import type { Block, Meta, Numbering, Point, RichBlock } from '../outline/types.ts';
import { LABELS, chineseDate, chineseNumber, partCaption, partHeading } from './labels.ts';
import { footerTexts } from './footer.ts';
import {
  FRAME,
  PART_TITLE_SIZE,
  REGULAR_SIZE,
  cardColumns,
  isCards,
  isImage,
  isTable,
  leadPhrase,
  partTitleSize,
  pointTableColumns,
  textEm,
  tableCellRules,
  tableShares,
} from './layout.ts';
import type { ContentLayout } from './layout.ts';
import { slideSize } from './size.ts';
import { CARD_PHRASES, PHRASE_RULES, phraseRulesWith, phrasedNotes, phrasedPieces, phrasedTable } from './phrases.ts';
import type { PhraseRules } from './phrases.ts';
import { numberCell } from './tables.ts';
import { markRawNumbers } from './raw-tables.ts';
import { pacingSeconds } from './timing.ts';
import { cacheKey } from './cache-key.ts';
import type { ContentSlide, DeckPlan, PartLabel, Slide } from './types.ts';

/** The phrase rules with the outline's own set phrases. */
const rulesOf = (meta: Meta) => phraseRulesWith(PHRASE_RULES, meta.keep);

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
  return renderSlideList(plan).join('\n');
}

/** Each slide's `<section>` on its own, in deck order (the editor and `dev` send only the ones that changed);
 *  `cache`, kept from the last render of the same outline, gives the same sections sooner. */
export function renderSlideList(plan: DeckPlan, cache?: RenderCache): string[] {
  const pacing = pacingSeconds(
    plan.slides.map((s) => s.seconds),
    plan.meta.duration,
  );
  const render = (slide: Slide, i: number) => renderSlide(slide, plan, pacing[i] ?? 0);
  return cache ? cache.sections(plan, pacing, render) : plan.slides.map(render);
}

/** The sections of the last render, by everything a section is made from (the slide, its share of the time, the
 *  number of slides; the front matter for all of them): a slide unchanged is not rendered again. */
export class RenderCache {
  private meta = '';
  private made = new Map<string, string>();

  sections(plan: DeckPlan, pacing: readonly number[], render: (slide: Slide, i: number) => string): string[] {
    const meta = JSON.stringify(plan.meta);
    const last = meta === this.meta ? this.made : new Map<string, string>();
    const made = new Map<string, string>();
    const sections = plan.slides.map((slide, i) => {
      const key = `${pacing[i]}\n${plan.slides.length}\n${cacheKey(slide)}`;
      const section = made.get(key) ?? last.get(key) ?? render(slide, i);
      made.set(key, section);
      return section;
    });
    this.meta = meta;
    this.made = made;
    return sections;
  }
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
  let frameStyle = '';
  if (slide.kind === 'content' || slide.kind === 'quote') {
    if (slide.kind === 'content') classes.push(`sd-layout-${slide.layout}`);
    // Larger type gets more air between the points too (layout.ts counts it).
    if (slide.kind === 'content' && slide.typeSize > REGULAR_SIZE) classes.push('sd-roomy');
    if (slide.continued) classes.push('sd-continued');
    // The writer's own classes come last, so a theme can style them over ours.
    classes.push(...slide.attributes.classes);
    Object.assign(attributes, slide.attributes.data);
    // The type size follows the amount of content (layout.ts); every size in the body is relative to it. Paper at
    // six slides a page takes the larger size the slide has room for (_print.css).
    const paper = slide.kind === 'content' ? slide.paperSize : slide.typeSize;
    frameStyle = ` style="--sd-point-size: ${slide.typeSize}px; --sd-paper-size: ${paper}px"`;
  }
  const attrs = Object.entries(attributes)
    .map(([k, v]) => ` ${k}="${escapeHtml(v)}"`)
    .join('');
  // The frame, not the section, carries padding and flex layout: reveal's print view resets both on sections.
  const frame = `<div class="sd-frame"${frameStyle}>${cornerLogo(slide, meta)}${slideBody(slide, plan)}${slide.kind === 'title' ? '' : footer(slide, meta, plan.slides.length)}</div>`;
  // The notes name their slide: shown only on the notes pages of `pdf --notes`, where the slide is a page away.
  const notesFor = `<p class="sd-notes-for">${LABELS.page(slide.number)} · ${escapeHtml(slide.title)}</p>`;
  // Phrased as the script's (the speaker view and the prompter break lines where the script does).
  const inner =
    frame +
    (slide.notes
      ? `<aside class="notes">${notesFor}${phrasedNotes(blocksPieces(slide.notes.blocks), rulesOf(meta))}</aside>`
      : '');
  return `<section class="${escapeHtml(classes.join(' '))}"${attrs}>${inner}</section>`;
}

/** `logoOnEverySlide`: the logo small in the top left margin of the slides with a title at the top. */
function cornerLogo(slide: Slide, meta: Meta): string {
  const shows = slide.kind === 'content' || slide.kind === 'quote' || slide.kind === 'agenda';
  return meta.logo && meta.logoOnEverySlide && shows
    ? `<img src="${escapeHtml(meta.logo)}" class="sd-corner-logo" alt="">`
    : '';
}

function slideBody(slide: Slide, plan: DeckPlan): string {
  const { meta } = plan;
  switch (slide.kind) {
    case 'title':
      return titleBlock(meta);
    case 'agenda':
      return (
        heading([{ text: LABELS.agenda }], meta, slide.continued) +
        `<div class="sd-body"><ol class="sd-agenda-list">${slide.entries
          .map((entry) => agendaEntry(entry, meta))
          .join('')}</ol></div>`
      );
    case 'divider': {
      const caption = partCaption(slide.part.index + 1, meta.numbering);
      const size = partTitleSize(slide.part.titleHtml, meta.aspect, meta.keep);
      const sized = size === PART_TITLE_SIZE ? '' : ` style="font-size: ${size}px"`;
      return (
        `<div class="sd-body">` +
        (caption
          ? `<p class="sd-part-number">${String(slide.part.index + 1).padStart(2, '0')}</p>` +
            `<p class="sd-part-caption"><span>${escapeHtml(caption)}</span></p>`
          : '') +
        `<h2 class="sd-part-title sd-phrased"${sized}>${phrasedPieces(hangingEnd(titlePieces(slide.part.titleInlines)), rulesOf(meta))}</h2>` +
        (slide.intro.length ? `<div class="sd-part-intro">${blocks(slide.intro, meta)}</div>` : '') +
        `</div>`
      );
    }
    case 'content':
      // A statement stands centred: its closing punctuation hangs (below).
      return (
        heading(
          slide.layout === 'statement' ? hangingEnd(titlePieces(slide.titleInlines)) : titlePieces(slide.titleInlines),
          meta,
          slide.continued,
        ) + contentBody(slide, meta)
      );
    case 'quote':
      return (
        heading(titlePieces(slide.titleInlines), meta, slide.continued) +
        `<div class="sd-body">${quote(slide.quote, meta)}</div>`
      );
    case 'closing':
      return (
        `<div class="sd-body sd-closing-block">` +
        `<p class="sd-closing-text sd-phrased">${phrasedPieces(hangingEnd([{ text: slide.text }]), rulesOf(meta), escapeHtml)}</p>` +
        `<div class="sd-rule"></div>` +
        byline(meta) +
        `</div>`
      );
  }
}

/** Closing punctuation at the end of centred text (坚持以人民为中心，) in a box of its own: its glyph stands in the
 *  left half of its em, so the stylesheet lets the empty right half hang out and the words sit in the middle. */
function hangingEnd(pieces: HtmlPiece[]): HtmlPiece[] {
  const last = pieces.at(-1);
  const hang = last && 'text' in last ? /[，。、；：！？]+$/u.exec(last.text) : null;
  if (!last || !hang) return pieces;
  const words = (last as { text: string }).text.slice(0, hang.index);
  return [
    ...pieces.slice(0, -1),
    ...(words ? [{ text: words }] : []),
    { markup: '<span class="sd-hang">', name: 'span' },
    { text: hang[0] },
    { markup: '</span>', name: 'span', closes: true },
  ];
}

function isBreak(piece: HtmlPiece | undefined): boolean {
  return piece !== undefined && 'markup' in piece && piece.name === 'br';
}

/** The body of a content slide, laid out as its plan says (see layout.ts). */
function contentBody(slide: ContentSlide, meta: Meta): string {
  const image = slide.blocks.find(isImage);
  const rest = slide.blocks.filter((block) => block !== image);
  const sizes = { size: slide.typeSize, paper: slide.paperSize };
  switch (slide.layout) {
    case 'statement':
      return '';
    case 'media':
      return `<div class="sd-body"><div class="sd-text">${blocks(rest, meta, 'media', sizes)}</div>${figure(image!)}</div>`;
    case 'image':
      return `<div class="sd-body">${figure(image!, true)}${blocks(rest, meta, 'image', sizes)}</div>`;
    case 'background':
      return `${figure(image!, false, 'sd-backdrop')}<div class="sd-body">${rest.length ? `<div class="sd-panel">${blocks(rest, meta, 'background', sizes)}</div>` : ''}</div>`;
    case 'points':
      return `<div class="sd-body">${blocks(slide.blocks, meta, 'points', sizes)}</div>`;
  }
}

/** One image as a figure scaled to its box; in the image layout, its alt text as a caption. */
function figure(block: Block, caption = false, className = 'sd-figure'): string {
  const paragraph = block.kind === 'markdown' ? block.blocks[0] : undefined;
  const image = paragraph?.kind === 'paragraph' ? paragraph.inlines[0] : undefined;
  if (image?.kind !== 'image') return `<figure class="${className}"></figure>`;
  const alt = caption ? escapeText(altText(image.alt)) : '';
  return `<figure class="${className}">${inlinesHtml([image])}${alt ? `<figcaption>${alt}</figcaption>` : ''}</figure>`;
}

function titleBlock(meta: Meta): string {
  const title = meta.titleLines
    ? meta.titleLines.map((line) => phrasedPieces([{ text: line }], rulesOf(meta), escapeHtml)).join('<br>')
    : phrasedPieces([{ text: meta.title }], rulesOf(meta), escapeHtml);
  const parts = [
    meta.logo ? `<img src="${escapeHtml(meta.logo)}" class="sd-logo" alt="">` : '',
    `<h1 class="sd-deck-title sd-phrased" style="font-size: ${deckTitleSize(meta)}px">${title}</h1>`,
    // (broken between its phrases, as the title: a long subtitle broke 培训 / 班)
    meta.subtitle
      ? `<p class="sd-subtitle sd-phrased">${phrasedPieces([{ text: meta.subtitle }], rulesOf(meta), escapeHtml)}</p>`
      : '',
    `<div class="sd-rule"></div>`,
    byline(meta),
    meetingLine(meta),
  ];
  return `<div class="sd-body sd-title-block">${parts.join('')}</div>`;
}

/** The deck title's size: 96 px, less where a line the writer set would not fit on one line (a 4:3 slide). */
export function deckTitleSize(meta: Meta): number {
  const { width } = slideSize(meta.aspect);
  const room = Math.min(1560, width - 2 * FRAME.padX[meta.aspect]);
  const longest = Math.max(...(meta.titleLines ?? [meta.title]).map(textEm));
  // letter-spacing 0.04em; below 72 px a long title rather wraps onto two balanced lines
  return Math.max(72, Math.min(96, Math.floor(room / (longest * 1.04 + 0.2))));
}

/** Plain words, escaped and set apart by a gap (`.sd-gap`) rather than punctuation. */
export function gapped(words: string[]): string {
  return words.map(escapeHtml).join('<span class="sd-gap"></span>');
}

/** The organisation, then the speaker after their label (`交流人：`), each on a line of its own. */
function byline(meta: Meta): string {
  const lines = [
    // (broken between its phrases on balanced lines: a long organisation at 4:3 left 室 alone under …办公)
    meta.organization
      ? `<p class="sd-organization sd-phrased">${phrasedPieces([{ text: meta.organization }], rulesOf(meta), escapeHtml)}</p>`
      : '',
    meta.speaker
      ? `<p class="sd-speaker">${meta.speakerLabel ? `<span class="sd-speaker-label">${escapeHtml(meta.speakerLabel)}</span>` : ''}${escapeHtml(meta.speaker)}</p>`
      : '',
  ].join('');
  return lines ? `<div class="sd-byline">${lines}</div>` : '';
}

/** The event, broken between its phrases, and the date, never broken (a 4:3 title slide broke 2025 / 年6月18日). */
function meetingLine(meta: Meta): string {
  const event = meta.event ? phrasedPieces([{ text: meta.event }], rulesOf(meta), escapeHtml) : '';
  const date = meta.date ? `<span class="sd-date">${escapeHtml(chineseDate(meta.date))}</span>` : '';
  return event || date
    ? `<p class="sd-meeting sd-phrased">${[event, date].filter(Boolean).join('<span class="sd-gap"></span>')}</p>`
    : '';
}

function heading(title: HtmlPiece[], meta: Meta, continued = false): string {
  const mark = continued ? `<span class="sd-continued-mark">${LABELS.continued}</span>` : '';
  return `<header class="sd-header"><h2 class="sd-heading sd-phrased">${phrasedPieces(title, rulesOf(meta))}${mark}</h2></header>`;
}

function agendaEntry(entry: PartLabel, meta: Meta): string {
  const number = entry.number || String(entry.index + 1);
  const style = meta.numbering === 'none' ? ' sd-plain' : '';
  return (
    `<li class="sd-agenda-entry${style}"><span class="sd-agenda-number">${escapeHtml(number)}</span>` +
    `<span class="sd-agenda-title sd-phrased">${phrasedPieces(oneLine(titlePieces(entry.titleInlines)), rulesOf(meta))}</span></li>`
  );
}

/** The footer: the part's name, the event at the slide's centre (narrowed where it must give way), the page number;
 *  each cut with "…" where footer.ts says, the whole text in its `title`. */
function footer(slide: Slide, meta: Meta, total: number): string {
  // A divider shows its part in large type already: its footer keeps only the page number.
  const part =
    slide.part && slide.kind !== 'divider' ? partHeading(slide.part.number, slide.part.title, meta.numbering) : '';
  const page = LABELS.page(slide.number);
  const inner = slideSize(meta.aspect).width - 2 * FRAME.padX[meta.aspect];
  const texts = { part, event: slide.kind === 'divider' ? '' : (meta.event ?? ''), page };
  const shown = footerTexts(texts, inner);
  const whole = (text: string, full: string) => (text === full ? '' : ` title="${escapeHtml(full)}"`);
  return (
    `<footer class="sd-footer${shown.event ? ' sd-footer-centred' : ''}"><span class="sd-footer-part"${whole(shown.part, part)}>${escapeHtml(shown.part)}</span>` +
    `<span class="sd-footer-event"${shown.room.narrowed ? ` style="max-width: ${Math.floor(shown.room.event)}px"` : ''}${shown.event ? whole(shown.event, texts.event) : ''}>${escapeHtml(shown.event)}</span>` +
    `<span class="sd-footer-page" data-total="${total}">${page}</span></footer>`
  );
}

/** A content slide's type sizes: the projector's and the paper's (six a page). */
interface Sizes {
  size: number;
  paper: number;
}

function blocks(list: Block[], meta: Meta, layout: ContentLayout = 'points', sizes?: Sizes): string {
  return list
    .map((block) => {
      switch (block.kind) {
        case 'points':
          return pointsList(block, meta, sizes && { layout, sizes });
        case 'quote':
          return quote(block, meta);
        case 'markdown':
          if (isTable(block)) {
            // (its cells break between words, or where its words are too wide for the slide between characters,
            // never inside a figure: as the fit measured them)
            const table = tableHtml(block.blocks, tableCellRules(block, layout, meta.aspect, meta.keep));
            return `<div class="sd-markdown sd-table">${sizes ? withColumns(table, block, layout, meta, sizes) : table}</div>`;
          }
          if (isImage(block)) return `<div class="sd-markdown">${blocksHtml(block.blocks)}</div>`;
          // Text breaks between phrases like points do; code and other blocks are left as written.
          return opensWithText(block.blocks)
            ? `<div class="sd-markdown sd-phrased">${phrasedPieces(blocksPieces(block.blocks), rulesOf(meta))}</div>`
            : `<div class="sd-markdown">${blocksHtml(block.blocks)}</div>`;
      }
    })
    .join('');
}

/** A Markdown table with the estimate's columns written in (layout.ts's `tableShares`), at the slide's size and at
 *  its paper size: `table-layout: fixed` holds them (themes/_layout.css), so Chromium breaks each cell where the
 *  estimate does, not where its own automatic layout would (城关 / 镇). A table whose cells each stay on one line,
 *  or one written in HTML, keeps the browser's layout. */
function withColumns(table: string, block: Block, layout: ContentLayout, meta: Meta, sizes: Sizes): string {
  if (block.kind !== 'markdown' || block.blocks[0]?.kind !== 'table') return table;
  const shares = tableShares(block, layout, meta.aspect, sizes.size, meta.keep);
  const paper = tableShares(block, layout, meta.aspect, sizes.paper, meta.keep);
  return columnsWritten(table, shares, paper);
}

/** A table's HTML with its columns written in, each a share of its width, at the slide's size and at its paper size
 *  (none where the browser's layout holds every cell on one line). */
function columnsWritten(table: string, shares: number[] | undefined, paper: number[] | undefined): string {
  if ((!shares && !paper) || !table.startsWith('<table>')) return table;
  const percent = (share: number) => `${Math.round(share * 1e5) / 1e3}%`;
  const count = (shares ?? paper)!.length;
  const cols = Array.from({ length: count }, (_, c) => {
    const style = [
      shares ? `--sd-col: ${percent(shares[c]!)}` : '',
      paper ? `--sd-paper-col: ${percent(paper[c]!)}` : '',
    ].filter(Boolean);
    return `<col style="${style.join('; ')}">`;
  }).join('');
  const classes = [shares ? 'sd-columns' : '', paper ? 'sd-paper-columns' : ''].filter(Boolean).join(' ');
  return `<table class="${classes}"><colgroup>${cols}</colgroup>${table.slice('<table>'.length)}`;
}

/** The table HTML of a table block's pieces, each cell broken by its column's rules, numbers right-aligned and a
 *  column broken between characters given room for a few of them (as the fit measured them). */
function tableHtml(blocks: readonly RichBlock[], rules: readonly PhraseRules[]): string {
  const cellClass = (table: Extract<RichBlock, { kind: 'table' }>, column: number) =>
    [numberCell(table, column), rules[column]?.cells === 'characters' ? 'sd-cell-characters' : undefined]
      .filter(Boolean)
      .join(' ') || undefined;
  const pieces = blocksPieces(blocks, { cellClass, rawHtml: markRawNumbers });
  return phrasedTable(pieces, (column) => rules[column] ?? rules[0]!);
}

/** Where a list stands, for a table inside one of its points: drawn as the deck's tables at the point's width. */
interface ListRoom {
  layout: ContentLayout;
  sizes: Sizes;
}

/** A list of points: bands with markers, or cards side by side when each opens with a bold lead phrase. */
function pointsList(block: Extract<Block, { kind: 'points' }>, meta: Meta, room?: ListRoom): string {
  const tag = block.ordered ? 'ol' : 'ul';
  const chinese = block.ordered && meta.numbering === 'chinese' ? ' sd-numbered-chinese' : '';
  const first = block.start ?? 1;
  const marker = (i: number) =>
    block.ordered ? `<span class="sd-marker">${escapeHtml(listNumber(i + first, meta.numbering))}</span>` : '';
  if (isCards(block)) {
    const cards = block.points.map((p, i) => {
      const { lead, rest } = leadPhrase(p)!;
      const fragment = meta.fragments ? ' fragment' : '';
      const rules = phraseRulesWith(CARD_PHRASES, meta.keep);
      return (
        `<li class="sd-card${fragment}"><h3 class="sd-card-title sd-phrased">${marker(i)}${phrasedPieces(lead, rules)}</h3>` +
        `<div class="sd-card-text sd-phrased">${phrasedPieces(rest, rules)}</div>${subpoints(p, meta)}</li>`
      );
    });
    // (four cards whose words need longer lines than a quarter of the slide stand two by two: cardColumns)
    const pairs =
      block.points.length === 4 && cardColumns(block, meta.aspect, meta.keep) === 2 ? ' sd-cards-pairs' : '';
    return `<${tag} class="sd-points sd-cards sd-cards-${block.points.length}${pairs}${chinese}">${cards.join('')}</${tag}>`;
  }
  // (the rest of a point cut over two slides reads on without its marker)
  const place = room && { ...room, ordered: block.ordered };
  return `<${tag} class="sd-points${chinese}">${block.points.map((p, i) => point(p, meta, meta.fragments, p.continues ? '' : marker(i), place)).join('')}</${tag}>`;
}

/** The number of an ordered point: （一） with `numbering: chinese`, else 1. */
function listNumber(n: number, numbering: Numbering): string {
  return numbering === 'chinese' ? `（${chineseNumber(n)}）` : String(n);
}

/** Where a point stands, for a table inside it. */
type PointRoom = ListRoom & { ordered: boolean };

function point(p: Point, meta: Meta, fragments: boolean, marker = '', room?: PointRoom, sub = false): string {
  const cls = `${fragments ? 'fragment sd-phrased' : 'sd-phrased'}${p.continues ? ' sd-continues' : ''}`;
  // (who said it, under the point's words, as under a quote's)
  const said = p.attribution
    ? `<span class="sd-attribution sd-point-attribution">—— ${escapeHtml(p.attribution)}</span>`
    : '';
  return `<li class="${cls}">${marker}${pointWords(p, meta, room, sub)}${said}${subpoints(p, meta, room)}</li>`;
}

function subpoints(p: Point, meta: Meta, room?: PointRoom): string {
  return p.points.length
    ? `<ul class="sd-subpoints">${p.points.map((c) => point(c, meta, false, '', room, true)).join('')}</ul>`
    : '';
}

/** A point's words, and a table among them as the deck's tables (`.sd-point-table`, a block ending its line: no
 *  `<br>` beside it), its columns as the estimate sets them at the point's width (layout.ts's pointTableColumns). */
function pointWords(p: Point, meta: Meta, room: PointRoom | undefined, sub: boolean): string {
  if (!room || !p.blocks.some((block) => block.kind === 'table'))
    return phrasedPieces(pointPieces(p.blocks), rulesOf(meta));
  let html = '';
  let run: RichBlock[] = [];
  const flush = () => {
    const pieces = pointPieces(run);
    if (pieces.length) html += phrasedPieces(pieces, rulesOf(meta));
    run = [];
  };
  for (const block of p.blocks) {
    if (block.kind !== 'table') {
      run.push(block);
      continue;
    }
    flush();
    const place = { layout: room.layout, aspect: meta.aspect, ordered: room.ordered, sub };
    const { rules, shares, paper } = pointTableColumns(block, place, room.sizes, meta.keep);
    html += `<div class="sd-table sd-point-table">${columnsWritten(tableHtml([block], rules), shares, paper)}</div>`;
  }
  flush();
  return html;
}

/** A part title as one line (its own `<br>` is for the divider), for the agenda. */
function oneLine(title: HtmlPiece[]): HtmlPiece[] {
  return title.filter((piece) => !isBreak(piece));
}

/** Blocks that open with text, a paragraph, a heading or a list (or raw HTML that does): the text of a slide, broken
 *  between phrases (the fit measures them so, and the PowerPoint breaks them there too). */
function opensWithText(blocks: readonly RichBlock[]): boolean {
  const [first] = blocks;
  return (
    first?.kind === 'paragraph' ||
    first?.kind === 'heading' ||
    first?.kind === 'list' ||
    (first?.kind === 'html' && /^<(?:p|h[1-6]|ul|ol)>/.test(first.html))
  );
}

function quote(block: Extract<Block, { kind: 'quote' }>, meta: Meta): string {
  const attribution = block.attribution ? `<p class="sd-attribution">—— ${escapeHtml(block.attribution)}</p>` : '';
  return `<blockquote class="sd-quote-block"><div class="sd-quote-text sd-phrased">${phrasedPieces(blocksPieces(block.blocks), rulesOf(meta))}</div>${attribution}</blockquote>`;
}
