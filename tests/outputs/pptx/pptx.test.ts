// The PowerPoint of the sample talk, read back from its XML: what an organiser editing it in PowerPoint or WPS finds.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDeck, type LoadedDeck } from '../../../src/load/index.ts';
import { THEMES_DIR } from '../../../src/files/paths.ts';
import { chineseNumber, partHeading } from '../../../src/deck/labels.ts';
import type { ContentSlide } from '../../../src/deck/types.ts';
import type { Point } from '../../../src/outline/types.ts';
import { readTheme, sections, writePptx } from '../../../src/outputs/pptx/index.ts';
import { SAMPLE_OUTLINE } from '../../support/sample.ts';
import { elements, readPptx, shapesOf, slideNames, xml, type PptxPackage } from '../../support/pptx.ts';

const theme = (name: string) => readTheme([readFileSync(path.join(THEMES_DIR, `${name}.css`), 'utf8')]);

let deck: LoadedDeck;
let pptx: PptxPackage;
let slides: string[];

beforeAll(async () => {
  deck = await loadDeck(SAMPLE_OUTLINE);
  const { bytes } = await writePptx({ plan: deck.plan, theme: theme(deck.plan.meta.theme), images: new Map() });
  pptx = await readPptx(bytes);
  slides = slideNames(pptx.parts).map((name) => pptx.parts.get(name)!);
});

/** A point and its sub-points, as the paragraphs they should each be. */
const pointTexts = (points: Point[]): string[] => points.flatMap((point) => [point.text, ...pointTexts(point.points)]);

