// The look of official material, measured in Chromium at the slide's own size (docs: look.md): a statement ending in
// "，" stands centred, the {.background} title band hides the picture, sub-points sit with their parent, a divider's
// part number is large and gold, the light theme is red and gold, the logo on every slide when asked, and the footer's
// event stands at the slide's centre (16:9 and 4:3), sharing the line with a long part name in proportion.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { buildDeck } from '../../src/outputs/deck/folder.ts';
import { closeBrowser, launchBrowser } from '../../src/outputs/browser/launch.ts';
import { ROOT } from '../support/sample.ts';

const IMAGES = path.join(ROOT, 'tests/fixtures/layout/images');
const EVENT = '2025年度处级干部党性教育专题培训班交流研讨会';
const PART = '关于新时代加强基层党组织建设、提升群众工作能力和推进基层治理现代化的若干思考与体会';

function outline(theme: string, aspect: string): string {
  return [
    `---\ntitle: 提升做好新时代群众工作的能力\ntheme: ${theme}\naspect: "${aspect}"\nevent: ${EVENT}`,
    'logo: images/emblem.png\nlogoOnEverySlide: true\n---\n',
    `# ${PART}\n`,
    '## 坚持以人民为中心，\n',
    '## 田间地头 {.background}\n\n- 脚下沾有多少泥土\n\n![田间地头](images/landscape.png)\n',
    '## 两级要点\n\n- 理论武装\n  - 读原著学原文\n  - 悟原理\n- 实践锻炼\n  - 到基层一线去\n- 作风建设\n',
    '# 第二部分\n\n## 一页\n\n- 一点\n',
  ].join('\n');
}

let browser: Browser;
let work: string;
const pages = new Map<string, Page>();

beforeAll(async () => {
  browser = await launchBrowser();
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'speechdeck-look-'));
  for (const [theme, aspect] of [
    ['red', '16:9'],
    ['light', '4:3'],
  ] as const) {
    const dir = path.join(work, theme);
    await fs.cp(IMAGES, path.join(dir, 'images'), { recursive: true });
    const file = path.join(dir, 'look.md');
    await fs.writeFile(file, outline(theme, aspect));
    const built = await buildDeck(file, path.join(dir, 'dist'));
    const page = await browser.newPage();
    await page.setViewport({ width: aspect === '4:3' ? 1440 : 1920, height: 1080 });
    await page.goto(pathToFileURL(built.indexHtml).href, { waitUntil: 'load' });
    await page.waitForSelector('html[data-speechdeck-ready]', { timeout: 60_000 });
    // Every slide laid out at once, unscaled, as `check` measures them.
    await page.addStyleTag({
      content: '.reveal .slides section.sd-slide { display: block !important; transform: none !important; }',
    });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    pages.set(theme, page);
  }
}, 180_000);

afterAll(async () => {
  if (browser) await closeBrowser(browser);
  if (work) await fs.rm(work, { recursive: true, force: true });
});

/** The section of the slide titled `title` (its data-title). */
const slide = (title: string) => `section[data-title="${title}"]`;

