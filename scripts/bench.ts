// `npm run bench`: times `speechdeck build`, `pdf`, `deck` and `pptx` as whole processes on generated decks of 28, 120 and
// 480 slides against the floor (a bare reveal.js print of the same slides, scripts/floor.mjs), with peak memory, and
// the dev server's save→screen latency; prints a Markdown table and the issue's goals, writes dist/bench/results.json;
// then scores the importer's drafts against the reference slides (scripts/bench-import.ts, table into docs/import.md) and
// times the editor's page (scripts/bench-editor.ts, its table in docs/editor.md) and the phone remote's tap → slide
// (scripts/bench-remote.ts).
// Usage: npm run bench -- [--runs 5] [--memory-runs 2] [--sizes 28,120,480] [--commands floor,marp,…] [--no-warm-up]
// [--sizes-only]. 3,000 slides is an opt-in size: `--sizes 3000 --runs 1 --memory-runs 0 --no-warm-up --sizes-only`
// took about 50 min of wall time at a load of 20–30 on 2 cores (docs/performance.md).
import { rmSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomically } from '../src/files/atomic.ts';
import {
  COMMANDS,
  DEFAULT_OPTIONS,
  withBenchReport,
  benchGoals,
  browserLines,
  detailTable,
  goalLine,
  goalMet,
  median,
  parseBenchArgs,
  printTimeoutSeconds,
  roundOrder,
  sizeTable,
  summarize,
  summaryTable,
} from './bench-lib.ts';
import type { BenchOptions, Command, DevSummary, Goal, SizeSummary } from './bench-lib.ts';
import { floorDocument, marpMarkdown, outline, slideSections } from './bench-decks.ts';
import { marpArgs, marpCli, runMarp } from './bench-marp.ts';
import { measureSample, sampleLines } from './bench-sample.ts';
import { measurePicturesAgainstMarp, picturesLine } from './bench-png-marp.ts';
import type { PicturesAgainstMarp } from './bench-png-marp.ts';
import type { SampleSizes } from './bench-sample.ts';
import { characterSet } from '../src/fonts/text.ts';
import { measureDevLatency } from './bench-dev.ts';
import { importSection } from './bench-import.ts';
import { editorSection } from './bench-editor.ts';
import { remoteSection } from './bench-remote.ts';
import type { DevLatency } from './bench-dev.ts';
import { CAN_SAMPLE, runProcess, running } from './bench-run.ts';
import type { ProcessRun, Sampling } from './bench-run.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(REPO, 'bin/speechdeck.js');
const FLOOR = path.join(REPO, 'scripts/floor.mjs');
const RESULTS = path.join(REPO, 'dist/bench/results.json');
const PERFORMANCE_DOC = path.join(REPO, 'docs/performance.md');
/** Only a run over every size rewrites docs/performance.md. */
const DEFAULT_SIZES = DEFAULT_OPTIONS.sizes.join(',');
const DEV_SAVES = 10;

/** A run that failed: the bench stops, since its numbers would mean nothing. */
class BenchFailure extends Error {
  override name = 'BenchFailure';
}

/** The process line of a command on the deck of `slides` slides (run in the temporary project), what it writes,
 *  and which of that is its slides PDF. */
function commandLine(
  command: Command,
  slides: number,
  marp: string,
): { args: string[]; outputs: string[]; pdf?: string } {
  const outline = `slides/bench-${slides}.md`;
  const deck = `dist/bench-${slides}`;
  switch (command) {
    case 'floor':
      return {
        args: [FLOOR, `floor-${slides}.html`, `floor-${slides}.pdf`, String(printTimeoutSeconds(slides))],
        outputs: [`floor-${slides}.pdf`],
        pdf: `floor-${slides}.pdf`,
      };
    case 'build':
      return { args: [BIN, 'build', outline], outputs: [`${deck}/index.html`] };
    case 'pdf':
      return { args: [BIN, 'pdf', outline], outputs: [`${deck}.pdf`], pdf: `${deck}.pdf` };
    case 'deck':
      return {
        args: [BIN, 'deck', outline],
        outputs: [
          `${deck}/index.html`,
          `${deck}.html`,
          `${deck}.pdf`,
          `${deck}-handout.pdf`,
          `${deck}-script.pdf`,
          `${deck}.pptx`,
        ],
      };
    case 'pptx':
      return { args: [BIN, 'pptx', outline], outputs: [`${deck}.pptx`] };
    case 'marp':
      return {
        args: marpArgs(marp, `marp-${slides}.md`, `marp-${slides}.pdf`, printTimeoutSeconds(slides)),
        outputs: [`marp-${slides}.pdf`],
        pdf: `marp-${slides}.pdf`,
      };
  }
}

