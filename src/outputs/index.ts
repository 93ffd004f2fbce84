// The one owner of "make these outputs of these decks": it starts the browser first (it takes longest to start),
// reads and plans the outlines and writes the deck folders meanwhile, then makes every deck's PDFs at once in pages
// of that one browser, and closes it on every path. Commands only say what they want and report what was made.
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { writeDeck } from './deck/folder.ts';
import type { WrittenDeck } from './deck/folder.ts';
import { writeOneFile } from './deck/one-file.ts';
import type { OneFileDeck } from './deck/one-file.ts';
import { loadDeck } from '../load/index.ts';
import type { LoadedDeck } from '../load/index.ts';
import type { SlideMeasure } from '../check/layout.ts';
import { FileInUseError } from '../files/atomic.ts';
import { outputName, outputPaths } from '../files/output-names.ts';
import type { Naming, OutputPaths } from '../files/output-names.ts';
import { checkOutputs } from '../files/output-plan.ts';
import { trace } from '../trace.ts';
import { launchEarly } from './browser/early.ts';
import type { EarlyBrowser } from './browser/early.ts';
import { SCRIPT_FACES } from '../fonts/index.ts';
import type { HandoutOptions } from './pdf/handout-html.ts';
import type { PdfOutput } from './pdf/save.ts';
import type { PictureOptions, PicturesOutput } from './pictures/folder.ts';
import type { PptxFile } from './pptx/file.ts';
import { say } from '../messages/index.ts';
import { listItems } from '../messages/list.ts';
import { PRINTED_OUTPUTS, WRITTEN_OUTPUTS } from './list.ts';
import type { PaperOutput } from './list.ts';
import { EnvironmentError } from './errors.ts';
import type { OutputSettings, PrintJob } from './output.ts';

export type { PaperOutput } from './list.ts';

export interface OutputRequest {
  /** Outline files, absolute or relative to the working directory. */
  outlines: string[];
  /** Where each outline's `<name>/`, `<name>.pdf`… go. */
  dist: (outlinePath: string) => string;
  /** The PDFs to make after building; none for `build`. */
  outputs: PaperOutput[];
  handout?: HandoutOptions;
  pictures?: PictureOptions;
  /** The PowerPoint too (`deck`): it needs no browser, and is made while the browser starts and prints. */
  pptx?: boolean;
  /** How the outputs are named (the outline's file name unless asked otherwise). */
  naming?: Naming;
  /** A browser that is already running (the editor keeps one warm); otherwise one is started now and closed after. */
  browser?: EarlyBrowser;
}

/** How the work is shown: a step under way (with phases), and each thing made. The command decides how. */
export interface OutputReporter {
  step<T>(label: string, work: (phase: (text: string) => void) => Promise<T>): Promise<T>;
  deckWritten(deck: WrittenDeck): void;
  oneFileWritten(deck: WrittenDeck, file: OneFileDeck): void;
  pdfWritten(pdf: PdfOutput): void;
  /** The slides' pictures (and the long image); a reporter that never asks for them need not say. */
  picturesWritten?(pictures: PicturesOutput): void;
  pptxWritten(pptx: PptxFile): void;
}

/** A deck whose outputs were made, with what making them measured, for the findings (check/verdict.ts). */
export interface MadeDeck {
  deck: LoadedDeck;
  /** The faces cut for the deck: they say which characters no face has. */
  fonts: WrittenDeck['fonts'];
  /** The slides whose notes the printed handout cut (when a handout with notes was printed). */
  notesCut?: number[];
  /** Every slide as the page that printed the slides PDF measured it (when one was printed). */
  slides?: SlideMeasure[];
}

/** The outline's file name, as the progress line names a deck. */
const fileName = (outlinePath: string) => outlinePath.split(/[\\/]/).pop() ?? outlinePath;

/** Reads every outline first (a bad one stops us before anything is written), writes the decks (each as a folder
 *  and as one file), then the PDFs. An output another program holds open (a PDF in a viewer) does not stop the
 *  others: each of them is written and reported, and then a FileInUseError names every file that could not be
 *  replaced. */
/** The name of a paper output in messages. */
function paperOutputName(output: PaperOutput): string {
  return output === 'slides'
    ? say('slidesPdf')
    : output === 'slides-with-notes'
      ? say('slidesPdfWithNotes')
      : output === 'png'
        ? say('pictures')
        : say(output);
}

