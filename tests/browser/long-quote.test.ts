// A quote too long for one slide, continued on （续） slides sentence by sentence, as Chromium draws it at 16:9 and 4:3:
// each part at the floor or above (so it prints at 7 pt at three a page) and all at one size, nothing past the slide's
// body, and the parts together the whole quote, its attribution under the last.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FLOOR_SIZE } from '../../src/deck/layout.ts';
import { SLIDE_TEXT_PT, paperPtPerPx } from '../../src/deck/handout-layout.ts';
import { closeBrowser, launchBrowser } from '../../src/outputs/browser/launch.ts';
import { buildDeck } from '../../src/outputs/deck/folder.ts';
import { measureLayout } from '../../src/outputs/layout.ts';
import type { SlideMeasure } from '../../src/check/layout.ts';

const SENTENCES = [
  '坚持以人民为中心的发展思想，把群众利益放在首位。',
  '始终保持同人民群众的血肉联系；',
  '全年投入2023.5亿元，用在刀刃上！',
  '这是中国特色社会主义制度的显著优势？',
  '我们要“把为人民服务落到实处。”',
];
const QUOTE = SENTENCES.join('').repeat(10);

/** A numbered list inside a quote, too long for one slide. */
const ITEMS = Array.from({ length: 14 }, (_, i) => `第${i + 1}项：坚持以人民为中心的发展思想，把群众利益放在首位。`);
const LISTED = `> 总书记强调：\n>\n${ITEMS.map((item, i) => `> ${i + 1}. ${item}`).join('\n')}\n>\n> —— 习近平`;

const outline = (aspect: string) =>
  `---\ntitle: 引文\naspect: "${aspect}"\n---\n\n## 总书记的嘱托\n\n> ${QUOTE}\n> —— 习近平\n\n## 列表引文\n\n${LISTED}\n\n## 下一页\n\n- 要点\n`;

/** A quote part as drawn: its slide's title, its type size in px, its text, its attribution. */
interface Part {
  title: string;
  size: number;
  text: string;
  /** The numbers its list's items show. */
  numbers: number[];
  attribution: string;
}

let browser: Browser;
let work: string;
const drawn = new Map<string, { parts: Part[]; listed: Part[]; measures: SlideMeasure[]; slides: number }>();

beforeAll(async () => {
  browser = await launchBrowser();
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'speechdeck-long-quote-'));
  for (const aspect of ['16:9', '4:3']) {
    const dir = path.join(work, aspect.replace(':', 'x'));
    await fs.mkdir(dir);
    await fs.writeFile(path.join(dir, 'talk.md'), outline(aspect));
    const built = await buildDeck(path.join(dir, 'talk.md'), path.join(dir, 'dist'));
    const measures = await measureLayout(browser, built);
    const page = await browser.newPage();
    try {
      await page.setViewport({ width: aspect === '4:3' ? 1440 : 1920, height: 1080 });
      await page.goto(pathToFileURL(built.indexHtml).href, { waitUntil: 'load' });
      await page.waitForSelector('html[data-speechdeck-ready]', { timeout: 60_000 });
      const parts = await page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.querySelectorAll<HTMLElement>('.reveal .slides section.sd-slide')].flatMap((section) => {
          const quote = section.querySelector<HTMLElement>('.sd-quote-text');
          if (!quote) return [];
          return [
            {
              title: section.querySelector('h2')?.textContent?.trim() ?? '',
              size: parseFloat(getComputedStyle(quote).fontSize),
              text: (quote.textContent ?? '').replace(/\s+/g, ''),
              numbers: [...quote.querySelectorAll('ol > li')].map(
                (item) =>
                  Number(item.parentElement?.getAttribute('start') ?? 1) +
                  [...item.parentElement!.children].indexOf(item),
              ),
              attribution: section.querySelector('.sd-attribution')?.textContent?.trim() ?? '',
            },
          ];
        });
      });
      drawn.set(aspect, {
        parts: parts.filter((part) => part.title.startsWith('总书记的嘱托')),
        listed: parts.filter((part) => part.title.startsWith('列表引文')),
        measures,
        slides: built.deck.plan.slides.length,
      });
    } finally {
      await page.close();
    }
  }
}, 180_000);

afterAll(async () => {
  if (browser) await closeBrowser(browser);
  if (work) await fs.rm(work, { recursive: true, force: true });
});

describe.each(['16:9', '4:3'] as const)('a quote too long for one slide at %s', (aspect) => {
  it('is continued on （续） slides, the parts together the whole quote, the attribution under the last', () => {
    const { parts } = drawn.get(aspect)!;
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.map((part) => part.title)).toEqual([
      '总书记的嘱托',
      ...parts.slice(1).map(() => '总书记的嘱托（续）'),
    ]);
    expect(parts.map((part) => part.text).join('')).toBe(QUOTE);
    expect(parts.map((part) => part.attribution)).toEqual([...parts.slice(1).map(() => ''), '—— 习近平']);
  });

  it('prints every part at the floor or above (7 pt at three a page), nothing past the slide', () => {
    const { parts, measures } = drawn.get(aspect)!;
    for (const part of parts) {
      expect(part.size).toBeGreaterThanOrEqual(FLOOR_SIZE);
      expect(part.size * paperPtPerPx(3, aspect)).toBeGreaterThanOrEqual(SLIDE_TEXT_PT - 0.05);
    }
    expect(measures.filter((measure) => measure.overflow || measure.smallText)).toEqual([]);
  });

  // (shared out by count, the parts of one quote were drawn at 42 px and then 48 px)
  it('draws every part at one size', () => {
    const { parts } = drawn.get(aspect)!;
    expect(new Set(parts.map((part) => part.size)).size).toBe(1);
  });

  // (a list inside a quote stayed whole as one piece: it could not be continued)
  it('continues a list inside a quote between its items, numbered on, nothing past the slide', () => {
    const { listed, measures } = drawn.get(aspect)!;
    expect(listed.length).toBeGreaterThan(1);
    expect(listed.map((part) => part.numbers).flat()).toEqual(ITEMS.map((_, i) => i + 1));
    expect(listed.map((part) => part.text).join('')).toBe(`总书记强调：${ITEMS.join('')}`);
    expect(new Set(listed.map((part) => part.size)).size).toBe(1);
    expect(measures.filter((measure) => measure.overflow)).toEqual([]);
  });
});
