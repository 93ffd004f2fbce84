// Nothing is cut off: every point of a dense outline, in both themes and aspects, is in the slides PDF's text and the
// handout's (read by pdftotext, as a reader's software reads them) and in the PowerPoint's slides (their text runs),
// the sixth of six long points on a 4:3 slide included; and every note is in the script.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOutputs } from '../../../src/outputs/index.ts';
import type { OutputReporter } from '../../../src/outputs/index.ts';
import { parseOutline } from '../../../src/outline/index.ts';
import { planDeck } from '../../../src/deck/index.ts';
import { partHeading } from '../../../src/deck/index.ts';
import type { ContentSlide } from '../../../src/deck/index.ts';
import { isCards, isTable } from '../../../src/deck/layout.ts';
import type { Block } from '../../../src/outline/types.ts';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { squash } from '../../support/pdf.ts';
import { smallOnPaperFindings } from '../../../src/check/handout.ts';
import { printsWide } from '../../../src/deck/handout-layout.ts';
import { readPptx, shapesOf, slideNames } from '../../support/pptx.ts';

const SIX_LONG = [
  '坚持以人民为中心的发展思想，把群众利益放在首位，始终同以习近平同志为核心的党中央保持高度一致',
  '从群众最关心最直接最现实的利益问题入手抓落实，推动基层党组织建设全面进步全面过硬',
  '建立健全直接联系群众的常态化机制，经常走访基层，倾听群众呼声，回应群众关切',
  '依法依规解决群众合理诉求，让群众感受到公平正义，坚持和发展新时代枫桥经验',
  '用好新媒体平台，设置群众关心的话题，增进政治认同、思想认同、情感认同',
  '总结推广基层创新创造，带动更大范围的改革和发展，发展全过程人民民主',
];

/** What the speaker says on three of the slides: long paragraphs, so the script runs over more than one page. */
const NOTES = [
  `${SIX_LONG[0]}。${SIX_LONG[1]}。\n\n${SIX_LONG[2]}。${SIX_LONG[3]}。`,
  `${SIX_LONG[4]}，${SIX_LONG[5]}。${SIX_LONG[0]}。\n\n${SIX_LONG[1]}。`,
  `${SIX_LONG.join('；')}。`,
];

const notes = (i: number) => `::: notes\n${NOTES[i]}\n:::\n`;

const LONG_TABLE = longTable();

/** A long point: the six long ones as its sentences, twice. */
const LONG_POINT = [...SIX_LONG, ...SIX_LONG].map((p, i) => `第${i + 1}句${p}。`).join('');
/** Sub-points too many for one slide. */
const SUB_LIST = Array.from({ length: 14 }, (_, i) => `第${i + 1}条细则：${SIX_LONG[i % 6]!.slice(0, 30)}`);

/** A second part: what the slides set in fixed sizes on paper (cards' titles, a quote's attribution, a table). */
const SECOND_PART = [
  '# 第二部分 扎实推动基层治理现代化',
  '## 四张卡片\n\n- **政治上**：增强四个意识\n- **思想上**：做到学思践悟\n- **组织上**：全面进步全面过硬\n- **作风上**：力戒形式主义',
  '## 引文\n\n> 江山就是人民，人民就是江山。\n> —— 习近平',
  '## 民生实事\n\n| 项目 | 2023年 | 2024年 | 增长 |\n| --- | --- | --- | --- |\n| 老旧小区改造（个） | 1200 | 1450 | 20.8% |\n| 城乡居民医保参保率 | 96.5% | 97.2% | 0.7% |\n| 群众满意度 | 92.0% | 95.3% | 3.6% |',
  `## 二十项民生实事\n\n| 序号 | 项目 | 完成（个） |\n| --- | --- | --- |\n${LONG_TABLE.map(([n, item, done]) => `| ${n} | ${item} | ${done} |`).join('\n')}`,
  // points too long for a slide alone, continued: its sentences, its sub-points, the sentences of a quote inside it,
  // a card's words
  `## 一个很长的要点\n\n1. 短的要点\n2. ${LONG_POINT}\n3. 后面的要点`,
  `## 很多子要点\n\n1. 有很多子要点的要点\n${SUB_LIST.map((sub) => `   - ${sub}`).join('\n')}\n2. 后面的要点`,
  `## 要点里的引文\n\n1. 领导的讲话\n\n${SIX_LONG.map((p) => `   > ${p}。${p}。`).join('\n   >\n')}\n2. 后面的要点`,
  `## 很长的卡片\n\n- **长卡片**：${LONG_POINT}\n- **短卡片**：增强四个意识`,
].join('\n\n');

