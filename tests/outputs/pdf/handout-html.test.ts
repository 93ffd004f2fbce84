// The handout's pages as HTML, before any browser: which slides go on which page, and what each page says.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOutline } from '../../../src/outline/index.ts';
import { planDeck } from '../../../src/deck/index.ts';
import type { ContentSlide, Slide } from '../../../src/deck/index.ts';
import {
  PER_PAGE,
  frameSize,
  handoutDocument,
  handoutPages,
  paperPtPerPx,
  printedWide,
  printsWide,
  showsNotes,
  smallPrintOf,
  usesPaperType,
  wideFrameSize,
} from '../../../src/outputs/pdf/handout-html.ts';
import type { PerPage } from '../../../src/outputs/pdf/handout-html.ts';
import { ROOT, SAMPLE_OUTLINE } from '../../support/sample.ts';
import { FLOOR_SIZE, subPointSize } from '../../../src/deck/layout.ts';

const plan = planDeck(parseOutline(readFileSync(SAMPLE_OUTLINE, 'utf8'), 'slides/qunzhong.md'));

describe('the handout pages', () => {
  it.each(PER_PAGE)('puts %i slides a page, in order, on ceil(slides / per page) pages', (perPage) => {
    const pages = handoutPages(plan.slides, perPage, plan.meta.aspect);
    expect(pages.length).toBe(Math.ceil(plan.slides.length / perPage));
    expect(pages.flat().map((s) => s.number)).toEqual(plan.slides.map((s) => s.number));
  });

  it('shows notes only with 1 to 3 slides a page, and only when asked', () => {
    expect(showsNotes({ perPage: 3, notes: true })).toBe(true);
    expect(showsNotes({ perPage: 3, notes: false })).toBe(false);
    expect(showsNotes({ perPage: 4, notes: true })).toBe(false);
    expect(showsNotes({ perPage: 6, notes: true })).toBe(false);
  });

  it('gives every page the header and "第 N 页 / 共 M 页", and every slide an empty frame', () => {
    const html = handoutDocument(plan, { perPage: 3, notes: true }, []);
    expect(html.match(/class="sd-sheet"/g)).toHaveLength(7);
    expect(html.match(/<span class="sd-handout-title">提升做好新时代群众工作的能力<\/span>/g)).toHaveLength(7);
    expect(html).toContain('青年干部理论学习交流会');
    expect(html).toContain('2026年11月27日');
    for (let n = 1; n <= 7; n++) expect(html).toContain(`第 ${n} 页 / 共 7 页`);
    expect(html.match(/class="sd-slot" data-slide="\d+"/g)).toHaveLength(plan.slides.length);
  });

  it('leaves the page numbers out for a bound volume, which numbers its pages itself, and keeps the footer', () => {
    const html = handoutDocument(plan, { perPage: 3, notes: true, pageNumbers: false }, []);
    expect(html).not.toMatch(/第 \d+ 页 \/ 共/u);
    expect(html.match(/<footer class="sd-handout-footer"><\/footer>/g)).toHaveLength(7);
  });

  it('prints the notes as text beside their slide, and ruled space where a slide has none', () => {
    const html = handoutDocument(plan, { perPage: 3, notes: true }, []);
    // Beside the slide (3 a page) the notes wrap around its frame and run on under it.
    expect(html).toMatch(
      /<div class="sd-notes sd-wrap" data-slide="6"><div class="sd-frame">.*?<\/div><\/div><p>当前国内外问题相互激发/,
    );
    expect(handoutDocument(plan, { perPage: 1, notes: true }, [])).toContain(
      '<div class="sd-notes" data-slide="6"><p>当前国内外问题相互激发',
    );
    const noNotes = plan.slides.filter((s) => !s.notes).length;
    expect(html.match(/class="sd-lines"/g)).toHaveLength(noNotes);
    expect(handoutDocument(plan, { perPage: 3, notes: false }, [])).not.toContain('class="sd-notes"');
    expect(handoutDocument(plan, { perPage: 6, notes: true }, [])).not.toContain('当前国内外问题相互激发');
  });

  it('escapes what the outline says', () => {
    const risky = { ...plan, meta: { ...plan.meta, title: '<b>标题</b> & "引号"' } };
    const html = handoutDocument(risky, { perPage: 3, notes: true }, ['file:///fonts/a "b".css']);
    expect(html).toContain('&lt;b&gt;标题&lt;/b&gt; &amp; &quot;引号&quot;');
    expect(html).toContain('href="file:///fonts/a &quot;b&quot;.css"');
    expect(html).not.toContain('<b>标题</b>');
  });

  it('keeps a 4:3 slide as tall as a 16:9 one, so the page layout holds', () => {
    expect(frameSize(3, '16:9')).toEqual({ width: 119, height: 66.94 });
    expect(frameSize(3, '4:3')).toEqual({ width: 89.25, height: 66.94 });
  });
});

