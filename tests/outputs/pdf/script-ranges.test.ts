// The speaker's script printed in ranges at once and joined, against the same script printed whole in one page: the
// same pages with the same text in the same order, "第 n 页 / 共 N 页" counted on across the ranges' seams, the same
// bookmarks, one font per face, the metadata, and a file qpdf finds sound.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outline } from '../../../scripts/bench-decks.ts';
import { loadDeck } from '../../../src/load/index.ts';
import { closeBrowser, launchBrowser } from '../../../src/outputs/browser/launch.ts';
import type { BuiltDeck } from '../../../src/outputs/deck/folder.ts';
import { deckCharacters } from '../../../src/outputs/deck/folder.ts';
import { exportScript, scriptCuts, scriptInRanges, scriptRangeCount } from '../../../src/outputs/pdf/script.ts';
import { fontNames, installed, outlineLines, pageTexts, pdfMetadata, squash } from '../../support/pdf.ts';

const TOOLS = ['pdftotext', 'pdffonts', 'qpdf', 'mutool'];
const missing = TOOLS.filter((tool) => !installed(tool));
if (missing.length) console.warn(`script-ranges.test.ts: skipped, ${missing.join(', ')} not installed`);

describe.skipIf(missing.length > 0)('the script printed in ranges at once', () => {
  let browser: Browser;
  let dir: string;
  let deck: BuiltDeck;
  let whole: string;
  let ranged: string;
  let pages: { whole: number; ranged: number };
  const asked = process.env.SPEECHDECK_PRINT_RANGES;

  beforeAll(async () => {
    browser = await launchBrowser();
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'speechdeck-script-ranges-'));
    // a generated talk of some twelve pages: parts, slides with short and long notes
    const file = path.join(dir, 'talk.md');
    await fs.writeFile(file, outline(50));
    const loaded = await loadDeck(file);
    deck = { deck: loaded, name: 'talk', deckDir: dir, indexHtml: '', characters: deckCharacters(loaded, []) };
    whole = path.join(dir, 'whole.pdf');
    ranged = path.join(dir, 'ranged.pdf');
    process.env.SPEECHDECK_PRINT_RANGES = '1';
    const one = await exportScript(browser, deck, whole);
    process.env.SPEECHDECK_PRINT_RANGES = '3';
    const three = await exportScript(browser, deck, ranged);
    pages = { whole: one.pages, ranged: three.pages };
  });

  afterAll(async () => {
    if (asked === undefined) delete process.env.SPEECHDECK_PRINT_RANGES;
    else process.env.SPEECHDECK_PRINT_RANGES = asked;
    if (browser) await closeBrowser(browser);
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  it('was joined from the ranges, not printed whole again', async () => {
    // Chromium's print of the whole carries our update after its own end; the joined file is written anew, one end
    const ends = async (file: string) => (await fs.readFile(file, 'latin1')).split('%%EOF').length - 1;
    expect(await ends(whole)).toBe(2);
    expect(await ends(ranged)).toBe(1);
  });

  it('has the same pages as the script printed whole, each with the same text in order', () => {
    const one = pageTexts(whole);
    const three = pageTexts(ranged);
    expect(one.length).toBeGreaterThan(8);
    expect(pages.ranged).toBe(pages.whole);
    expect(three).toEqual(one);
  });

  it('numbers every page of the whole count, across the seams', () => {
    const three = pageTexts(ranged);
    three.forEach((text, i) => expect(squash(text)).toContain(`第${i + 1}页/共${three.length}页`));
    // the running title on every page but the first, the ranges' first pages too
    three.slice(1).forEach((text) => expect(squash(text)).toContain(squash(deck.deck.plan.meta.title)));
  });

  it('has the same bookmarks as the script printed whole', () => {
    const lines = outlineLines(ranged);
    expect(lines.length).toBeGreaterThan(40);
    expect(lines).toEqual(outlineLines(whole));
  });

  it('embeds each face once, as the whole does, carries the metadata and is a sound PDF', async () => {
    const names = fontNames(ranged);
    expect(names).toEqual(fontNames(whole));
    expect(new Set(names).size).toBe(names.length);
    const meta = await pdfMetadata(ranged);
    expect(meta.title).toContain(deck.deck.plan.meta.title);
    expect(execFileSync('qpdf', ['--check', ranged], { encoding: 'utf8' })).toMatch(
      /No syntax or stream encoding errors/,
    );
  });
});

describe('where a script is cut into ranges', () => {
  it('prints a script whole unless SPEECHDECK_PRINT_RANGES asks for ranges (they did not pay where measured)', () => {
    expect(scriptInRanges(28, undefined)).toBe(false);
    expect(scriptInRanges(5000, undefined)).toBe(false);
    expect(scriptInRanges(20000, '2')).toBe(true);
    expect(scriptInRanges(20000, '1')).toBe(false);
    expect(scriptInRanges(28, '3')).toBe(true);
    expect(scriptRangeCount(10, 2, undefined)).toBe(1);
    expect(scriptRangeCount(1160, 2, undefined)).toBeGreaterThan(2);
    expect(scriptRangeCount(10, 2, '3')).toBe(3);
  });

  it('cuts only where a slide begins a page, as near even as those places allow, every slide in one range', () => {
    // slides 0–9 over 6 pages; slides 3, 5 and 8 begin pages 2, 3 and 4 (from 0): thirds of 6 pages are at 2 and 4
    const starts = [0, -1, -1, 2, -1, 3, -1, -1, 4, -1];
    const ranges = scriptCuts(6, starts, 3, 10);
    expect(ranges).toEqual([
      { first: 0, last: 2, firstPage: 1, pages: 6 },
      { first: 3, last: 7, firstPage: 3, pages: 6 },
      { first: 8, last: 9, firstPage: 5, pages: 6 },
    ]);
    // no place to cut: one range
    expect(scriptCuts(6, [0, -1, -1], 3, 3)).toHaveLength(1);
  });
});
