// The check command: every problem of each outline, its timing against `duration`, the slides that overflow
// (measured in headless Chromium on a throwaway build, never the user's dist/), and density hints.
import { writeSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { settled, temporaryPath } from '../files/atomic.ts';
import { loadDeck } from '../load/index.ts';
import type { LoadedDeck } from '../load/index.ts';
import { countFindings, deckFindings, problemFindings, timingTable } from '../check/index.ts';
import type { Measured, SlideMeasure } from '../check/index.ts';
import { fontCoverage } from '../fonts/coverage.ts';
import { deckCharacters } from '../outputs/deck/folder.ts';
import { slideSize } from '../deck/index.ts';
import { EnvironmentError } from '../outputs/errors.ts';
import { measureDecks } from '../outputs/index.ts';
import { OutlineError } from '../outline/error.ts';
import { type CheckError, type OutlineCheck, checkJson, checkReport } from '../check/report.ts';
import { STOP_EXIT_CODES, onStop, stopSignal } from '../interrupt.ts';
import { failureOf } from './failure.ts';
import { outlinesToBuild } from './outlines.ts';
import { terminal } from './deck.ts';
import { language, say } from '../messages/index.ts';
import { writeText } from '../messages/terminal.ts';
import type { HandoutOptions } from '../deck/handout-layout.ts';

export interface CheckOptions {
  /** Print the findings as JSON on stdout instead of the report. */
  json?: boolean;
  /** Warnings fail the check too (exit 1). */
  strict?: boolean;
  /** Measure the slides in the browser (default true). */
  layout?: boolean;
  /** `--all`: every outline in slides/, not only the one worked on last. */
  all?: boolean;
  /** The handout as it will be printed (`--per-page`): its findings judged at that layout, as `deck` judges them. */
  handout?: HandoutOptions;
}

/** Exit code: 1 when anything is an error (or, with `strict`, a warning), else 0. With `json`, stdout is JSON
 *  whatever happens: a check that cannot finish (no browser, a stop) prints the findings made so far beside the
 *  error that ended it. */
export async function checkCommand(named: string[], options: CheckOptions = {}): Promise<number> {
  const checks: OutlineCheck[] = [];
  if (!options.json) {
    const code = await runCheck(named, options, checks);
    writeText(process.stdout, checkReport(checks, { strict: options.strict === true, handout: options.handout }));
    return code;
  }
  let printed = false;
  // JSON escapes control characters itself. On a stop it is written at once: the process exits right after.
  const print = (code: number, error?: CheckError, now = false) => {
    if (printed) return;
    printed = true;
    if (now) writeSync(1, checkJson(checks, code, error));
    else process.stdout.write(checkJson(checks, code, error));
  };
  const printOnStop = onStop(() => {
    const signal = stopSignal();
    if (signal)
      print(STOP_EXIT_CODES[signal], { exit: STOP_EXIT_CODES[signal], message: say('stopped', signal) }, true);
  });
  try {
    const code = await runCheck(named, options, checks);
    print(code);
    return code;
  } catch (error) {
    const failure = failureOf(error);
    print(failure.exit, {
      exit: failure.exit,
      message: failure.message,
      ...(failure.file === undefined ? {} : { file: failure.file }),
      ...(failure.line === undefined ? {} : { line: failure.line }),
    });
    throw error;
  } finally {
    printOnStop();
  }
}

async function runCheck(named: string[], options: CheckOptions, checks: OutlineCheck[]): Promise<number> {
  const files = await outlinesToBuild(named, { all: options.all === true });
  const verdict = { lang: language(), ...(options.handout ? { handout: options.handout } : {}) };
  // What was measured of each deck: the fonts at once, the slides once the browser has laid them out.
  const measured = new Map<LoadedDeck, Measured>();
  const read = async (file: string): Promise<LoadedDeck | undefined> => {
    try {
      const deck = await loadDeck(file);
      const known: Measured = { glyphs: await fontCoverage(deckCharacters(deck, [])) };
      measured.set(deck, known);
      checks.push({
        file: deck.outline.file,
        timing: timingTable(deck.plan),
        findings: deckFindings(deck, known, verdict),
      });
      return deck;
    } catch (error) {
      if (!(error instanceof OutlineError)) throw error;
      checks.push({ file: error.file, findings: problemFindings(error) });
      return undefined;
    }
  };
  if (options.layout === false) for (const file of files) await read(file);
  else
    await checkLayout(files, read, (deck, measures) => {
      const check = checks.find((c) => c.file === deck.outline.file)!;
      const { width, height } = slideSize(deck.plan.meta.aspect);
      check.layout = { slides: measures.length, width, height };
      check.findings = deckFindings(deck, { ...measured.get(deck), slides: measures }, verdict);
    });

  const counts = countFindings(checks.flatMap((check) => check.findings));
  const failed = counts.error > 0 || (options.strict === true && counts.warning > 0);
  return failed ? 1 : 0;
}

/** Every deck built into a throwaway folder (never the user's dist/) and every slide measured, in one browser that
 *  starts while the outlines are read. */
async function checkLayout(
  files: string[],
  read: (file: string) => Promise<LoadedDeck | undefined>,
  measured: (deck: LoadedDeck, measures: SlideMeasure[]) => void,
): Promise<void> {
  // A staging path: removed with the other half-written outputs if the run is stopped by a signal.
  const scratch = temporaryPath(path.join(os.tmpdir(), 'speechdeck-check'));
  await fs.mkdir(scratch, { recursive: true });
  try {
    await measureDecks(files, read, scratch, (_file, deck, measures) => measured(deck, measures), terminal);
  } catch (error) {
    if (error instanceof EnvironmentError) {
      throw new EnvironmentError(`${error.message}\n${say('checkWithoutLayout')}`);
    }
    throw error;
  } finally {
    await fs.rm(scratch, { recursive: true, force: true });
    settled(scratch);
  }
}
