// The one owner of "make these outputs of these decks": it starts the browser first (it takes longest to start),
// reads and plans the outlines and writes the deck folders meanwhile, then makes every deck's PDFs at once in pages
// of that one browser, and closes it on every path. Commands only say what they want and report what was made.
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { writeDeck } from './deck/folder.ts';
import type { WrittenDeck } from './deck/folder.ts';
import { loadDeck } from '../load/index.ts';
import type { LoadedDeck } from '../load/index.ts';
import { keepBreaksFor } from '../load/phrase-breaks.ts';
import type { SlideMeasure } from '../check/layout.ts';
import { FileInUseError } from '../files/atomic.ts';
import { outputName, outputPaths } from '../files/output-names.ts';
import type { Naming, OutputPaths } from '../files/output-names.ts';
import { checkOutputs } from '../files/output-plan.ts';
import { trace } from '../trace.ts';
import { launchEarly } from './browser/early.ts';
import type { EarlyBrowser } from './browser/early.ts';
import type { HandoutOptions } from './pdf/handout-html.ts';
import type { PictureOptions } from './pictures/folder.ts';
import { say } from '../messages/index.ts';
import { listItems } from '../messages/list.ts';
import { outputsNamed } from './list.ts';
import type { OutputName } from './list.ts';
import { EnvironmentError } from './errors.ts';
import type { KeptOutputs } from './kept.ts';
import type {
  FolderOutput,
  Measures,
  OutlineOutput,
  Output,
  OutputJob,
  OutputSettings,
  PrintJob,
  PrintedOutput,
  Told,
  WrittenOutput,
} from './output.ts';

export type { OutputName } from './list.ts';

export interface OutputRequest {
  /** Outline files, absolute or relative to the working directory. */
  outlines: string[];
  /** Where each outline's `<name>/`, `<name>.pdf`… go. */
  dist: (outlinePath: string) => string;
  /** The outputs to make (list.ts); the deck folder is made too when one of them is made from it. */
  outputs: readonly OutputName[];
  handout?: HandoutOptions;
  pictures?: PictureOptions;
  /** How the outputs are named (the outline's file name unless asked otherwise). */
  naming?: Naming;
  /** A browser that is already running (the editor keeps one warm); otherwise one is started now and closed after. */
  browser?: EarlyBrowser;
  /** What earlier runs made (the editor's): a printed output whose inputs and file are unchanged is not made again. */
  kept?: KeptOutputs;
}

