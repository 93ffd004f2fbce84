// Switching outlines in the editor's page, in Chinese: the list holds the project's slides/*.md, switching saves the
// text first and opens the other outline; a new outline is made from `speechdeck new`'s template under a safe name,
// and a name already taken is refused with nothing overwritten.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect } from 'vitest';
import type { HTTPRequest, Page } from 'puppeteer-core';
import { starterOutline } from '../../src/outline/starter.ts';
import { editorTest } from '../support/servers.ts';
import type { EditorProject } from '../support/editor-server.ts';

const TALK = '---\ntitle: 第一篇\n---\n\n## 甲页\n\n- 要点甲\n';
const OTHER = '---\ntitle: 第二篇\n---\n\n## 乙页\n\n- 要点乙\n';

let project: EditorProject;
let page: Page;

interface EditorWindow {
  speechdeckEditor: { renders: number };
  speechdeckView: {
    state: { doc: { toString(): string; length: number } };
    dispatch(spec: unknown): void;
  };
}

const docText = () => page.evaluate(() => (window as unknown as EditorWindow).speechdeckView.state.doc.toString());
const slidesFile = (name: string) => path.join(project.root, 'slides', name);

/** Waits for the page (after a load or a reload) to show an outline whose text holds `text`. */
async function shows(text: string, on: Page = page): Promise<void> {
  await on.waitForFunction(
    (wanted) => {
      const win = window as unknown as Partial<EditorWindow>;
      return (win.speechdeckEditor?.renders ?? 0) > 0 && win.speechdeckView?.state.doc.toString().includes(wanted);
    },
    { timeout: 60_000 },
    text,
  );
  await on.waitForSelector('.sd-outlines[data-ready]');
}

const listed = () =>
  page.$$eval('.sd-outlines option', (options) =>
    options.map((option) => ({ file: option.textContent, selected: (option as HTMLOptionElement).selected })),
  );

const it = editorTest(TALK, {
  language: 'zh',
  files: { 'slides/other.md': OTHER },
  ready: (opened) => shows('要点甲', opened),
});

it.beforeAll(async ({ editor, page: opened }) => {
  project = editor;
  page = opened;
});

describe('switching outlines in the page', () => {
  it("lists the project's outlines, the one edited chosen", async () => {
    expect(await listed()).toEqual([
      { file: 'slides/other.md', selected: false },
      { file: 'slides/talk.md', selected: true },
    ]);
    expect(await page.$eval('.sd-new-outline', (button) => button.textContent)).toBe('新建大纲…');
  });

  it('saves the text typed, then opens the outline chosen', async () => {
    await page.click('.sd-autosave input'); // off: the text typed is unsaved when the switch is asked for
    await page.evaluate(() => {
      const view = (window as unknown as EditorWindow).speechdeckView;
      view.dispatch({ changes: { from: view.state.doc.length, insert: '- 切换前写的\n' } });
    });
    await page.select('.sd-outlines', 'slides/other.md');
    await shows('要点乙');
    expect(fs.readFileSync(project.outline, 'utf8')).toContain('- 切换前写的');
    expect(await listed()).toContainEqual({ file: 'slides/other.md', selected: true });
    expect(await page.title()).toContain('other.md');
    await page.waitForFunction(() =>
      (document.querySelector('.sd-preview-frame') as HTMLIFrameElement).contentDocument
        ?.querySelector('.slides')
        ?.textContent?.includes('要点乙'),
    );
    // What is typed now goes into the other outline.
    await page.evaluate(() => {
      const view = (window as unknown as EditorWindow).speechdeckView;
      view.dispatch({ changes: { from: view.state.doc.length, insert: '- 第二篇加的\n' } });
    });
    await page.keyboard.down('Control');
    await page.keyboard.press('s');
    await page.keyboard.up('Control');
    await expect
      .poll(() => fs.readFileSync(slidesFile('other.md'), 'utf8'), { timeout: 10_000 })
      .toContain('第二篇加的');
    expect(fs.readFileSync(project.outline, 'utf8')).not.toContain('第二篇加的');
    await page.click('.sd-autosave input');
  });

  it('makes a new outline from the template under a safe name, and opens it', async () => {
    await page.click('.sd-new-outline');
    await page.waitForSelector('.sd-new-name');
    await page.type('.sd-new-name', '学习/体会');
    await page.click('.sd-new-make');
    await shows('发言的题目');
    const made = slidesFile('学习-体会.md');
    expect(fs.readFileSync(made, 'utf8')).toBe(starterOutline('editor'));
    expect(await docText()).toBe(starterOutline('editor'));
    expect(await listed()).toContainEqual({ file: 'slides/学习-体会.md', selected: true });
  });

  it('refuses a name already taken, in Chinese, and overwrites nothing', async () => {
    const otherBefore = fs.readFileSync(slidesFile('other.md'), 'utf8');
    await page.click('.sd-new-outline');
    await page.waitForSelector('.sd-new-name');
    await page.type('.sd-new-name', 'other');
    await page.click('.sd-new-make');
    await page.waitForFunction(() => document.querySelector('.sd-new-problem')?.textContent?.includes('已经有了'));
    expect(fs.readFileSync(slidesFile('other.md'), 'utf8')).toBe(otherBefore);
    expect(await listed()).toContainEqual({ file: 'slides/学习-体会.md', selected: true });
  });

  it("shows the slide and the strip only once the deck's page is ready, never as bare HTML", async ({ browser }) => {
    const other = await browser.newPage();
    try {
      other.setDefaultNavigationTimeout(180_000);
      await other.setViewport({ width: 1366, height: 768 });
      // The deck's script (which puts in its theme) held back from the frames until the test lets it go.
      await other.setRequestInterception(true);
      const held: HTTPRequest[] = [];
      let holding = true;
      other.on('request', (request) => {
        if (holding && request.frame() !== other.mainFrame() && request.url().includes('/@speechdeck/client.js'))
          held.push(request);
        else void request.continue();
      });
      await other.goto(`${project.origin}/edit?k=${project.token}`);
      await other.waitForFunction(() => {
        const frames = [...document.querySelectorAll('iframe')];
        return frames.length === 2 && frames.every((frame) => frame.contentDocument?.querySelector('.reveal .slides'));
      });
      expect(
        await other.$$eval('iframe', (frames) => frames.map((frame) => getComputedStyle(frame).visibility)),
      ).toEqual(['hidden', 'hidden']);
      holding = false;
      for (const request of held) await request.continue();
      await other.waitForFunction(
        () =>
          [...document.querySelectorAll('iframe')].every((frame) => getComputedStyle(frame).visibility === 'visible'),
        { timeout: 60_000 },
      );
    } finally {
      await other.close();
    }
  });
});