describe.each(['red', 'light'])('the %s deck', (theme) => {
  const page = () => pages.get(theme)!;

  it('centres a statement ending in "，" on its words, not on the comma\'s empty half', async () => {
    const offset = await page().evaluate((selector) => {
      const heading = document.querySelector(`${selector} h2.sd-heading`)!;
      const header = heading.closest('.sd-frame')!.getBoundingClientRect();
      // the words and the comma's ink (the left half of its em)
      const size = parseFloat(getComputedStyle(heading).fontSize);
      const range = document.createRange();
      range.selectNodeContents(heading);
      const rects = [...range.getClientRects()];
      const left = Math.min(...rects.map((r) => r.left));
      const words = document.createRange();
      const text = [...heading.querySelectorAll('*'), heading]
        .flatMap((el) => [...el.childNodes])
        .filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes('，'))[0]!;
      words.setStart(text, text.textContent!.indexOf('，'));
      words.setEnd(text, text.textContent!.indexOf('，') + 1);
      const comma = words.getBoundingClientRect();
      const right = comma.left + size * 0.5;
      return {
        offset: (left + right) / 2 - (header.left + header.width / 2),
        left,
        right,
        header: header.left,
        width: header.width,
        rects: rects.map((r) => [r.left, r.width]),
      };
    }, slide('坚持以人民为中心，'));
    expect(Math.abs(offset.offset), JSON.stringify(offset)).toBeLessThan(4);
  });

  it('sets the {.background} title on an opaque band', async () => {
    const source = await page().evaluate(
      (selector) => getComputedStyle(document.querySelector(`${selector} .sd-header`)!).borderImageSource,
      slide('田间地头'),
    );
    const alphas = [...source.matchAll(/rgba\([^)]*,\s*([\d.]+)\)/g)].map((m) => Number(m[1]));
    expect(source).toMatch(/gradient/);
    expect(alphas.filter((a) => a < 0.95)).toEqual([]);
  });

  it('keeps sub-points nearer their parent than the next point', async () => {
    const gaps = await page().evaluate((selector) => {
      const items = [...document.querySelectorAll(`${selector} .sd-points > li`)];
      const ownText = (li: Element) => {
        const range = document.createRange();
        range.setStart(li, 0);
        range.setEndBefore(li.querySelector('.sd-subpoints') ?? li.lastChild!);
        return range.getBoundingClientRect();
      };
      const parent = ownText(items[0]!);
      const subs = [...items[0]!.querySelectorAll('.sd-subpoints > li')].map((li) => li.getBoundingClientRect());
      const next = ownText(items[1]!);
      return { toParent: subs[0]!.top - parent.bottom, toNext: next.top - subs.at(-1)!.bottom };
    }, slide('两级要点'));
    expect(gaps.toNext).toBeGreaterThan(gaps.toParent * 2);
  });

  it('anchors a divider on its part number, large and in gold', async () => {
    const number = await page().evaluate(() => {
      const element = document.querySelector('section.sd-divider .sd-part-number')!;
      const caption = document.querySelector('section.sd-divider .sd-part-caption')!;
      const gold = getComputedStyle(document.documentElement).getPropertyValue('--sd-gold').trim();
      const probe = document.createElement('i');
      probe.style.color = gold;
      document.body.append(probe);
      const goldRgb = getComputedStyle(probe).color;
      probe.remove();
      return {
        text: element.textContent,
        ratio: parseFloat(getComputedStyle(element).fontSize) / parseFloat(getComputedStyle(caption).fontSize),
        color: getComputedStyle(element).color,
        goldRgb,
      };
    });
    expect(number.text).toBe('01');
    expect(number.ratio).toBeGreaterThanOrEqual(2);
    expect(number.color).toBe(number.goldRgb);
  });

  it('keeps to red and gold (no slate blue) for accents and headings', async () => {
    const colours = await page().evaluate(() => {
      const root = getComputedStyle(document.documentElement);
      return ['--sd-accent', '--sd-heading', '--sd-gold', '--sd-field-title', '--sd-field-accent'].map((name) => {
        const probe = document.createElement('i');
        probe.style.color = root.getPropertyValue(name).trim();
        document.body.append(probe);
        const rgb = getComputedStyle(probe).color.match(/\d+/g)!.map(Number);
        probe.remove();
        return { name, rgb };
      });
    });
    for (const { name, rgb } of colours) {
      const [r, g, b] = rgb as [number, number, number];
      // red, gold or white: blue never the strongest channel
      expect(b <= r && b <= g, `${name} rgb(${rgb})`).toBe(true);
    }
  });

  it('shows the logo small at the top left of content slides, left of the title, not on the divider', async () => {
    const facts = await page().evaluate((selector) => {
      const logo = document.querySelector(`${selector} img.sd-corner-logo`);
      const title = document.querySelector(`${selector} h2.sd-heading`)!.getBoundingClientRect();
      const frame = document.querySelector(`${selector} .sd-frame`)!.getBoundingClientRect();
      const box = logo?.getBoundingClientRect();
      return {
        loaded: logo instanceof HTMLImageElement && logo.complete && logo.naturalWidth > 0,
        box: box && { left: box.left - frame.left, right: box.right - frame.left, top: box.top - frame.top },
        titleLeft: title.left - frame.left,
        onDivider: document.querySelectorAll('section.sd-divider img.sd-corner-logo').length,
      };
    }, slide('两级要点'));
    expect(facts.loaded).toBe(true);
    expect(facts.box!.left).toBeGreaterThan(0);
    expect(facts.box!.right).toBeLessThanOrEqual(facts.titleLeft);
    expect(facts.box!.top).toBeLessThan(120);
    expect(facts.onDivider).toBe(0);
  });
});

describe.each(['red', 'light'])('the %s deck’s footer with a long part name and a long event', (theme) => {
  it('stands the event at the slide’s centre and shows much of both rather than cutting one to a few characters', async () => {
    const shown = await pages.get(theme)!.evaluate((selector) => {
      // the share of its whole text (its title, where the deck cut it) that is drawn
      const visible = (element: Element) => {
        const e = element as HTMLElement;
        const drawn = e.scrollWidth <= e.clientWidth + 1 ? 1 : e.clientWidth / e.scrollWidth;
        const whole = e.title || e.textContent!;
        return (drawn * e.textContent!.replace(/…$/, '').length) / whole.length;
      };
      const frame = document.querySelector(`${selector} .sd-frame`)!.getBoundingClientRect();
      const footer = document.querySelector(`${selector} .sd-footer`)!;
      const event = footer.querySelector('.sd-footer-event')!.getBoundingClientRect();
      const page = footer.querySelector('.sd-footer-page')!;
      return {
        part: visible(footer.querySelector('.sd-footer-part')!),
        event: visible(footer.querySelector('.sd-footer-event')!),
        page: visible(page),
        offset: event.left + event.width / 2 - (frame.left + frame.width / 2),
        eventWidth: event.width,
      };
    }, slide('两级要点'));
    expect(Math.abs(shown.offset), JSON.stringify(shown)).toBeLessThan(2);
    expect(shown.page).toBe(1);
    // in proportion to their lengths: neither gives up more than the other, and each keeps over a third
    expect(Math.abs(shown.event - shown.part), JSON.stringify(shown)).toBeLessThan(0.12);
    expect(shown.event, JSON.stringify(shown)).toBeGreaterThan(0.35);
    expect(shown.eventWidth).toBeGreaterThan(8 * 27);
  });

  it('shows the event whole at the centre of a slide whose part name is short', async () => {
    const shown = await pages.get(theme)!.evaluate((selector) => {
      const frame = document.querySelector(`${selector} .sd-frame`)!.getBoundingClientRect();
      const event = document.querySelector(`${selector} .sd-footer-event`) as HTMLElement;
      const box = event.getBoundingClientRect();
      return {
        whole: event.scrollWidth <= event.clientWidth + 1,
        text: event.textContent,
        offset: box.left + box.width / 2 - (frame.left + frame.width / 2),
      };
    }, slide('一页'));
    expect(shown.text).toBe(EVENT);
    expect(shown.whole).toBe(true);
    expect(Math.abs(shown.offset), JSON.stringify(shown)).toBeLessThan(2);
  });
});
