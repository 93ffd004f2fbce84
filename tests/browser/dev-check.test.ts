// `speechdeck dev` shows what `check` finds: a badge in the page (overflow measured there), a line per finding in
// the terminal, both refreshed when the outline is saved; never in print view.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect } from 'vitest';
import type { Page } from 'puppeteer-core';
import { ROOT } from '../support/sample.ts';
import { shown } from '../support/cli.ts';
import type { DevServer } from '../support/dev-server.ts';
import { devTest, temporaryProject } from '../support/servers.ts';

const overflowing = fs.readFileSync(path.join(ROOT, 'tests/fixtures/check/overflow.md'), 'utf8');

const it = devTest({
  project: () => temporaryProject({ 'slides/talk.md': overflowing }),
  args: ['--lang', 'en'],
  hash: '#/2',
});
let dev: DevServer;
let page: Page;
let outline: string;

it.beforeAll(async ({ dev: started, page: opened, project }) => {
  dev = started;
  page = opened;
  outline = path.join(project.root, 'slides/talk.md');
});

const badge = () => page.evaluate(() => document.querySelector('#sd-check button')?.textContent ?? '');
/** Each test waits for what its save shows before the next save, so every save is an event of its own. */
const save = (text: string) => fs.writeFileSync(outline, text);

describe('speechdeck dev with check', () => {
  it('shows the slide too full to fit, continued by the plan, in a badge with its line', async () => {
    await page.waitForFunction(() => document.querySelector('#sd-check button')?.textContent?.includes('1 warning'), {
      timeout: 20_000,
    });
    // The page has measured the slides too: nothing runs over once the plan has continued the full one.
    expect(await badge()).toBe('0:25 · 1 warning');
    await page.click('#sd-check button');
    const items = await page.$$eval('#sd-check li', (list) => list.map((item) => item.textContent));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatch(/^warning 13:1 {2}slide 3 “这一页要点太多” does not fit even in smaller type/);
  });

  it('updates the badge and prints the findings in the terminal when the outline is saved', async () => {
    // (`.` stops before a CR: the fixture may have Windows line ends)
    const fixed = overflowing
      .replace(/- 第(七|八|九|十|十一|十二)条.*\r?\n/g, '')
      .replace('title: 一页写得太满的发言', 'title: 一页写得太满的发言\nduration: 5');
    save(fixed);
    // The overflow goes once the page has measured the new slides.
    await page.waitForFunction(
      () => document.querySelector('#sd-check button')?.textContent === '0:25 of 5 min · 1 warning',
      { timeout: 20_000 },
    );
    expect(await dev.printed(/less than half/)).toContain(
      `warning  ${shown('slides/talk.md')}:3:1  the talk runs about 0:25, less than half of its 5-minute slot`,
    );
  });

  it('shows every outline problem in the badge when a save breaks the outline', async () => {
    save(overflowing.replace('title: ', 'titel: ').replace('## 开场', '##'));
    await page
      .waitForFunction(() => document.querySelector('#sd-check button')?.textContent?.includes('3 errors'), {
        timeout: 20_000,
      })
      .catch(async (error: Error) => {
        throw new Error(`${error.message}; the badge says “${await badge()}”; the terminal says:\n${dev.output()}`);
      });
    const items = await page.$$eval('#sd-check li', (list) => list.map((item) => item.textContent));
    expect(items.map((item) => item?.split('  ')[0])).toEqual(['error 1:1', 'error 2:1', 'error 5:1']);
  });

  it('has no badge in print view', async ({ browser }) => {
    const print = await browser.newPage();
    try {
      await print.goto(`${page.url().split('#')[0]}?print-pdf`);
      await print.waitForSelector('html[data-speechdeck-ready]', { timeout: 60_000 });
      expect(await print.$('#sd-check')).toBeNull();
    } finally {
      await print.close();
    }
  });
});
