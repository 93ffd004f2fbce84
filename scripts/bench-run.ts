// Runs one command of `npm run bench` as a whole process: wall time from spawn to exit, and the peak memory of
// the process and everything it starts (the browser), sampled from /proc every 25 ms while it runs.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import { parseStat, processTree, pssKb, statusKb } from './bench-lib.ts';
import type { MemoryPeaks } from './bench-lib.ts';

const SAMPLE_MS = 25;

/** Whether memory can be measured here: Linux's /proc, with the fields we read. */
export const CAN_SAMPLE = existsSync('/proc/self/status');

export interface ProcessRun {
  ms: number;
  /** what the memory samples read: in a run sampled by 'status', the tree's total is a sum of RSS, not of Pss */
  sampling: Sampling;
  memory: MemoryPeaks | undefined;
  /** CPU time (user + system) of the whole tree, each process's as last sampled (so up to one sampling interval of
   *  each process's last work is missed); undefined when not sampled */
  cpuMs: number | undefined;
  /** that CPU time by kind of process (`processKind`), in ms; undefined when not sampled */
  cpuMsByKind: Map<ProcessKind, number> | undefined;
  /** [ms since spawn, kB of the whole tree] for every sample */
  series: Array<[number, number]>;
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Bytes of the slides PDF it wrote, set by the bench for the commands that write one. */
  bytes?: number;
  stdout: string;
  stderr: string;
}

/** The bench's processes now running, for a kill of the bench to stop them too. */
export const running = new Set<ChildProcess>();

/** How a run samples memory: not at all; only the cheap /proc/<pid>/status (peaks, RSS), fit for a timed run;
 *  or also smaps_rollup for Pss, which makes the kernel walk each process's pages (about 25 ms a sample for a
 *  browser's process tree on 2 cores, measured to slow the floor by a quarter): only in untimed runs. */
export type Sampling = 'none' | 'status' | 'pss';

/** Spawns `node <args…>` in `cwd` and waits for it to exit, sampling memory as asked where /proc exists; `env` is
 *  added to the bench's own environment. */
export async function runProcess(
  args: string[],
  cwd: string,
  sampling: Sampling,
  env: Record<string, string> = {},
): Promise<ProcessRun> {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve({ code, signal, ms: performance.now() - started }));
  });
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  running.add(child);
  const sampler =
    sampling !== 'none' && CAN_SAMPLE && child.pid !== undefined
      ? startSampler(child.pid, started, sampling === 'pss')
      : undefined;
  try {
    const { code, signal, ms } = await exited;
    const memory = await sampler?.stop();
    const cpuMs = sampler?.cpuMs();
    const cpuMsByKind = sampler?.cpuMsByKind();
    // a process left behind that still holds the pipes must not hang the bench
    await Promise.race([closed, pause(5_000, { unref: true })]);
    return { ms, sampling, memory, cpuMs, cpuMsByKind, series: sampler?.series ?? [], code, signal, stdout, stderr };
  } finally {
    running.delete(child);
    await sampler?.stop();
  }
}

interface Sampler {
  series: Array<[number, number]>;
  stop: () => Promise<MemoryPeaks>;
  /** The tree's CPU time so far, in ms. */
  cpuMs: () => number;
  /** The same, by kind of process. */
  cpuMsByKind: () => Map<ProcessKind, number>;
}

/** What the samples have seen so far of one process tree. */
interface TreeState {
  root: number;
  /** read Pss (else VmRSS) for the tree's total */
  pss: boolean;
  /** every live pid's parent, read once per pid */
  parentOf: Map<number, number>;
  nodeKb: number;
  /** each process's VmHWM (its own peak), the largest read */
  hwmKb: Map<number, number>;
  treeKb: number;
  browserTreeKb: number;
  /** each process's CPU clock ticks (utime + stime), the last read */
  ticks: Map<number, number>;
  /** each process's kind, as last read */
  kinds: Map<number, ProcessKind>;
}

function startSampler(root: number, started: number, pss: boolean): Sampler {
  const state: TreeState = {
    root,
    pss,
    parentOf: new Map(),
    nodeKb: 0,
    hwmKb: new Map(),
    treeKb: 0,
    browserTreeKb: 0,
    ticks: new Map(),
    kinds: new Map(),
  };
  const series: Array<[number, number]> = [];
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const treeKb = await sampleTree(state);
      series.push([Math.round(performance.now() - started), treeKb]);
      await pause(SAMPLE_MS);
    }
  })();
  return {
    series,
    stop: async () => {
      stopped = true;
      await loop;
      return peaksOf(state);
    },
    cpuMs: () => [...state.ticks.values()].reduce((sum, ticks) => sum + ticks, 0) * MS_PER_TICK,
    cpuMsByKind: () => {
      const byKind = new Map<ProcessKind, number>();
      for (const [pid, ticks] of state.ticks) {
        const kind = state.kinds.get(pid) ?? 'other';
        byKind.set(kind, (byKind.get(kind) ?? 0) + ticks * MS_PER_TICK);
      }
      return byKind;
    },
  };
}

