// The speaker's script as HTML, before any browser: order, markers, times from the timing module.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { parseOutline } from '../../../src/outline/index.ts';
import { formatMinutes, planDeck, spokenSeconds } from '../../../src/deck/index.ts';
import {
  cssString,
  phrasedNotes,
  scriptDocument,
  scriptHeadings,
  scriptSections,
  slideMarker,
} from '../../../src/outputs/pdf/script-html.ts';
import { SAMPLE_OUTLINE } from '../../support/sample.ts';
import { THEMES_DIR } from '../../../src/files/paths.ts';

const plan = planDeck(parseOutline(readFileSync(SAMPLE_OUTLINE, 'utf8'), 'slides/qunzhong.md'));
const html = scriptDocument(plan, []);

describe('the script document', () => {
  it('marks every slide, in order, with its page and title', () => {
    expect(slideMarker(plan.slides[5]!)).toBe('【第 6 页 · 看清群众工作对象的新变化】');
    let at = 0;
    for (const slide of plan.slides) {
      const next = html.indexOf(`<h2 class="sd-marker">${slideMarker(slide)}</h2>`, at);
      expect(next, slideMarker(slide)).toBeGreaterThan(at);
      at = next;
    }
  });

  it('has every note after its marker', () => {
    for (const slide of plan.slides.filter((s) => s.notes)) {
      const marker = html.indexOf(slideMarker(slide));
      expect(html.indexOf(phrasedNotes(slide.notes, plan.meta), marker)).toBeGreaterThan(marker);
    }
  });

  it('groups the slides by part, with a heading and the time of each part', () => {
    const sections = scriptSections(plan);
    expect(sections.filter((s) => s.part).map((s) => s.part!.title)).toEqual(plan.parts.map((p) => p.title));
    for (const part of plan.parts) {
      const seconds = plan.slides
        .filter((s) => s.part?.index === part.index)
        .reduce((sum, s) => sum + spokenSeconds(s.notes?.text ?? '', plan.meta.pace), 0);
      expect(html).toContain(`本部分预计 ${formatMinutes(seconds)}`);
    }
  });

  it('gives the total time the timing module computes, and the time allowed', () => {
    const total = plan.slides.reduce((sum, s) => sum + spokenSeconds(s.notes?.text ?? '', plan.meta.pace), 0);
    expect(html).toContain(`预计用时 ${formatMinutes(total)}（按每分钟 220 字）`);
    expect(html).toContain('限时 6 分钟');
  });

  it('lists its headings in the order the PDF outline will', () => {
    const headings = scriptHeadings(plan).map((h) => h.title);
    expect(headings[0]).toBe('【第 1 页 · 提升做好新时代群众工作的能力】');
    expect(headings).toContain('一、紧跟时代步伐，把群众变化把握得更准');
    expect(headings.length).toBe(plan.slides.length + plan.parts.length);
  });

  it('puts page numbers (its stylesheet) and the running title (its own rule, safely quoted) in the page margins', () => {
    expect(readFileSync(path.join(THEMES_DIR, '_script.css'), 'utf8')).toContain(
      'content: "第 " counter(page) " 页 / 共 " counter(pages) " 页"',
    );
    expect(html).toContain(`@top-left { content: ${cssString(plan.meta.title)}; }`);
    expect(cssString('a"b\\c</style>')).toBe('"a\\22 b\\5c c\\3c /style\\3e "');
  });
});
