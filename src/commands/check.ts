// The check command: every problem of each outline, its timing against `duration`, the slides that overflow
// (measured in headless Chromium on a throwaway build, never the user's dist/), and density hints.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { settled, temporaryPath } from '../files/atomic.ts';
import { writeDeck } from '../build/build.ts';
import { loadDeck } from '../build/load.ts';
import type { LoadedDeck } from '../build/load.ts';
import { countFindings, deckFindings, inFileOrder, layoutFindings, problemFindings, timingTable } from '../check/index.ts';
import { slideSize } from '../deck/index.ts';
import { EnvironmentError } from '../outputs/errors.ts';
import type { EarlyBrowser } from '../outputs/browser/launch.ts';
import { measureLayout } from '../outputs/layout.ts';
import { OutlineError } from '../outline/error.ts';
import { type OutlineCheck, checkJson, checkReport } from '../check/report.ts';
import { outlinesToBuild } from './outlines.ts';
import { progress } from './progress.ts';

export interface CheckOptions {
  /** Print the findings as JSON on stdout instead of the report. */
  json?: boolean;
  /** Warnings fail the check too (exit 1). */
  strict?: boolean;
  /** Measure the slides in the browser (default true). */
  layout?: boolean;
}

/** Exit code: 1 when anything is an error (or, with `strict`, a warning), else 0. */
export async function checkCommand(named: string[], options: CheckOptions = {}): Promise<number> {
  const files = await outlinesToBuild(named);
  // The browser that measures the slides starts now, while the outlines are read.
  const browser = options.layout !== false ? (await import('../outputs/browser/launch.ts')).launchEarly() : undefined;
  try {
    return await check(files, options, browser);
  } finally {
    // Unused when no outline could be read (or measuring failed before it began): closed here, never left running.
    await browser?.cancel();
  }
}

async function check(files: string[], options: CheckOptions, browser: EarlyBrowser | undefined): Promise<number> {
  const checks: OutlineCheck[] = [];
  const decks: Array<{ check: OutlineCheck; deck: LoadedDeck }> = [];
  for (const file of files) {
    try {
      const deck = await loadDeck(file);
      const check: OutlineCheck = { file: deck.outline.file, timing: timingTable(deck.plan), findings: deckFindings(deck) };
      checks.push(check);
      decks.push({ check, deck });
    } catch (error) {
      if (!(error instanceof OutlineError)) throw error;
      checks.push({ file: error.file, findings: problemFindings(error) });
    }
  }
  if (browser && decks.length > 0) await checkLayout(decks, browser);

  const counts = countFindings(checks.flatMap((check) => check.findings));
  const failed = counts.error > 0 || (options.strict === true && counts.warning > 0);
  const code = failed ? 1 : 0;
  process.stdout.write(options.json ? checkJson(checks, code) : checkReport(checks, { strict: options.strict === true }));
  return code;
}

/** Builds each deck into a throwaway folder and measures every slide, all in one browser. */
async function checkLayout(decks: Array<{ check: OutlineCheck; deck: LoadedDeck }>, early: EarlyBrowser): Promise<void> {
  // A staging path: removed with the other half-written outputs if the run is stopped by a signal.
  const dist = temporaryPath(path.join(os.tmpdir(), 'speechdeck-check'));
  await fs.mkdir(dist, { recursive: true });
  try {
    await early.use(async (browser) => {
      for (const { check, deck } of decks) {
        const step = progress(`${path.basename(deck.outlinePath)}: measuring the slides`);
        const measures = await step.run(writeDeck(deck, dist).then((built) => measureLayout(browser, built)));
        const { width, height } = slideSize(deck.plan.meta.aspect);
        check.layout = { slides: measures.length, width, height };
        check.findings = inFileOrder([...check.findings, ...layoutFindings(check.file, deck.plan.slides, measures)]);
      }
    });
  } catch (error) {
    if (error instanceof EnvironmentError) {
      throw new EnvironmentError(`${error.message}\nTo check without measuring the slides, run \`speechdeck check --no-layout\`.`);
    }
    throw error;
  } finally {
    await fs.rm(dist, { recursive: true, force: true });
    settled(dist);
  }
}
