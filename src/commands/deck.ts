// The build, pdf, handout, script and deck commands: outlines → dist/<name>/ and its PDFs, one browser for all.
// The browser starts first, while the outlines are read and the decks written; each deck's PDFs are then made at
// once, each in a page of its own.
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { writeDeck } from '../build/build.ts';
import type { BuiltDeck } from '../build/build.ts';
import { loadDeck } from '../build/load.ts';
import { displayPath } from '../files/project.ts';
import type { LoadedDeck } from '../build/load.ts';
import { outputPaths } from '../files/paths.ts';
import { DEFAULT_HANDOUT } from '../outputs/pdf/handout-html.ts';
import type { HandoutOptions } from '../outputs/pdf/handout-html.ts';
import type { PdfOutput } from '../outputs/pdf/save.ts';
import type { EarlyBrowser } from '../outputs/browser/launch.ts';
import { trace } from '../trace.ts';
import { distDir, formatBytes, outlinesToBuild } from './outlines.ts';
import { printLine, progress } from './progress.ts';

/** The PDFs a command can write for each deck. */
export type PaperOutput = 'slides' | 'slides-with-notes' | 'handout' | 'script';

export interface DeckCommandOptions {
  /** The PDFs to write after building; none for `build`. */
  outputs: PaperOutput[];
  handout?: HandoutOptions;
  /** A browser already starting (the command line starts it before it loads this code); else one is started here. */
  browser?: EarlyBrowser;
}

const NAMES: Record<PaperOutput, string> = {
  slides: 'slides PDF',
  'slides-with-notes': 'slides PDF with notes',
  handout: 'handout',
  script: 'script',
};

/** Reads every outline first (a bad one stops us before anything is written), writes the decks, then the PDFs. */
export async function deckCommand(named: string[], options: DeckCommandOptions): Promise<number> {
  const browser = options.outputs.length ? (options.browser ?? (await import('../outputs/browser/launch.ts')).launchEarly()) : undefined;
  let built: BuiltDeck[];
  const dist = distDir();
  try {
    built = await buildDecks(await loadDecks(await outlinesToBuild(named)), dist);
  } catch (error) {
    await browser?.cancel();
    throw error;
  }
  if (!browser) return 0;
  // While the browser is still starting, Node is idle: load the exporters now rather than after.
  const exporters = loadExporters(options.outputs);
  await browser.use(async (opened) => {
    for (const deck of built) await exportDeck(opened, deck, dist, options, await exporters);
  });
  return 0;
}

/** The code that writes each kind of PDF, loaded when first needed. */
interface Exporters {
  slides?: typeof import('../outputs/pdf/slides.ts');
  handout?: typeof import('../outputs/pdf/handout.ts');
  script?: typeof import('../outputs/pdf/script.ts');
}

async function loadExporters(outputs: PaperOutput[]): Promise<Exporters> {
  const wants = (...kinds: PaperOutput[]) => outputs.some((output) => kinds.includes(output));
  const [slides, handout, script] = await Promise.all([
    wants('slides', 'slides-with-notes') ? import('../outputs/pdf/slides.ts') : undefined,
    wants('handout') ? import('../outputs/pdf/handout.ts') : undefined,
    wants('script') ? import('../outputs/pdf/script.ts') : undefined,
  ]);
  trace('exporters loaded');
  return { slides, handout, script };
}

/** Every outline read and planned; the first that fails (in the order given) stops the command. */
async function loadDecks(outlines: string[]): Promise<LoadedDeck[]> {
  const results = await Promise.allSettled(outlines.map((outline) => loadDeck(outline)));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return results.map((r) => (r as PromiseFulfilledResult<LoadedDeck>).value);
}

async function buildDecks(decks: LoadedDeck[], dist: string): Promise<BuiltDeck[]> {
  trace('outlines read');
  const built: BuiltDeck[] = [];
  for (const deck of decks) {
    const one = await progress(`${path.basename(deck.outlinePath)}: building the deck`).run(writeDeck(deck, dist));
    built.push(one);
    report(displayPath(one.indexHtml), `${deck.plan.slides.length} slides, ${one.size.files} files, ${formatBytes(one.size.bytes)}`);
  }
  trace('decks written');
  return built;
}

/** The deck's PDFs, made at once in pages of their own, reported in the order asked for. When both the slides PDF
 *  and the handout are made, the handout's slides come from the slides PDF's page (one load of the deck, not two). */
async function exportDeck(browser: Browser, deck: BuiltDeck, dist: string, options: DeckCommandOptions, exporters: Exporters): Promise<void> {
  const paths = outputPaths(deck.deck.outlinePath, dist);
  const shared =
    options.outputs.includes('slides') && options.outputs.includes('handout')
      ? exporters.slides!.exportSlidesWithPaperCopy(browser, deck, paths.pdf)
      : undefined;
  const make = (output: PaperOutput, onPhase: (phase: string) => void): Promise<PdfOutput> => {
    switch (output) {
      case 'slides':
        return shared?.output ?? exporters.slides!.exportSlidesPdf(browser, deck, paths.pdf);
      case 'slides-with-notes':
        return exporters.slides!.exportSlidesPdf(browser, deck, paths.notesPdf, { notes: true });
      case 'handout':
        return exporters.handout!.exportHandout(browser, deck, paths.handout, options.handout ?? DEFAULT_HANDOUT, onPhase, shared?.paperSlides);
      case 'script':
        return exporters.script!.exportScript(browser, deck, paths.script);
    }
  };
  const made = options.outputs.map((output) => {
    const step = progress(`${deck.name}: ${NAMES[output]}`);
    return step.run(make(output, (phase) => step.phase(phase)));
  });
  // Wait for all before reporting or failing, so no page is left printing when the browser closes.
  const results = await Promise.allSettled(made);
  const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) throw failure.reason;
  for (const result of results) reportPdf((result as PromiseFulfilledResult<PdfOutput>).value);
}

export function reportPdf(pdf: PdfOutput): void {
  report(displayPath(pdf.path), `${pdf.pages} pages, ${formatBytes(pdf.bytes)}${pdf.detail ? ` (${pdf.detail})` : ''}`);
  for (const warning of pdf.warnings ?? []) printLine(process.stderr, `speechdeck: ${displayPath(pdf.path)}: ${warning}\n`);
}

/** One line per output on stdout: its path, then what it holds. */
export function report(file: string, detail: string): void {
  printLine(process.stdout, `${file}  ${detail}\n`);
}