/** A dozens of rows table, too long for a slide: continued on （续） slides, its header on each. */
function longTable(): [string, string, string][] {
  return Array.from({ length: 20 }, (_, i) => [
    String(i + 1),
    `${['老旧小区改造', '便民服务点建设', '背街小巷整治', '养老助餐点'][i % 4]}第${i + 1}批`,
    String(100 + i * 13),
  ]);
}

/** A dense outline: six long points, ten numbered ones, points with sub-points, a paragraph before points; notes; an
 *  organisation and a speaker on the title slide, two parts (so an agenda), cards, a quote and a table. */
function dense(theme: string, aspect: string, numbering: 'chinese' | 'arabic' = 'chinese'): string {
  const ten = Array.from({ length: 10 }, (_, i) => `${i + 1}. 第${i + 1}项：${SIX_LONG[i % 6]!.slice(0, 24)}`).join(
    '\n',
  );
  const nested = SIX_LONG.map((p, i) => `- ${p.slice(0, 20)}\n  - 子项${i + 1}：${p.slice(20, 36)}`).join('\n');
  return [
    `---\ntitle: 坚持以人民为中心推动基层治理现代化\ntheme: ${theme}\naspect: "${aspect}"\nevent: 2025年度处级干部党性教育专题培训班交流研讨会\ndate: 2025-06-18\norganization: 中共某某区委组织部\nspeaker: 吉𠮷䶮\nnumbering: ${numbering}\n---\n`,
    '# 第一部分 关于新时代基层党建工作的思考',
    `## 六个长要点\n\n${SIX_LONG.map((p) => `- ${p}`).join('\n')}\n\n${notes(0)}`,
    `## 十项任务\n\n${ten}\n\n${notes(1)}`,
    `## 分层的要点\n\n${nested}\n`,
    `## 一段话和要点\n\n${SIX_LONG.slice(0, 2).join('。')}。\n\n${SIX_LONG.slice(2)
      .map((p) => `- ${p}`)
      .join('\n')}\n\n${notes(2)}`,
    SECOND_PART,
  ].join('\n');
}

/** Says nothing; keeps each output's file by the output's name. */
const quietly = (files: Map<string, string>): OutputReporter => ({
  step: (_label, work) => work(() => undefined),
  made: (output, told) => {
    for (const one of told) files.set(output.name, one.path);
  },
});

let work: string;
beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'speechdeck-lost-'));
});
afterAll(async () => {
  if (work) await fs.rm(work, { recursive: true, force: true });
});

const text = (pdf: string) => squash(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));

/** Each PowerPoint slide's text: its text runs, joined per slide, as a reader of the slide XML finds them. */
async function pptxSlideTexts(file: string): Promise<string[]> {
  const { parts } = await readPptx(await fs.readFile(file));
  return slideNames(parts).map((name) =>
    squash(
      shapesOf(parts.get(name)!)
        .flatMap((shape) => shape.paragraphs.map((p) => p.text))
        .join(''),
    ),
  );
}

/** The size in points of each piece of text on the PDF's pages, as pdf.js reads it (its text matrix's vertical scale). */
async function textSizes(file: string): Promise<Array<{ text: string; pt: number }>> {
  const data = new Uint8Array(await fs.readFile(file));
  const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const sizes: Array<{ text: string; pt: number }> = [];
  for (let n = 1; n <= doc.numPages; n++) {
    for (const item of (await (await doc.getPage(n)).getTextContent()).items) {
      if ('str' in item && item.str.trim())
        sizes.push({ text: squash(item.str), pt: Math.hypot(item.transform[2]!, item.transform[3]!) });
    }
  }
  await doc.destroy();
  return sizes;
}

/** The handout's ruled lines (#c4c4c4, as mutool traces the page), their heights in pt on the page, in runs: one
 *  run for each ruled space (its lines share a left edge and follow one another down the page). */
