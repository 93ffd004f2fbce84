// `speechdeck dev` shows what `check` finds: a badge in the page (overflow measured there), a line per finding in
// the terminal, both refreshed when the outline is saved; never in print view.
import fs from 'node:fs';
import { describe, expect } from 'vitest';
import { shown } from '../support/cli.ts';
import { OVERFLOWING, overflowDevTest } from '../support/overflow-dev.ts';

const { it, at } = overflowDevTest(['--lang', 'en']);

const badge = () => at.page.evaluate(() => document.querySelector('#sd-check button')?.textContent ?? '');
/** Each test waits for what its save shows before the next save, so every save is an event of its own. */
const save = (text: string) => fs.writeFileSync(at.outline, text);

describe('speechdeck dev with check', () => {
  it('shows the slide too full to fit, continued by the plan, in a badge with its line', async () => {
    await at.page.waitForFunction(
      () => document.querySelector('#sd-check button')?.textContent?.includes('1 warning'),
      {
        timeout: 20_000,
      },
    );
    // The page has measured the slides too: nothing runs over once the plan has continued the full one.
    expect(await badge()).toBe('0:25 · 1 warning');
    await at.page.click('#sd-check button');
    const items = await at.page.$$eval('#sd-check li', (list) => list.map((item) => item.textContent));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatch(/^warning 13:1 {2}slide 3 “这一页要点太多” does not fit even in smaller type/);
  });

  it('updates the badge and prints the findings in the terminal when the outline is saved', async () => {
    // (`.` stops before a CR: the fixture may have Windows line ends)
    const fixed = OVERFLOWING.replace(/- 第(七|八|九|十|十一|十二)条.*\r?\n/g, '').replace(
      'title: 一页写得太满的发言',
      'title: 一页写得太满的发言\nduration: 5',
    );
    save(fixed);
    // The overflow goes once the page has measured the new slides.
    await at.page.waitForFunction(
      () => document.querySelector('#sd-check button')?.textContent === '0:25 of 5 min · 1 warning',
      { timeout: 20_000 },
    );
    expect(await at.dev.printed(/less than half/)).toContain(
      `warning  ${shown('slides/talk.md')}:3:1  the talk runs about 0:25, less than half of its 5-minute slot`,
    );
  });

  it('shows every outline problem in the badge when a save breaks the outline', async () => {
    save(OVERFLOWING.replace('title: ', 'titel: ').replace('## 开场', '##'));
    await at.page
      .waitForFunction(() => document.querySelector('#sd-check button')?.textContent?.includes('3 errors'), {
        timeout: 20_000,
      })
      .catch(async (error: Error) => {
        throw new Error(`${error.message}; the badge says “${await badge()}”; the terminal says:\n${at.dev.output()}`);
      });
    const items = await at.page.$$eval('#sd-check li', (list) => list.map((item) => item.textContent));
    expect(items.map((item) => item?.split('  ')[0])).toEqual(['error 1:1', 'error 2:1', 'error 5:1']);
  });

  it('has no badge in print view', async ({ browser }) => {
    const print = await browser.newPage();
    try {
      await print.goto(`${at.page.url().split('#')[0]}?print-pdf`);
      await print.waitForSelector('html[data-speechdeck-ready]', { timeout: 60_000 });
      expect(await print.$('#sd-check')).toBeNull();
    } finally {
      await print.close();
    }
  });
});