describe('the sample talk as a PowerPoint', () => {
  it('has a slide for every slide of the deck, each on the layout of its kind', () => {
    expect(slides).toHaveLength(deck.plan.slides.length);
    const layouts = deck.plan.slides.map((_, i) => {
      const rels = pptx.parts.get(`ppt/slides/_rels/slide${i + 1}.xml.rels`)!;
      const layout = /slideLayouts\/(slideLayout\d+\.xml)/.exec(rels)![1]!;
      return /<p:cSld name="([^"]+)"/.exec(pptx.parts.get(`ppt/slideLayouts/${layout}`)!)![1];
    });
    const byKind = new Map<string, Set<string | undefined>>();
    deck.plan.slides.forEach((slide, i) => {
      const kind =
        slide.kind === 'content' && slide.layout === 'statement'
          ? 'statement'
          : slide.kind === 'content' && slide.continued
            ? 'continuation'
            : slide.kind;
      byKind.set(kind, (byKind.get(kind) ?? new Set()).add(layouts[i]));
    });
    for (const names of byKind.values()) expect(names.size).toBe(1);
    expect(new Set(layouts).size).toBe(byKind.size);
  });

  it('names on each slide only placeholders its layout has, by type and index (a title slide’s title: ctrTitle)', () => {
    const phs = (part: string) =>
      [...part.matchAll(/<p:ph\b[^>]*\/>/g)].map(([ph]) => {
        const type = /\btype="([^"]+)"/.exec(ph)?.[1] ?? 'obj';
        return `${type}/${/\bidx="(\d+)"/.exec(ph)?.[1] ?? '0'}`;
      });
    deck.plan.slides.forEach((slide, i) => {
      const rels = pptx.parts.get(`ppt/slides/_rels/slide${i + 1}.xml.rels`)!;
      const layout = pptx.parts.get(`ppt/slideLayouts/${/slideLayouts\/(slideLayout\d+\.xml)/.exec(rels)![1]}`)!;
      const offered = new Set(phs(layout));
      for (const ph of phs(slides[i]!)) expect(offered, `slide ${i + 1}: ${ph}`).toContain(ph);
      if (slide.kind === 'title') expect(phs(layout)).toContain('ctrTitle/0');
    });
  });

  it('puts each slide title in a title placeholder, the title slide’s in its layout’s centred title', () => {
    deck.plan.slides.forEach((slide, i) => {
      const kind = slide.kind === 'title' ? 'ctrTitle' : 'title';
      const titles = shapesOf(slides[i]!).filter((shape) => shape.placeholder === kind);
      expect(titles, `slide ${i + 1}`).toHaveLength(1);
      // A long title is broken into balanced lines, as the HTML deck's `text-wrap: balance` does.
      const text = titles[0]!.paragraphs
        .map((p) => p.text)
        .join('')
        .replace(/\n/g, '');
      expect(text, `slide ${i + 1}`).toBe(slide.kind === 'divider' ? slide.part.title : slide.title);
    });
  });

  it('gives each content slide one body whose paragraphs are its points, sub-points a level down', () => {
    const content = deck.plan.slides.filter((slide): slide is ContentSlide => slide.kind === 'content');
    expect(content.length).toBeGreaterThan(10);
    for (const slide of content) {
      const bodies = shapesOf(slides[slide.number - 1]!).filter((shape) => shape.placeholder === 'body');
      expect(bodies, `slide ${slide.number}`).toHaveLength(1);
      const points = slide.blocks.flatMap((block) => (block.kind === 'points' ? pointTexts(block.points) : []));
      const paragraphs = bodies[0]!.paragraphs;
      const ordered = slide.blocks.some((block) => block.kind === 'points' && block.ordered);
      // The sample numbers in Chinese: an ordered point starts with its number as text, （一）.
      const numbered = ordered ? points.map((text, i) => `（${chineseNumber(i + 1)}）${text}`) : points;
      expect(paragraphs.map((p) => p.text)).toEqual(numbered);
      for (const paragraph of paragraphs.filter((p) => p.level === 0))
        expect(paragraph.bullet).toBe(ordered ? 'none' : 'char');
    }
  });

  it('names an East Asian and a Latin face and zh-CN on every run of every slide, layout and notes page', () => {
    const parts = [...pptx.parts].filter(([name]) => /^ppt\/(slides|slideLayouts|notesSlides)\/[^/]+\.xml$/.test(name));
    let runs = 0;
    for (const [name, part] of parts) {
      for (const shape of shapesOf(part)) {
        for (const run of shape.paragraphs.flatMap((p) => p.runs)) {
          runs++;
          expect(run.eastAsian, `${name}: “${run.text}”`).toMatch(/^(微软雅黑|宋体)$/);
          expect(run.latin, `${name}: “${run.text}”`).toBeTruthy();
          expect(run.lang, `${name}: “${run.text}”`).toBe('zh-CN');
        }
      }
    }
    expect(runs).toBeGreaterThan(200);
  });

  it('sets the theme fonts for Chinese text too, so text typed later is in a Chinese face', () => {
    const fonts = xml(pptx.parts.get('ppt/theme/theme1.xml')!);
    for (const scheme of ['a:majorFont', 'a:minorFont']) {
      const ea = elements(elements(fonts, scheme)[0]!, 'a:ea')[0]!;
      expect(ea.attribs.typeface, scheme).toMatch(/^(微软雅黑|宋体)$/);
    }
  });

  it('has one section per part, named as the footer names it, holding the part’s slides', () => {
    const presentation = xml(pptx.parts.get('ppt/presentation.xml')!);
    const ids = elements(elements(presentation, 'p:sldIdLst')[0]!, 'p:sldId').map((id) => id.attribs.id);
    const found = elements(presentation, 'p14:section').map((section) => ({
      name: section.attribs.name,
      slides: elements(section, 'p14:sldId').map((id) => ids.indexOf(id.attribs.id) + 1),
    }));
    const { meta, parts } = deck.plan;
    const partNames = parts.map((part) => partHeading(part.number, part.title, meta.numbering));
    expect(found.map((s) => s.name)).toEqual([expect.any(String), ...partNames, expect.any(String)]);
    for (const part of parts) {
      const section = found.find((s) => s.name === partHeading(part.number, part.title, meta.numbering))!;
      expect(section.slides).toEqual(
        deck.plan.slides.filter((slide) => slide.part?.index === part.index).map((slide) => slide.number),
      );
    }
    expect(found.flatMap((s) => s.slides)).toEqual(deck.plan.slides.map((slide) => slide.number));
    expect(sections(deck.plan).map((s) => s.title)).toEqual(found.map((s) => s.name));
  });

  it('puts each slide’s notes on its notes page, paragraph by paragraph', () => {
    deck.plan.slides.forEach((slide, i) => {
      const notes = pptx.parts.get(`ppt/notesSlides/notesSlide${i + 1}.xml`)!;
      const body = shapesOf(notes).find((shape) => shape.placeholder === 'body')!;
      const text = body.paragraphs.map((p) => p.text).filter(Boolean);
      expect(text, `slide ${i + 1}`).toEqual(slide.notes ? slide.notes.text.split(/\n{2,}/) : []);
    });
  });

  it('numbers the pages with a slide-number field in the footer, with the part (but on dividers) and the event', () => {
    const slideWidth = Number(/<p:sldSz cx="(\d+)"/.exec(pptx.parts.get('ppt/presentation.xml')!)![1]);
    deck.plan.slides.forEach((slide, i) => {
      const runs = shapesOf(slides[i]!).flatMap((shape) => shape.paragraphs.flatMap((p) => p.runs));
      if (slide.kind === 'title') return expect(runs.some((run) => run.field)).toBe(false);
      const field = runs.find((run) => run.field === 'slidenum');
      expect(field?.text, `slide ${i + 1}`).toBe(String(slide.number));
      if (slide.part && slide.kind !== 'divider')
        expect(runs.map((run) => run.text)).toContain(
          partHeading(slide.part.number, slide.part.title, deck.plan.meta.numbering),
        );
    });
    // The event in the footer's middle of every slide but the title slide and the dividers, on one line.
    deck.plan.slides.forEach((slide, i) => {
      if (slide.kind === 'title' || slide.kind === 'divider') return;
      const event = shapesOf(slides[i]!).find((shape) => shape.paragraphs.some((p) => p.text === deck.plan.meta.event));
      expect(event, `slide ${i + 1}`).toBeDefined();
      expect(elements(event!.element, 'a:bodyPr')[0]!.attribs.wrap, `slide ${i + 1}`).toBe('none');
      // centred on the slide, as the deck's footer stands it
      const x = Number(elements(event!.element, 'a:off')[0]!.attribs.x);
      const cx = Number(elements(event!.element, 'a:ext')[0]!.attribs.cx);
      expect(Math.abs(x + cx / 2 - slideWidth / 2), `slide ${i + 1}`).toBeLessThan(2);
    });
  });

  it('carries the title, the speaker as author and the event as subject', () => {
    const core = xml(pptx.parts.get('docProps/core.xml')!);
    const text = (name: string) =>
      elements(core, name)[0]
        ?.children.map((node) => ('data' in node ? node.data : ''))
        .join('');
    expect(text('dc:title')).toBe(deck.plan.meta.title);
    expect(text('dc:creator')).toBe(deck.plan.meta.speaker);
    expect(text('dc:subject')).toBe(deck.plan.meta.event);
  });

  it('is a clean package: every part [Content_Types].xml names exists, and every entry is deflated', () => {
    const types = pptx.parts.get('[Content_Types].xml')!;
    const named = [...types.matchAll(/<Override PartName="\/([^"]+)"/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(slides.length);
    for (const part of named) expect(pptx.parts.has(part), part).toBe(true);
    expect(pptx.methods.size).toBe(pptx.parts.size);
    for (const [name, method] of pptx.methods) expect(method, name).toBe(8);
  });

  it('gives solid backgrounds their effect list and paints the full-field layouts with the theme’s gradient', () => {
    for (const [name, part] of pptx.parts) {
      for (const bg of part.match(/<p:bgPr>[\s\S]*?<\/p:bgPr>/g) ?? []) expect(bg, name).toContain('<a:effectLst/>');
    }
    const title = [...pptx.parts.values()].find((part) => part.includes('<p:cSld name="标题页"'))!;
    expect(title).toMatch(/<p:bgPr><a:gradFill/);
  });

  it('is 16:9, or 4:3 when the outline asks', async () => {
    expect(pptx.parts.get('ppt/presentation.xml')).toContain('<p:sldSz cx="12192000" cy="6858000"/>');
    const plan = { ...deck.plan, meta: { ...deck.plan.meta, aspect: '4:3' as const } };
    const square = await readPptx((await writePptx({ plan, theme: theme('light'), images: new Map() })).bytes);
    expect(square.parts.get('ppt/presentation.xml')).toContain('<p:sldSz cx="9144000" cy="6858000"/>');
  });
});
