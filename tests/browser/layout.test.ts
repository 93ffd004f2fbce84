// The layouts as the room sees them, in Chromium at the slide's own size: the sample deck and the stress outline
// (every slide kind) in both themes and both aspects. Points sit balanced in the body, titles break between
// phrases, nothing runs over, tables and images stay in the body, parallel points stand side by side, no chrome.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Parser, zhHansModel } from 'budoux';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { buildDeck } from '../../src/outputs/deck/folder.ts';
import type { SlideMeasure } from '../../src/check/layout.ts';
import { closeBrowser, launchBrowser } from '../../src/outputs/browser/launch.ts';
import { addLineReader } from '../../src/outputs/pdf/paper.ts';
import type { DrawnLinesReader } from '../support/drawn-lines.ts';
import { ROOT } from '../support/sample.ts';

const STRESS = path.join(ROOT, 'tests/fixtures/layout');
const VARIANTS = [
  { theme: 'red', aspect: '16:9' },
  { theme: 'light', aspect: '16:9' },
  { theme: 'red', aspect: '4:3' },
  { theme: 'light', aspect: '4:3' },
] as const;

/** What the page reports about one line-broken text: its text, where its lines start, where the writer broke it. */
interface Lines {
  role: string;
  text: string;
  starts: number[];
  hard: number[];
}

interface SlideFacts {
  index: number;
  title: string;
  layout: string;
  width: number;
  body?: { top: number; bottom: number; left: number; right: number };
  footerTop: number;
  points?: { top: number; bottom: number };
  media: boolean;
  texts: Lines[];
  shown: string;
  images: Array<{ top: number; bottom: number; left: number; right: number }>;
  tables: Array<{ top: number; bottom: number; left: number; right: number; width: number }>;
  /** For each group of cards: how many stand on the first row. */
  cardRows: number[];
}

let browser: Browser;
let work: string;
const decks: Array<{ name: string; url: string; width: number; height: number }> = [];

beforeAll(async () => {
  browser = await launchBrowser();
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'speechdeck-layout-'));
  const sample = inject('sample');
  decks.push({ name: 'the sample', url: pathToFileURL(sample.indexHtml).href, width: 1920, height: 1080 });
  const source = await fs.readFile(path.join(STRESS, 'stress.md'), 'utf8');
  for (const { theme, aspect } of VARIANTS) {
    const dir = path.join(work, `${theme}-${aspect.replace(':', 'x')}`);
    await fs.cp(path.join(STRESS, 'images'), path.join(dir, 'images'), { recursive: true });
    const outline = path.join(dir, 'stress.md');
    await fs.writeFile(outline, source.replace(/^theme: red$/m, `theme: ${theme}\naspect: "${aspect}"`));
    const built = await buildDeck(outline, path.join(dir, 'dist'));
    decks.push({
      name: `the stress outline, ${theme} ${aspect}`,
      url: pathToFileURL(built.indexHtml).href,
      width: aspect === '4:3' ? 1440 : 1920,
      height: 1080,
    });
  }
});

afterAll(async () => {
  if (browser) await closeBrowser(browser);
  if (work) await fs.rm(work, { recursive: true, force: true });
});

async function openAtSize(url: string, width: number, height: number): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('html[data-speechdeck-ready]', { timeout: 60_000 });
  return page;
}

