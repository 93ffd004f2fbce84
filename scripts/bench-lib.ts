// The pure parts of `npm run bench`: arguments, statistics, reading /proc texts, the table and the goals.

/** What the bench times, as whole processes: the floor (bare reveal.js print), four speechdeck commands, and Marp
 *  CLI making a PDF of the same slides. */
export const COMMANDS = ['floor', 'build', 'pdf', 'deck', 'pptx', 'marp'] as const;

/** The commands that write a slides PDF, whose size the bench compares. */
export const PDF_COMMANDS = ['floor', 'pdf', 'marp'] as const satisfies readonly Command[];
export type Command = (typeof COMMANDS)[number];

export interface BenchOptions {
  /** timed rounds per size */
  runs: number;
  /** untimed rounds per size that read the process tree's Pss */
  memoryRuns: number;
  sizes: number[];
  /** the commands timed at each size (all by default) */
  commands: Command[];
  /** a run of each command before the timed rounds (off for a large size alone: at 3,000 slides it doubles an hour) */
  warmUp: boolean;
  /** only the commands at the sizes: not the dev server, the sample, the pictures, the importer, the editor or the
   *  remote after them */
  sizesOnly: boolean;
}

export const MIN_SLIDES = 8;

export const DEFAULT_OPTIONS: BenchOptions = {
  runs: 5,
  memoryRuns: 2,
  sizes: [28, 120, 480],
  commands: [...COMMANDS],
  warmUp: true,
  sizesOnly: false,
};

const USAGE =
  'usage: npm run bench -- [--runs 5] [--memory-runs 2] [--sizes 28,120,480[,3000]] [--commands floor,marp,…] [--no-warm-up] [--sizes-only]';

/** `--runs R`, `--memory-runs M`, `--sizes 28,120`, `--commands floor,marp` (also as `--runs=R`), `--no-warm-up` and
 *  `--sizes-only`; anything else is an error with the usage. */
export function parseBenchArgs(argv: string[]): BenchOptions {
  const options = { ...DEFAULT_OPTIONS };
  const args = argv.flatMap((arg) => (arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg]));
  for (let i = 0; i < args.length; i++) {
    const name = args[i];
    const value = args[i + 1];
    if (name === '--runs' && value !== undefined) {
      options.runs = wholeNumber(value, '--runs');
      i++;
    } else if (name === '--memory-runs' && value !== undefined) {
      options.memoryRuns = wholeNumber(value, '--memory-runs', 0);
      i++;
    } else if (name === '--sizes' && value !== undefined) {
      options.sizes = value.split(',').map((size) => wholeNumber(size.trim(), '--sizes'));
      i++;
    } else if (name === '--commands' && value !== undefined) {
      options.commands = value.split(',').map((command) => commandNamed(command.trim()));
      i++;
    } else if (name === '--no-warm-up') {
      options.warmUp = false;
    } else if (name === '--sizes-only') {
      options.sizesOnly = true;
    } else {
      throw new Error(`unknown argument ${name}; ${USAGE}`);
    }
  }
  // title, agenda, two dividers, closing, and three content slides (the dev server edits the third)
  if (options.sizes.some((size) => size < MIN_SLIDES))
    throw new Error(`--sizes: every deck needs at least ${MIN_SLIDES} slides`);
  return options;
}

function commandNamed(name: string): Command {
  const command = COMMANDS.find((known) => known === name);
  if (!command) throw new Error(`--commands takes ${COMMANDS.join(', ')}, not "${name}"`);
  return command;
}

/** The browser's time limit for the floor and Marp CLI at `slides` slides: 120 s up to 480 slides, and with the square
 *  of the slides beyond (one document prints in a time growing with the square of its pages: 3,000 slides, 78 min). */
export function printTimeoutSeconds(slides: number): number {
  return Math.round(120 * Math.max(1, (slides / 480) ** 2));
}

function wholeNumber(text: string, option: string, least = 1): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < least) throw new Error(`${option} takes whole numbers from ${least}, not "${text}"`);
  return n;
}

/** The commands in round `round`'s order: each round starts one further along, so drift hits all alike. */
export function roundOrder<T>(items: readonly T[], round: number): T[] {
  const start = round % items.length;
  return [...items.slice(start), ...items.slice(0, start)];
}

/** The middle value (the mean of the two middle ones for an even count); undefined for none. */
export function median(values: number[]): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

// ---- /proc texts (Linux) ----

/** `/proc/<pid>/stat`: the pid and its parent. The command name sits in parentheses and may hold spaces or `)`. */
export function parseStat(text: string): { pid: number; ppid: number } | undefined {
  const close = text.lastIndexOf(')');
  if (close < 0) return undefined;
  const pid = Number.parseInt(text, 10);
  const ppid = Number(text.slice(close + 2).split(' ')[1]);
  return Number.isInteger(pid) && Number.isInteger(ppid) ? { pid, ppid } : undefined;
}

