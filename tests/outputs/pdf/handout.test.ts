// The handout PDF, read back as a reader's software sees it: the sample's default handout, then every layout.
import fs from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { parseOutline } from '../../../src/outline/index.ts';
import { planDeck } from '../../../src/deck/index.ts';
import { closeBrowser, launchBrowser } from '../../../src/outputs/browser/launch.ts';
import { exportHandout } from '../../../src/outputs/pdf/handout.ts';
import { exportSlidesWithPaperCopy } from '../../../src/outputs/pdf/slides.ts';
import type { BuiltDeck } from '../../../src/outputs/deck/folder.ts';
import type { HandoutOptions } from '../../../src/outputs/pdf/handout-html.ts';
import { deckCharacters } from '../../../src/outputs/deck/folder.ts';
import { loadDeck } from '../../../src/load/index.ts';
import {
  embeddedFonts,
  fontObjects,
  largestDifference,
  pdfMetadata,
  rasterImages,
  readPdf,
  squash,
} from '../../support/pdf.ts';
import type { PdfPage } from '../../support/pdf.ts';
import { SAMPLE_OUTLINE } from '../../support/sample.ts';

const sample = inject('sample');
const plan = planDeck(parseOutline(readFileSync(SAMPLE_OUTLINE, 'utf8'), 'slides/qunzhong.md'));
const A4 = { width: 595.28, height: 841.89 };
const known = plan.slides.find((s) => s.title === '看清群众工作对象的新变化')!;

/** A4 pages; turned on their side for four slides a page, where the slides get 130 mm instead of 87. */
function expectA4(pages: PdfPage[], landscape = false) {
  const size = landscape ? { width: A4.height, height: A4.width } : A4;
  for (const page of pages) {
    expect(Math.abs(page.width - size.width)).toBeLessThan(1);
    expect(Math.abs(page.height - size.height)).toBeLessThan(1);
  }
}

describe('the sample handout (3 slides a page, with notes)', () => {
  it('has ceil(slides / 3) A4 pages', async () => {
    const pages = await readPdf(sample.handout);
    expect(pages.length).toBe(Math.ceil(plan.slides.length / 3));
    expectA4(pages);
  });

  it('heads every page with the title, event and date, and numbers it "第 N 页 / 共 M 页"', async () => {
    const pages = await readPdf(sample.handout);
    pages.forEach((page, i) => {
      const text = squash(page.text);
      expect(text).toContain(squash(plan.meta.title));
      expect(text).toContain('青年干部理论学习交流会');
      expect(text).toContain('2026年11月27日');
      expect(text).toContain(`第${i + 1}页/共${pages.length}页`);
    });
  });

  it('shows each slide, as text, with its notes in full on the same page', async () => {
    const pages = await readPdf(sample.handout);
    const page = squash(pages[Math.ceil(known.number / 3) - 1]!.text);
    expect(page).toContain(known.title);
    expect(page).toContain('利益问题与思想问题相互交织');
    for (const slide of plan.slides.filter((s) => s.notes)) {
      expect(squash(pages[Math.ceil(slide.number / 3) - 1]!.text)).toContain(squash(slide.notes!.text));
    }
    expect(pages.map((p) => p.text).join('')).not.toContain('全文见讲稿');
  });

  it('embeds the Chinese fonts, each face at most twice: once in its own pages, once in the slides stamped on them', async () => {
    const fonts = await embeddedFonts(sample.handout);
    expect(fonts.some((f) => f.startsWith('NotoSansSC'))).toBe(true);
    expect(fonts.some((f) => f.startsWith('NotoSerifSC'))).toBe(true);
    const objects = await fontObjects(sample.handout);
    for (const face of fonts) expect(objects.filter((name) => name === face).length, face).toBeLessThanOrEqual(2);
    expect(await rasterImages(sample.handout)).toBe(0);
  });

  it('carries the title, speaker and event as metadata', async () => {
    const meta = await pdfMetadata(sample.handout);
    expect(meta.title).toBe(`${plan.meta.title}（讲义）`);
    expect(meta.author).toBe(plan.meta.speaker);
    expect(meta.subject).toBe(plan.meta.event);
  });
});

