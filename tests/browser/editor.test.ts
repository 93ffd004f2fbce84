// The editor's page in a real browser, in Chinese: typing changes the slide, a mistake is underlined with its Chinese
// message and fixed by its quick fix, an input method's composition loses nothing, Ctrl-S keeps CRLF, a change on
// disk is never overwritten, notes become points at the right line, a pasted picture is copied and linked, the export
// prints the handout at the slides a page chosen beside its button.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { editorTest, openEditorPage } from '../support/servers.ts';
import { readPdf, squash } from '../support/pdf.ts';
import type { EditorProject } from '../support/editor-server.ts';

const OUTLINE = [
  '---',
  'title: 测试讲话',
  'duration: 5',
  '---',
  '',
  '## 第一页',
  '',
  '- 要点甲',
  '',
  '::: notes',
  '全区建成了86个网格，群众满意度达到98%。',
  ':::',
  '',
  '## 第二页',
  '',
  '- 要点乙',
  '',
].join('\r\n');

let project: EditorProject;
let browser: Browser;
let page: Page;

interface EditorWindow {
  speechdeckEditor: { renders: number; slideShown: number; findingsShown: number };
  speechdeckView: { state: { doc: { toString(): string } }; dispatch(spec: unknown): void; focus(): void };
}

const docText = () => page.evaluate(() => (window as unknown as EditorWindow).speechdeckView.state.doc.toString());
const previewText = () =>
  page.evaluate(
    () =>
      (document.querySelector('iframe') as HTMLIFrameElement).contentDocument?.querySelector('.slides')?.textContent ??
      '',
  );
/** Puts the cursor at the end of the first line holding `text`, through the editor's own API. */
const cursorAfter = (text: string) =>
  page.evaluate((wanted) => {
    const view = (window as unknown as EditorWindow).speechdeckView as unknown as {
      state: { doc: { toString(): string } };
      dispatch(spec: unknown): void;
      focus(): void;
    };
    const doc = view.state.doc.toString();
    if (!doc.includes(wanted)) throw new Error(`not in the text: ${wanted}`);
    const at = doc.indexOf(wanted) + wanted.length;
    view.dispatch({ selection: { anchor: at } });
    view.focus();
  }, text);
const setDoc = (text: string) =>
  page.evaluate((next) => {
    const view = (window as unknown as EditorWindow).speechdeckView;
    view.dispatch({ changes: { from: 0, to: view.state.doc.toString().length, insert: next } });
  }, text);
const onDisk = () => fs.readFileSync(project.outline, 'utf8');

const it = editorTest(OUTLINE, { warmBrowser: true, language: 'zh' });
/** Another tab of the editor. */
const openEditor = () => openEditorPage(browser, project);

it.beforeAll(async ({ editor, browser: opened, page: first }) => {
  project = editor;
  browser = opened;
  page = first;
});