function ruledLines(pdf: string): number[][] {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  const runs: number[][] = [];
  for (let page = 1; page <= pages; page++) {
    const trace = execFileSync('mutool', ['trace', pdf, String(page)], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const spaces = new Map<string, number[]>();
    for (const m of trace.matchAll(
      /<(?:stroke|fill)_path [^>]*color=".7686 .7686 .7686"[^>]*transform="([^"]+)">\s*<moveto x="([^"]+)" y="([^"]+)"/g,
    )) {
      const [a, , , d, e, f] = m[1]!.split(' ').map(Number);
      const left = (a! * Number(m[2]) + e!).toFixed(1);
      spaces.set(`${left}`, [...(spaces.get(left) ?? []), d! * Number(m[3]) + f!]);
    }
    for (const ys of spaces.values()) {
      // a space's lines one under another; the next cell's space (same left edge) starts after a gap of a row
      const sorted = [...new Set(ys)].sort((x, y) => x - y);
      let run: number[] = [];
      for (const y of sorted) {
        if (run.length && y - run.at(-1)! > 40) {
          runs.push(run);
          run = [];
        }
        run.push(y);
      }
      if (run.length) runs.push(run);
    }
  }
  return runs.filter((run) => run.length > 1);
}

describe.each([
  ['red', '16:9'],
  ['red', '4:3'],
  ['light', '16:9'],
  ['light', '4:3'],
])('a dense outline in theme %s at %s', (theme, aspect) => {
  let outline: string;
  /** The outline printed six a page: numbers in discs (1 2 3) in the light theme, in words (（一）) in the red one. */
  let sixOutline: string;
  const numbering = theme === 'light' ? 'arabic' : 'chinese';
  const files = new Map<string, string>();
  /** The handout at six a page, where the slides print in their paper type. */
  const sixAPage = new Map<string, string>();

  beforeAll(async () => {
    const dir = path.join(work, `${theme}-${aspect.replace(':', 'x')}`);
    await fs.mkdir(dir, { recursive: true });
    outline = path.join(dir, 'dense.md');
    await fs.writeFile(outline, dense(theme, aspect));
    sixOutline = path.join(dir, 'dense-six.md');
    await fs.writeFile(sixOutline, dense(theme, aspect, numbering));
    const dist = path.join(dir, 'dist');
    await makeOutputs(
      { outlines: [outline], dist: () => dist, outputs: ['slides', 'handout', 'script', 'pptx'] },
      quietly(files),
    );
    expect([...files.keys()]).toEqual(expect.arrayContaining(['slides', 'handout', 'script', 'pptx']));
    await makeOutputs(
      {
        outlines: [sixOutline],
        dist: () => path.join(dir, 'six'),
        outputs: ['handout'],
        handout: { perPage: 6, notes: false },
      },
      quietly(sixAPage),
    );
  }, 300_000);

  const planned = async (made = files) =>
    planDeck(parseOutline(await fs.readFile(made === sixAPage ? sixOutline : outline, 'utf8'), 'dense.md'));
  // (a card shows its lead phrase as its title, apart from the words after its colon)
  const ownText = (b: Block, text: string) =>
    isCards(b) ? text.replace(/^([^：:]+)[：:]/, '$1\n').split('\n') : [text];
  // (the PowerPoint's tables are not text shapes: its own tests read them)
  const pointsOf = (slide: ContentSlide, tables = true) =>
    slide.blocks
      .filter((b) => tables || !isTable(b))
      .flatMap((b) =>
        b.kind === 'points'
          ? b.points.flatMap((p) => [...ownText(b, p.text), ...p.points.map((c) => c.text)])
          : [b.text],
      );

  it('shows every point and sub-point in the slides PDF and the handout', async () => {
    const plan = await planned();
    const written = plan.slides
      .filter((s): s is ContentSlide => s.kind === 'content')
      .flatMap((slide) => pointsOf(slide));
    expect(written).toContain(SIX_LONG[5]);
    for (const pdf of [files.get('slides')!, files.get('handout')!]) {
      const shown = text(pdf);
      expect(
        written.filter((t) => !shown.includes(squash(t))),
        path.basename(pdf),
      ).toEqual([]);
    }
  });

  it('shows every row of a table too long for one slide in the slides PDF, the handout and the PowerPoint', async () => {
    const plan = await planned();
    const continued = plan.slides.filter((slide) => slide.title.startsWith('二十项民生实事'));
    expect(continued.length).toBeGreaterThan(1);
    const rows = LONG_TABLE.map((row) => squash(row.join('')));
    for (const pdf of [files.get('slides')!, files.get('handout')!])
      expect(
        rows.filter((row) => !text(pdf).includes(row)),
        path.basename(pdf),
      ).toEqual([]);
    // (the PowerPoint's tables are tables of cells, not text shapes: their runs read from the slides' XML)
    const { parts } = await readPptx(await fs.readFile(files.get('pptx')!));
    const runs = slideNames(parts)
      .map((name) => [...String(parts.get(name)).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(''))
      .join('');
    expect(LONG_TABLE.filter(([, item]) => !runs.includes(item))).toEqual([]);
  });

  it('shows every point and sub-point on its own slide of the PowerPoint', async () => {
    const plan = await planned();
    const slides = await pptxSlideTexts(files.get('pptx')!);
    expect(slides).toHaveLength(plan.slides.length);
    const missing = plan.slides.flatMap((slide, i) =>
      slide.kind === 'content'
        ? pointsOf(slide, false)
            .filter((t) => !slides[i]!.includes(squash(t)))
            .map((t) => `${i + 1}: ${t}`)
        : [],
    );
    expect(missing).toEqual([]);
    expect(slides.join('')).toContain(squash(SIX_LONG[5]!));
  });

  it('prints every paragraph of every note in the script', async () => {
    const plan = await planned();
    const paragraphs = plan.slides.flatMap((slide) => slide.notes?.text.split(/\n\s*\n/) ?? []).map(squash);
    expect(paragraphs.length).toBeGreaterThanOrEqual(5);
    const shown = text(files.get('script')!);
    expect(paragraphs.filter((p) => !shown.includes(p))).toEqual([]);
  });

  // The handout's minimum (SLIDE_TEXT_PT) holds for all the slides' body text, sub-points (set smaller than their
  // point, never below the floor) included, and for the notes printed beside them.
  it('prints the points, sub-points and notes in the handout (3 a page, the default) at 7 pt or more', async () => {
    const plan = await planned();
    const content = plan.slides.filter((s): s is ContentSlide => s.kind === 'content');
    const subPoints = content
      .flatMap((slide) => slide.blocks.flatMap((b) => (b.kind === 'points' ? b.points.flatMap((p) => p.points) : [])))
      .map((sub) => squash(sub.text))
      .join('\n');
    const body = content
      .flatMap((slide) => pointsOf(slide))
      .map(squash)
      .join('\n');
    const notes = plan.slides.map((slide) => squash(slide.notes?.text ?? '')).join('\n');
    const printed = (await textSizes(files.get('handout')!)).filter(
      (piece) => piece.text.length >= 2 && (body.includes(piece.text) || notes.includes(piece.text)),
    );
    expect(printed.length).toBeGreaterThan(20);
    expect(printed.filter((piece) => subPoints.includes(piece.text)).length).toBeGreaterThan(3);
    expect(printed.filter((piece) => piece.pt < 7).map((piece) => `${piece.pt.toFixed(2)} pt: ${piece.text}`)).toEqual(
      [],
    );
  });

  // Every slide carries a footer (its part's name and its page number) and the title slide the event and date: on
  // paper they are slide text like the points, under the same floor, at 3 a page (the default, the narrowest of 1–4)
  // and at 6 a page.
  it.each([
    ['3 a page', files],
    ['6 a page', sixAPage],
  ])('prints the slides’ footers and the title slide’s event and date at 7 pt or more (%s)', async (_, made) => {
    const plan = await planned(made);
    const parts = plan.slides.flatMap((slide) =>
      slide.part ? [squash(partHeading(slide.part.number, slide.part.title, plan.meta.numbering)).slice(0, 6)] : [],
    );
    const event = squash(plan.meta.event!).slice(0, 6);
    const printed = await textSizes(made.get('handout')!);
    const footers = printed.filter(
      (piece) => /^第\d+页$/.test(piece.text) || parts.some((part) => piece.text.startsWith(part)),
    );
    expect(footers.filter((piece) => /^第\d+页$/.test(piece.text)).length).toBe(plan.slides.length - 1);
    expect(footers.length).toBeGreaterThan(plan.slides.length);
    const meeting = printed.filter((piece) => piece.text.startsWith(event) || piece.text.includes('年6月18日'));
    expect(meeting.length).toBeGreaterThan(0);
    expect(
      [...footers, ...meeting]
        .filter((piece) => piece.pt < 7)
        .map((piece) => `${piece.pt.toFixed(2)} pt: ${piece.text}`),
    ).toEqual([]);
  });

  // Six a page prints each slide in the larger type it has room for (the paper type): a sub-point as large as its
  // point, so that it is at 7 pt wherever its point is (and the handout names the slides where the points are not).
  it('prints every sub-point as large as its point at 6 a page', async () => {
    const plan = await planned(sixAPage);
    // (in the order they are drawn: a sub-point's first line comes right after its point's lines, whose words the
    // dense outline's other slides repeat)
    const printed = await textSizes(sixAPage.get('handout')!);
    const pairs = plan.slides
      .filter((s): s is ContentSlide => s.kind === 'content')
      .flatMap((slide) => slide.blocks.flatMap((b) => (b.kind === 'points' ? b.points : [])))
      // (the rest of a point continued on a slide of its sub-points alone: its words are on the slide before)
      .filter((point) => point.text)
      .flatMap((point) => point.points.map((sub) => ({ point: squash(point.text), sub: squash(sub.text) })))
      // (the long sub-list is set as the other sub-points are; pdf.js cuts some of its first lines into pieces that
      // this search, from a sub-point's start, does not find)
      .filter(({ sub }) => !SUB_LIST.map(squash).includes(sub));
    expect(pairs.length).toBeGreaterThan(3);
    for (const { point, sub } of pairs) {
      const at = printed.findIndex((piece) => piece.text.length >= 4 && sub.startsWith(piece.text));
      const own = printed.slice(0, at).findLast((piece) => piece.text.length >= 4 && point.includes(piece.text));
      expect(at >= 0 && own !== undefined, `${point} / ${sub}`).toBe(true);
      const subPt = printed[at]!.pt;
      expect(subPt, `${sub}: ${subPt.toFixed(2)} pt under its point's ${own!.pt.toFixed(2)} pt`).toBeGreaterThanOrEqual(
        own!.pt - 0.01,
      );
    }
  });
  // Six a page: every piece of text prints at 7 pt or more: the agenda, the title slide's organisation and speaker,
  // the divider's caption, card titles, a quote's attribution, the （续） mark set at the paper floor; the numbers in
  // discs; and the body of a slide too full for its 92 mm cell (six long points, ten tasks, the 4:3 table), which has
  // a row of the sheet to itself, 119 mm wide. So the handout's finding names none.
  it('prints all text at 6 a page at 7 pt or more, a crowded slide in a wide cell', async () => {
    const plan = await planned(sixAPage);
    expect(smallOnPaperFindings(plan, 'dense.md', 6)).toEqual([]);
    const wide = plan.slides.filter((slide) => printsWide(slide, 6, plan.meta.aspect));
    expect(wide.map((slide) => slide.title)).toContain('六个长要点');
    const printed = await textSizes(sixAPage.get('handout')!);
    expect(printed.some((piece) => piece.text.includes('中共某某区委组织部'))).toBe(true);
    if (numbering === 'arabic') expect(printed.some((piece) => piece.text === '10')).toBe(true);
    expect(printed.filter((piece) => piece.pt < 7).map((piece) => `${piece.pt.toFixed(2)} pt: ${piece.text}`)).toEqual(
      [],
    );
  });
  // The ruled space beside and under the slides that have no notes: hairlines a handwriting pitch apart, every gap
  // the same (drawn as CSS borders they were snapped to whole pixels, 31 or 32 px apart).
  it.each([
    ['3 a page', files],
    ['6 a page', sixAPage],
  ])('rules the space for notes evenly, 8 mm apart (%s)', (_, made) => {
    const rules = ruledLines(made.get('handout')!);
    expect(rules.length).toBeGreaterThan(3);
    const gaps = rules.flatMap((run) => run.slice(1).map((y, i) => y - run[i]!));
    expect(gaps.length).toBeGreaterThan(3);
    const pitch = (8 / 25.4) * 72;
    expect(gaps.filter((gap) => Math.abs(gap - pitch) > 0.01).map((gap) => gap.toFixed(3))).toEqual([]);
  });
});
