// The build, pdf, handout, script and deck commands: outlines → dist/<name>/ and its PDFs, one browser for all.
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { buildDeck } from '../build/build.ts';
import type { BuiltDeck } from '../build/build.ts';
import { displayPath } from '../build/load.ts';
import { outputPaths } from '../build/paths.ts';
import { withBrowser } from '../export/browser.ts';
import { exportHandout } from '../export/handout.ts';
import { DEFAULT_HANDOUT } from '../export/handout-html.ts';
import type { HandoutOptions } from '../export/handout-html.ts';
import { exportScript } from '../export/script.ts';
import { exportSlidesPdf } from '../export/slides-pdf.ts';
import type { PdfOutput } from '../export/slides-pdf.ts';
import { distDir, folderSize, formatBytes, outlinesToBuild } from './outlines.ts';
import { progress } from './progress.ts';

/** The PDFs a command can write for each deck. */
export type PaperOutput = 'slides' | 'slides-with-notes' | 'handout' | 'script';

/** What `deck` writes: the deck, the slides PDF, the handout and the script. */
export const EVERY_OUTPUT: PaperOutput[] = ['slides', 'handout', 'script'];

export interface DeckCommandOptions {
  /** The PDFs to write after building, in this order; none for `build`. */
  outputs: PaperOutput[];
  handout?: HandoutOptions;
}

const NAMES: Record<PaperOutput, string> = {
  slides: 'slides PDF',
  'slides-with-notes': 'slides PDF with notes',
  handout: 'handout',
  script: 'script',
};

/** Builds every outline first (so a bad outline stops us before the browser starts), then exports. */
export async function deckCommand(named: string[], options: DeckCommandOptions): Promise<number> {
  const outlines = await outlinesToBuild(named);
  const dist = distDir();
  const built: BuiltDeck[] = [];
  for (const outline of outlines) {
    const step = progress(`${path.basename(outline)}: building the deck`);
    const deck = await step.run(buildDeck(outline, dist));
    built.push(deck);
    const size = await folderSize(deck.deckDir);
    report(displayPath(deck.indexHtml), `${deck.deck.plan.slides.length} slides, ${size.files} files, ${formatBytes(size.bytes)}`);
  }
  if (!options.outputs.length) return 0;
  await withBrowser(async (browser) => {
    for (const deck of built) {
      for (const output of options.outputs) {
        const step = progress(`${deck.name}: ${NAMES[output]}`);
        reportPdf(await step.run(exportOutput(browser, deck, output, dist, options, (phase) => step.phase(phase))));
      }
    }
  });
  return 0;
}

/** Writes one PDF of one deck, in a page of its own. */
function exportOutput(
  browser: Browser,
  deck: BuiltDeck,
  output: PaperOutput,
  dist: string,
  options: DeckCommandOptions,
  onPhase: (phase: string) => void,
): Promise<PdfOutput> {
  const paths = outputPaths(deck.deck.outlinePath, dist);
  switch (output) {
    case 'slides':
      return exportSlidesPdf(browser, deck, paths.pdf);
    case 'slides-with-notes':
      return exportSlidesPdf(browser, deck, paths.notesPdf, { notes: true });
    case 'handout':
      return exportHandout(browser, deck, paths.handout, options.handout ?? DEFAULT_HANDOUT, onPhase);
    case 'script':
      return exportScript(browser, deck, paths.script);
  }
}

export function reportPdf(pdf: PdfOutput): void {
  report(displayPath(pdf.path), `${pdf.pages} pages, ${formatBytes(pdf.bytes)}${pdf.detail ? ` (${pdf.detail})` : ''}`);
  for (const warning of pdf.warnings ?? []) process.stderr.write(`speechdeck: ${displayPath(pdf.path)}: ${warning}\n`);
}

/** One line per output on stdout: its path, then what it holds. */
export function report(file: string, detail: string): void {
  process.stdout.write(`${file}  ${detail}\n`);
}
