// The slides PDF printed in ranges at once and joined, against the same deck printed whole in one page: the same
// pages in the same order, the same bookmarks, page labels, one font per face, a file qpdf finds sound; and the
// handout made from the joined print-colour copy.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { closeBrowser, launchBrowser } from '../../../src/outputs/browser/launch.ts';
import type { BuiltDeck } from '../../../src/outputs/deck/folder.ts';
import { deckCharacters } from '../../../src/outputs/deck/folder.ts';
import { loadDeck } from '../../../src/load/index.ts';
import { exportSlidesWithPaperCopy, printRanges } from '../../../src/outputs/pdf/slides.ts';
import { exportHandout } from '../../../src/outputs/pdf/handout.ts';
import { measureLayout } from '../../../src/outputs/layout.ts';
import type { SlideMeasure } from '../../../src/check/layout.ts';
import { fontObjects, installed, pageTexts, pdfMetadata, pdfOutline, readPdf, squash } from '../../support/pdf.ts';
import { SAMPLE_OUTLINE } from '../../support/sample.ts';

const sample = inject('sample');

const TOOLS = ['pdftotext', 'pdffonts', 'qpdf', 'mutool'];
const missing = TOOLS.filter((tool) => !installed(tool));
if (missing.length) console.warn(`parallel-print.test.ts: skipped, ${missing.join(', ')} not installed`);

/** `mutool show file outline`: each bookmark's title and page, indentation kept. */
function outlineLines(file: string): string[] {
  return execFileSync('mutool', ['show', file, 'outline'], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((line) => line.replace(/&zoom=.*$/, ''));
}

/** pdffonts' font names, the subset tag dropped: one line per font object. */
function fontNames(file: string): string[] {
  return execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''))
    .sort();
}

describe.skipIf(missing.length > 0)('the slides PDF printed in ranges at once', () => {
  let browser: Browser;
  let dir: string;
  let deck: BuiltDeck;
  let joined: string;
  let paper: Uint8Array;
  let measured: SlideMeasure[] | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'speechdeck-ranges-'));
    const loaded = await loadDeck(SAMPLE_OUTLINE);
    deck = {
      deck: loaded,
      name: 'qunzhong',
      deckDir: sample.deckDir,
      indexHtml: sample.indexHtml,
      characters: deckCharacters(loaded, []),
    };
    joined = path.join(dir, 'slides.pdf');
    // three ranges of a deck of some thirty slides: uneven, with slides of every kind in each
    const printed = exportSlidesWithPaperCopy(browser, deck, joined, { ranges: 3 });
    printed.paperSlides.catch(() => undefined);
    measured = (await printed.output).slides;
    paper = await printed.paperSlides;
  });

  afterAll(async () => {
    if (browser) await closeBrowser(browser);
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  it('has every slide once, in order: each page the same text as the deck printed whole', () => {
    const whole = pageTexts(sample.pdf);
    const pages = pageTexts(joined);
    expect(pages.length).toBe(deck.deck.plan.slides.length);
    expect(pages).toEqual(whole);
    // and the footers' page numbers count up with no gap at the ranges' seams (the title slide has no footer)
    const numbered = pages.flatMap((text, i) => (/第\d+页/.test(text) ? [[i + 1, text] as const] : []));
    expect(numbered.length).toBeGreaterThan(pages.length / 2);
    for (const [page, text] of numbered) expect(text).toContain(`第${page}页`);
  });

  it('has the same bookmarks as the deck printed whole, and pages labelled by slide', async () => {
    expect(outlineLines(joined)).toEqual(outlineLines(sample.pdf));
    expect((await pdfOutline(joined)).length).toBeGreaterThan(2);
    const labels = execFileSync('mutool', ['show', joined, 'trailer/Root/PageLabels'], { encoding: 'utf8' });
    expect(labels).toMatch(/\/Nums\s*\[\s*0\s*<<\s*\/S\s*\/D\s*>>\s*\]/);
  });

  it('embeds each face once, joined from the ranges, and carries the metadata', async () => {
    const names = fontNames(joined);
    expect(names).toEqual(fontNames(sample.pdf));
    expect(new Set(names).size).toBe(names.length);
    expect(await fontObjects(joined)).toEqual(names);
    const meta = await pdfMetadata(joined);
    expect(meta.title).toBe(deck.deck.plan.meta.title);
    expect(meta.author).toBe(deck.deck.plan.meta.speaker);
  });

  it("measures every slide once, numbered as in the deck, as check's own page measures them", async () => {
    const whole = await measureLayout(browser, deck);
    expect(measured?.map((measure) => measure.index)).toEqual(deck.deck.plan.slides.map((_, i) => i));
    expect(measured).toEqual(whole);
  });

  it('is a sound PDF (qpdf --check)', () => {
    // exits non-zero on any error
    const report = execFileSync('qpdf', ['--check', joined], { encoding: 'utf8' });
    expect(report).toMatch(/No syntax or stream encoding errors/);
  });

  it('gives the handout its slides in print colours, joined the same way', async () => {
    const copy = path.join(dir, 'paper.pdf');
    await fs.writeFile(copy, paper);
    expect(pageTexts(copy)).toEqual(pageTexts(joined));
    const target = path.join(dir, 'handout.pdf');
    const output = await exportHandout(
      browser,
      deck,
      target,
      { perPage: 3, notes: false },
      () => undefined,
      Promise.resolve(paper),
    );
    const pages = await readPdf(target);
    expect(output.pages).toBe(Math.ceil(deck.deck.plan.slides.length / 3));
    expect(squash(pages.map((page) => page.text).join(''))).toContain(squash(deck.deck.plan.slides.at(-2)!.title));
  });
});

describe('how many ranges a deck is printed in', () => {
  it('prints a short deck in one page, a long one in a range per core, every slide in exactly one range', () => {
    expect(printRanges(28, 2, undefined)).toEqual([]);
    expect(printRanges(120, 8, undefined)).toEqual([]);
    expect(printRanges(240, 8, undefined)).toHaveLength(2);
    for (const [slides, cores] of [
      [480, 2],
      [3000, 2],
      [200, 4],
      [3001, 8],
    ] as const) {
      const ranges = printRanges(slides, cores, undefined);
      expect(ranges.length).toBeGreaterThan(1);
      expect(ranges.length).toBeLessThanOrEqual(cores);
      expect(ranges[0]!.first).toBe(1);
      expect(ranges.at(-1)!.last).toBe(slides);
      ranges.slice(1).forEach((range, i) => expect(range.first).toBe(ranges[i]!.last + 1));
    }
    expect(printRanges(480, 1, undefined)).toEqual([]);
  });

  it('takes the number asked for, and 1 for never', () => {
    expect(printRanges(480, 2, '1')).toEqual([]);
    expect(printRanges(30, 2, '3')).toHaveLength(3);
  });
});
