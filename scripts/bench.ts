// `npm run bench`: how long the build and every PDF take on decks of 28, 120 and 480 slides, against a bare
// reveal.js + Puppeteer print of the same slides, and how much memory the Node process needs at its peak.
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { buildDeck } from '../src/build/build.ts';
import { outputPaths } from '../src/build/paths.ts';
import { withBrowser } from '../src/export/browser.ts';
import { exportHandout } from '../src/export/handout.ts';
import { exportScript } from '../src/export/script.ts';
import { exportSlidesPdf } from '../src/export/slides-pdf.ts';

const SIZES = [28, 120, 480];
const packageFile = createRequire(import.meta.url).resolve;

const POINTS = ['坚持问题导向，找准工作切入点', '深入基层一线，摸清群众所需', '完善工作机制，推动长效常治', '加强队伍建设，提升履职本领'];
const SENTENCE = '我们要把群众的急难愁盼放在心上，一件一件抓落实，让群众看到实实在在的变化。';

/** An outline with exactly `slides` slides: title, agenda, dividers, content slides (every tenth with long notes), closing. */
function outline(slides: number): string {
  const parts = Math.max(2, Math.round(slides / 30));
  const content = slides - 3 - parts;
  const lines = ['---', `title: 基准测试讲稿（${slides} 页）`, 'speaker: 测试者', 'event: 基准测试', 'date: 2026-11-27', '---', ''];
  let made = 0;
  for (let p = 0; p < parts; p++) {
    lines.push(`# 第${p + 1}部分的标题`, '', '::: notes', `这是第${p + 1}部分的开场白。${SENTENCE}`, ':::', '');
    const here = Math.floor(content / parts) + (p < content % parts ? 1 : 0);
    for (let s = 0; s < here; s++, made++) {
      const notes = SENTENCE.repeat(made % 10 === 9 ? 12 : 3);
      lines.push(`## 第${made + 1}张内容页`, '', ...POINTS.map((point) => `- ${point}`), '', '::: notes', notes, ':::', '');
    }
  }
  return lines.join('\n');
}

/** The same slides as plain reveal.js sections, printed with reveal's print view and nothing of ours. */
function bareDeck(slides: number): string {
  const sections = Array.from({ length: slides }, (_, i) =>
    `<section><h2>第${i + 1}张内容页</h2><ul>${POINTS.map((p) => `<li>${p}</li>`).join('')}</ul><aside class="notes">${SENTENCE}</aside></section>`,
  ).join('\n');
  const css = ['reveal.js/reveal.css', 'reveal.js/theme/white.css', '@fontsource/noto-sans-sc/400.css', '@fontsource/noto-sans-sc/700.css'];
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
${css.map((c) => `<link rel="stylesheet" href="${pathToFileURL(packageFile(c)).href}">`).join('\n')}
<style>.reveal { font-family: 'Noto Sans SC', sans-serif; }</style>
</head><body><div class="reveal"><div class="slides">${sections}</div></div>
<script src="${pathToFileURL(packageFile('reveal.js')).href}"></script>
<script>
Reveal.on('pdf-ready', () => document.fonts.ready.then(() => { document.documentElement.dataset.ready = 'true'; }));
Reveal.initialize({ width: 1920, height: 1080, margin: 0, hash: false, pdfMaxPagesPerSlide: 1 });
</script></body></html>`;
}

async function printBare(browser: Browser, file: string): Promise<number> {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 1920, height: 1080 });
    await page.goto(`${pathToFileURL(file).href}?print-pdf`, { waitUntil: 'load' });
    await page.waitForSelector('html[data-ready]', { timeout: 300_000 });
    const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true, timeout: 0 });
    return pdf.length;
  } finally {
    await page.close();
  }
}

/** Runs `work`, timing it and sampling the Node process's memory while it runs. */
async function measure<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const started = performance.now();
  try {
    const value = await work();
    return { value, seconds: (performance.now() - started) / 1000, peakMb: Math.round(Math.max(peak, process.memoryUsage().rss) / 2 ** 20) };
  } finally {
    clearInterval(timer);
  }
}

interface Row {
  slides: number;
  cells: string[];
  peakMb: number;
}

async function benchmark(dir: string, slides: number): Promise<Row> {
  const file = path.join(dir, `bench-${slides}.md`);
  await fs.writeFile(file, outline(slides));
  const bare = path.join(dir, `bare-${slides}.html`);
  await fs.writeFile(bare, bareDeck(slides));
  const dist = path.join(dir, 'dist');
  const paths = outputPaths(file, dist);
  const build = await measure(() => buildDeck(file, dist));
  if (build.value.deck.plan.slides.length !== slides) throw new Error(`the outline made ${build.value.deck.plan.slides.length} slides, not ${slides}`);
  const cells = [`${build.seconds.toFixed(1)} s`];
  let peakMb = build.peakMb;
  await withBrowser(async (browser) => {
    for (const step of [
      () => exportSlidesPdf(browser, build.value, paths.pdf),
      () => exportHandout(browser, build.value, paths.handout),
      () => exportScript(browser, build.value, paths.script),
    ]) {
      const { value, seconds, peakMb: peak } = await measure(step);
      cells.push(`${seconds.toFixed(1)} s, ${value.pages} p, ${(value.bytes / 2 ** 20).toFixed(1)} MB`);
      peakMb = Math.max(peakMb, peak);
      for (const warning of value.warnings ?? []) process.stderr.write(`  (${path.basename(value.path)}: ${warning.slice(0, 90)}…)\n`);
    }
    const { value: bytes, seconds } = await measure(() => printBare(browser, bare));
    cells.push(`${seconds.toFixed(1)} s, ${(bytes / 2 ** 20).toFixed(1)} MB`);
  });
  return { slides, cells, peakMb };
}

const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'speechdeck-bench-'));
const rows: Row[] = [];
try {
  for (const slides of SIZES) {
    process.stderr.write(`… ${slides} slides\n`);
    rows.push(await benchmark(dir, slides));
  }
} finally {
  await fs.rm(dir, { recursive: true, force: true });
}

const header = ['slides', 'build', 'slides PDF', 'handout (3 a page)', 'script', 'bare reveal.js print', 'peak RSS (Node)'];
const table = rows.map((row) => [String(row.slides), ...row.cells, `${row.peakMb} MB`]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
process.stdout.write(
  [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...table.map(line)].join('\n') +
    `\n\nNode ${process.version}, ${os.cpus().length} CPUs; peak RSS of the whole run: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB.\n` +
    'The bare print is reveal.js with the same slides and the same Noto Sans SC web font, and nothing of speechdeck.\n',
);