/** Every slide laid out at once (as `check` does) and measured in the slide's own px. */
async function measure(page: Page): Promise<SlideFacts[]> {
  await addLineReader(page);
  return page.evaluate(async () => {
    const style = document.createElement('style');
    style.textContent = '.reveal .slides section.sd-slide { display: block !important; transform: none !important; }';
    document.head.append(style);
    void document.body.offsetHeight;
    await document.fonts.ready;
    const sections = [...document.querySelectorAll<HTMLElement>('.reveal .slides section.sd-slide')];
    return sections.map((section, index) => {
      const frame = section.querySelector<HTMLElement>('.sd-frame')!;
      const origin = frame.getBoundingClientRect();
      const scale = origin.width / frame.offsetWidth || 1;
      const box = (element: Element) => {
        const r = element.getBoundingClientRect();
        return {
          top: (r.top - origin.top) / scale,
          bottom: (r.bottom - origin.top) / scale,
          left: (r.left - origin.left) / scale,
          right: (r.right - origin.left) / scale,
          width: r.width / scale,
        };
      };
      /** Where each line of `element`'s own text starts (offsets into that text), leaving out nested lists and markers. */
      const linesOf = (element: Element, role: string) => {
        const read = (window as unknown as { speechdeckDrawnLines: DrawnLinesReader }).speechdeckDrawnLines;
        const { text, lines, hard } = read(element, { skip: '.sd-subpoints, .sd-marker, .sd-continued-mark', scale });
        return { role, text, starts: lines.slice(1).map((line) => line.start), hard };
      };
      const body = frame.querySelector(':scope > .sd-body');
      const footer = frame.querySelector('.sd-footer');
      const points = body?.querySelector('.sd-points');
      const texts = [
        ...[
          ...frame.querySelectorAll(
            'h1.sd-deck-title, h2.sd-heading, h2.sd-part-title, .sd-closing-text, .sd-agenda-title, .sd-card-title',
          ),
        ].map((e) => linesOf(e, 'title')),
        ...[...frame.querySelectorAll('.sd-points:not(.sd-cards) > li, .sd-card-text, .sd-quote-text p')].map((e) =>
          linesOf(e, 'text'),
        ),
      ];
      const cardRows = [...frame.querySelectorAll('.sd-cards')].map((cards) => {
        const tops = [...cards.children].map((card) => Math.round(card.getBoundingClientRect().top));
        return tops.filter((top) => top === tops[0]).length;
      });
      return {
        index,
        title: section.dataset.title ?? '',
        layout:
          [...section.classList].find((c) => c.startsWith('sd-layout-'))?.slice('sd-layout-'.length) ??
          section.dataset.kind ??
          '',
        width: frame.offsetWidth,
        ...(body ? { body: box(body) } : {}),
        footerTop: footer ? box(footer).top : frame.offsetHeight,
        ...(points ? { points: box(points) } : {}),
        media: !!body?.querySelector('img, table'),
        texts,
        shown: frame.innerText,
        images: [...frame.querySelectorAll('.sd-body img:not(.sd-logo), .sd-figure img')].map(box),
        tables: [...frame.querySelectorAll('.sd-body table')].map(box),
        cardRows,
      };
    });
  });
}

const budoux = new Parser(zhHansModel);

/** Line starts that fall inside a BudouX phrase (each run between the writer's own breaks parsed on its own). */
function breaksInsideWords(lines: Lines): string[] {
  const runs = [0, ...lines.hard, lines.text.length];
  const bad: string[] = [];
  for (const start of lines.starts) {
    if (lines.hard.includes(start)) continue;
    const from = Math.max(...runs.filter((r) => r <= start));
    const to = Math.min(...runs.filter((r) => r > start));
    const run = lines.text.slice(from, to);
    if (!budoux.parseBoundaries(run).includes(start - from) && !/[，、；：。！？]/.test(lines.text[start - 1] ?? '')) {
      bad.push(`${lines.text.slice(0, start)}|${lines.text.slice(start)}`);
    }
  }
  return bad;
}

