// The editor section of `npm run bench`: in its page, in Chromium, the time from a keystroke to the slide pane
// showing the change and to the findings shown (outline and typing, then the layout measured in the preview), on
// the sample and on a 120-slide talk; the time of the export button; the page's own script and styles, gzipped.
// Alone: node --import tsx scripts/bench-editor.ts
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { closeBrowser, launchBrowser } from '../src/outputs/browser/launch.ts';
import { startEditorServer } from '../src/server/editor/index.ts';
import { bundleEditor, gzippedSize } from '../src/server/editor/page.ts';
import { outline } from './bench-decks.ts';
import { median } from './bench-lib.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const KEYSTROKES = 10;
const EXPORTS = 3;

interface Timing {
  changed: number;
  slideShown: number;
  findingsShown: number;
  layoutShown: number;
  renders: number;
  lints: number;
  layouts: number;
}

export interface EditorBench {
  label: string;
  slides: number;
  slideMs: number;
  findingsMs: number;
  layoutMs: number;
}

const timing = (page: Page) =>
  page.evaluate(() => (window as unknown as { speechdeckEditor: Timing }).speechdeckEditor);

/** Types KEYSTROKES characters at the end of the first point, one at a time, each measured once it is all shown. */
async function typeAndMeasure(page: Page): Promise<Omit<EditorBench, 'label' | 'slides'>> {
  await page.evaluate(() => {
    const view = (
      window as unknown as {
        speechdeckView: { state: { doc: { toString(): string } }; dispatch(spec: unknown): void; focus(): void };
      }
    ).speechdeckView;
    const doc = view.state.doc.toString();
    const at = doc.indexOf('\n', doc.indexOf('\n- ') + 1);
    view.dispatch({ selection: { anchor: at } });
    view.focus();
  });
  const slide: number[] = [];
  const findings: number[] = [];
  const layout: number[] = [];
  for (let i = 0; i < KEYSTROKES; i++) {
    const before = await timing(page);
    const pressed = await page.evaluate(() => performance.now());
    await page.keyboard.type('字');
    // The slide, the findings (asked for once typing pauses) and the layout measured: each done once more.
    await page.waitForFunction(
      (then: Timing) => {
        const now = (window as unknown as { speechdeckEditor: Timing }).speechdeckEditor;
        return now.renders > then.renders && now.lints > then.lints && now.layouts > then.layouts;
      },
      { timeout: 30_000 },
      before,
    );
    const after = await timing(page);
    slide.push(after.slideShown - pressed);
    findings.push(after.findingsShown - pressed);
    layout.push(after.layoutShown - pressed);
  }
  return {
    slideMs: median(slide) ?? Number.NaN,
    findingsMs: median(findings) ?? Number.NaN,
    layoutMs: median(layout) ?? Number.NaN,
  };
}

export async function measureEditor(): Promise<{
  runs: EditorBench[];
  exportMs: { changed: number; unchanged: number };
  bundleKb: number;
}> {
  const bundleKb = gzippedSize(await bundleEditor()) / 1024;
  const project = await fs.mkdtemp(path.join(os.tmpdir(), 'speechdeck-bench-editor-'));
  const browser = await launchBrowser();
  const runs: EditorBench[] = [];
  let exportMs = { changed: Number.NaN, unchanged: Number.NaN };
  try {
    await fs.mkdir(path.join(project, 'slides'));
    const talks = [
      { label: 'sample', file: 'sample.md', text: await fs.readFile(path.join(REPO, 'slides/qunzhong.md'), 'utf8') },
      { label: '120 slides', file: 'bench-120.md', text: outline(120) },
    ];
    for (const talk of talks) {
      const file = path.join(project, 'slides', talk.file);
      await fs.writeFile(file, talk.text);
      const server = await startEditorServer(file, { host: '127.0.0.1', port: 0, token: 'bench' });
      const page = await browser.newPage();
      try {
        await page.setViewport({ width: 1400, height: 800 });
        await page.goto(server.url);
        await page.waitForFunction(
          () => (window as unknown as { speechdeckEditor?: Timing }).speechdeckEditor?.renders,
          { timeout: 60_000 },
        );
        const slides = await page.evaluate(() =>
          Number(document.querySelector('.sd-count')?.getAttribute('data-count')),
        );
        runs.push({ label: talk.label, slides, ...(await typeAndMeasure(page)) });
        if (talk.label === 'sample') exportMs = await measureExport(page);
      } finally {
        await page.close();
        await server.close();
      }
    }
  } finally {
    await closeBrowser(browser);
    await fs.rm(project, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  }
  return { runs, exportMs, bundleKb };
}

/** The export button, pressed EXPORTS times each after a change to the outline (so that everything is made again),
 *  then once more with nothing changed: the median time until the page lists the files written, and the last. */
async function measureExport(page: Page): Promise<{ changed: number; unchanged: number }> {
  const press = async () => {
    const started = performance.now();
    await page.click('.sd-export');
    await page.waitForSelector('.sd-export-files', { timeout: 120_000 });
    const took = performance.now() - started;
    const failed = await page.$('.sd-export-error');
    if (failed) throw new Error(await failed.evaluate((element) => element.textContent ?? 'export failed'));
    await page.evaluate(() => document.querySelector('.sd-export-files')?.closest('.sd-backdrop')?.remove());
    return took;
  };
  const times: number[] = [];
  for (let i = 0; i < EXPORTS; i++) {
    await page.keyboard.type('字');
    times.push(await press());
  }
  return { changed: median(times) ?? Number.NaN, unchanged: await press() };
}

export async function editorSection(): Promise<string[]> {
  const { runs, exportMs, bundleKb } = await measureEditor();
  const ms = (value: number) => `${Math.round(value)} ms`;
  return [
    '## edit: the editor page (median of 10 keystrokes)',
    '',
    '| outline | slides | keystroke → slide shown | → outline and typing findings | → layout findings |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...runs.map(
      (run) => `| ${run.label} | ${run.slides} | ${ms(run.slideMs)} | ${ms(run.findingsMs)} | ${ms(run.layoutMs)} |`,
    ),
    '',
    `Export of every output from the page (sample, browser warm, median of ${EXPORTS} each after a change): ${ms(exportMs.changed)}; pressed again with nothing changed: ${ms(exportMs.unchanged)}. The page's script and styles: ${bundleKb.toFixed(0)} KB gzipped.`,
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.stdout.write(`${(await editorSection()).join('\n')}\n`);
}
