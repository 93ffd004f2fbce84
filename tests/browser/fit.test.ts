// The fit decision (src/deck/fit.ts) against Chromium's own layout: generated outlines of every density, in both
// aspects and both themes, built and measured slide by slide. Where the plan says a slide fits (as written, smaller
// or continued), the browser must find nothing past the body or over the footer.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { buildDeck } from '../../src/outputs/deck/folder.ts';
import type { SlideMeasure } from '../../src/check/layout.ts';
import type { ContentSlide, Slide } from '../../src/deck/index.ts';
import { closeBrowser, launchBrowser } from '../../src/outputs/browser/launch.ts';
import { measureLayout } from '../../src/outputs/layout.ts';
import { prng } from '../support/prng.ts';
import { ROOT } from '../support/sample.ts';

const IMAGES = path.join(ROOT, 'tests/fixtures/layout/images');
const VARIANTS = [
  { theme: 'red', aspect: '16:9', seed: 11 },
  { theme: 'light', aspect: '16:9', seed: 12 },
  { theme: 'red', aspect: '4:3', seed: 13 },
  { theme: 'light', aspect: '4:3', seed: 14 },
] as const;

const PHRASES = [
  '坚持以人民为中心的发展思想',
  '把群众利益放在首位',
  '从群众最关心最直接最现实的利益问题入手',
  '建立健全直接联系群众的常态化机制',
  '依法依规解决群众合理诉求',
  '让群众感受到公平正义',
  '用好新媒体平台设置议题',
  '总结推广基层创新创造',
  '推动基层党组织建设全面进步全面过硬',
  '始终同以习近平同志为核心的党中央保持高度一致',
  '发展全过程人民民主',
  '坚持和发展新时代“枫桥经验”',
  '完成12345热线工单3,864件',
  '推进AI赋能政务服务',
  '打通服务群众“最后一公里”',
];

/** A point of `clauses` phrases, joined as a writer joins them. */
function sentence(random: ReturnType<typeof prng>, clauses: number): string {
  const parts = Array.from({ length: clauses }, () => random.pick(PHRASES));
  return parts.map((part, i) => (i === 0 ? part : `${random.pick(['，', '，', '、', '；'])}${part}`)).join('');
}

/** An outline of many slides of random density: 1–12 points of 1–4 phrases, sub-points, numbered lists, cards,
 *  paragraphs, points beside a picture, long titles. */
function generated(seed: number, theme: string, aspect: string): string {
  const random = prng(seed);
  const slides: string[] = [];
  for (let i = 0; i < 36; i++) {
    const title =
      random.next() < 0.25 ? `第${i + 1}页：${sentence(random, 2)}` : `第${i + 1}页 ${random.pick(PHRASES)}`;
    const count = random.int(1, 12);
    const kind = random.next();
    const points = Array.from({ length: count }, () => sentence(random, random.int(1, 4)));
    let body: string;
    if (kind < 0.15 && count >= 2) {
      body = points
        .slice(0, Math.min(4, count))
        .map((p, k) => `- **${['政治上', '思想上', '工作上', '作风上'][k]}**：${p}`)
        .join('\n');
    } else if (kind < 0.3) {
      body = points.map((p) => `1. ${p}`).join('\n');
    } else if (kind < 0.45) {
      body = points.map((p) => `- ${p}\n  - ${sentence(random, 1)}\n  - ${sentence(random, 2)}`).join('\n');
    } else if (kind < 0.55) {
      body = `![现场](images/${random.pick(['landscape.png', 'portrait.png'])})\n\n${points.map((p) => `- ${p}`).join('\n')}`;
    } else if (kind < 0.65) {
      body = `${sentence(random, 3)}。\n\n${points.map((p) => `- ${p}`).join('\n')}`;
    } else {
      body = points.map((p) => `- ${p}`).join('\n');
    }
    slides.push(`## ${title}\n\n${body}\n`);
  }
  return `---\ntitle: 生成的提纲\ntheme: ${theme}\naspect: "${aspect}"\nnumbering: ${random.pick(['chinese', 'arabic'])}\nevent: 2025年度青年干部理论学习交流会\n---\n\n# 第一部分\n\n${slides.join('\n')}`;
}