export async function makeOutputs(request: OutputRequest, report: OutputReporter): Promise<MadeDeck[]> {
  const browser = request.outputs.length ? (request.browser ?? launchEarly()) : undefined;
  const inUse: string[] = [];
  let written: WrittenDeck[];
  let decks: LoadedDeck[];
  // The one-file decks are written beside the printing (the browser needs only the folders), and reported before
  // the PDFs, as they were made before them.
  const oneFiles: Array<Promise<void>> = [];
  try {
    decks = await loadAll(request.outlines);
    trace('outlines read');
    await planOutputs(decks, request, true);
    written = [];
    for (const deck of decks) {
      const label = say('step', fileName(deck.outlinePath), say('buildingDeck'));
      const paperFaces = request.outputs.includes('script') ? SCRIPT_FACES : [];
      const dist = request.dist(deck.outlinePath);
      const paths = pathsOf(deck);
      const one = await heldOpen(inUse, () =>
        report.step(label, () =>
          writeDeck(deck, dist, { paperText: paperText(deck, request), paperFaces, name: paths.name }),
        ),
      );
      if (!one) continue; // its folder was not replaced, so its PDFs are not made from it either
      report.deckWritten(one);
      written.push(one);
      const writing = heldOpen(inUse, () => report.step(label, () => writeOneFile(one, paths.oneFile)));
      oneFiles.push(writing.then((file) => file && report.oneFileWritten(one, file)));
      // without a browser to wait for, nothing runs beside them
      if (!browser) await oneFiles.at(-1);
    }
    trace('deck folders written');
  } catch (error) {
    await Promise.allSettled(oneFiles);
    await browser?.cancel();
    throw error;
  }
  const oneFilesWritten = Promise.all(oneFiles);
  // a failure is read where they are awaited (below, or by the first deck's report), never left unhandled
  oneFilesWritten.catch(() => undefined);
  // The PowerPoints need no browser: they are written once it is connected, while it loads and prints the decks and
  // Node mostly waits for it, and reported after the PDFs. A failure waits to be read, not reported unhandled.
  let powerPoints: Promise<PromiseSettledResult<PptxFile[]>> | undefined;
  const writePowerPointsOnce = () => {
    if (request.pptx) powerPoints ??= settled(writePowerPoints(decks, report, inUse));
  };
  if (browser && written.length) {
    // While the browser is still starting, Node is idle: load the outputs' code now rather than after.
    const loading = loadPrinted(request.outputs);
    try {
      await browser.use(async (opened) => {
        for (const [i, deck] of written.entries()) {
          const printing = printDeck(opened, deck, request, report, loading, inUse, oneFilesWritten);
          // Once the first deck's pages are asked for: Chromium loads and prints them while Node writes.
          if (i === 0) writePowerPointsOnce();
          await printing;
        }
      });
    } catch (error) {
      await Promise.allSettled(oneFiles);
      // No browser: the PowerPoints, which need none, are still written. They are listed before the error that
      // stopped the PDFs, which then names the outputs that need the browser.
      const noBrowser = error instanceof EnvironmentError;
      if (noBrowser) writePowerPointsOnce();
      const pptx = powerPoints && (await powerPoints);
      if (pptx?.status === 'fulfilled') for (const file of pptx.value) report.pptxWritten(file);
      if (noBrowser)
        throw new EnvironmentError(
          `${(error as Error).message}\n${say('needsBrowser', listItems('files', request.outputs.map(paperOutputName)))}`,
        );
      throw error;
    }
  } else await browser?.cancel();
  await oneFilesWritten;
  writePowerPointsOnce();
  if (powerPoints) for (const file of await unsettled(powerPoints)) report.pptxWritten(file);
  if (inUse.length) throw new FileInUseError(inUse);
  return written.map((one) => {
    const notesCut = cutNotes.get(one);
    const slides = measuredSlides.get(one);
    return { deck: one.deck, fonts: one.fonts, ...(notesCut ? { notesCut } : {}), ...(slides ? { slides } : {}) };
  });
}

/** What each deck's printed handout measured: the slides whose notes it cut. */
const cutNotes = new WeakMap<WrittenDeck, number[]>();
/** What each deck's slides PDF measured on its page: every slide's layout. */
const measuredSlides = new WeakMap<WrittenDeck, SlideMeasure[]>();

