// The build, pdf, handout, script and deck commands: outlines → dist/<name>/ and its PDFs, one browser for all.
// The browser starts first, while the outlines are read and the decks written; each deck's PDFs are then made at
// once, each in a page of its own.
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { writeDeck } from '../build/build.ts';
import type { BuiltDeck } from '../build/build.ts';
import { displayPath } from '../build/load.ts';
import type { LoadedDeck } from '../build/load.ts';
import { outputPaths } from '../build/paths.ts';
import { DEFAULT_HANDOUT } from '../export/handout-html.ts';
import type { HandoutOptions } from '../export/handout-html.ts';
import type { PdfOutput } from '../export/save.ts';
import type { EarlyBrowser } from '../export/browser.ts';
import { trace } from '../trace.ts';
import { distDir, formatBytes, loadDecks, outlinesToBuild } from './outlines.ts';
import { printLine, progress, report } from './progress.ts';
import { reportPptx, writePowerPoints } from './pptx.ts';

/** The PDFs a command can write for each deck. */
export type PaperOutput = 'slides' | 'slides-with-notes' | 'handout' | 'script';

export interface DeckCommandOptions {
  /** The PDFs to write after building; none for `build`. */
  outputs: PaperOutput[];
  handout?: HandoutOptions;
  /** A browser already starting (the command line starts it before it loads this code); else one is started here. */
  browser?: EarlyBrowser;
  /** Write each deck's PowerPoint too (`deck`), while the browser makes the PDFs. */
  pptx?: boolean;
}

const NAMES: Record<PaperOutput, string> = {
  slides: 'slides PDF',
  'slides-with-notes': 'slides PDF with notes',
  handout: 'handout',
  script: 'script',
};

/** Reads every outline first (a bad one stops us before anything is written), writes the decks, then the PDFs. */
export async function deckCommand(named: string[], options: DeckCommandOptions): Promise<number> {
  const browser = options.outputs.length ? (options.browser ?? (await import('../export/browser.ts')).launchEarly()) : undefined;
  let built: BuiltDeck[];
  const dist = distDir();
  try {
    built = await buildDecks(await loadDecks(await outlinesToBuild(named)), dist);
  } catch (error) {
    await browser?.cancel();
    throw error;
  }
  if (!browser) return 0;
  // The PowerPoint needs no browser: it is made while the browser starts and prints, and reported after the PDFs.
  const powerPoints = options.pptx ? settled(writePowerPoints(built.map((one) => one.deck), dist)) : undefined;
  // While the browser is still starting, Node is idle: load the exporters now rather than after.
  const exporters = loadExporters(options.outputs);
  await browser.use(async (opened) => {
    for (const deck of built) await exportDeck(opened, deck, dist, options, await exporters);
  });
  if (powerPoints) for (const file of await unsettled(powerPoints)) reportPptx(file);
  return 0;
}

/** A promise whose failure waits to be read (by `unsettled`) rather than being reported unhandled meanwhile. */
function settled<T>(work: Promise<T>): Promise<PromiseSettledResult<T>> {
  return work.then(
    (value) => ({ status: 'fulfilled', value }),
    (reason: unknown) => ({ status: 'rejected', reason }),
  );
}

async function unsettled<T>(result: Promise<PromiseSettledResult<T>>): Promise<T> {
  const outcome = await result;
  if (outcome.status === 'rejected') throw outcome.reason;
  return outcome.value;
}

/** The code that writes each kind of PDF, loaded when first needed. */
interface Exporters {
  slides?: typeof import('../export/slides-pdf.ts');
  handout?: typeof import('../export/handout.ts');
  script?: typeof import('../export/script.ts');
}

async function loadExporters(outputs: PaperOutput[]): Promise<Exporters> {
  const wants = (...kinds: PaperOutput[]) => outputs.some((output) => kinds.includes(output));
  const [slides, handout, script] = await Promise.all([
    wants('slides', 'slides-with-notes') ? import('../export/slides-pdf.ts') : undefined,
    wants('handout') ? import('../export/handout.ts') : undefined,
    wants('script') ? import('../export/script.ts') : undefined,
  ]);
  trace('exporters loaded');
  return { slides, handout, script };
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