describe.each([0, 1, 2, 3, 4])('layouts in Chromium at the slide’s size', (which) => {
  let facts: SlideFacts[];
  let overflow: SlideMeasure[];
  let chrome: { controls: boolean; progress: boolean };
  let deckName = '';

  beforeAll(async () => {
    const deck = decks[which]!;
    deckName = deck.name;
    const page = await openAtSize(deck.url, deck.width, deck.height);
    try {
      chrome = await page.evaluate(() => {
        const visible = (selector: string) => {
          const element = document.querySelector<HTMLElement>(selector);
          if (!element) return false;
          const style = getComputedStyle(element);
          return (
            style.display !== 'none' &&
            style.visibility !== 'hidden' &&
            element.getClientRects().length > 0 &&
            element.offsetWidth > 0
          );
        };
        return { controls: visible('.reveal .controls'), progress: visible('.reveal .progress') };
      });
      overflow = await page.evaluate(() => window.speechdeckLayout!());
      facts = await measure(page);
    } finally {
      await page.close();
    }
  });

  it(`deck ${which}: nothing runs past the body or over the footer, and no text is too small`, () => {
    expect(
      overflow.filter((m) => m.overflow || m.smallText),
      deckName,
    ).toEqual([]);
  });

  it(`deck ${which}: the points of a slide without images or tables sit balanced between the title and the footer`, () => {
    const balanced = facts.filter((f) => f.layout === 'points' && f.points && f.body && !f.media);
    expect(balanced.length).toBeGreaterThan(0);
    for (const slide of balanced) {
      const middle = (slide.body!.top + slide.body!.bottom) / 2;
      const centre = (slide.points!.top + slide.points!.bottom) / 2;
      expect(Math.abs(centre - middle), `${deckName}: “${slide.title}”`).toBeLessThanOrEqual(
        0.2 * (slide.body!.bottom - slide.body!.top),
      );
    }
  });

  it(`deck ${which}: titles and headings break only between BudouX phrases`, () => {
    const titles = facts.flatMap((f) => f.texts.filter((t) => t.role === 'title'));
    expect(titles.flatMap(breaksInsideWords), deckName).toEqual([]);
  });

  it(`deck ${which}: no title, heading or point ends on a last line of two characters or fewer`, () => {
    const short = facts.flatMap((f) =>
      f.texts
        .filter((t) => t.starts.length > 0)
        .map((t) => t.text.slice(t.starts.at(-1)).replace(/\s/g, ''))
        .filter((last) => last.length <= 2)
        .map((last) => `${f.title}: “${last}”`),
    );
    expect(short, deckName).toEqual([]);
  });

  it(`deck ${which}: shows no literal \`**\``, () => {
    expect(facts.filter((f) => f.shown.includes('**')).map((f) => f.title)).toEqual([]);
  });

  it(`deck ${which}: keeps images and tables inside the body, tables at three quarters of the slide's width or more`, () => {
    for (const slide of facts) {
      const limit = {
        top: slide.body?.top ?? 0,
        bottom: Math.min(slide.body?.bottom ?? slide.footerTop, slide.footerTop),
        left: slide.body?.left ?? 0,
        right: slide.body?.right ?? slide.width,
      };
      for (const thing of [...slide.images, ...slide.tables]) {
        expect(thing.top, `${deckName}: “${slide.title}”`).toBeGreaterThanOrEqual(limit.top - 1.5);
        expect(thing.bottom, `${deckName}: “${slide.title}”`).toBeLessThanOrEqual(limit.bottom + 1.5);
        expect(thing.left).toBeGreaterThanOrEqual(limit.left - 1.5);
        expect(thing.right).toBeLessThanOrEqual(limit.right + 1.5);
      }
      for (const table of slide.tables)
        expect(table.width / slide.width, `${deckName}: “${slide.title}”`).toBeGreaterThanOrEqual(0.75);
    }
  });

  it(`deck ${which}: stands parallel lead-phrase points side by side, at least two to a row`, () => {
    for (const slide of facts)
      for (const row of slide.cardRows) expect(row, `${deckName}: “${slide.title}”`).toBeGreaterThanOrEqual(2);
    if (which > 0) expect(facts.some((f) => f.cardRows.length > 0)).toBe(true);
  });

  it(`deck ${which}: projects no arrow controls and no progress bar`, () => {
    expect(chrome).toEqual({ controls: false, progress: false });
  });
});
