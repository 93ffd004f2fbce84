// The slides PDF's page kept open between exports (the editor's button) and updated in place: what it prints reads
// as a cold export of the same outline (pdftotext per page, the slides PDF and the handout, and the PowerPoint's
// slides), and its page holds what a freshly opened deck holds; anything the update cannot reproduce, and a page
// closed behind its back, opens the deck afresh; the pages are closed when the run stops. The handout's sheets, kept
// while its document is unchanged (a point typed), are compared too.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { OutputName } from '../../../src/outputs/index.ts';
import { KeptOutputs } from '../../../src/outputs/kept.ts';
import type { HandoutOptions } from '../../../src/outputs/pdf/handout-html.ts';
import { changesFrom, frameOf } from '../../../src/outputs/pdf/deck-pages.ts';
import { makeInto } from '../../support/make-outputs.ts';
import { browserTest } from '../../support/servers.ts';
import { fontObjects, largestDifference, pageTexts } from '../../support/pdf.ts';
import { readPptx, slideNames } from '../../support/pptx.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-deck-pages-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const section = (line: number, body: string, more = '') => `<section data-line="${line}"${more}>${body}</section>`;
const deckOf = (html = false) => ({ deck: { plan: { meta: { html } } } }) as never;

describe('what changed since the page was printed', () => {
  const before = { frame: 'head', sections: [section(1, '<p>甲</p>'), section(5, '<p>乙</p>')] };

  it('is the content of the slides that changed, and our own attributes that moved', () => {
    expect(changesFrom(before, before, deckOf())).toEqual([]);
    const typed = { frame: 'head', sections: [section(1, '<p>甲字</p>'), section(5, '<p>乙</p>')] };
    expect(changesFrom(before, typed, deckOf())).toEqual([{ index: 0, content: '<p>甲字</p>' }]);
    const moved = {
      frame: 'head',
      sections: [section(1, '<p>甲</p>'), section(6, '<p>乙</p>', ' data-title="a&amp;b"')],
    };
    expect(changesFrom(before, moved, deckOf())).toEqual([
      { index: 1, attributes: { 'data-line': '6', 'data-title': 'a&amp;b' } },
    ]);
    // a layout's own class (four points leave no room: sd-roomy goes)
    const roomy = (more: string) => ({ frame: 'head', sections: [section(1, '<p>甲</p>', more), before.sections[1]!] });
    expect(changesFrom(roomy(' class="sd-slide sd-roomy"'), roomy(' class="sd-slide"'), deckOf())).toEqual([
      { index: 0, classes: { was: ['sd-slide', 'sd-roomy'], now: ['sd-slide'] } },
    ]);
  });

  it('is undefined (open the deck afresh) for what an update in place would not reproduce', () => {
    const other = (sections: string[], frame = 'head') => changesFrom(before, { frame, sections }, deckOf());
    expect(other(before.sections, 'head, other fonts')).toBeUndefined();
    expect(other([...before.sections, section(9, '<p>丙</p>')])).toBeUndefined();
    expect(other([section(1, '<p>甲</p>', ' class="stack"'), before.sections[1]!])).toBeUndefined();
    expect(other([section(1, '<p>甲</p>', ' data-state="dark"'), before.sections[1]!])).toBeUndefined();
    expect(other([section(1, '<img class="r-stretch" src="a.png">'), before.sections[1]!])).toBeUndefined();
    expect(other([section(1, '<img data-src="a.png">'), before.sections[1]!])).toBeUndefined();
    expect(other([section(1, '<video src="a.mp4"></video>'), before.sections[1]!])).toBeUndefined();
    const typed = { frame: 'head', sections: [section(1, '<p>甲字</p>'), before.sections[1]!] };
    expect(changesFrom(before, typed, deckOf(true))).toBeUndefined();
  });

  it('cuts the slides out of the document, and keeps a document without them whole', () => {
    expect(frameOf('<head></head><div class="slides">\nS1\nS2\n</div>', 'S1\nS2')).toBe(
      '<head></head><div class="slides">\n\n</div>',
    );
    expect(frameOf('<html></html>', '')).toBe('<html></html>');
  });
});

const OUTPUTS: OutputName[] = ['deck', 'slides', 'handout', 'script', 'pptx'];
/** Exports `text` into `dir` (the handout as asked, three a page by default); the files made, by output. */
const exportTo = (browser: Browser, dir: string, text: string, kept?: KeptOutputs, handout?: HandoutOptions) =>
  makeInto(browser, dir, text, OUTPUTS, kept, handout);

