// What the deck's safety costs in time: its Content-Security-Policy (the build hashing its scripts; the browser
// checking every load against one policy, or two in the folder deck) and the printing page's request filter (every
// request of the page that prints passed through Node). Prints a table of medians: the slides PDF printed from the
// folder deck as `deck` prints it, with and without each, and the time to make the policy at build time.
// The deck without a policy is a copy of index.html with its policy and narrowing script taken out, beside it.
// Usage: node --import tsx scripts/bench-policy.ts [--runs 3] [--sizes 28,480]
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { slideSize } from '../src/deck/index.ts';
import { closeBrowser, launchBrowser, newPage } from '../src/outputs/browser/launch.ts';
import { readOnly } from '../src/outputs/browser/request-filter.ts';
import { contentPolicy, inlineScriptTexts } from '../src/outputs/deck/content-policy.ts';
import { buildDeck } from '../src/outputs/deck/folder.ts';
import type { WrittenDeck } from '../src/outputs/deck/folder.ts';
import { outline } from './bench-decks.ts';

const argument = (name: string, fallback: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1]! : fallback;
};
const runs = Number(argument('--runs', '3'));
const sizes = argument('--sizes', '28,480').split(',').map(Number);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** index.html without its policy: the `<meta http-equiv="Content-Security-Policy">` and the script that narrows it. */
function withoutPolicy(html: string): string {
  return html
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n?/, '')
    .replace(/<script>\(function \(\) \{\n {2}var policy = [\s\S]*?<\/script>\n?/, '');
}

/** Loads the deck as the printing page does (ready signal) and prints it; ms from a new page to the PDF's bytes. */
async function printOnce(browser: Browser, built: WrittenDeck, file: string, filter: boolean): Promise<number> {
  const started = performance.now();
  const { width, height } = slideSize(built.deck.plan.meta.aspect);
  const page = await newPage(browser, width, height);
  try {
    if (filter) await readOnly(page, [path.dirname(file)], false);
    await page.goto(`${pathToFileURL(file).href}?print-pdf`, { waitUntil: 'load', timeout: 600_000 });
    await page.waitForSelector('html[data-speechdeck-ready]', { timeout: 600_000 });
    await page.pdf({ printBackground: true, preferCSSPageSize: true, timeout: 0 });
    return performance.now() - started;
  } finally {
    await page.close();
  }
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-bench-policy-'));
const browser = await launchBrowser();
/** Each row printed as it is made: a long run shows its first sizes early. */
const row = (text: string) => process.stdout.write(`${text}\n`);
try {
  for (const size of sizes) {
    const file = path.join(work, `slides/talk-${size}.md`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, outline(size));
    const built = await buildDeck(file, path.join(work, 'dist'));
    const html = fs.readFileSync(built.indexHtml, 'utf8');
    const bare = path.join(built.deckDir, 'bare.html');
    fs.writeFileSync(bare, withoutPolicy(html));
    if (fs.readFileSync(bare, 'utf8').includes('Content-Security-Policy')) throw new Error('policy not taken out');
    // Build side: the policy made from the page's scripts (hashes over their text), as the build makes it.
    const hashing: number[] = [];
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      contentPolicy(inlineScriptTexts(html), false, 'folder');
      hashing.push(performance.now() - started);
    }
    const kinds = {
      'policy + filter (as shipped)': [built.indexHtml, true],
      'policy, no filter': [built.indexHtml, false],
      'filter, no policy': [bare, true],
      neither: [bare, false],
    } as const;
    const times = new Map<string, number[]>(Object.keys(kinds).map((kind) => [kind, []]));
    await printOnce(browser, built, built.indexHtml, true); // warm the disk cache and the browser
    // interleaved runs, so that the machine's load falls on every kind alike
    for (let run = 0; run < runs; run++)
      for (const [kind, [page, filter]] of Object.entries(kinds))
        times.get(kind)!.push(await printOnce(browser, built, page, filter));
    const hash = createHash('sha256').update(html).digest('hex').slice(0, 8);
    row(
      `${built.deck.plan.slides.length} slides (index.html ${Math.round(html.length / 1024)} KB, ${hash}): policy made in ${median(hashing).toFixed(1)} ms`,
    );
    for (const [kind, values] of times)
      row(`  ${kind.padEnd(30)} median ${Math.round(median(values))} ms  (${values.map(Math.round).join(', ')})`);
  }
} finally {
  await closeBrowser(browser);
  fs.rmSync(work, { recursive: true, force: true });
}
