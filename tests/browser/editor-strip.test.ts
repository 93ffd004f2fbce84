// The editor's strip of slides stays on the cursor's slide in a talk wider than the strip: reveal.js puts its own
// element's scroll back to the start every second (its scroll prevention), so the strip must scroll something else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'puppeteer-core';
import { closeBrowser, launchBrowser } from '../../src/outputs/browser/launch.ts';
import { startEditorProject } from '../support/editor-server.ts';
import type { EditorProject } from '../support/editor-server.ts';

const SLIDES = 24;
const OUTLINE = [
  '---',
  'title: 长的讲话',
  '---',
  '',
  ...Array.from({ length: SLIDES }, (_, i) => [`## 第${i + 1}页`, '', `- 要点${i + 1}`, '']).flat(),
].join('\n');

let project: EditorProject;
let browser: Browser | undefined;
let page: Page;

beforeAll(async () => {
  project = await startEditorProject(OUTLINE);
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 800 });
  await page.goto(`${project.origin}/edit?k=${project.token}`);
  await page.waitForFunction(
    () => (window as unknown as { speechdeckEditor?: { renders: number } }).speechdeckEditor?.renders,
    {
      timeout: 60_000,
    },
  );
}, 120_000);

afterAll(async () => {
  if (browser) await closeBrowser(browser);
  await project?.remove();
});

/** Whether the strip's marked slide lies wholly inside the strip's frame. */
const markedInView = (strip: Frame) =>
  strip.evaluate(() => {
    const marked = document.querySelector('.sd-strip-current');
    if (!marked) return false;
    const box = marked.getBoundingClientRect();
    return box.left >= 0 && box.right <= window.innerWidth;
  });

describe("the editor's strip", () => {
  it("stays on the cursor's slide when reveal.js puts its own scroll back", async () => {
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