/** The temporary project: an outline per size in slides/, and the floor's page and Marp's Markdown of the same
 *  slides beside it. */
async function writeProject(project: string, sizes: number[]): Promise<void> {
  await fs.mkdir(path.join(project, 'slides'));
  for (const slides of sizes) {
    const file = `slides/bench-${slides}.md`;
    const source = outline(slides);
    await fs.writeFile(path.join(project, file), source);
    await fs.writeFile(path.join(project, `floor-${slides}.html`), floorDocument(slideSections(source, file)));
    await fs.writeFile(path.join(project, `marp-${slides}.md`), marpMarkdown(slides));
  }
}

/** Where the bench runs: its temporary project, and Marp CLI's entry script. */
interface Bench {
  project: string;
  marp: string;
}

/** Runs one command; a failed run, or one that did not write its outputs, stops the bench with its stderr. */
async function runChecked(
  { project, marp }: Bench,
  command: Command,
  slides: number,
  sampling: Sampling,
): Promise<ProcessRun> {
  const { args, outputs, pdf } = commandLine(command, slides, marp);
  const what = `${command === 'floor' ? 'the floor' : command === 'marp' ? 'Marp CLI' : `speechdeck ${command}`} on ${slides} slides`;
  const startedAt = Date.now();
  const run = await (command === 'marp' ? runMarp : runProcess)(args, project, sampling);
  // speechdeck exits 1 when the outline has an error finding but still writes every output (the generated talk's
  // agenda of 16 parts at 480 slides runs past its slide): timed like any run, once every output is there
  const findings = run.code === 1 && command !== 'floor' && command !== 'marp' && !run.signal;
  if (run.code !== 0 && !findings) {
    throw new BenchFailure(
      `${what} failed (${run.signal ?? `exit code ${run.code}`}):\n${run.stderr.trim() || run.stdout.trim()}`,
    );
  }
  for (const output of outputs) {
    const stat = await fs.stat(path.join(project, output)).catch(() => undefined);
    // file times come from a coarser clock than Date.now(): allow a little
    if (!stat || stat.mtimeMs < startedAt - 100)
      throw new BenchFailure(
        `${what} exited ${run.code} but did not write ${output}${findings ? `:\n${run.stderr.trim()}` : ''}`,
      );
    if (output === pdf) run.bytes = stat.size;
  }
  return run;
}

/** Every run of one size, by command. */
interface SizeRuns {
  warmupMs: Record<Command, number>;
  timed: Record<Command, ProcessRun[]>;
  memory: Record<Command, ProcessRun[]>;
}

const byCommand = <T>(make: () => T): Record<Command, T> => ({
  floor: make(),
  build: make(),
  pdf: make(),
  deck: make(),
  pptx: make(),
  marp: make(),
});

/** One size: a warm-up run of each command, `runs` timed rounds, then `memoryRuns` untimed rounds reading Pss;
 *  each round in a rotated order, so that drift hits every command alike. */
async function benchSize(bench: Bench, slides: number, options: BenchOptions): Promise<SizeRuns> {
  const runs: SizeRuns = { warmupMs: byCommand(() => 0), timed: byCommand(() => []), memory: byCommand(() => []) };
  const { commands } = options;
  if (options.warmUp) {
    progress(`… ${slides} slides: warm-up`);
    for (const command of commands) runs.warmupMs[command] = (await runChecked(bench, command, slides, 'none')).ms;
  }
  for (let round = 0; round < options.runs; round++) {
    progress(`… ${slides} slides: round ${round + 1}/${options.runs}`);
    const line: string[] = [];
    for (const command of roundOrder(commands, round)) {
      const run = await runChecked(bench, command, slides, 'status');
      runs.timed[command].push(run);
      line.push(
        `${command} ${(run.ms / 1000).toFixed(2)} s${run.cpuMs === undefined ? '' : ` (CPU ${(run.cpuMs / 1000).toFixed(2)} s)`}`,
      );
    }
    progress(`    ${line.join(' · ')}`);
  }
  if (!CAN_SAMPLE) return runs;
  for (let round = 0; round < options.memoryRuns; round++) {
    progress(`… ${slides} slides: memory run ${round + 1}/${options.memoryRuns} (untimed)`);
    for (const command of roundOrder(commands, round))
      runs.memory[command].push(await runChecked(bench, command, slides, 'pss'));
  }
  return runs;
}

function progress(line: string): void {
  process.stderr.write(`${line}\n`);
}

function devSummary(dev: DevLatency): DevSummary {
  const done = dev.latenciesMs.filter((ms): ms is number => ms !== null);
  return {
    slides: dev.slides,
    medianMs: median(done),
    maxMs: done.length ? Math.max(...done) : undefined,
    failures: dev.latenciesMs.length - done.length,
  };
}

