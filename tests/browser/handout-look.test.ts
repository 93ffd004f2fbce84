// The handout's pages as Chromium lays them out (the frames it measures are where the slides are stamped): a 4:3
// slide stands in the middle of its cell at four and six a page, and the header shows a long title whole, moving
// the meeting's words under it rather than shortening the title with "…".
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { planDeck } from '../../src/deck/index.ts';
import { parseOutline } from '../../src/outline/index.ts';
import { closeBrowser, launchBrowser } from '../../src/outputs/browser/launch.ts';
import { A4_PX, paperStylesheets } from '../../src/outputs/pdf/paper.ts';
import { handoutDocument } from '../../src/outputs/pdf/handout-html.ts';
import type { PerPage } from '../../src/outputs/pdf/handout-html.ts';

const OUTLINE = [
  '---',
  'title: 学习贯彻党的二十届四中全会精神奋力谱写中国式现代化新篇章的几点体会',
  'aspect: "4:3"',
  'event: 2025年度处级干部党性教育专题培训班交流研讨会',
  'date: 2026-11-27',
  '---',
  '',
  ...Array.from({ length: 7 }, (_, i) => `## 第${i + 1}页\n\n- 要点\n`),
].join('\n');

let browser: Browser;
let work: string;

beforeAll(async () => {
  browser = await launchBrowser();
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'speechdeck-handout-look-'));
});

afterAll(async () => {
  if (browser) await closeBrowser(browser);
  if (work) await fs.rm(work, { recursive: true, force: true });
});

/** The handout laid out at A4 (landscape at four a page), measured. */
async function laidOut(perPage: PerPage) {
  const plan = planDeck(parseOutline(OUTLINE, 'slides/talk.md'));
  const file = path.join(work, `handout-${perPage}.html`);
  // (no fonts of the deck's own: the geometry is the stylesheet's)
  const stylesheets = paperStylesheets(plan.meta.theme, 'data:text/css,', 'handout');
  await fs.writeFile(file, handoutDocument(plan, { perPage, notes: false }, stylesheets));
  const page = await browser.newPage();
  try {
    const landscape = perPage === 4;
    await page.setViewport({
      width: landscape ? A4_PX.height : A4_PX.width,
      height: landscape ? A4_PX.width : A4_PX.height,
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return await page.evaluate(() => {
      const title = document.querySelector<HTMLElement>('.sd-handout-title')!;
      const meeting = document.querySelector<HTMLElement>('.sd-handout-meeting')!;
      return {
        titleCut: title.scrollWidth > title.clientWidth + 1,
        meetingCut: meeting.scrollWidth > meeting.clientWidth + 1,
        offsets: [...document.querySelectorAll('.sd-cell')].map((cell) => {
          const c = cell.getBoundingClientRect();
          const f = cell.querySelector('.sd-frame')!.getBoundingClientRect();
          return f.left + f.width / 2 - (c.left + c.width / 2);
        }),
        frameBelowHeader: document.querySelector('.sd-cells')!.getBoundingClientRect().top,
        headerBottom: document.querySelector('.sd-handout-header')!.getBoundingClientRect().bottom,
      };
    });
  } finally {
    await page.close();
  }
}

describe('the handout of a 4:3 deck', () => {
  it.each([4, 6] as const)('centres each slide in its cell at %i a page', async (perPage) => {
    const { offsets } = await laidOut(perPage);
    expect(offsets.length).toBeGreaterThan(0);
    for (const offset of offsets) expect(Math.abs(offset)).toBeLessThan(1);
  });

  it.each([3, 6] as const)(
    'shows a long title whole in the header at %i a page, and the meeting too',
    async (perPage) => {
      const facts = await laidOut(perPage);
      expect(facts.titleCut).toBe(false);
      expect(facts.meetingCut).toBe(false);
      expect(facts.frameBelowHeader).toBeGreaterThanOrEqual(facts.headerBottom);
    },
  );
});