async function pptxSlides(file: string): Promise<string[]> {
  const { parts } = await readPptx(fs.readFileSync(file));
  return slideNames(parts).map((name) => parts.get(name)!);
}

/** The outputs of a warm export read as a cold export's of the same outline; the cold export's files. */
async function expectAsCold(
  browser: Browser,
  warm: Map<string, string>,
  text: string,
  name: string,
  handout?: HandoutOptions,
): Promise<Map<string, string>> {
  const cold = await exportTo(browser, path.join(root, `cold-${name}`), text, undefined, handout);
  for (const output of ['slides', 'handout', 'script']) {
    expect(pageTexts(warm.get(output)!), `${name}: ${output}`).toEqual(pageTexts(cold.get(output)!));
  }
  expect(await pptxSlides(warm.get('pptx')!), `${name}: pptx`).toEqual(await pptxSlides(cold.get('pptx')!));
  return cold;
}

/** The deck's print pages open in the browser (not the blank spares). */
const deckPagesOpen = async (browser: Browser) =>
  (await browser.pages()).filter((page) => page.url().includes('print-pdf')).length;

describe('the slides PDF, exported again from a kept page', () => {
  browserTest(
    'reads as a cold export after each change, updated in place where it can be, opened afresh where not',
    async ({ browser }) => {
      // The sample, its points shown one by one (fragments, which reveal.js numbers and its print view shows).
      const sample = fs
        .readFileSync(path.join(REPO, 'slides/qunzhong.md'), 'utf8')
        .replace(/^---\n/, '---\nfragments: true\n');
      const firstPoint = sample.indexOf('\n', sample.indexOf('\n- ') + 1);
      const at = (text: string, insert: string) => text.slice(0, firstPoint) + insert + text.slice(firstPoint);
      const kept = new KeptOutputs();
      const dir = path.join(root, 'warm');
      await exportTo(browser, dir, sample, kept);
      expect(kept.pages.inPlace).toBe(0);

      // A point typed into (characters the deck has): that slide updated in place.
      const typed = at(sample, '群众');
      await expectAsCold(browser, await exportTo(browser, dir, typed, kept), typed, 'typed');
      expect(kept.pages.inPlace).toBe(1);

      // A point added: every later slide's line moved (our own attributes), set in place too.
      const added = at(typed, '\n- 群众工作');
      await expectAsCold(browser, await exportTo(browser, dir, added, kept), added, 'added');
      expect(kept.pages.inPlace).toBe(2);

      // A slide added: another number of slides, the deck opened afresh.
      const slide = `${added}\n## 群众工作\n\n- 群众路线\n`;
      await expectAsCold(browser, await exportTo(browser, dir, slide, kept), slide, 'slide');
      expect(kept.pages.inPlace).toBe(2);

      // The kept page closed behind the run's back (a crash): opened afresh, and kept again.
      for (const page of await browser.pages()) if (page.url().includes('print-pdf')) await page.close();
      const again = at(slide, '工作');
      await expectAsCold(browser, await exportTo(browser, dir, again, kept), again, 'closed');
      expect(kept.pages.inPlace).toBe(2);
      expect(await deckPagesOpen(browser)).toBe(1);

      // The run stops: its page is closed.
      await kept.close();
      expect(await deckPagesOpen(browser)).toBe(0);
    },
    900_000,
  );

  browserTest(
    'a new character typed: the page keeps, its fonts swapped for cuts that hold it, and prints as a cold export',
    async ({ browser }) => {
      const sample = fs.readFileSync(path.join(REPO, 'slides/qunzhong.md'), 'utf8');
      const firstPoint = sample.indexOf('\n', sample.indexOf('\n- ') + 1);
      const kept = new KeptOutputs();
      const dir = path.join(root, 'new-character');
      try {
        await exportTo(browser, dir, sample, kept);
        // 鑫 is in no slide, note or word of the deck: every face is cut again to hold it (a bold title too).
        const typed = `${sample.slice(0, firstPoint)}鑫${sample.slice(firstPoint)}`.replace(/^## (.+)$/m, '## $1鑫');
        const warm = await exportTo(browser, dir, typed, kept);
        expect(kept.pages.inPlace).toBe(1);
        expect(kept.pages.fontsSwapped).toBe(1);
        const cold = await expectAsCold(browser, warm, typed, 'new character');
        for (const output of ['slides', 'handout']) {
          const [warmPdf, coldPdf] = [warm.get(output)!, cold.get(output)!];
          // The same faces embedded, once each, and nothing drawn otherwise (a glyph of a cut that lacks it, a
          // face not loaded when printed, would draw differently).
          expect(await fontObjects(warmPdf), output).toEqual(await fontObjects(coldPdf));
          expect(largestDifference(warmPdf, coldPdf), output).toBeLessThanOrEqual(8);
        }
        expect(pageTexts(warm.get('slides')!).join('')).toContain('鑫');
        // Only the deck's cuts are in its folder: the last ones were replaced.
        const fonts = fs.readdirSync(path.join(dir, 'dist', 'talk', 'assets')).filter((n) => n.endsWith('.woff2'));
        expect(fonts).toHaveLength(3);
      } finally {
        await kept.close();
      }
    },
    600_000,
  );

  browserTest(
    'six a page: the sheets kept, the slides in their paper type from the kept page, as a cold export',
    async ({ browser }) => {
      const sample = fs.readFileSync(path.join(REPO, 'slides/qunzhong.md'), 'utf8');
      const firstPoint = sample.indexOf('\n', sample.indexOf('\n- ') + 1);
      const six: HandoutOptions = { perPage: 6, notes: false };
      const kept = new KeptOutputs();
      const reuse = vi.spyOn(kept, 'reuse');
      const dir = path.join(root, 'six');
      try {
        await exportTo(browser, dir, sample, kept, six);
        const typed = `${sample.slice(0, firstPoint)}群众${sample.slice(firstPoint)}`;
        const warm = await exportTo(browser, dir, typed, kept, six);
        expect(kept.pages.inPlace).toBe(1);
        // The sheets asked for again, and given: the handout's document is the same.
        const sheets = reuse.mock.calls.flatMap(([key], i) => (key.includes('handout sheets') ? [i] : []));
        expect(sheets).toHaveLength(2);
        expect(await reuse.mock.results[sheets[1]!]!.value).toBeDefined();
        const cold = await expectAsCold(browser, warm, typed, 'six', six);
        expect(largestDifference(warm.get('handout')!, cold.get('handout')!)).toBeLessThanOrEqual(8);
        expect(await fontObjects(warm.get('handout')!)).toEqual(await fontObjects(cold.get('handout')!));
      } finally {
        reuse.mockRestore();
        await kept.close();
      }
    },
    600_000,
  );

  browserTest(
    'holds what a freshly opened deck holds once updated in place',
    async ({ browser }) => {
      const sample = fs.readFileSync(path.join(REPO, 'slides/qunzhong.md'), 'utf8');
      const firstPoint = sample.indexOf('\n', sample.indexOf('\n- ') + 1);
      const kept = new KeptOutputs();
      const dir = path.join(root, 'dom');
      try {
        await exportTo(browser, dir, sample, kept);
        const typed = `${sample.slice(0, firstPoint)}\n- 群众工作${sample.slice(firstPoint)}`;
        const made = await exportTo(browser, dir, typed, kept);
        expect(kept.pages.inPlace).toBe(1);
        const [warm] = (await browser.pages()).filter((page) => page.url().includes('print-pdf'));
        const shown = await warm!.evaluate(() => document.querySelector('.reveal')!.outerHTML);
        // The same deck folder opened in a page of its own, as a cold export opens it.
        const fresh = await browser.newPage();
        try {
          await fresh.setViewport(warm!.viewport()!);
          await fresh.goto(warm!.url(), { waitUntil: 'load' });
          await fresh.waitForSelector('html[data-speechdeck-ready]');
          const opened = await fresh.evaluate(() => document.querySelector('.reveal')!.outerHTML);
          expect(firstDifference(shown, opened)).toBe('');
        } finally {
          await fresh.close();
        }
        expect(made.get('slides')).toBeDefined();
      } finally {
        await kept.close();
      }
    },
    600_000,
  );
});

/** Where two texts first differ, with some of each around it; empty when they are the same. */
function firstDifference(a: string, b: string): string {
  if (a === b) return '';
  let at = 0;
  while (a[at] === b[at]) at++;
  return `at ${at}: …${a.slice(at - 80, at + 80)}… / …${b.slice(at - 80, at + 80)}…`;
}