/** An outline of tables of every shape: 2–7 columns, 1–30 rows, names, figures, years and units, long and short. */
function tables(seed: number, theme: string, aspect: string): string {
  const random = prng(seed);
  const cell = (column: number): string => {
    const kind = random.next();
    if (column === 0) return random.pick(PHRASES).slice(0, random.int(2, 16));
    if (kind < 0.4) return `${random.int(1, 99_999).toLocaleString('en-US')}`;
    if (kind < 0.6) return `${random.int(1, 99)}.${random.int(0, 9)}%`;
    if (kind < 0.75) return `${random.int(1, 9)}.${random.int(0, 9)}个百分点`;
    return random.pick(PHRASES).slice(0, random.int(2, 12));
  };
  const heads = ['指标', '2023年', '2024年', '2025年', '增幅', '备注说明', '完成率（%）', '责任单位'];
  const slides = Array.from({ length: 16 }, (_, i) => {
    const columns = random.int(2, 7);
    const rows = random.int(1, 30);
    const head = `| ${heads.slice(0, columns).join(' | ')} |\n|${' --- |'.repeat(columns)}`;
    const body = Array.from(
      { length: rows },
      () => `| ${Array.from({ length: columns }, (_, c) => cell(c)).join(' | ')} |`,
    ).join('\n');
    return `## 第${i + 1}张表\n\n${head}\n${body}\n`;
  });
  return `---\ntitle: 表格\ntheme: ${theme}\naspect: "${aspect}"\nevent: 2025年度青年干部理论学习交流会\n---\n\n# 第一部分\n\n${slides.join('\n')}`;
}

let browser: Browser;
let work: string;

beforeAll(async () => {
  browser = await launchBrowser();
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'speechdeck-fit-'));
});

afterAll(async () => {
  if (browser) await closeBrowser(browser);
  if (work) await fs.rm(work, { recursive: true, force: true });
});

describe.each(VARIANTS)('the fit decision against Chromium, $theme $aspect', ({ theme, aspect, seed }) => {
  let slides: Slide[];
  let measures: SlideMeasure[];

  let tableSlides: Slide[];
  let tableMeasures: SlideMeasure[];

  beforeAll(async () => {
    const dir = path.join(work, `${theme}-${aspect.replace(':', 'x')}`);
    await fs.cp(IMAGES, path.join(dir, 'images'), { recursive: true });
    const outline = path.join(dir, 'generated.md');
    await fs.writeFile(outline, generated(seed, theme, aspect));
    const tablesOutline = path.join(dir, 'tables.md');
    await fs.writeFile(tablesOutline, tables(seed, theme, aspect));
    const tablesBuilt = await buildDeck(tablesOutline, path.join(dir, 'tables-dist'));
    tableSlides = tablesBuilt.deck.plan.slides;
    tableMeasures = await measureLayout(browser, tablesBuilt);
    const built = await buildDeck(outline, path.join(dir, 'dist'));
    slides = built.deck.plan.slides;
    measures = await measureLayout(browser, built);
    expect(pathToFileURL(built.indexHtml).href).toMatch(/^file:/);
  }, 180_000);

  it('never says a slide fits where the browser finds it running over', () => {
    // (2 px for the browser's rounding)
    const wrong = measures
      .filter(
        (m) =>
          m.overflow && (m.overflow.bottom > 2 || m.overflow.right > 0 || m.overflow.top > 0 || m.overflow.left > 0),
      )
      .map((m) => slides[m.index]!)
      .filter((slide) => slide.kind !== 'content' || slide.fit !== 'too-long')
      .map(
        (slide) =>
          `${slide.number} “${slide.title}” (${slide.kind === 'content' ? `${slide.fit} at ${slide.typeSize}px` : slide.kind})`,
      );
    expect(wrong).toEqual([]);
  });

  it('never says a table fits where the browser finds it running over, and continues long tables', () => {
    const wrong = tableMeasures
      .filter((m) => m.overflow && (m.overflow.bottom > 2 || m.overflow.right > 0))
      .map((m) => tableSlides[m.index]!)
      .map(
        (slide) =>
          `${slide.number} “${slide.title}” (${slide.kind === 'content' ? `${slide.fit} at ${slide.typeSize}px` : slide.kind})`,
      );
    expect(wrong).toEqual([]);
    const content = tableSlides.filter((s): s is ContentSlide => s.kind === 'content');
    expect(content.filter((s) => s.fit === 'too-long')).toEqual([]);
    expect(new Set(content.map((s) => s.fit))).toContain('continued');
  });

  it('made every kind of decision on these outlines, and shows every point written', () => {
    const content = slides.filter((s): s is ContentSlide => s.kind === 'content');
    const decisions = new Set(content.map((s) => s.fit));
    expect(decisions).toContain('fits');
    expect(decisions).toContain('continued');
    expect(content.filter((s) => s.fit === 'too-long').map((s) => s.title)).toEqual([]);
    if (process.env.SPEECHDECK_FIT_STATS)
      console.log(
        aspect,
        theme,
        [...decisions].map((d) => `${d} ${content.filter((s) => s.fit === d).length}`).join(', '),
      );
  });
});
