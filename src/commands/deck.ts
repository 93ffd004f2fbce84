// The build, pdf, handout, script, deck and pptx commands: options in, one call to the outputs stage, a line per output.
import path from 'node:path';
import { outlinesToBuild } from './outlines.ts';
import { printLine, progress } from './progress.ts';
import { displayPath, distDirFor } from '../files/project.ts';
import { makeOutputs } from '../outputs/index.ts';
import type { OutputName, OutputReporter } from '../outputs/index.ts';
import type { Told } from '../outputs/output.ts';
import type { HandoutOptions } from '../deck/handout-layout.ts';
import type { Naming } from '../files/output-names.ts';
import type { PictureOptions } from '../outputs/pictures/folder.ts';
import { deckFindings, timingTable } from '../check/index.ts';
import { deckVerdict } from '../check/report.ts';
import type { OutlineCheck } from '../check/report.ts';
import { coverageOf } from '../fonts/coverage.ts';
import { trace } from '../trace.ts';

export interface DeckCommandOptions {
  /** The outputs to make (outputs/list.ts). */
  outputs: readonly OutputName[];
  handout?: HandoutOptions;
  /** The pictures' size and kind (`png`). */
  pictures?: PictureOptions;
  /** `--out`: the folder for every output, instead of `dist/` in each outline's project. */
  out?: string;
  /** How the outputs are named (files/output-names.ts). */
  naming?: Naming;
  /** `--all`: every outline in slides/, not only the one worked on last. */
  all?: boolean;
}

/** Exit code: 1 when the findings hold an error (as `check`'s), else 0. */
export async function deckCommand(named: string[], options: DeckCommandOptions): Promise<number> {
  const request = {
    outlines: await outlinesToBuild(named, { all: options.all === true }),
    dist: (outline: string) => distDirFor(outline, options.out),
    outputs: options.outputs,
  };
  const made = await makeOutputs(
    {
      ...request,
      ...(options.handout ? { handout: options.handout } : {}),
      ...(options.pictures ? { pictures: options.pictures } : {}),
      ...(options.naming ? { naming: options.naming } : {}),
    },
    terminal,
  );
  // The findings `check` makes, from what was made and measured on the way (no second pass in the browser).
  const handout = options.outputs.includes('handout') ? options.handout : undefined;
  // The slides were measured on the page that printed the slides PDF, as check measures them on its own.
  const checks: OutlineCheck[] = made.map(({ deck, fonts, notesCut, slides }) => ({
    file: deck.outline.file,
    timing: timingTable(deck.plan),
    findings: deckFindings(
      deck,
      { glyphs: coverageOf(fonts), ...(notesCut ? { notesCut } : {}), ...(slides ? { slides } : {}) },
      handout ? { handout } : {},
    ),
  }));
  trace('findings made');
  for (const line of deckVerdict(checks, terminalColumns())) printLine(process.stdout, `${line}\n`);
  return checks.some((check) => check.findings.some((finding) => finding.severity === 'error')) ? 1 : 0;
}

/** The terminal's width; 100 columns when the output goes to a file or another program. */
function terminalColumns(): number {
  return process.stdout.isTTY && process.stdout.columns ? process.stdout.columns : 100;
}

/** What the terminal shows: a progress line while a step runs, then one line per output on stdout. */
export const terminal: OutputReporter = {
  step(label, work) {
    const step = progress(label);
    return step.run(work((phase) => step.phase(phase)));
  },
  made: (_output, told) => tell(told),
};

/** Each thing made, a line on stdout (a folder's path ends in the separator), its warnings on stderr. */
export function tell(told: readonly Told[]): void {
  for (const one of told) {
    const shown = displayPath(one.path);
    report(one.folder ? `${shown}${path.sep}` : shown, one.detail);
    for (const warning of one.warnings ?? []) printLine(process.stderr, `speechdeck: ${shown}: ${warning}\n`);
  }
}

/** One line per output on stdout: its path, then what it holds. */
export function report(file: string, detail: string): void {
  printLine(process.stdout, `${file}  ${detail}\n`);
}
