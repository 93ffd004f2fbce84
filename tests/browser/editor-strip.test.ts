// The editor's strip of slides stays on the cursor's slide in a talk wider than the strip: reveal.js puts its own
// element's scroll back to the start every second (its scroll prevention), so the strip must scroll something else.
import { describe, expect } from 'vitest';
import type { Frame } from 'puppeteer-core';
import { editorTest } from '../support/servers.ts';

const SLIDES = 24;
const OUTLINE = [
  '---',
  'title: 长的讲话',
  '---',
  '',
  ...Array.from({ length: SLIDES }, (_, i) => [`## 第${i + 1}页`, '', `- 要点${i + 1}`, '']).flat(),
].join('\n');

const it = editorTest(OUTLINE);

/** Whether the strip's marked slide lies wholly inside the strip's frame. */
const markedInView = (strip: Frame) =>
  strip.evaluate(() => {
    const marked = document.querySelector('.sd-strip-current');
    if (!marked) return false;
    const box = marked.getBoundingClientRect();
    return box.left >= 0 && box.right <= window.innerWidth;
  });

describe("the editor's strip", () => {
  it("stays on the cursor's slide when reveal.js puts its own scroll back", async ({ page }) => {
    const strip = (await (await page.$('.sd-thumbs-frame'))!.contentFrame())!;
    await strip.waitForFunction(
      (count: number) => document.querySelectorAll('.reveal .slides > section').length >= count,
      { timeout: 30_000 },
      SLIDES,
    );
    // The strip is wider than its frame: the last slides start out of view.
    expect(
      await strip.evaluate(() => document.querySelector('.reveal .slides')!.scrollWidth > window.innerWidth * 2),
    ).toBe(true);
    // The cursor on the last slide's point.
    await page.evaluate((wanted: string) => {
      const view = (
        window as unknown as {
          speechdeckView: { state: { doc: { toString(): string } }; dispatch(spec: unknown): void; focus(): void };
        }
      ).speechdeckView;
      view.dispatch({ selection: { anchor: view.state.doc.toString().indexOf(wanted) } });
      view.focus();
    }, `要点${SLIDES}`);
    await strip.waitForFunction(() => document.querySelector('.sd-strip-current')?.textContent?.includes('第24页'));
    await strip.waitForFunction(() => {
      const box = document.querySelector('.sd-strip-current')!.getBoundingClientRect();
      return box.left >= 0 && box.right <= window.innerWidth;
    });
    // What reveal.js does every second (its scroll prevention, in reveal.js's own code: `if (wrapper.scrollTop !== 0
    // || wrapper.scrollLeft !== 0) wrapper.scrollTop = wrapper.scrollLeft = 0`), done now rather than waited for.
    await strip.evaluate(() => {
      const wrapper = document.querySelector<HTMLElement>('.reveal')!;
      if (wrapper.scrollTop !== 0 || wrapper.scrollLeft !== 0) {
        wrapper.scrollTop = 0;
        wrapper.scrollLeft = 0;
      }
    });
    expect(await markedInView(strip)).toBe(true);
  });
});