describe('slide text on paper at four and six slides a page', () => {
  const stress = planDeck(
    parseOutline(readFileSync(path.join(ROOT, 'tests/fixtures/layout/stress.md'), 'utf8'), 'stress.md'),
  );
  const pointsPt = (deck: typeof plan, perPage: PerPage) =>
    deck.slides
      .filter((slide): slide is ContentSlide => slide.kind === 'content' && slide.layout !== 'statement')
      .map((slide) => ({
        title: slide.title,
        pt: (usesPaperType(perPage) ? slide.paperSize : slide.typeSize) * paperPtPerPx(perPage, deck.meta.aspect),
      }));
  /** The sub-points' type on paper, slide by slide (the slides with sub-points; none at six a page, where the paper
   *  type sets them at 0.96 of their point: see the test there). */
  const subPointsPt = (deck: typeof plan, perPage: PerPage) =>
    deck.slides
      .filter(
        (slide): slide is ContentSlide =>
          slide.kind === 'content' &&
          slide.blocks.some((b) => b.kind === 'points' && b.points.some((p) => p.points.length)),
      )
      .map((slide) => ({
        title: slide.title,
        pt: subPointSize(slide.typeSize) * paperPtPerPx(perPage, deck.meta.aspect),
      }));

  /** The sample, the stress outline, a slide of nine points set at the floor and one of points with sub-points at the
   *  regular size, in the theme and aspect asked. */
  const crowdedSource = `---\ntitle: 小样\ntheme: red\n---\n\n## 很多要点\n\n${Array.from({ length: 9 }, (_, i) => `- 第${i + 1}条：总结推广基层的创新创造，带动更大范围的改革发展`).join('\n')}\n\n## 分层的要点\n\n${Array.from({ length: 5 }, (_, i) => `- 第${i + 1}条：总结推广基层的创新创造\n  - 带动更大范围的改革发展`).join('\n')}\n`;
  const decksIn = (theme: string, aspect: '16:9' | '4:3') =>
    [
      [readFileSync(SAMPLE_OUTLINE, 'utf8'), 'qunzhong.md'],
      [readFileSync(path.join(ROOT, 'tests/fixtures/layout/stress.md'), 'utf8'), 'stress.md'],
      [crowdedSource, 'talk.md'],
    ].map(([source, file]) =>
      planDeck(parseOutline(source!.replace(/^theme: red$/m, `theme: ${theme}\naspect: "${aspect}"`), file!)),
    );

  it.each([
    [1, 'red'],
    [2, 'red'],
    [3, 'red'],
    [1, 'light'],
    [2, 'light'],
    [3, 'light'],
  ] as const)(
    'prints %i a page (3, the default, the narrowest) in theme %s with every point and sub-point at 7 pt or more, even on a slide set at the floor',
    (perPage, theme) => {
      for (const aspect of ['16:9', '4:3'] as const) {
        for (const deck of decksIn(theme, aspect)) {
          expect(deck.meta.theme).toBe(theme);
          expect(deck.meta.aspect).toBe(aspect);
          for (const slide of pointsPt(deck, perPage)) expect(slide.pt, slide.title).toBeGreaterThanOrEqual(7);
          for (const slide of subPointsPt(deck, perPage))
            expect(slide.pt, `${slide.title}: sub-points`).toBeGreaterThanOrEqual(7);
        }
      }
      expect(FLOOR_SIZE * paperPtPerPx(perPage, '16:9')).toBeGreaterThanOrEqual(7);
      expect(FLOOR_SIZE * paperPtPerPx(perPage, '4:3')).toBeGreaterThanOrEqual(7);
    },
  );

  it('prints four a page on A4 landscape, slides 130 mm wide: every point at 7 pt or more', () => {
    expect(frameSize(4, '16:9').width).toBeGreaterThanOrEqual(130);
    expect(handoutDocument(plan, { perPage: 4, notes: false }, [])).toContain('@page { size: 297mm 210mm;');
    for (const deck of [plan, stress]) {
      for (const slide of pointsPt(deck, 4)) expect(slide.pt, slide.title).toBeGreaterThanOrEqual(7);
      for (const slide of subPointsPt(deck, 4)) expect(slide.pt, slide.title).toBeGreaterThanOrEqual(7);
    }
  });

  it('prints six a page in the slides’ paper type: 7 pt or more wherever a slide has room, as in all of the sample', () => {
    expect(usesPaperType(6)).toBe(true);
    for (const slide of pointsPt(plan, 6)) expect(slide.pt, slide.title).toBeGreaterThanOrEqual(7);
    // the stress outline's six long points have no room for larger type in a 92 mm cell: that slide gets a wide one,
    // where its points print at 7 pt
    const short = pointsPt(stress, 6)
      .filter((slide) => slide.pt < 7)
      .map((slide) => slide.title);
    // (and both parts of its long quote, continued on a （续） slide: shared out by height, set at one size, neither
    // has room for 7 pt in a cell)
    expect(short).toEqual(['六个长要点，每条都接近检查的长度上限', '总书记的嘱托', '总书记的嘱托（续）']);
    const wide = stress.slides.filter((slide) => printsWide(slide, 6, stress.meta.aspect));
    expect(wide.map((slide) => slide.title)).toEqual(short);
    const widePt = ((wideFrameSize('16:9').width / 25.4) * 72) / 1920;
    for (const slide of wide) expect((slide as ContentSlide).paperSize * widePt).toBeGreaterThanOrEqual(7);
    for (const slide of stress.slides) expect(smallPrintOf(slide, 6, stress.meta.aspect), slide.title).toEqual([]);
  });

  // A crowded slide has a row of the sheet to itself: in order, every slide once, at most three rows a sheet, a row of
  // two slides or of one printed wide (a crowded one, or one that would stand alone before it); a half row only at the
  // end.
  it.each(['16:9', '4:3'] as const)('lays six a page out in rows, a crowded slide a row of its own (%s)', (aspect) => {
    for (const deck of decksIn('light', aspect)) {
      const pages = handoutPages(deck.slides, 6, aspect);
      const printed = printedWide(deck.slides, 6, aspect);
      const isWide = (slide: Slide) => printed[deck.slides.indexOf(slide)]!;
      // printed wide: the crowded slides, and only beside them a slide that would stand alone just before one
      deck.slides.forEach((slide, index) => {
        if (printed[index] && !printsWide(slide, 6, aspect))
          expect(printsWide(deck.slides[index + 1]!, 6, aspect), `slide ${slide.number}`).toBe(true);
        if (printsWide(slide, 6, aspect)) expect(printed[index]).toBe(true);
      });
      // every slide once, in the talk's order
      expect(pages.flat().map((s) => s.number)).toEqual(deck.slides.map((s) => s.number));
      const allRows: Slide[][] = [];
      for (const page of pages) {
        const rows: Slide[][] = [];
        for (const slide of page) {
          const last = rows.at(-1);
          if (isWide(slide) || !last || last.length === 2 || isWide(last[0]!)) rows.push([slide]);
          else last.push(slide);
        }
        expect(rows.length).toBeLessThanOrEqual(3);
        allRows.push(...rows);
      }
      const halfRows = allRows.filter((row) => row.length === 1 && !isWide(row[0]!));
      expect(halfRows.every((row) => row === allRows.at(-1))).toBe(true);
      // full sheets but the last
      for (const page of pages.slice(0, -1)) {
        const wide = page.filter(isWide).length;
        expect(wide + Math.ceil((page.length - wide) / 2)).toBeGreaterThanOrEqual(3);
      }
      const html = handoutDocument(deck, { perPage: 6, notes: false }, []);
      const wide = deck.slides.filter(isWide);
      expect(html.match(/class="sd-cell sd-wide"/g) ?? []).toHaveLength(wide.length);
      for (const slide of wide)
        expect(html).toContain(
          `<div class="sd-cell sd-wide"><div class="sd-frame"><div class="sd-slot" data-slide="${slide.number}">`,
        );
    }
    // the crowded outline's nine points at the floor are wide; the sample has none
    expect(decksIn('light', aspect)[2]!.slides.some((slide) => printsWide(slide, 6, aspect))).toBe(true);
    expect(handoutPages(plan.slides, 6, plan.meta.aspect)).toHaveLength(Math.ceil(plan.slides.length / 6));
  });

  // (a row opened just before a wide slide held one slide and left the other half of the row empty)
  it('prints a slide that would stand alone in its row before a wide slide wide too, the order kept, a half row only at the end', () => {
    const crowded = `## 六个长要点\n\n${Array.from({ length: 6 }, () => '- 坚持以人民为中心的发展思想，把群众利益放在首位').join('\n')}\n`;
    const slide = (title: string) => `## ${title}\n\n- 要点\n`;
    // title, 甲, wide, wide, 乙, 丙, wide, 丁, closing
    const body = [slide('甲'), crowded, crowded, slide('乙'), slide('丙'), crowded, slide('丁')].join('\n');
    const deck = planDeck(parseOutline(`---\ntitle: 讲义\n---\n\n${body}`, 'talk.md'));
    expect(deck.slides.map((s) => printsWide(s, 6, '16:9'))).toEqual([
      false,
      false,
      true,
      true,
      false,
      false,
      true,
      false,
      false,
    ]);
    const rows = (slides: Slide[]) => {
      const wide = printedWide(slides, 6, '16:9');
      return handoutPages(slides, 6, '16:9').map((page) => {
        const out: number[][] = [];
        for (const s of page) {
          const last = out.at(-1);
          const at = slides.indexOf(s);
          if (wide[at] || !last || last.length === 2 || wide[slides.findIndex((one) => one.number === last[0])])
            out.push([s.number]);
          else last.push(s.number);
        }
        return out.map((row) => row.join(' '));
      });
    };
    // rows of two fill up before each wide slide as they are: nothing changes
    expect(printedWide(deck.slides, 6, '16:9')).toEqual(deck.slides.map((s) => printsWide(s, 6, '16:9')));
    expect(rows(deck.slides)).toEqual([
      ['1 2', '3', '4'],
      ['5 6', '7', '8 9'],
    ]);
    // a single slide before the wide one prints wide itself, and every slide keeps its place
    const shifted = [deck.slides[0]!, ...deck.slides.slice(2)];
    expect(printedWide(shifted, 6, '16:9')).toEqual([true, true, true, false, false, true, false, false]);
    expect(rows(shifted)).toEqual([
      ['1', '3', '4'],
      ['5 6', '7', '8 9'],
    ]);
    expect(rows([deck.slides[0]!, deck.slides[2]!])).toEqual([['1', '3']]);
    // at the end, with nothing after it, a row of one stays as it is
    expect(printedWide(deck.slides.slice(0, 2), 6, '16:9')).toEqual([false, false]);
    expect(rows([deck.slides[0]!, deck.slides[1]!, deck.slides[4]!])).toEqual([['1 2', '5']]);
  });
});
