// The editor's page as a Chinese speaker meets it: every word it shows is Chinese (CodeMirror's own panels too), the
// quick fix has its key, an input method's composition holds back a save that comes due in its middle, a change on
// disk is shown side by side with the lines that differ marked, and a read-only tab's writing buttons are greyed.
import fs from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect } from 'vitest';
import type { Browser, HTTPRequest, KeyInput, Page } from 'puppeteer-core';
import { editorTest, openEditorPage } from '../support/servers.ts';
import type { EditorProject } from '../support/editor-server.ts';

const OUTLINE = [
  '---',
  'title: 测试讲话',
  'duration: 1',
  '---',
  '',
  '## 第一页',
  '',
  '- 要点甲',
  '',
  '::: notes',
  `${'全区建成了八十六个网格，群众满意度很高。'.repeat(20)}`,
  ':::',
  '',
  '## 第二页',
  '',
  '- 要点乙',
  '',
].join('\n');

interface EditorWindow {
  speechdeckEditor: { renders: number; lints: number };
  speechdeckView: {
    state: { doc: { toString(): string; length: number } };
    dispatch(spec: unknown): void;
    focus(): void;
  };
}

let project: EditorProject;
let browser: Browser;
let page: Page;

const docText = () => page.evaluate(() => (window as unknown as EditorWindow).speechdeckView.state.doc.toString());
const onDisk = () => fs.readFileSync(project.outline, 'utf8');
const cursorAfter = (text: string) =>
  page.evaluate((wanted) => {
    const view = (window as unknown as EditorWindow).speechdeckView;
    const doc = view.state.doc.toString();
    if (!doc.includes(wanted)) throw new Error(`not in the text: ${wanted}`);
    view.dispatch({ selection: { anchor: doc.indexOf(wanted) + wanted.length } });
    view.focus();
  }, text);
const press = async (modifier: KeyInput, key: KeyInput) => {
  await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  await page.keyboard.up(modifier);
};
const autosave = (on: boolean) =>
  page.$eval(
    '.sd-autosave input',
    (box, wanted) => {
      if ((box as HTMLInputElement).checked !== wanted) (box as HTMLInputElement).click();
    },
    on,
  );

/** The words the page shows or names (text, tooltips, labels, placeholders) that are not Chinese: Latin words other
 *  than code in backquotes, key names, file names and the products the catalogue names as they are. */