/** `pptx`: every outline's PowerPoint, and nothing else (no browser, no deck folder). */
export async function makePowerPoints(
  request: Pick<OutputRequest, 'outlines' | 'dist' | 'naming'>,
  report: OutputReporter,
): Promise<void> {
  const decks = await loadAll(request.outlines);
  trace('outlines read');
  await planOutputs(decks, { ...request, outputs: [], pptx: true }, false);
  const inUse: string[] = [];
  for (const file of await writePowerPoints(decks, report, inUse)) report.pptxWritten(file);
  if (inUse.length) throw new FileInUseError(inUse);
}

/** Each deck's PowerPoint, one after another: each takes a fraction of a second, in Node, while the browser (when
 *  there is one) works in processes of its own. One held open in PowerPoint or WPS is noted in `inUse` and skipped. */
async function writePowerPoints(decks: LoadedDeck[], report: OutputReporter, inUse: string[]): Promise<PptxFile[]> {
  const [powerPoint] = WRITTEN_OUTPUTS;
  const files: PptxFile[] = [];
  for (const deck of decks) {
    const target = pathsOf(deck)[powerPoint.path];
    const label = say('step', fileName(deck.outlinePath), say(powerPoint.label));
    const file = await heldOpen(inUse, () => report.step(label, () => powerPoint.make(deck, target)));
    if (file) files.push(file);
  }
  trace('PowerPoints written');
  return files;
}

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

/** The work's result; undefined, with the files noted in `inUse`, when it could not replace a file held open. */
async function heldOpen<T>(inUse: string[], work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof FileInUseError)) throw error;
    noteInUse(inUse, error);
    return undefined;
  }
}

function noteInUse(inUse: string[], error: FileInUseError): void {
  for (const file of error.files) if (!inUse.includes(file)) inUse.push(file);
}

/** The words the paper asked for will show besides the deck's own: the deck's fonts then hold them too, and the
 *  paper finds its fonts made already (see outputs/pdf/paper.ts's paperFonts). */
export function paperText(
  deck: LoadedDeck,
  request: Pick<OutputRequest, 'outputs' | 'handout' | 'pictures'>,
): string[] {
  const settings = settingsOf(request);
  return printedOf(request.outputs).flatMap((output) => output.characters?.(deck, settings) ?? []);
}

/** What the request asks of its outputs beyond their names. */
function settingsOf(request: Pick<OutputRequest, 'handout' | 'pictures'>): OutputSettings {
  return {
    ...(request.handout ? { handout: request.handout } : {}),
    ...(request.pictures ? { pictures: request.pictures } : {}),
  };
}

/** The printed outputs asked for, in the order asked. */
function printedOf(names: PaperOutput[]) {
  return names.map((name) => PRINTED_OUTPUTS.find((output) => output.name === name)!);
}

/** Outputs that are folders (replaced whole, only when all they hold is ours), not single files. */
const FOLDER_OUTPUTS = new Set<keyof OutputPaths>(['pictures']);

/** Where each deck's outputs go, decided once per deck. */
const planned = new WeakMap<LoadedDeck, OutputPaths>();

function pathsOf(deck: LoadedDeck): OutputPaths {
  const paths = planned.get(deck);
  if (!paths) throw new Error(`${deck.outlinePath}: its outputs were not planned`);
  return paths;
}

/** Names every deck's outputs, then checks them together before anything is written (files/output-plan.ts): two
 *  outlines writing one file, an output over an outline or a file a deck shows, a deck folder holding files
 *  speechdeck did not write. `deckFolders`: whether the run replaces the deck folders. */
async function planOutputs(
  decks: LoadedDeck[],
  request: Pick<OutputRequest, 'dist' | 'outputs' | 'pptx' | 'naming' | 'pictures'>,
  deckFolders: boolean,
): Promise<void> {
  for (const deck of decks) {
    const { name, suffixes } = outputName(deck, request.naming);
    planned.set(deck, outputPaths(name, request.dist(deck.outlinePath), suffixes));
  }
  const printed = printedOf(request.outputs);
  const files = (paths: OutputPaths) => [
    ...(deckFolders ? [paths.oneFile] : []),
    ...printed.filter((output) => !FOLDER_OUTPUTS.has(output.path)).map((output) => paths[output.path]),
    ...(printed.some((output) => output.path === 'pictures') && request.pictures?.long ? [paths.longImage] : []),
    ...(request.pptx ? WRITTEN_OUTPUTS.map((output) => paths[output.path]) : []),
  ];
  await checkOutputs(
    decks.map((deck) => ({
      outlinePath: deck.outlinePath,
      resources: deck.images.values(),
      files: files(pathsOf(deck)),
      ...(deckFolders ? { deckDir: pathsOf(deck).deckDir } : {}),
      folders: printed.filter((output) => FOLDER_OUTPUTS.has(output.path)).map((output) => pathsOf(deck)[output.path]),
    })),
  );
}