/** `/proc/<pid>/stat`: the process group and the CPU time the process used (user and system), in clock ticks. */
export function statCpu(text: string): { group: number; ticks: number } | undefined {
  const close = text.lastIndexOf(')');
  if (close < 0) return undefined;
  // after the name: state, ppid, pgrp, …, utime (14th field of the line) and stime (15th)
  const fields = text.slice(close + 2).split(' ');
  const group = Number(fields[2]);
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isInteger(group) && Number.isFinite(ticks) ? { group, ticks } : undefined;
}

/** A `Name:  123 kB` field of `/proc/<pid>/status` (VmHWM, VmRSS), in kB; undefined when absent (a zombie has none). */
export function statusKb(text: string, field: 'VmHWM' | 'VmRSS'): number | undefined {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text);
  return match ? Number(match[1]) : undefined;
}

/** The proportional set size from `/proc/<pid>/smaps_rollup`, in kB: shared pages split among their users. */
export function pssKb(text: string): number | undefined {
  const match = /^Pss:\s+(\d+) kB/m.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** `root` and every process below it, from each process's parent. */
export function processTree(root: number, parentOf: ReadonlyMap<number, number>): Set<number> {
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parentOf) {
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return tree;
}

// ---- results ----

/** Peak memory of one run, in kB: the spawned Node process's VmHWM, the largest VmHWM in its process tree, and the
 *  largest total of the tree in any sample (sum of Pss, or of RSS in a timed run); the same two for the processes
 *  below Node (the browser). */
export interface MemoryPeaks {
  nodeKb: number;
  largestKb: number;
  treeKb: number;
  browserLargestKb: number;
  browserTreeKb: number;
}

export interface RunResult {
  ms: number;
  /** undefined where /proc cannot be read */
  memory: MemoryPeaks | undefined;
  /** Bytes of the slides PDF the run wrote (floor, pdf, marp). */
  bytes?: number;
}

/** Medians over the runs; undefined for what was not measured. */
export type MemorySummary = { [K in keyof MemoryPeaks]: number | undefined };

export interface CommandSummary {
  medianMs: number;
  minMs: number;
  maxMs: number;
  memory: MemorySummary | undefined;
  /** The slides PDF's size (the median, though it hardly varies), for the commands that write one. */
  bytes?: number;
}

/** Times and peaks (VmHWM) from the timed runs; the process tree's Pss from the untimed memory runs. */
export function summarize(timed: RunResult[], memoryRuns: RunResult[]): CommandSummary {
  const ms = timed.map((run) => run.ms);
  const peaks = (runs: RunResult[], key: keyof MemoryPeaks) =>
    median(runs.flatMap((run) => (run.memory ? [run.memory[key]] : [])));
  const measured = [...timed, ...memoryRuns].some((run) => run.memory);
  const bytes = median(timed.flatMap((run) => (run.bytes === undefined ? [] : [run.bytes])));
  return {
    ...(bytes === undefined ? {} : { bytes }),
    medianMs: median(ms) ?? Number.NaN,
    minMs: Math.min(...ms),
    maxMs: Math.max(...ms),
    memory: measured
      ? {
          nodeKb: peaks(timed, 'nodeKb'),
          largestKb: peaks(timed, 'largestKb'),
          browserLargestKb: peaks(timed, 'browserLargestKb'),
          treeKb: peaks(memoryRuns, 'treeKb'),
          browserTreeKb: peaks(memoryRuns, 'browserTreeKb'),
        }
      : undefined,
  };
}

export type SizeSummary = Record<Command, CommandSummary>;

export interface DevSummary {
  slides: number;
  medianMs: number | undefined;
  maxMs: number | undefined;
  failures: number;
}

// ---- formatting ----

/** `1.52 s` */
export function formatSeconds(ms: number | undefined): string {
  return ms === undefined || Number.isNaN(ms) ? 'n/a' : `${(ms / 1000).toFixed(2)} s`;
}

/** `1.18×` */
export function formatRatio(ratio: number | undefined): string {
  return ratio === undefined || !Number.isFinite(ratio) ? 'n/a' : `${ratio.toFixed(2)}×`;
}

/** `412 MB` from kB; `n/a` where memory was not measured. */
export function formatMb(kb: number | undefined): string {
  return kb === undefined ? 'n/a' : `${Math.round(kb / 1024)} MB`;
}

/** `143 ms` */
export function formatMs(ms: number | undefined): string {
  return ms === undefined ? 'n/a' : `${Math.round(ms)} ms`;
}

/** A Markdown table, columns padded to line up in a terminal. */
export function markdownTable(header: string[], rows: string[][]): string {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => `| ${widths.map((width, i) => (cells[i] ?? '').padEnd(width)).join(' | ')} |`;
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** The main table: one row per deck size, the speechdeck commands and Marp CLI against the floor, `deck`'s memory,
 *  and the PowerPoint (no browser: its time and its Node peak). */
export function summaryTable(sizes: ReadonlyMap<number, SizeSummary>): string {
  const header = [
    'slides',
    'floor',
    'build',
    'pdf (×floor)',
    'deck (×floor)',
    'Marp CLI (×floor)',
    'Node peak (deck)',
    'largest process (deck)',
    'process tree (deck)',
    'pptx',
    'Node peak (pptx)',
  ];
  const rows = [...sizes].map(([slides, summary]) => {
    const floor = summary.floor.medianMs;
    const against = (command: Command) =>
      `${formatSeconds(summary[command].medianMs)} (${formatRatio(summary[command].medianMs / floor)})`;
    const memory = summary.deck.memory;
    return [
      String(slides),
      formatSeconds(floor),
      formatSeconds(summary.build.medianMs),
      against('pdf'),
      against('deck'),
      against('marp'),
      formatMb(memory?.nodeKb),
      formatMb(memory?.largestKb),
      formatMb(memory?.treeKb),
      formatSeconds(summary.pptx.medianMs),
      formatMb(summary.pptx.memory?.nodeKb),
    ];
  });
  return markdownTable(header, rows);
}

/** `1.6 MB`, `412 KB` */
export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined) return 'n/a';
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** The slides PDFs' sizes: speechdeck's against the floor's and Marp CLI's, with the distinct characters of each deck. */
export function sizeTable(sizes: ReadonlyMap<number, SizeSummary>, characters: ReadonlyMap<number, number>): string {
  const header = [
    'slides',
    'distinct characters',
    'floor PDF',
    'speechdeck PDF (×floor)',
    'Marp CLI PDF (×floor)',
    'speechdeck ÷ Marp',
  ];
  const rows = [...sizes].map(([slides, summary]) => {
    const [floor, ours, marp] = [summary.floor.bytes, summary.pdf.bytes, summary.marp.bytes];
    const against = (bytes: number | undefined) =>
      `${formatBytes(bytes)} (${formatRatio(bytes !== undefined && floor ? bytes / floor : undefined)})`;
    return [
      String(slides),
      String(characters.get(slides) ?? 'n/a'),
      formatBytes(floor),
      against(ours),
      against(marp),
      formatRatio(ours !== undefined && marp ? ours / marp : undefined),
    ];
  });
  return markdownTable(header, rows);
}

/** Every command at every size: median, the spread of the runs, and the three memory peaks. */
export function detailTable(sizes: ReadonlyMap<number, SizeSummary>): string {
  const header = [
    'slides',
    'command',
    'median',
    'min–max',
    'Node peak',
    'largest process',
    'process tree',
    'browser tree',
  ];
  const rows = [...sizes].flatMap(([slides, summary]) =>
    COMMANDS.map((command) => {
      const { medianMs, minMs, maxMs, memory } = summary[command];
      // build and pptx start no browser
      const browserTree = memory?.browserTreeKb === 0 ? '–' : formatMb(memory?.browserTreeKb);
      return [
        String(slides),
        command,
        formatSeconds(medianMs),
        `${formatSeconds(minMs)}–${formatSeconds(maxMs)}`,
        formatMb(memory?.nodeKb),
        formatMb(memory?.largestKb),
        formatMb(memory?.treeKb),
        browserTree,
      ];
    }),
  );
  return markdownTable(header, rows);
}

// ---- goals ----

/** One goal of the issue: a measured value against its limit (lower is better). */
export interface Goal {
  what: string;
  value: number | undefined;
  limit: number;
  show: (value: number) => string;
  /** the numbers behind the value, e.g. both memory peaks of a ratio */
  detail?: string;
}

export function goalMet(goal: Goal): boolean | undefined {
  return goal.value === undefined || Number.isNaN(goal.value) ? undefined : goal.value <= goal.limit;
}

/** `- ✓ pdf at 28 slides ≤ 1.20× the floor: 1.18×` (✗ when missed, – when not measured). */
export function goalLine(goal: Goal): string {
  const met = goalMet(goal);
  const mark = met === undefined ? '–' : met ? '✓' : '✗';
  const value = met === undefined ? 'not measured' : goal.show(goal.value!);
  return `- ${mark} ${goal.what}: ${value}, limit ${goal.show(goal.limit)}${goal.detail ? ` (${goal.detail})` : ''}`;
}

const ratioOf = (
  sizes: ReadonlyMap<number, SizeSummary>,
  slides: number,
  command: Command,
  against: Command = 'floor',
) => {
  const summary = sizes.get(slides);
  return summary ? summary[command].medianMs / summary[against].medianMs : undefined;
};

const sizeRatioOf = (sizes: ReadonlyMap<number, SizeSummary>, slides: number) => {
  const summary = sizes.get(slides);
  return summary?.pdf.bytes !== undefined && summary.floor.bytes ? summary.pdf.bytes / summary.floor.bytes : undefined;
};

/** The goals of the issue, measured where their deck size was run. */
export function benchGoals(sizes: ReadonlyMap<number, SizeSummary>, dev: DevSummary | undefined): Goal[] {
  const small = sizes.get(28);
  const nodeSmall = small?.deck.memory?.nodeKb;
  const nodeLarge = sizes.get(480)?.deck.memory?.nodeKb;
  return [
    { what: 'pdf at 28 slides, against the floor', value: ratioOf(sizes, 28, 'pdf'), limit: 1.2, show: formatRatio },
    { what: 'pdf at 480 slides, against the floor', value: ratioOf(sizes, 480, 'pdf'), limit: 1.05, show: formatRatio },
    {
      what: 'pdf at 28 slides, against Marp CLI',
      value: ratioOf(sizes, 28, 'pdf', 'marp'),
      limit: 1,
      show: formatRatio,
    },
    {
      what: 'pdf at 480 slides, against Marp CLI',
      value: ratioOf(sizes, 480, 'pdf', 'marp'),
      limit: 1,
      show: formatRatio,
    },
    {
      what: "slides PDF size at 28 slides, against the floor's",
      value: sizeRatioOf(sizes, 28),
      limit: 1.3,
      show: formatRatio,
    },
    {
      what: "slides PDF size at 480 slides, against the floor's",
      value: sizeRatioOf(sizes, 480),
      limit: 1.3,
      show: formatRatio,
    },
    {
      what: 'deck (all its outputs) at 28 slides, against one floor PDF',
      value: ratioOf(sizes, 28, 'deck'),
      limit: 2,
      show: formatRatio,
    },
    { what: 'build (HTML only) at 28 slides, warm', value: small?.build.medianMs, limit: 1000, show: formatSeconds },
    {
      what: 'pptx (the PowerPoint only) at 480 slides, warm',
      value: sizes.get(480)?.pptx.medianMs,
      limit: 1000,
      show: formatSeconds,
    },
    {
      what: `dev server, saving the outline to the updated slide on screen (median of ${dev ? `saves at ${dev.slides} slides` : 'saves'})`,
      // a save that never reached the screen fails the goal, whatever the others did
      value: dev && dev.failures ? Number.POSITIVE_INFINITY : dev?.medianMs,
      limit: 200,
      show: (ms) => (Number.isFinite(ms) ? formatMs(ms) : 'failed'),
      ...(dev
        ? {
            detail: `max ${formatMs(dev.maxMs)}${dev.failures ? `, saves not on screen within 5 s: ${dev.failures}` : ''}`,
          }
        : {}),
    },
    {
      what: "deck's Node peak at 480 slides, against 28 slides",
      value: nodeSmall !== undefined && nodeLarge !== undefined ? nodeLarge / nodeSmall : undefined,
      limit: 1.5,
      show: formatRatio,
      ...(nodeSmall !== undefined && nodeLarge !== undefined
        ? { detail: `${formatMb(nodeLarge)} at 480, ${formatMb(nodeSmall)} at 28` }
        : {}),
    },
  ];
}

/** The browser's share of `deck`'s memory at each size, reported without a limit. */
export function browserLines(sizes: ReadonlyMap<number, SizeSummary>): string[] {
  return [...sizes].map(([slides, summary]) => {
    const memory = summary.deck.memory;
    return `- browser's peak in deck at ${slides} slides: largest process ${formatMb(memory?.browserLargestKb)}, process tree ${formatMb(memory?.browserTreeKb)} (no limit)`;
  });
}

const REPORT_START = '<!-- bench report: written by npm run bench -->';
const REPORT_END = '<!-- end of bench report -->';

/** docs/performance.md with its bench report replaced by `report` (appended, between markers, the first time). */
export function withBenchReport(doc: string, report: string): string {
  const block = `${REPORT_START}\n\n${report.trim()}\n\n${REPORT_END}`;
  const start = doc.indexOf(REPORT_START);
  const end = doc.indexOf(REPORT_END);
  if (start < 0 || end < start) return `${doc.trimEnd()}\n\n## The latest run\n\n${block}\n`;
  return doc.slice(0, start) + block + doc.slice(end + REPORT_END.length);
}