/** How the work is shown: a step under way (with phases), and each thing made. The command decides how. */
export interface OutputReporter {
  step<T>(label: string, work: (phase: (text: string) => void) => Promise<T>): Promise<T>;
  /** One output of one deck made: what the terminal says of it (output.ts's `told`). */
  made(output: Output, told: Told[]): void;
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

const isPrinted = (output: Output): output is PrintedOutput<unknown> => output.browser;
const isFolder = (output: Output): output is FolderOutput => output.folder === true;
const ofFolder = (output: Output): output is WrittenOutput<unknown> => output.from === 'folder' && !output.browser;
const ofOutline = (output: Output): output is OutlineOutput<unknown> => output.from === 'outline' && !output.folder;

/** Reads every outline first (a bad one stops us before anything is written), writes each deck's folder and what is
 *  made from it in Node (the one-file deck), then what the browser prints, while Node writes what needs only the
 *  outline (the PowerPoint). An output another program holds open (a PDF in a viewer) does not stop the others: each
 *  of them is written and reported, and then a FileInUseError names every file that could not be replaced. */
export async function makeOutputs(request: OutputRequest, report: OutputReporter): Promise<MadeDeck[]> {
  const asked = outputsNamed(request.outputs);
  const printed = asked.filter(isPrinted);
  const folder = asked.find(isFolder);
  // (each printed output opens a page of its own at first: opened as soon as the browser answers)
  const browser = printed.length ? (request.browser ?? launchEarly(printed.length)) : undefined;
  // The printed outputs' code is read meanwhile too, rather than once the deck folders are written. (A failure is
  // read where it is awaited, never left unhandled.)
  const loading = browser ? loadPrinted(printed) : undefined;
  loading?.catch(() => undefined);
  const inUse: string[] = [];
  const measured = new Map<WrittenDeck, Measures>();
  let written: WrittenDeck[];
  let decks: LoadedDeck[];
  // What is made from the folders in Node (the one-file decks) is written beside the printing (the browser needs only
  // the folders), and reported before what the browser prints, as it was made before.
  const fromFolders: Array<Promise<void>> = [];
  // (the breaks found in the talks' lines last time, before they are planned: load/phrase-breaks.ts)
  const breaks = await keepBreaksFor(request.outlines);
  try {
    decks = await loadAll(request.outlines);
    trace('outlines read');
    await planOutputs(decks, request, asked);
    written = [];
    for (const deck of decks) {
      if (!folder) break;
      const made = await makeOne(deck, folder, request, asked, report, inUse);
      if (!made) continue; // its folder was not replaced, so nothing else is made from it either
      written.push(made);
      for (const output of asked.filter(ofFolder)) {
        fromFolders.push(makeOne(deck, output, request, asked, report, inUse, made).then(() => undefined));
        // without a browser to wait for, nothing runs beside them
        if (!browser) await fromFolders.at(-1);
      }
    }
    trace('deck folders written');
  } catch (error) {
    await Promise.allSettled(fromFolders);
    await browser?.cancel();
    throw error;
  }
  const fromFoldersWritten = Promise.all(fromFolders);
  // a failure is read where they are awaited (below, or by the first deck's report), never left unhandled
  fromFoldersWritten.catch(() => undefined);
  // What needs only the outline (the PowerPoints) is written once the browser is connected, while it loads and prints
  // the decks and Node mostly waits for it, and reported after what it printed. A failure waits to be read, not
  // reported unhandled.
  const fromOutlines = asked.filter(ofOutline);
  let outlineOutputs: Promise<PromiseSettledResult<Array<() => void>>> | undefined;
  const writeOutlineOutputsOnce = () => {
    if (fromOutlines.length)
      outlineOutputs ??= settled(makeFromOutlines(decks, fromOutlines, request, asked, report, inUse));
  };
  if (browser && loading && written.length) {
    try {
      await browser.use(async (opened, release) => {
        for (const [i, deck] of written.entries()) {
          const printing = printDeck(
            opened,
            deck,
            request,
            asked,
            report,
            loading,
            inUse,
            measured,
            fromFoldersWritten,
            // the last deck's outputs close the browser as soon as none of them needs it (the handout places its
            // slides in Node)
            i === written.length - 1 ? release : undefined,
          );
          // Once the first deck's pages are asked for: Chromium loads and prints them while Node writes.
          if (i === 0) writeOutlineOutputsOnce();
          await printing;
        }
      });
    } catch (error) {
      await Promise.allSettled(fromFolders);
      // No browser: what needs none is still written. It is listed before the error that stopped the printing, which
      // then names the outputs that need the browser.
      const noBrowser = error instanceof EnvironmentError;
      if (noBrowser) writeOutlineOutputsOnce();
      const made = outlineOutputs && (await outlineOutputs);
      if (made?.status === 'fulfilled') for (const tell of made.value) tell();
      if (noBrowser)
        throw new EnvironmentError(
          `${(error as Error).message}\n${say(
            'needsBrowser',
            listItems(
              'files',
              printed.map((output) => say(output.label)),
            ),
          )}`,
        );
      throw error;
    }
  } else await browser?.cancel();
  await fromFoldersWritten;
  writeOutlineOutputsOnce();
  if (outlineOutputs) for (const tell of await unsettled(outlineOutputs)) tell();
  if (inUse.length) throw new FileInUseError(inUse);
  await breaks?.save();
  return written.map((one) => ({ deck: one.deck, fonts: one.fonts, ...measured.get(one) }));
}

/** What every output of one deck is given. */
function jobOf(
  deck: LoadedDeck,
  request: OutputRequest,
  asked: readonly Output[],
  onPhase: (phase: string) => void,
): OutputJob {
  return { deck, paths: pathsOf(deck), settings: settingsOf(request), alongside: asked, onPhase };
}

/** One output of one deck made in Node and reported; undefined, with its files noted in `inUse`, when a file it
 *  replaces is held open. */
async function makeOne<Made>(
  deck: LoadedDeck,
  output: FolderOutput | WrittenOutput<Made> | OutlineOutput<Made>,
  request: OutputRequest,
  asked: readonly Output[],
  report: OutputReporter,
  inUse: string[],
  written?: WrittenDeck,
): Promise<Made | WrittenDeck | undefined> {
  const label = say('step', fileName(deck.outlinePath), say(output.label));
  const made = await heldOpen(inUse, () =>
    report.step(label, (phase): Promise<Made | WrittenDeck> => {
      const job = jobOf(deck, request, asked, phase);
      return output.from === 'folder' ? output.make({ ...job, written: written! }) : output.make(job);
    }),
  );
  if (made !== undefined) report.made(output, (output.told as (made: unknown) => Told[])(made));
  return made;
}

/** Each deck's outputs that need only its outline, one after another: each takes a fraction of a second, in Node,
 *  while the browser (when there is one) works in processes of its own. What they made is told when the caller
 *  is ready to (after the printing). */
async function makeFromOutlines(
  decks: LoadedDeck[],
  outputs: Array<OutlineOutput<unknown>>,
  request: OutputRequest,
  asked: readonly Output[],
  report: OutputReporter,
  inUse: string[],
): Promise<Array<() => void>> {
  const told: Array<() => void> = [];
  const later: OutputReporter = {
    step: report.step,
    made: (output, lines) => told.push(() => report.made(output, lines)),
  };
  for (const deck of decks) for (const output of outputs) await makeOne(deck, output, request, asked, later, inUse);
  trace('PowerPoints written');
  return told;
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

/** What the request asks of its outputs beyond their names. */
function settingsOf(request: Pick<OutputRequest, 'handout' | 'pictures'>): OutputSettings {
  return {
    ...(request.handout ? { handout: request.handout } : {}),
    ...(request.pictures ? { pictures: request.pictures } : {}),
  };
}

/** Where each deck's outputs go, decided once per deck. */
const planned = new WeakMap<LoadedDeck, OutputPaths>();

function pathsOf(deck: LoadedDeck): OutputPaths {
  const paths = planned.get(deck);
  if (!paths) throw new Error(`${deck.outlinePath}: its outputs were not planned`);
  return paths;
}

/** Names every deck's outputs, then checks them together before anything is written (files/output-plan.ts): two
 *  outlines writing one file, an output over an outline or a file a deck shows, a deck folder holding files
 *  speechdeck did not write. */
async function planOutputs(
  decks: LoadedDeck[],
  request: Pick<OutputRequest, 'dist' | 'naming' | 'handout' | 'pictures'>,
  asked: readonly Output[],
): Promise<void> {
  for (const deck of decks) {
    const { name, suffixes } = outputName(deck, request.naming);
    planned.set(deck, outputPaths(name, request.dist(deck.outlinePath), suffixes));
  }
  const settings = settingsOf(request);
  await checkOutputs(
    decks.map((deck) => {
      const replaced = asked.map((output) => output.replaces(pathsOf(deck), settings));
      const deckDir = replaced.find((one) => one.deckDir)?.deckDir;
      return {
        outlinePath: deck.outlinePath,
        resources: deck.images.values(),
        files: replaced.flatMap((one) => one.files ?? []),
        ...(deckDir ? { deckDir } : {}),
        folders: replaced.flatMap((one) => one.folders ?? []),
      };
    }),
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
async function loadPrinted(printed: ReadonlyArray<PrintedOutput<unknown>>): Promise<void> {
  await Promise.all(printed.map((output) => output.load()));
  trace('exporters loaded');
}

/** The deck's printed outputs, made at once in pages of their own, reported in the list's order. Outputs that share
 *  work (the slides PDF and the handout: one load of the deck, not two) share it through the job. */
async function printDeck(
  browser: Browser,
  written: WrittenDeck,
  request: OutputRequest,
  asked: readonly Output[],
  report: OutputReporter,
  loading: Promise<void>,
  inUse: string[],
  measured: Map<WrittenDeck, Measures>,
  /** What must be reported before this deck's printed outputs (the one-file decks). */
  reportedBefore: Promise<unknown> = Promise.resolve(),
  /** Closes the browser: called once every printed output of this deck needs it no more. */
  release?: () => Promise<void>,
): Promise<void> {
  await loading;
  const sharedWork = new Map<string, unknown>();
  const printed = asked.filter(isPrinted);
  let needing = printed.length;
  const doneWith = () => {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      // (a failure to close is the closing's own: `use` closes it again at the end)
      if (--needing === 0) release?.().catch(() => undefined);
    };
  };
  const job = (onPhase: (phase: string) => void, doneWithBrowser: () => void): PrintJob => ({
    ...jobOf(written.deck, request, asked, onPhase),
    browser,
    written,
    ...(request.kept ? { kept: request.kept } : {}),
    doneWithBrowser,
    shared: <T>(key: string, start: () => T): T => {
      if (!sharedWork.has(key)) sharedWork.set(key, start());
      return sharedWork.get(key) as T;
    },
  });
  const made = printed.map((output) => {
    const done = doneWith();
    return report
      .step(say('step', written.name, say(output.label)), (phase) => keptOrMade(output, job(phase, done), request.kept))
      .finally(done);
  });
  // Wait for all before reporting or failing, so no page is left printing when the browser closes.
  const results = await Promise.allSettled(made);
  await reportedBefore;
  // What was written is reported even when another output failed (a full disk): the speaker sees what they have.
  for (const [i, result] of results.entries())
    if (result.status === 'fulfilled') {
      const output = printed[i]!;
      report.made(output, output.told(result.value));
      const measures = output.measures?.(result.value);
      if (measures) measured.set(written, { ...measured.get(written), ...measures });
    }
  const failure = results.find(
    (r): r is PromiseRejectedResult => r.status === 'rejected' && !(r.reason instanceof FileInUseError),
  );
  if (failure) throw failure.reason;
  for (const result of results) if (result.status === 'rejected') noteInUse(inUse, result.reason as FileInUseError);
}

/** What the output made last time, where its inputs and file are unchanged (`kept`); otherwise made now. */
async function keptOrMade<Made>(output: PrintedOutput<Made>, job: PrintJob, kept?: KeptOutputs): Promise<Made> {
  const inputs = kept && output.inputs ? await output.inputs(job) : undefined;
  if (!kept || inputs === undefined) return output.make(job);
  const key = `${job.deck.outlinePath}\n${output.name}`;
  const files = output.replaces(job.paths, job.settings).files ?? [];
  const before = await kept.reuse(key, inputs, files);
  if (before !== undefined) {
    trace(`${output.name}: unchanged, not made again`);
    return before as Made;
  }
  const made = await output.make(job);
  await kept.keep(key, inputs, files, made);
  return made;
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