/** Every outline read and planned (each once, however often it was named); the first that fails (in the order
 *  given) stops the command. */
async function loadAll(named: string[]): Promise<LoadedDeck[]> {
  const outlines = [...new Set(named.map((outline) => path.resolve(outline)))];
  const results = await Promise.allSettled(outlines.map((outline) => loadDeck(outline)));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return results.map((r) => (r as PromiseFulfilledResult<LoadedDeck>).value);
}

/** The code of the printed outputs asked for, loaded at once. */
async function loadPrinted(outputs: PaperOutput[]): Promise<void> {
  await Promise.all(printedOf(outputs).map((output) => output.load()));
  trace('exporters loaded');
}

/** The deck's PDFs, made at once in pages of their own, reported in the order asked for. Outputs that share work
 *  (the slides PDF and the handout: one load of the deck, not two) share it through the job. */
async function printDeck(
  browser: Browser,
  deck: WrittenDeck,
  request: OutputRequest,
  report: OutputReporter,
  loading: Promise<void>,
  inUse: string[],
  /** What must be reported before this deck's PDFs (the one-file decks). */
  reportedBefore: Promise<unknown> = Promise.resolve(),
): Promise<void> {
  await loading;
  const paths = pathsOf(deck.deck);
  const sharedWork = new Map<string, unknown>();
  const job = (onPhase: (phase: string) => void): PrintJob => ({
    browser,
    deck,
    paths,
    settings: settingsOf(request),
    alongside: request.outputs,
    shared: <T>(key: string, start: () => T): T => {
      if (!sharedWork.has(key)) sharedWork.set(key, start());
      return sharedWork.get(key) as T;
    },
    onPhase,
  });
  const made = printedOf(request.outputs).map((output) =>
    report.step<PdfOutput | PicturesOutput>(say('step', deck.name, say(output.label)), (phase) =>
      output.make(job(phase)),
    ),
  );
  // Wait for all before reporting or failing, so no page is left printing when the browser closes.
  const results = await Promise.allSettled(made);
  await reportedBefore;
  // What was written is reported even when another output failed (a full disk): the speaker sees what they have.
  for (const result of results)
    if (result.status === 'fulfilled') {
      const made = result.value;
      if ('kind' in made) report.picturesWritten?.(made);
      else {
        report.pdfWritten(made);
        if (made.notesCut) cutNotes.set(deck, made.notesCut);
        if (made.slides) measuredSlides.set(deck, made.slides);
      }
    }
  const failure = results.find(
    (r): r is PromiseRejectedResult => r.status === 'rejected' && !(r.reason instanceof FileInUseError),
  );
  if (failure) throw failure.reason;
  for (const result of results) if (result.status === 'rejected') noteInUse(inUse, result.reason as FileInUseError);
}

/** `check`'s layout measurement: the browser starts at once, while `read` loads each outline (undefined for one that
 *  does not parse, which `check` reports itself); each deck is built into `scratch` and every slide measured. */
export async function measureDecks<T>(
  items: T[],
  read: (item: T) => Promise<LoadedDeck | undefined>,
  scratch: string,
  measured: (item: T, deck: LoadedDeck, measures: SlideMeasure[]) => void,
  report: Pick<OutputReporter, 'step'>,
): Promise<void> {
  const browser: EarlyBrowser = launchEarly();
  try {
    const decks: Array<[T, LoadedDeck]> = [];
    for (const item of items) {
      const deck = await read(item);
      if (deck) decks.push([item, deck]);
    }
    if (!decks.length) return;
    const { measureLayout } = await import('./layout.ts');
    await browser.use(async (opened) => {
      for (const [item, deck] of decks) {
        const label = say('step', fileName(deck.outlinePath), say('measuringSlides'));
        measured(
          item,
          deck,
          await report.step(label, async () => measureLayout(opened, await writeDeck(deck, scratch))),
        );
      }
    });
  } finally {
    // Unused when no outline could be read (or measuring failed before it began): closed here, never left running.
    await browser.cancel();
  }
}