const foreignWords = () =>
  page.evaluate(() => {
    const said: string[] = [];
    // The outline's own text (and its copies side by side) and the outlines' file names are the speaker's.
    const theirs = '.cm-content, .sd-outlines';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (!node.parentElement?.closest(theirs)) said.push(node.textContent ?? '');
    for (const element of document.querySelectorAll('[title], [aria-label], [placeholder]')) {
      if (element.closest(theirs)) continue;
      said.push(
        element.getAttribute('title') ?? '',
        element.getAttribute('placeholder') ?? '',
        element.getAttribute('aria-label') ?? '',
      );
    }
    return said
      .join('\n')
      .replace(/`[^`]*`/g, '')
      .replace(/\b(?:Ctrl|Alt|Shift)-[A-Z.]|\bF8\b|\bPDF\b|PowerPoint|\bdist\b|[\w-]+\.md\b/g, '')
      .match(/[A-Za-z]{2,}/g);
  });

/** The editor at 1366×768 once its first findings are shown. */
const opening = {
  viewport: { width: 1366, height: 768 },
  ready: (opened: Page) =>
    opened.waitForFunction(
      () => {
        const timing = (window as unknown as EditorWindow).speechdeckEditor;
        return timing?.renders > 0 && timing.lints > 0;
      },
      { timeout: 60_000 },
    ),
};
const it = editorTest(OUTLINE, { language: 'zh', ...opening });
/** Another tab of the editor. */
const openEditor = () => openEditorPage(browser, project, opening);

it.beforeAll(async ({ editor, browser: opened, page: first }) => {
  project = editor;
  browser = opened;
  page = first;
});

describe('the editor page for a Chinese speaker', () => {
  it('says everything in Chinese: its bar, its findings, the search panel, the problems list, the folds', async () => {
    // The over-time finding ends in a figure (`多出 …`): its fix follows a Chinese full stop.
    await page.waitForFunction(() => /[1-9] 处问题/.test(document.querySelector('.sd-problems')?.textContent ?? ''));
    await page.click('.sd-problems');
    await page.waitForSelector('.cm-panel-lint li');
    await cursorAfter('## 第一页');
    await press('Control', 'f');
    await page.waitForSelector('.cm-search');
    const lint = await page.$eval('.cm-panel-lint', (panel) => panel.textContent ?? '');
    expect(lint).toMatch(/[\d:]+。/);
    expect(lint).not.toMatch(/over-time|notes-cut|outline/);
    expect(await page.$eval('.cm-search', (panel) => panel.textContent)).toContain('区分大小写');
    expect(await page.$eval('.cm-search input', (input) => input.getAttribute('placeholder'))).toBe('查找');
    expect(
      await page.$$eval('.cm-foldGutter [title]', (marks) => marks.map((mark) => mark.getAttribute('title'))),
    ).toContain('折叠');
    expect(await foreignWords()).toBeNull();
    await page.keyboard.press('Escape');
  });

  it('applies the quick fix of the line the cursor is on with Ctrl-.', async () => {
    await page.evaluate(() => {
      const view = (window as unknown as EditorWindow).speechdeckView;
      const doc = view.state.doc.toString();
      const at = doc.indexOf('duration: 1');
      view.dispatch({ changes: { from: at, to: at + 'duration: 1'.length, insert: 'duration：1' } });
    });
    await page.waitForSelector('.cm-lintRange-error');
    expect(await page.$eval('.cm-panel-lint', (panel) => panel.textContent)).toContain('修正（Ctrl-.）');
    // named to a screen reader in Chinese, not CodeMirror's " Action: …"
    expect(
      await page.$$eval('.cm-panel-lint .cm-diagnosticAction', (buttons) =>
        buttons.map((button) => button.getAttribute('aria-label')),
      ),
    ).toEqual(['快速修正：修正（Ctrl-.）']);
    await cursorAfter('duration：');
    await press('Control', '.');
    await page.waitForFunction(() =>
      (window as unknown as EditorWindow).speechdeckView.state.doc.toString().includes('duration: 1'),
    );
    await page.waitForFunction(() => !document.querySelector('.cm-lintRange-error'));
  });

  it('holds back an autosave that comes due in the middle of a composition, and saves every character after', async () => {
    await page.waitForFunction(() => document.querySelector('.sd-save')?.getAttribute('data-state') === 'saved');
    // What the page asks its server for while the input method composes: no slide, no findings, no save.
    const asked: string[] = [];
    const listen = (request: HTTPRequest) => {
      if (/\/api\/(render|findings|save)/.test(request.url())) asked.push(request.url());
    };
    await cursorAfter('- 要点乙');
    const session = await page.createCDPSession();
    try {
      await session.send('Input.imeSetComposition', { text: 'qun', selectionStart: 3, selectionEnd: 3 });
      page.on('request', listen);
      await session.send('Input.imeSetComposition', { text: 'qunzhong', selectionStart: 8, selectionEnd: 8 });
      // The composition's own changes made an autosave due; it waits for the composition to end.
      await page.waitForSelector('.sd-save[data-waiting="auto"]');
      page.off('request', listen);
      expect(asked).toEqual([]);
      expect(onDisk()).not.toMatch(/qun|要点乙群/);
      await session.send('Input.insertText', { text: '群众' });
    } finally {
      page.off('request', listen);
      await session.detach();
    }
    await expect.poll(onDisk, { timeout: 15_000 }).toContain('- 要点乙群众\n');
    expect(onDisk()).not.toContain('qun');
    expect(await docText()).toContain('- 要点乙群众\n');
    await page.waitForFunction(() => !document.querySelector('.sd-save')?.hasAttribute('data-waiting'));
  });

  it('lists the saved versions with times in Chinese', async () => {
    await page.click('.sd-history');
    await page.waitForSelector('.sd-versions li');
    try {
      const rows = await page.$$eval('.sd-versions li span', (spans) => spans.map((span) => span.textContent ?? ''));
      expect(rows[0]).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}:\d{2} · (手动保存|自动保存)$/);
      expect(await foreignWords()).toBeNull();
    } finally {
      await page.evaluate(() => document.querySelector('.sd-backdrop')?.remove());
    }
  });

  it('shows their version and mine side by side with the lines that differ marked', async () => {
    await autosave(false);
    await cursorAfter('- 要点甲');
    await page.keyboard.type('我的');
    fs.writeFileSync(project.outline, onDisk().replace('## 第二页', '## 别处改的第二页'));
    await page.waitForSelector('.sd-conflict', { timeout: 15_000 });
    await page.click('.sd-see-both');
    await page.waitForSelector('.sd-both .cm-mergeView');
    const changed = await page.$$eval('.sd-both .cm-changedLine', (lines) => lines.map((line) => line.textContent));
    expect(changed).toEqual(expect.arrayContaining(['## 别处改的第二页', '## 第二页', '- 要点甲', '- 要点甲我的']));
    // The marks either side of a folded stretch are characters every Chinese font has (GB 2312), not ⦚.
    const marks = await page.$$eval('.sd-both .cm-collapsedLines', (folds) =>
      folds.flatMap((fold) => [getComputedStyle(fold, '::before').content, getComputedStyle(fold, '::after').content]),
    );
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) {
      const text = mark.replace(/^"|"$/g, '');
      expect(iconv.decode(iconv.encode(text, 'gb2312'), 'gb2312'), mark).toBe(text);
    }
    expect(await foreignWords()).toBeNull();
    await page.click('.sd-dialog .sd-actions button:nth-child(2)');
    await expect.poll(onDisk, { timeout: 10_000 }).toContain('- 要点甲我的');
    await autosave(true);
  });

  it("greys a read-only tab's writing buttons until it takes over", async () => {
    const second = await openEditor();
    try {
      await second.waitForSelector('.sd-read-only');
      const disabled = () =>
        second.$$eval('.sd-save-button, .sd-to-point, .sd-export', (buttons) =>
          buttons.map((button) => (button as HTMLButtonElement).disabled),
        );
      expect(await disabled()).toEqual([true, true, true]);
      await second.click('.sd-take-over');
      await second.waitForFunction(() => !document.querySelector('.sd-read-only'));
      expect(await disabled()).toEqual([false, false, false]);
      await page.waitForSelector('.sd-read-only');
      expect(await page.$eval('.sd-export', (button) => (button as HTMLButtonElement).disabled)).toBe(true);
    } finally {
      await second.close();
    }
  });
});
