// The editor section of `npm run bench`: in its page, in Chromium, the time from a keystroke to the slide pane
// showing the change and to the findings shown (outline and typing, then the layout measured in the preview), on
// the sample and on talks of 120 and 480 slides; the time of the export button; the page's own script and styles,
// gzipped. Alone: node --import tsx scripts/bench-editor.ts [--export-only | --keystrokes-only] (the export button
// alone, on the sample: SPEECHDECK_BENCH_EXPORTS presses, 10 by default; with --new-characters each after typing a
// character the deck does not have yet, so that its fonts are cut again; or the keystrokes alone).
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { readFileSync, readdirSync } from 'node:fs';
import type { Browser } from 'puppeteer-core';
import { browserPid, closeBrowser, launchBrowser } from '../src/outputs/browser/launch.ts';
import { WarmBrowser } from '../src/server/editor/warm-browser.ts';
import { startEditorServer } from '../src/server/editor/index.ts';
import { bundleEditor, gzippedSize } from '../src/server/editor/page.ts';
import { outline } from './bench-decks.ts';
import { median, statCpu } from './bench-lib.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const KEYSTROKES = 10;
const EXPORTS = Number(process.env.SPEECHDECK_BENCH_EXPORTS) || 10;
/** Characters no slide, note or word of the sample has, one typed before each export with --new-characters. */
const NEW_CHARACTERS = '鑫淼焱垚犇鸭鹅猫狗兔熊鲸鹿';
/** Linux clock ticks a second (USER_HZ), as /proc counts CPU time. */
const TICKS = 100;

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

/** Puts the cursor at the end of the first point, in the editor. */
async function toFirstPoint(page: Page): Promise<void> {
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
}

/** Types KEYSTROKES characters at the end of the first point, one at a time, each measured once it is all shown. */
async function typeAndMeasure(page: Page): Promise<Omit<EditorBench, 'label' | 'slides'>> {
  await toFirstPoint(page);
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

/** What to measure: everything, the export button alone, or the keystrokes alone. */
type Measured = 'all' | 'export' | 'keystrokes';

export async function measureEditor(measured: Measured = 'all'): Promise<{
  runs: EditorBench[];
  exportMs: ExportTimes;
  bundleKb: number;
}> {
  const bundleKb = gzippedSize(await bundleEditor()) / 1024;
  const project = await fs.mkdtemp(path.join(os.tmpdir(), 'speechdeck-bench-editor-'));
  const browser = await launchBrowser();
  const runs: EditorBench[] = [];
  let exportMs: ExportTimes = {
    changed: Number.NaN,
    unchanged: Number.NaN,
    browserCpu: Number.NaN,
    nodeCpu: Number.NaN,
  };
  try {
    await fs.mkdir(path.join(project, 'slides'));
    const talks = [
      { label: 'sample', file: 'sample.md', text: await fs.readFile(path.join(REPO, 'slides/qunzhong.md'), 'utf8') },
      ...(measured === 'export'
        ? []
        : [
            { label: '120 slides', file: 'bench-120.md', text: outline(120) },
            { label: '480 slides', file: 'bench-480.md', text: outline(480) },
          ]),
    ];
    for (const talk of talks) {
      const file = path.join(project, 'slides', talk.file);
      await fs.writeFile(file, talk.text);
      // The export's warm browser, known here so that its CPU time can be read.
      let warm: Browser | undefined;
      const server = await startEditorServer(file, {
        host: '127.0.0.1',
        port: 0,
        token: 'bench',
        browser: new WarmBrowser(async () => (warm = await launchBrowser())),
      });
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
        if (measured !== 'export') runs.push({ label: talk.label, slides, ...(await typeAndMeasure(page)) });
        else await toFirstPoint(page);
        if (talk.label === 'sample' && measured !== 'keystrokes') exportMs = await measureExport(page, () => warm);
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

interface ExportTimes {
  /** Median wall time (ms) of an export after a change. */
  changed: number;
  unchanged: number;
  /** Median CPU time (s) of one export after a change: the warm browser's processes, and the editor's (Node). */
  browserCpu: number;
  nodeCpu: number;
}

/** The CPU time (s) the processes of `group` used while `work` ran, sampled from /proc every 20 ms (a page's process
 *  that ends between two samples loses its last 20 ms); NaN where /proc cannot be read. */
async function groupCpu(group: number | undefined, work: () => Promise<unknown>): Promise<number> {
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  const sample = () => {
    let names: string[];
    try {
      names = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
    } catch {
      return false;
    }
    for (const name of names) {
      let cpu: ReturnType<typeof statCpu>;
      try {
        cpu = statCpu(readFileSync(`/proc/${name}/stat`, 'utf8'));
      } catch {
        continue; // ended meanwhile
      }
      if (!cpu || cpu.group !== group) continue;
      const pid = Number(name);
      if (!first.has(pid)) first.set(pid, sampling ? 0 : cpu.ticks);
      last.set(pid, cpu.ticks);
    }
    return true;
  };
  let sampling = false;
  if (group === undefined || !sample()) {
    await work();
    return Number.NaN;
  }
  sampling = true;
  const timer = setInterval(sample, 20);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  sample();
  let ticks = 0;
  for (const [pid, end] of last) ticks += end - (first.get(pid) ?? 0);
  return ticks / TICKS;
}

/** The export button, pressed EXPORTS times each after a change to the outline (so that what it makes is made again),
 *  then once more with nothing changed: the median time until the page lists the files written, and the last; and
 *  the median CPU time of an export after a change. */
async function measureExport(page: Page, warm: () => Browser | undefined): Promise<ExportTimes> {
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
  const browserCpu: number[] = [];
  const nodeCpu: number[] = [];
  const typed = process.argv.includes('--new-characters') ? [...NEW_CHARACTERS] : [];
  for (let i = 0; i < EXPORTS; i++) {
    await page.keyboard.type(typed[i % typed.length] ?? '字');
    const browser = warm();
    const node = process.cpuUsage();
    browserCpu.push(await groupCpu(browser && browserPid(browser), async () => times.push(await press())));
    const used = process.cpuUsage(node);
    nodeCpu.push((used.user + used.system) / 1e6);
  }
  return {
    changed: median(times) ?? Number.NaN,
    unchanged: await press(),
    browserCpu: median(browserCpu) ?? Number.NaN,
    nodeCpu: median(nodeCpu) ?? Number.NaN,
  };
}

export async function editorSection(measured: Measured = 'all'): Promise<string[]> {
  const { runs, exportMs, bundleKb } = await measureEditor(measured);
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
    measured === 'keystrokes'
      ? `Load average (1 min) at the end: ${os.loadavg()[0]!.toFixed(1)}.`
      : `Export of every output from the page (sample, browser warm, median of ${EXPORTS} each after a change to a point): ${ms(exportMs.changed)}, CPU ${exportMs.browserCpu.toFixed(2)} s in the browser and ${exportMs.nodeCpu.toFixed(2)} s in Node (the editor, the bench's page included); pressed again with nothing changed: ${ms(exportMs.unchanged)}. Load average (1 min) at the end: ${os.loadavg()[0]!.toFixed(1)}. The page's script and styles: ${bundleKb.toFixed(0)} KB gzipped.`,
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const measured = process.argv.includes('--export-only')
    ? 'export'
    : process.argv.includes('--keystrokes-only')
      ? 'keystrokes'
      : 'all';
  process.stdout.write(`${(await editorSection(measured)).join('\n')}\n`);
}