describe('every handout layout', () => {
  let browser: Browser;
  let dir: string;
  let deck: BuiltDeck;
  /** The slides in print colours, printed once from the slides PDF's page as `deck` does, for every layout. */
  let shared: ReturnType<typeof exportSlidesWithPaperCopy>;

  beforeAll(async () => {
    browser = await launchBrowser();
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'speechdeck-handout-'));
    const loaded = await loadDeck(SAMPLE_OUTLINE);
    deck = {
      deck: loaded,
      name: 'qunzhong',
      deckDir: sample.deckDir,
      indexHtml: sample.indexHtml,
      characters: deckCharacters(loaded, []),
    };
    shared = exportSlidesWithPaperCopy(browser, deck, path.join(dir, 'slides.pdf'));
    shared.output.catch(() => undefined);
  });

  afterAll(async () => {
    if (browser) await closeBrowser(browser);
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  const layouts: Array<[string, HandoutOptions]> = [
    ['1 a page with notes', { perPage: 1, notes: true }],
    ['2 a page with notes', { perPage: 2, notes: true }],
    ['3 a page without notes', { perPage: 3, notes: false }],
    ['4 a page', { perPage: 4, notes: true }],
    ['6 a page', { perPage: 6, notes: true }],
  ];

  it.each(layouts)('%s: ceil(slides / per page) A4 pages, numbered, notes only where they fit', async (_, options) => {
    const target = path.join(dir, `handout-${options.perPage}-${options.notes}.pdf`);
    const output = await exportHandout(browser, deck, target, options, () => undefined, shared.paperSlides);
    const pages = await readPdf(target);
    const count = Math.ceil(plan.slides.length / options.perPage);
    expect(output.pages).toBe(count);
    expect(pages.length).toBe(count);
    expectA4(pages, options.perPage === 4);
    expect(squash(pages[0]!.text)).toContain(`第1页/共${count}页`);
    const page = squash(pages[Math.ceil(known.number / options.perPage) - 1]!.text);
    expect(page).toContain(known.title);
    const notes = squash(known.notes!.text);
    if (options.perPage <= 3 && options.notes) expect(page).toContain(notes);
    else expect(pages.map((p) => squash(p.text)).join('')).not.toContain(notes.slice(0, 20));
  });

  it("is the same when its slides come from the slides PDF's page (as `deck` makes them), not a load of its own", async () => {
    const target = path.join(dir, 'handout-shared.pdf');
    const [slides, handout] = await Promise.all([
      shared.output,
      exportHandout(browser, deck, target, { perPage: 3, notes: true }, () => undefined, shared.paperSlides),
    ]);
    expect(slides.pages).toBe(plan.slides.length);
    expect(handout.pages).toBe(Math.ceil(plan.slides.length / 3));
    const [fromSlidesPage, own] = await Promise.all([readPdf(target), readPdf(sample.handout)]);
    expect(fromSlidesPage.map((p) => squash(p.text))).toEqual(own.map((p) => squash(p.text)));
  });

  it("at six a page is drawn the same when its slides come in their paper type from the slides PDF's page", async () => {
    const six: HandoutOptions = { perPage: 6, notes: true };
    const own = path.join(dir, 'handout-six-own.pdf');
    await exportHandout(browser, deck, own, six);
    const printed = exportSlidesWithPaperCopy(browser, deck, path.join(dir, 'slides-six.pdf'), { paperType: true });
    printed.paperSlides.pdf.catch(() => undefined);
    const target = path.join(dir, 'handout-six-shared.pdf');
    await Promise.all([
      printed.output,
      exportHandout(browser, deck, target, six, () => undefined, printed.paperSlides),
    ]);
    expect(largestDifference(target, own)).toBeLessThanOrEqual(8);
    // (and the copy in screen type is not taken for six a page: it would draw the points smaller)
    const other = path.join(dir, 'handout-six-other.pdf');
    await exportHandout(browser, deck, other, six, () => undefined, shared.paperSlides);
    expect(largestDifference(other, own)).toBeLessThanOrEqual(8);
  });
});