function peaksOf(state: TreeState): MemoryPeaks {
  const below = [...state.hwmKb].filter(([pid]) => pid !== state.root).map(([, kb]) => kb);
  return {
    nodeKb: state.nodeKb,
    largestKb: Math.max(state.nodeKb, ...below),
    treeKb: state.treeKb,
    browserLargestKb: Math.max(0, ...below),
    browserTreeKb: state.browserTreeKb,
  };
}

/** One sample: find the tree's processes, read each one's memory; returns the tree's total (sum of Pss or RSS) in kB. */
async function sampleTree(state: TreeState): Promise<number> {
  await refreshParents(state.parentOf);
  const tree = processTree(state.root, state.parentOf);
  const readings = await Promise.all([...tree].map(async (pid) => ({ pid, ...(await readMemory(pid, state.pss)) })));
  let total = 0;
  let browser = 0;
  for (const { pid, hwmKb, sizeKb, ticks } of readings) {
    if (ticks !== undefined) state.ticks.set(pid, ticks);
    // read again each time: a process forked by the zygote shows the zygote's command line until it names itself
    const kind = await kindOf(pid, state.root);
    if (kind !== 'other' || !state.kinds.has(pid)) state.kinds.set(pid, kind);
    if (hwmKb === undefined) continue;
    // VmHWM only grows: the last value read before the process exits is its peak
    if (pid === state.root) state.nodeKb = hwmKb;
    state.hwmKb.set(pid, Math.max(hwmKb, state.hwmKb.get(pid) ?? 0));
    total += sizeKb ?? 0;
    if (pid !== state.root) browser += sizeKb ?? 0;
  }
  state.treeKb = Math.max(state.treeKb, total);
  state.browserTreeKb = Math.max(state.browserTreeKb, browser);
  return total;
}

/** What a process of the tree is: the command's Node process (and the Node processes it forks, such as the fonts'
 *  cutter), Chromium's browser process, or one of its helpers by its `--type=` (renderer, gpu-process, zygote,
 *  utility). */
export type ProcessKind = 'node' | 'browser' | 'renderer' | 'gpu-process' | 'zygote' | 'utility' | 'other';

async function kindOf(pid: number, root: number): Promise<ProcessKind> {
  if (pid === root) return 'node';
  // Chromium's helpers rename themselves: their command line may be one string, its arguments split by spaces
  const line = (await readText(`/proc/${pid}/cmdline`))?.replaceAll('\0', ' ') ?? '';
  const type = /(?:^| )--type=([\w-]+)/.exec(line)?.[1];
  if (type === 'renderer' || type === 'gpu-process' || type === 'zygote' || type === 'utility') return type;
  if (type !== undefined) return 'other';
  if (/ --remote-debugging-pipe\b/.test(line)) return 'browser';
  return /^\S*node /.test(line) ? 'node' : 'other';
}

/** Brings the pid → parent map up to date: new processes read once, ended ones forgotten. */
async function refreshParents(parentOf: Map<number, number>): Promise<void> {
  const live = new Set((await fs.readdir('/proc')).filter((name) => /^\d+$/.test(name)).map(Number));
  for (const pid of parentOf.keys()) if (!live.has(pid)) parentOf.delete(pid);
  const fresh = [...live].filter((pid) => !parentOf.has(pid));
  const stats = await Promise.all(fresh.map((pid) => readText(`/proc/${pid}/stat`)));
  stats.forEach((text) => {
    const stat = text === undefined ? undefined : parseStat(text);
    if (stat) parentOf.set(stat.pid, stat.ppid);
  });
}

/** Linux's USER_HZ: /proc reports CPU times in hundredths of a second on every architecture. */
const MS_PER_TICK = 10;

/** utime + stime from `/proc/<pid>/stat` (fields 14 and 15, counted after the command name's closing bracket). */
function cpuTicks(text: string): number | undefined {
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isFinite(ticks) ? ticks : undefined;
}

/** A process's peak (VmHWM) and its present share of memory (Pss, or VmRSS where smaps_rollup cannot be read). */
async function readMemory(
  pid: number,
  pss: boolean,
): Promise<{ hwmKb: number | undefined; sizeKb: number | undefined; ticks: number | undefined }> {
  const [status, stat, rollup] = await Promise.all([
    readText(`/proc/${pid}/status`),
    readText(`/proc/${pid}/stat`),
    pss ? readText(`/proc/${pid}/smaps_rollup`) : undefined,
  ]);
  const ticks = stat === undefined ? undefined : cpuTicks(stat);
  if (status === undefined) return { hwmKb: undefined, sizeKb: undefined, ticks };
  const shared = rollup === undefined ? undefined : pssKb(rollup);
  return { hwmKb: statusKb(status, 'VmHWM'), sizeKb: shared ?? statusKb(status, 'VmRSS'), ticks };
}

/** A /proc file's text, or undefined when the process has gone (or the file is not readable). */
async function readText(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** A wait; an unref'd one does not keep the bench alive once everything else is done. */
function pause(ms: number, { unref = false } = {}): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    if (unref) timer.unref();
  });
}
