// `speechdeck dev` speaks to a newcomer (here in Chinese, `--lang zh`): a save that breaks the outline shows
// speechdeck's own overlay (file:line, what is wrong, the fix, the line with the place marked), never Vite's; Esc
// closes it and the badge's list without opening reveal's overview; the badge never mixes findings of an earlier
// save with the latest; the terminal lists what the badge lists.
import fs from 'node:fs';
import { describe, expect } from 'vitest';
import { OVERFLOWING, overflowDevTest } from '../support/overflow-dev.ts';

const fitting = OVERFLOWING.replace(/- 第(七|八|九|十|十一|十二)条.*\n/g, '');
/** Line 9 opens notes that are never closed: the next slide, at line 13, runs into them. */
const unclosed = fitting.replace(
  '先说结论，再讲理由\n\n::: notes\n今天我想用几分钟时间，谈谈怎样把一页幻灯片写得简洁明白，让后排的同事也能看清楚。\n:::',
  '先说结论，再讲理由\n\n::: notes\n今天我想用几分钟时间，谈谈怎样把一页幻灯片写得简洁明白，让后排的同事也能看清楚。\n',
);

const { it, at } = overflowDevTest(
  ['--lang', 'zh'],
  // Every label the badge shows, recorded in the page from its first load.
  (opening) =>
    opening.evaluateOnNewDocument(() => {
      const seen: string[] = [];
      (window as unknown as { badgeLabels: string[] }).badgeLabels = seen;
      new MutationObserver(() => {
        const label = document.querySelector('#sd-check button')?.textContent;
        if (label && label !== seen.at(-1)) seen.push(label);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    }),
);

const badgeSays = (text: string) =>
  at.page.waitForFunction(
    (t) => document.querySelector('#sd-check button')?.textContent === t,
    { timeout: 20_000 },
    text,
  );
const isOverview = () =>
  at.page.evaluate(() => (window as unknown as { speechdeck: { isOverview(): boolean } }).speechdeck.isOverview());
/** Every label the badge has shown since the page opened, in order (recorded in the page as it changes). */
const labels = () => at.page.evaluate(() => (window as unknown as { badgeLabels: string[] }).badgeLabels);

describe('speechdeck dev, for a newcomer', () => {
  it('lists the same findings in the badge and in the terminal, the slide the plan continues included', async () => {
    await badgeSays('0:25 · 1 个警告');
    const terminal = await at.dev.printed(/已自动接续/);
    await at.page.click('#sd-check button');
    // Each item without its severity and hint: "13:1  第 3 页… 已自动接续…".
    const items = await at.page.$$eval('#sd-check li', (list) =>
      list.map((item) =>
        [...item.childNodes]
          .filter((node) => !['B', 'SMALL'].includes(node.nodeName))
          .map((node) => node.textContent)
          .join(''),
      ),
    );
    expect(items).toHaveLength(1);
    // The terminal says the same, after the file's name (and shows `code` with its backticks).
    for (const item of items) expect(terminal.replaceAll('`', '')).toContain(`slides/talk.md:${item}`);
  });

  it("closes the badge's list with Esc, and reveal.js does not open its overview", async () => {
    expect(await at.page.$('#sd-check li')).not.toBeNull();
    await at.page.keyboard.press('Escape');
    expect(await at.page.$('#sd-check li')).toBeNull();
    expect(await isOverview()).toBe(false);
    // With nothing of ours open, Esc is reveal.js's again.
    await at.page.keyboard.press('Escape');
    expect(await isOverview()).toBe(true);
    await at.page.keyboard.press('Escape');
    expect(await isOverview()).toBe(false);
  });

  it('shows an outline error in its own overlay, at its line, with the line quoted and marked; the badge has only that error', async () => {
    fs.writeFileSync(at.outline, unclosed);
    await at.page.waitForSelector('#sd-error', { timeout: 20_000 });
    const overlay = await at.page.$eval('#sd-error', (element) => ({
      title: element.querySelector('h2')!.textContent,
      where: element.querySelector('.sd-error-where')!.textContent,
      message: element.querySelector('.sd-error-message')!.textContent,
      hint: element.querySelector('.sd-error-hint')!.textContent,
      line: element.querySelector('pre')!.textContent,
      marked: element.querySelector('pre mark')!.textContent,
      code: [...element.querySelectorAll('.sd-error-message code, .sd-error-hint code')].map(
        (code) => code.textContent,
      ),
    }));
    expect(overlay).toEqual({
      title: 'slides/talk.md 有错误：页面上仍是上一个没有错误的版本',
      where: 'slides/talk.md:9:1',
      message: '::: notes 没有结束，下一页从第 13 行开始',
      hint: '在备注结尾、第 13 行之前加一行 :::。',
      code: ['::: notes', ':::'],
      line: '9 │ ::: notes',
      marked: ':',
    });
    expect(await at.page.$('vite-error-overlay')).toBeNull();
    await badgeSays('1 个错误');
    expect(await at.dev.printed(/talk\.md:9:1 {2}`::: notes` 没有结束/)).toContain(
      '在备注结尾、第 13 行之前加一行 `:::`。',
    );
  });

  it('hides the overlay with Esc, without opening the overview', async () => {
    await at.page.keyboard.press('Escape');
    expect(await at.page.$('#sd-error')).toBeNull();
    expect(await isOverview()).toBe(false);
  });

  it('takes the overlay away and measures the new slides when a save fixes the outline, never showing an older finding', async () => {
    // Shorter notes than the first save's: the badge's time tells the saves apart.
    fs.writeFileSync(
      at.outline,
      fitting.replace('所以，一页只讲几件事，其余的留在讲稿里说。', '所以，一页只讲几件事。'),
    );
    await at.page.waitForFunction(() => document.querySelector('#sd-check button')?.textContent?.endsWith('没有问题'), {
      timeout: 20_000,
    });
    expect(await at.page.$('#sd-error')).toBeNull();
    // Every label the badge ever showed belongs to one save: the first (its full slide continued by the plan), the
    // broken one, the fixed one. The first's finding never appeared beside a later save's findings.
    const shown = await labels();
    const fixed = shown.at(-1)!;
    expect(fixed).toMatch(/^0:2[0-4] · 没有问题$/);
    expect(shown).toEqual(['0:25 · 1 个警告', '1 个错误', fixed]);
  });
});