describe('the editor page', () => {
  it('shows the slide the cursor is on, and the change typed into it', async () => {
    await cursorAfter('- 要点乙');
    await page.keyboard.type('和丙');
    await page.waitForFunction(() =>
      (document.querySelector('iframe') as HTMLIFrameElement).contentDocument
        ?.querySelector('.slides section.present')
        ?.textContent?.includes('要点乙和丙'),
    );
    expect(await previewText()).toContain('要点乙和丙');
    expect(await page.$eval('.sd-status', (bar) => bar.textContent)).toMatch(/页.*分钟/);
  });

  it("puts the cursor on a slide's heading when the slide is clicked in the strip", async () => {
    const strip = (await (await page.$('.sd-thumbs-frame'))!.contentFrame())!;
    await strip.waitForFunction(() =>
      [...document.querySelectorAll('.slides > section')].some((section) => section.textContent?.includes('第一页')),
    );
    const index = await strip.evaluate(() =>
      [...document.querySelectorAll('.slides > section')].findIndex((section) =>
        section.querySelector('h2, .sd-title, header')?.textContent?.includes('第一页'),
      ),
    );
    expect(index).toBeGreaterThan(0);
    await strip.evaluate((i) => (document.querySelectorAll('.slides > section')[i] as HTMLElement).click(), index);
    const line = await page.evaluate(() => {
      const view = (
        window as unknown as {
          speechdeckView: {
            state: { doc: { lineAt(at: number): { text: string } }; selection: { main: { head: number } } };
          };
        }
      ).speechdeckView;
      return view.state.doc.lineAt(view.state.selection.main.head).text;
    });
    expect(line).toBe('## 第一页');
  });

  it('underlines a full-width colon after a key with its Chinese message, and its quick fix writes the colon', async () => {
    await setDoc((await docText()).replace('duration: 5', 'duration：5'));
    await page.waitForSelector('.cm-lintRange-error');
    await page.click('.sd-problems');
    await page.waitForSelector('.cm-panel.cm-panel-lint li');
    const message = await page.$eval('.cm-panel.cm-panel-lint li', (item) => item.textContent ?? '');
    expect(message).toMatch(/全角冒号|冒号/);
    await page.click('.cm-panel.cm-panel-lint li button');
    await page.waitForFunction(() =>
      (window as unknown as EditorWindow).speechdeckView.state.doc.toString().includes('duration: 5'),
    );
    await page.waitForFunction(() => !document.querySelector('.cm-lintRange-error'));
  });

  it('finds a full-width dash typed after the `- ` Enter continued the list with, and fixes it; Enter after `－ 要点` continues with `- `', async () => {
    const before = await docText();
    // At the end of the point's line (an earlier test typed on after its words).
    await page.evaluate(() => {
      const view = (window as unknown as EditorWindow).speechdeckView as unknown as {
        state: { doc: { toString(): string } };
        dispatch(spec: unknown): void;
        focus(): void;
      };
      const doc = view.state.doc.toString();
      const at = doc.indexOf('\n', doc.indexOf('- 要点乙'));
      view.dispatch({ selection: { anchor: at < 0 ? doc.length : at } });
      view.focus();
    });
    await page.keyboard.press('Enter');
    await page.keyboard.type('－ 群众');
    await page.waitForFunction(() =>
      (window as unknown as EditorWindow).speechdeckView.state.doc.toString().includes('\n- － 群众'),
    );
    await page.waitForSelector('.cm-lintRange-error');
    await page.click('.sd-problems');
    await page.waitForSelector('.cm-panel.cm-panel-lint li');
    const message = await page.$eval('.cm-panel.cm-panel-lint li', (item) => item.textContent ?? '');
    expect(message).toContain('要点的列表符号后面又有一个 `－`');
    await cursorAfter('- － 群众');
    await page.keyboard.down('Control');
    await page.keyboard.press('.');
    await page.keyboard.up('Control');
    await page.waitForFunction(() =>
      /\n- 群众(\r?\n|$)/.test((window as unknown as EditorWindow).speechdeckView.state.doc.toString()),
    );
    // A point typed with the input method's dash at the start of a line: Enter starts the next one with `- `.
    await setDoc(before.replace('## 第二页', '## 第二页\n\n－ 满意\n'));
    await cursorAfter('－ 满意');
    await page.keyboard.press('Enter');
    await page.keyboard.type('度');
    await page.waitForFunction(() =>
      (window as unknown as EditorWindow).speechdeckView.state.doc.toString().includes('\n－ 满意\n- 度\n'),
    );
    await setDoc(before);
    await page.waitForFunction(() => !document.querySelector('.cm-lintRange-error'));
  });

  it("keeps every character of an input method's composition", async () => {
    await cursorAfter('- 要点甲');
    const session = await page.createCDPSession();
    await session.send('Input.imeSetComposition', { text: 'qun', selectionStart: 3, selectionEnd: 3 });
    await session.send('Input.imeSetComposition', { text: 'qunzhong', selectionStart: 8, selectionEnd: 8 });
    await session.send('Input.insertText', { text: '群众' });
    await session.send('Input.imeSetComposition', { text: 'gong', selectionStart: 4, selectionEnd: 4 });
    await session.send('Input.insertText', { text: '工作' });
    await session.detach();
    await page.waitForFunction(() =>
      (document.querySelector('iframe') as HTMLIFrameElement).contentDocument
        ?.querySelector('.slides')
        ?.textContent?.includes('要点甲群众工作'),
    );
    expect(await docText()).toContain('- 要点甲群众工作\n');
    expect(await docText()).not.toMatch(/qun|gong/);
  });

  it("saves with Ctrl-S, keeping the file's CRLF line ends", async () => {
    await cursorAfter('- 要点乙和丙');
    await page.keyboard.down('Control');
    await page.keyboard.press('s');
    await page.keyboard.up('Control');
    await expect.poll(onDisk, { timeout: 10_000 }).toContain('要点甲群众工作');
    expect(onDisk()).toContain('- 要点乙和丙\r\n');
    expect(onDisk()).not.toMatch(/[^\r]\n/);
    await page.waitForFunction(() => document.querySelector('.sd-save')?.getAttribute('data-state') === 'saved');
  });

  it('never overwrites a change made on disk meanwhile, and "keep mine" keeps theirs in the history', async () => {
    // Unsaved text in the page (autosave off, so it stays unsaved) when the other program's version lands: it asks.
    await page.click('.sd-autosave input');
    await cursorAfter('- 要点甲群众工作');
    await page.keyboard.type('！');
    const theirs = onDisk().replace('## 第二页', '## 别处改的第二页');
    fs.writeFileSync(project.outline, theirs);
    await page.waitForSelector('.sd-conflict', { timeout: 15_000 });
    await page.click('.sd-autosave input');
    expect(onDisk()).toBe(theirs);
    await page.click('.sd-keep-mine');
    await expect.poll(onDisk, { timeout: 10_000 }).toContain('要点甲群众工作！');
    expect(onDisk()).not.toContain('别处改的');
    const history = path.join(project.root, '.speechdeck', 'history', 'talk');
    const kept = fs.readdirSync(history).filter((name) => name.endsWith('-theirs.md'));
    expect(kept).toHaveLength(1);
    expect(fs.readFileSync(path.join(history, kept[0]!), 'utf8')).toBe(theirs);
  });

  it('loads theirs when asked to', async () => {
    await page.waitForFunction(() => document.querySelector('.sd-save')?.getAttribute('data-state') === 'saved');
    const theirs = onDisk().replace('- 要点乙和丙', '- 他们的要点');
    await page.click('.sd-autosave input');
    await cursorAfter('## 第一页');
    await page.keyboard.type('A');
    fs.writeFileSync(project.outline, theirs);
    await page.waitForSelector('.sd-conflict', { timeout: 15_000 });
    await page.click('.sd-autosave input');
    await page.click('.sd-load-theirs');
    await page.waitForFunction(() =>
      (window as unknown as EditorWindow).speechdeckView.state.doc.toString().includes('- 他们的要点'),
    );
    expect(await docText()).not.toContain('## 第一页A');
    expect(onDisk()).toBe(theirs);
  });

  it('adds words chosen in the notes as a point of their slide, after its last point', async () => {
    await page.evaluate(() => {
      const view = (window as unknown as EditorWindow).speechdeckView as unknown as {
        state: { doc: { toString(): string } };
        dispatch(spec: unknown): void;
      };
      const doc = view.state.doc.toString();
      const from = doc.indexOf('建成了86个网格');
      view.dispatch({ selection: { anchor: from, head: from + '建成了86个网格'.length } });
      (view as unknown as { focus(): void }).focus();
    });
    await page.keyboard.down('Alt');
    await page.keyboard.press('p');
    await page.keyboard.up('Alt');
    const lines = (await docText()).split('\n');
    const point = lines.indexOf('- 建成了86个网格');
    expect(point).toBeGreaterThan(0);
    expect(lines[point - 1]).toMatch(/^- 要点甲/);
    expect(lines.indexOf('::: notes')).toBeGreaterThan(point);
    // The figure the notes give and no point shows is offered, as the clause it is said in; a click on the offer
    // adds it and leaves the cursor in the text.
    // Once the slide is parsed again the figure just added is no longer offered; until then the panel is the old one.
    await page.waitForFunction(
      () => {
        const offers = document.querySelector('.sd-figures')?.textContent ?? '';
        return offers.includes('98%') && !offers.includes('86');
      },
      { polling: 50 },
    );
    await page.click('.sd-figure button');
    await page.waitForFunction(() =>
      (window as unknown as EditorWindow).speechdeckView.state.doc.toString().includes('- 群众满意度达到98%'),
    );
    expect(await page.evaluate(() => document.activeElement?.classList.contains('cm-content'))).toBe(true);
  });

  it('copies a pasted picture into images/ and links it, and the slide shows it at once', async () => {
    await page.click('.sd-autosave input');
    await cursorAfter('- 他们的要点');
    await page.evaluate(() => {
      const png = Uint8Array.from(
        atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4z8DwHwAFAAH/q842iQAAAABJRU5ErkJggg=='),
        (c) => c.charCodeAt(0),
      );
      const transfer = new DataTransfer();
      transfer.items.add(new File([png], '党徽.png', { type: 'image/png' }));
      document
        .querySelector('.cm-content')!
        .dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(() =>
      (window as unknown as EditorWindow).speechdeckView.state.doc.toString().includes('![](images/党徽.png)'),
    );
    expect(fs.existsSync(path.join(project.root, 'slides', 'images', '党徽.png'))).toBe(true);
    // The slide shows it before the text naming it is saved (autosave off: nothing saved meanwhile).
    await page.waitForFunction(
      () => {
        const frame = document.querySelector('.sd-preview-frame') as HTMLIFrameElement;
        const picture = frame.contentDocument?.querySelector<HTMLImageElement>('.slides section.present img');
        return picture?.complete && picture.naturalWidth > 0;
      },
      { timeout: 30_000 },
    );
    expect(onDisk()).not.toContain('党徽');
    await page.click('.sd-autosave input');
  });

  it('writes every output with the export button, and lists them', async () => {
    await page.click('.sd-export');
    await page.waitForSelector('.sd-export-files', { timeout: 120_000 });
    expect(await page.$eval('.sd-dialog', (dialog) => dialog.textContent)).not.toMatch(/没有生成/);
    const listed = await page.$$eval('.sd-export-files li', (items) => items.map((item) => item.textContent ?? ''));
    const dist = path.join(project.root, 'dist');
    const written = fs.readdirSync(dist);
    for (const name of ['talk.html', 'talk.pptx']) expect(written).toContain(name);
    expect(written.filter((name) => name.endsWith('.pdf')).length).toBeGreaterThanOrEqual(3);
    expect(listed.length).toBeGreaterThanOrEqual(5);
    // Each file written is a link the speaker can open, served by the editor's server with the page's token.
    const links = await page.$$eval('.sd-export-files a', (items) => items.map((item) => item.getAttribute('href')));
    expect(links.length).toBe(listed.length);
    const pdf = links.find((link) => link?.endsWith('.pdf'));
    const opened = await page.evaluate(async (href) => {
      const answer = await fetch(href!);
      return `${answer.status} ${(await answer.text()).slice(0, 5)}`;
    }, pdf);
    expect(opened).toBe('200 %PDF-');
    // What was exported is what the page showed: the saved text.
    expect(onDisk()).toContain('![](images/党徽.png)');
    await page.evaluate(() => document.querySelector('.sd-backdrop')?.remove());
  }, 120_000);

  it('prints the handout at the slides a page chosen beside the button, and remembers the choice', async () => {
    const handout = path.join(project.root, 'dist', 'talk-handout.pdf');
    const handoutText = async () => squash((await readPdf(handout)).map((one) => one.text).join(''));
    // 3 a page (the default): the notes beside the slides (全区 is in the notes only, not in the point made from them).
    expect(await handoutText()).toContain('全区建成了');
    try {
      await page.select('.sd-per-page select', '6');
      await page.click('.sd-export');
      await page.waitForSelector('.sd-export-files', { timeout: 120_000 });
      expect(await page.$eval('.sd-dialog', (dialog) => dialog.textContent)).not.toMatch(/没有生成/);
      // 6 a page: no room for notes; the slides are still there.
      const printed = await handoutText();
      expect(printed).not.toContain('全区建成了');
      expect(printed).toContain('要点甲');
      expect(await page.evaluate(() => localStorage.getItem('speechdeck-handout-per-page'))).toBe('6');
    } finally {
      await page.evaluate(() => document.querySelector('.sd-backdrop')?.remove());
    }
  }, 120_000);

  it('restores a saved version from the list of versions, keeping the version it came from', async () => {
    const history = path.join(project.root, '.speechdeck', 'history', 'talk');
    const [theirs] = fs.readdirSync(history).filter((name) => name.endsWith('-theirs.md'));
    const kept = fs.readFileSync(path.join(history, theirs!), 'utf8');
    // Autosave off: the restored text is on disk by Ctrl-S.
    const autosave = (on: boolean) =>
      page.$eval(
        '.sd-autosave input',
        (box, wanted) => {
          if ((box as HTMLInputElement).checked !== wanted) (box as HTMLInputElement).click();
        },
        on,
      );
    await autosave(false);
    expect(onDisk()).not.toBe(kept);
    await page.click('.sd-history');
    await page.waitForSelector('.sd-versions li');
    // The list names each version's kind in Chinese; the one another program left is restored.
    const rows = await page.$$eval('.sd-versions li', (items) => items.map((item) => item.textContent ?? ''));
    const row = rows.findIndex((text) => text.includes('别的程序改的'));
    expect(row).toBeGreaterThanOrEqual(0);
    await page.evaluate((i) => (document.querySelectorAll('.sd-versions .sd-restore')[i] as HTMLElement).click(), row);
    await page.waitForFunction(() =>
      (window as unknown as EditorWindow).speechdeckView.state.doc.toString().includes('## 别处改的第二页'),
    );
    expect((await docText()).replace(/\n/g, '\r\n')).toBe(kept);
    expect(await page.$('.sd-versions')).toBeNull();
    await cursorAfter('## 别处改的第二页');
    await page.keyboard.down('Control');
    await page.keyboard.press('s');
    await page.keyboard.up('Control');
    await expect.poll(onDisk, { timeout: 10_000 }).toBe(kept);
    // The version it came from is still there.
    expect(fs.readFileSync(path.join(history, theirs!), 'utf8')).toBe(kept);
    // Undo takes the restore back, as any change.
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    await page.waitForFunction(
      () => !(window as unknown as EditorWindow).speechdeckView.state.doc.toString().includes('## 别处改的第二页'),
    );
    await autosave(true);
  });

  it('opens read-only in a second tab, until it takes over', async () => {
    const second = await openEditor();
    try {
      await second.waitForSelector('.sd-read-only');
      await second.click('.sd-take-over');
      await second.waitForFunction(() => !document.querySelector('.sd-read-only'));
      await page.waitForSelector('.sd-read-only');
    } finally {
      await second.close();
    }
  });
});