/** `4:12` */
function minutes(seconds: number): string {
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

interface Measured {
  options: BenchOptions;
  sizes: Map<number, SizeRuns>;
  /** Distinct characters of each generated deck. */
  characters: Map<number, number>;
  /** the sections after the sizes: not measured with --sizes-only */
  extras: { dev: DevLatency; sample: SampleSizes; pictures: PicturesAgainstMarp } | undefined;
}

async function measure(options: BenchOptions, project: string): Promise<Measured> {
  const bench: Bench = { project, marp: await marpCli(progress) };
  await writeProject(project, options.sizes);
  const sizes: Measured['sizes'] = new Map();
  for (const slides of options.sizes) sizes.set(slides, await benchSize(bench, slides, options));
  const characters = new Map(options.sizes.map((slides) => [slides, [...characterSet([outline(slides)])].length]));
  if (options.sizesOnly) return { options, sizes, characters, extras: undefined };
  const devSlides = options.sizes.includes(28) ? 28 : Math.min(...options.sizes);
  progress(`… dev server: ${DEV_SAVES} saves of the ${devSlides}-slide outline`);
  const dev = await measureDevLatency({ bin: BIN, project, outline: `slides/bench-${devSlides}.md`, saves: DEV_SAVES });
  progress('… the sample: what `deck` writes, and cutting its fonts with nothing cached');
  const sample = await measureSample(BIN, project);
  progress('… pictures of 28 slides: speechdeck png against Marp CLI --images png');
  const pictures = await measurePicturesAgainstMarp(BIN, bench.marp, project, options.runs, progress);
  return { options, sizes, characters, extras: { dev, sample, pictures } };
}

function summariesOf(runs: SizeRuns): SizeSummary {
  const summary = (command: Command) => summarize(runs.timed[command], runs.memory[command]);
  return {
    floor: summary('floor'),
    build: summary('build'),
    pdf: summary('pdf'),
    deck: summary('deck'),
    pptx: summary('pptx'),
    marp: summary('marp'),
  };
}

/** `Node v20…, 2 CPUs (model), 2026-11-27 05:37 UTC` */
function machineLine(): string {
  const cpus = os.cpus();
  return `Node ${process.version}, ${cpus.length} CPUs (${cpus[0]?.model.trim() ?? 'unknown model'}), ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function reportText(measured: Measured, summaries: Map<number, SizeSummary>, goals: Goal[], seconds: number): string {
  const { options } = measured;
  const memory = CAN_SAMPLE
    ? `Memory: Node peak is the spawned Node process's VmHWM; largest process the largest VmHWM in its process tree (median of the timed runs); ` +
      `process tree the largest sum of Pss over the tree in any 25 ms sample of ${options.memoryRuns} untimed runs (reading Pss slows what it measures); ` +
      'browser tree the same without the Node process.'
    : 'Memory: n/a (no /proc on this system).';
  return [
    `## speechdeck bench: medians of ${options.runs} runs, whole processes, against the floor (a bare reveal.js print of the same slides)`,
    '',
    summaryTable(summaries),
    '',
    '### Slides PDF sizes, against the floor and Marp CLI (same slides, varied text)',
    '',
    sizeTable(summaries, measured.characters),
    '',
    ...(measured.extras ? [...sampleLines(measured.extras.sample), picturesLine(measured.extras.pictures), ''] : []),
    '### Goals',
    '',
    ...goals.map(goalLine),
    ...browserLines(summaries),
    '',
    '### Every command',
    '',
    detailTable(summaries),
    '',
    `${machineLine()}; the bench took ${minutes(seconds)} in all.`,
    memory,
    '',
  ].join('\n');
}

/** Everything, every run and every memory sample included, to dist/bench/results.json. */
async function writeResults(
  measured: Measured,
  summaries: Map<number, SizeSummary>,
  dev: DevSummary | undefined,
  goals: Goal[],
  seconds: number,
): Promise<void> {
  const cpus = os.cpus();
  const results = {
    date: new Date().toISOString(),
    seconds: Math.round(seconds),
    machine: {
      node: process.version,
      cpus: cpus.length,
      cpuModel: cpus[0]?.model.trim(),
      platform: process.platform,
      totalMemoryMb: Math.round(os.totalmem() / 2 ** 20),
    },
    options: measured.options,
    memorySampled: CAN_SAMPLE,
    legend: {
      ms: 'wall time of the whole process, spawn to exit',
      memory:
        'kB; nodeKb: VmHWM of the spawned Node process; largestKb: largest VmHWM in its tree; treeKb: largest total of the tree in any sample; browser*: the same without the Node process',
      timed:
        "sampling 'status': the tree's total is a sum of VmRSS (shared pages counted in every process); medians of nodeKb and largestKb come from these",
      memoryRuns:
        "untimed, sampling 'pss': the tree's total is a sum of Pss; medians of treeKb and browserTreeKb come from these",
      samples: '[ms since spawn, kB of the tree]',
    },
    sizes: Object.fromEntries(
      [...measured.sizes].map(([slides, runs]) => [
        slides,
        Object.fromEntries(
          COMMANDS.map((command) => [
            command,
            {
              ...summaries.get(slides)![command],
              warmupMs: Math.round(runs.warmupMs[command]),
              timed: runs.timed[command].map(rawRun),
              memoryRuns: runs.memory[command].map(rawRun),
            },
          ]),
        ),
      ]),
    ),
    dev: measured.extras && { ...dev, latenciesMs: measured.extras.dev.latenciesMs },
    characters: Object.fromEntries(measured.characters),
    sample: measured.extras?.sample,
    goals: goals.map((goal) => ({
      what: goal.what,
      value: goal.value,
      limit: goal.limit,
      met: goalMet(goal),
      detail: goal.detail,
    })),
  };
  await fs.mkdir(path.dirname(RESULTS), { recursive: true });
  await fs.writeFile(RESULTS, `${JSON.stringify(results, null, 1)}\n`);
  progress(`results: ${path.relative(process.cwd(), RESULTS) || RESULTS}`);
}

/** A run as stored in results.json: its time, its peaks, and every sample as [ms since spawn, kB of the tree]. */
function rawRun(
  run: ProcessRun,
): Pick<ProcessRun, 'ms' | 'sampling' | 'memory' | 'cpuMs'> & { samples: ProcessRun['series'] } {
  const cpuMs = run.cpuMs === undefined ? undefined : Math.round(run.cpuMs);
  return { ms: Math.round(run.ms), cpuMs, sampling: run.sampling, memory: run.memory, samples: run.series };
}

async function report(measured: Measured, seconds: number): Promise<void> {
  const summaries = new Map([...measured.sizes].map(([slides, runs]) => [slides, summariesOf(runs)] as const));
  const dev = measured.extras && devSummary(measured.extras.dev);
  const goals = benchGoals(summaries, dev);
  const text = [reportText(measured, summaries, goals, seconds)];
  process.stdout.write(text[0]!);
  await writeResults(measured, summaries, dev, goals, seconds);
  if (measured.options.sizesOnly) return;
  // The importer's drafts against the reference slides: no process to time, so it runs after the rest.
  text.push((await importSection()).join('\n'));
  process.stdout.write(`\n${text.at(-1)}\n`);
  // The editor's page: keystroke to slide and to findings, its export button, its size.
  text.push((await editorSection()).join('\n'));
  process.stdout.write(`\n${text.at(-1)}\n`);
  // The phone remote: tap → slide over loopback.
  text.push((await remoteSection()).join('\n'));
  process.stdout.write(`\n${text.at(-1)}\n`);
  // docs/performance.md shows the latest full run, between its markers.
  if (measured.options.sizes.join(',') === DEFAULT_SIZES && measured.options.commands.length === COMMANDS.length) {
    await writeFileAtomically(
      PERFORMANCE_DOC,
      withBenchReport(await fs.readFile(PERFORMANCE_DOC, 'utf8'), text.join('\n\n')),
    );
    process.stdout.write(`\nbench: ${path.relative(REPO, PERFORMANCE_DOC)} updated\n`);
  }
}

/** A kill of the bench stops its children and removes the temporary project. */
function onSignal(project: string) {
  return (signal: NodeJS.Signals) => {
    for (const child of running) child.kill('SIGTERM');
    rmSync(project, { recursive: true, force: true });
    process.stderr.write(`\nbench: stopped by ${signal}\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
}

async function main(): Promise<number> {
  const started = performance.now();
  const options = parseBenchArgs(process.argv.slice(2));
  const project = await fs.mkdtemp(path.join(os.tmpdir(), 'speechdeck-bench-'));
  // The commands' temporary files go inside the project and are removed with it: Marp CLI leaves its browser
  // profile (some 4 MB a run) in the temp folder.
  await fs.mkdir(path.join(project, 'tmp'));
  const temporary = process.env.TMPDIR;
  process.env.TMPDIR = path.join(project, 'tmp');
  const stop = onSignal(project);
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  let measured: Measured;
  try {
    measured = await measure(options, project);
  } finally {
    // the sections after (editor, remote) make their own temporary folders: not in the project removed here
    if (temporary === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = temporary;
    await fs.rm(project, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
  await report(measured, (performance.now() - started) / 1000);
  return 0;
}

process.exitCode = await main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  return 1;
});
