// The meeting's talks print in a few pages kept from one talk to the next (browser/launch.ts's keepPages and
// donePage), not in a new window for each; a handout printed in a kept page is the one a fresh page prints; and the
// meeting cuts its fonts once, for the talks' decks, their handouts and the bound PDF's cover and contents.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { meetingCommand } from '../../src/commands/meeting.ts';
import { endCutter } from '../../src/fonts/cutter.ts';
import { closeBrowser, keepPages, launchBrowser } from '../../src/outputs/browser/launch.ts';
import { buildDeck } from '../../src/outputs/deck/folder.ts';
import { exportHandout } from '../../src/outputs/pdf/handout.ts';
import { SAMPLE_OUTLINE } from '../support/sample.ts';

const seen = vi.hoisted(() => ({ pages: new Set<unknown>(), fonts: '' }));

// The fonts' cache in a folder of this file's own, empty at first: what the meeting cuts is what it holds after.
vi.mock('../../src/files/cache.ts', async (original) => {
  const { ownFontsCache } = await import('../support/fonts-cache.ts');
  const cache = ownFontsCache(await original<typeof import('../../src/files/cache.ts')>());
  seen.fonts = cache.folder;
  return cache.module;
});

// Every page the outputs are given, counted once however often it is given.
vi.mock('../../src/outputs/browser/launch.ts', async (original) => {
  const real = await original<typeof import('../../src/outputs/browser/launch.ts')>();
  return {
    ...real,
    async newPage(...args: Parameters<typeof real.newPage>) {
      const page = await real.newPage(...args);
      seen.pages.add(page);
      return page;
    },
  };
});

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-meeting-pages-'));

afterAll(async () => {
  await endCutter();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(seen.fonts, { recursive: true, force: true });
});

/** A short talk of its own words. */
const talk = (title: string, speaker: string, words: string) =>
  `---\ntitle: ${title}\nspeaker: ${speaker}\n---\n\n## 一、${words}\n\n- ${words}第一\n- ${words}第二\n\n::: notes\n我讲${words}。\n:::\n\n## 二、再说${words}\n\n- ${words}第三\n`;

const TALKS = [
  ['把基层治理的功夫下在平时', '李某某', '网格员走访'],
  ['用数据跑路代替群众跑腿', '王某某', '一网通办'],
  ['让老旧小区焕发新活力', '赵某某', '加装电梯'],
  ['守好群众的钱袋子', '钱某某', '资金监管'],
  ['把矛盾化解在基层', '孙某某', '人民调解'],
] as const;

/** Each page of a PDF drawn small in grey, as bytes. */
function drawn(pdf: string): Buffer {
  return execFileSync('pdftoppm', ['-r', '24', '-gray', pdf]);
}

describe('the meeting’s pages and fonts', () => {
  it('prints five talks in the pages two at a time need, and cuts its fonts once', async () => {
    fs.mkdirSync(path.join(dir, 'slides'));
    const lines = ['title: 基层治理交流会', 'date: 2026-11-27', 'organization: 某某单位', 'talks:'];
    for (const [i, [title, speaker, words]] of TALKS.entries()) {
      fs.writeFileSync(path.join(dir, `slides/t${i}.md`), talk(title, speaker, words));
      lines.push(`  - outline: slides/t${i}.md`);
    }
    const file = path.join(dir, 'meeting.yaml');
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    const asked = process.env.SPEECHDECK_MEETING_TALKS;
    process.env.SPEECHDECK_MEETING_TALKS = '2';
    seen.pages.clear();
    try {
      expect(await meetingCommand(file)).toBe(0);
    } finally {
      if (asked === undefined) delete process.env.SPEECHDECK_MEETING_TALKS;
      else process.env.SPEECHDECK_MEETING_TALKS = asked;
    }
    const bound = path.join(dir, 'dist/meeting/meeting.pdf');
    expect(fs.existsSync(bound)).toBe(true);
    // one page number a page, the volume's: the talks' handouts leave out their own "第 1 页 / 共 1 页"
    const pages = execFileSync('pdftotext', ['-layout', bound, '-'], { encoding: 'utf8' }).split('\f').slice(2, -1);
    expect(pages.length).toBeGreaterThanOrEqual(TALKS.length);
    for (const [i, text] of pages.entries()) {
      expect(text, `page ${i + 3}`).toMatch(new RegExp(`-\\s*${i + 3}\\s*-`, 'u'));
      expect(text, `page ${i + 3}`).not.toMatch(/第\s*\d+\s*页\s*\/\s*共/u);
    }
    // two talks at a time: two pages for the five handouts and the cover and contents, not a window for each
    expect(seen.pages.size).toBeGreaterThan(0);
    expect(seen.pages.size).toBeLessThanOrEqual(2);
    // one cut of each face: no other for the handouts' words or the contents'
    const cuts = fs.readdirSync(seen.fonts).filter((name) => name.endsWith('.woff2'));
    const faces = cuts.map((name) => name.replace(/-[0-9a-f]{16}\.woff2$/, ''));
    expect(faces.length).toBeGreaterThan(0);
    expect(faces.length).toBe(new Set(faces).size);
  }, 300_000);

  it('prints a handout in a page kept from another talk as a fresh page prints it', async () => {
    const other = path.join(dir, 'other.md');
    fs.writeFileSync(other, talk(...TALKS[0]));
    const [first, sample] = await Promise.all([
      buildDeck(other, path.join(dir, 'kept')),
      buildDeck(SAMPLE_OUTLINE, path.join(dir, 'kept')),
    ]);
    const kept = path.join(dir, 'kept.pdf');
    const fresh = path.join(dir, 'fresh.pdf');
    const keeping = await launchBrowser();
    try {
      keepPages(keeping);
      seen.pages.clear();
      await exportHandout(keeping, first, path.join(dir, 'first.pdf'));
      await exportHandout(keeping, sample, kept);
      // the sample's handout in the page the other talk's was printed in
      expect(seen.pages.size).toBe(1);
    } finally {
      await closeBrowser(keeping);
    }
    const browser = await launchBrowser();
    try {
      await exportHandout(browser, sample, fresh);
    } finally {
      await closeBrowser(browser);
    }
    expect(drawn(kept).equals(drawn(fresh))).toBe(true);
  }, 300_000);
});
