// The build, pdf and deck commands: outlines → dist/<name>/ and dist/<name>.pdf, one browser for all.
import path from 'node:path';
import { buildDeck } from '../build/build.ts';
import type { BuiltDeck } from '../build/build.ts';
import { displayPath } from '../build/load.ts';
import { outputPaths } from '../build/paths.ts';
import { withBrowser } from '../export/browser.ts';
import { exportSlidesPdf } from '../export/slides-pdf.ts';
import type { PdfOutput } from '../export/slides-pdf.ts';
import { distDir, folderSize, formatBytes, outlinesToBuild } from './outlines.ts';
import { progress } from './progress.ts';

export interface DeckCommandOptions {
  /** Also write the slides PDF. */
  pdf: boolean;
  /** Write the PDF with a notes page after each slide (dist/<name>-notes.pdf). */
  notes?: boolean;
}

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
  if (!options.pdf) return 0;
  await withBrowser(async (browser) => {
    for (const deck of built) {
      const paths = outputPaths(deck.deck.outlinePath, dist);
      const target = options.notes ? paths.notesPdf : paths.pdf;
      const what = options.notes ? 'slides PDF with notes' : 'slides PDF';
      const step = progress(`${deck.name}: ${what}`);
      const pdf = await step.run(exportSlidesPdf(browser, deck, target, { notes: options.notes ?? false }));
      reportPdf(pdf);
    }
  });
  return 0;
}

export function reportPdf(pdf: PdfOutput): void {
  report(displayPath(pdf.path), `${pdf.pages} pages, ${formatBytes(pdf.bytes)}`);
}

/** One line per output on stdout: its path, then what it holds. */
export function report(file: string, detail: string): void {
  process.stdout.write(`${file}  ${detail}\n`);
}
