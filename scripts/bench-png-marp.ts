// The pictures' column of `npm run bench`: `speechdeck png` against Marp CLI's `--images png` on the same 28 slides of
// varied text (scripts/bench-decks.ts), both as whole processes, alternated round by round, medians. Marp is asked
// for 1920×1080 (`--image-scale 1.5` of its 1280×720) so that both draw the same number of pixels.
// Alone: node --import tsx scripts/bench-png-marp.ts [runs=3]
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './bench-lib.ts';
import { marpMarkdown, outline } from './bench-decks.ts';
import { marpArgs, marpCli, runMarp } from './bench-marp.ts';
import { runProcess } from './bench-run.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SLIDES = 28;

export interface PicturesAgainstMarp {
  slides: number;
  runs: number;
  /** Medians of the whole processes' wall times. */
  speechdeckMs: number;
  marpMs: number;
  /** Medians of the CPU time of each whole process tree (Node and Chromium), where /proc was read. */
  speechdeckCpuMs: number | undefined;
  marpCpuMs: number | undefined;
  /** The load average (1 minute) when the runs began and ended. */
  load: [number, number];
}

/** Times both in `project` (a folder of the caller's, emptied of what this writes afterwards). */
export async function measurePicturesAgainstMarp(
  bin: string,
  marp: string,
  project: string,
  runs: number,
  progress: (line: string) => void = () => {},
): Promise<PicturesAgainstMarp> {
  await fs.mkdir(path.join(project, 'slides'), { recursive: true });
  const outlineFile = `slides/png-${SLIDES}.md`;
  await fs.writeFile(path.join(project, outlineFile), outline(SLIDES));
  await fs.writeFile(path.join(project, `marp-png-${SLIDES}.md`), marpMarkdown(SLIDES));
  const pdfArgs = marpArgs(marp, `marp-png-${SLIDES}.md`, `marp-png/${SLIDES}.png`);
  // Marp's PDF line, turned into its pictures: the same browser and options, `--images png` for `--pdf`.
  const marpLine = [...pdfArgs.filter((arg) => arg !== '--pdf'), '--images', 'png', '--image-scale', '1.5'];
  const commands = {
    speechdeck: [bin, '--lang', 'en', 'png', outlineFile],
    marp: marpLine,
  };
  const times: Record<keyof typeof commands, number[]> = { speechdeck: [], marp: [] };
  const cpu: Record<keyof typeof commands, number[]> = { speechdeck: [], marp: [] };
  const load: [number, number] = [os.loadavg()[0]!, 0];
  // A warm-up of each (the disk cache, speechdeck's font cache), then alternated rounds.
  for (let round = -1; round < runs; round++) {
    const order = round % 2 ? (['marp', 'speechdeck'] as const) : (['speechdeck', 'marp'] as const);
    for (const name of order) {
      // sampled only from /proc/<pid>/status and stat, cheap enough for a timed run (bench-run.ts)
      const run = await (name === 'marp' ? runMarp : runProcess)(commands[name], project, 'status');
      if (run.code !== 0) throw new Error(`${name} pictures failed:\n${run.stderr.trim() || run.stdout.trim()}`);
      if (round >= 0) times[name].push(run.ms);
      if (round >= 0 && run.cpuMs !== undefined) cpu[name].push(run.cpuMs);
      progress(`    ${name} pictures ${(run.ms / 1000).toFixed(2)} s${cpuText(run.cpuMs)}`);
    }
  }
  const written = (await fs.readdir(path.join(project, 'marp-png'))).filter((file) => file.endsWith('.png'));
  if (written.length !== SLIDES) throw new Error(`Marp CLI wrote ${written.length} pictures for ${SLIDES} slides`);
  load[1] = os.loadavg()[0]!;
  return {
    slides: SLIDES,
    runs,
    speechdeckMs: median(times.speechdeck)!,
    marpMs: median(times.marp)!,
    speechdeckCpuMs: median(cpu.speechdeck),
    marpCpuMs: median(cpu.marp),
    load,
  };
}

/** ` (2.34 s of CPU)` where it was measured. */
function cpuText(ms: number | undefined): string {
  return ms === undefined ? '' : ` (${(ms / 1000).toFixed(2)} s of CPU)`;
}

/** The report's line, with the goal (at most 0.75× Marp's time). */
export function picturesLine(result: PicturesAgainstMarp): string {
  const ratio = result.speechdeckMs / result.marpMs;
  return (
    `- pictures of ${result.slides} slides (png, 1920×1080, whole processes, medians of ${result.runs} alternated): ` +
    `speechdeck ${(result.speechdeckMs / 1000).toFixed(2)} s${cpuText(result.speechdeckCpuMs)}, ` +
    `Marp CLI --images png ${(result.marpMs / 1000).toFixed(2)} s${cpuText(result.marpCpuMs)} ` +
    `(${ratio.toFixed(2)}×; goal ≤ 0.75×${ratio <= 0.75 ? ', met' : ', missed'}; load ${result.load[0].toFixed(1)}–${result.load[1].toFixed(1)})`
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const runs = Number(process.argv[2] ?? 3);
  const project = await fs.mkdtemp(path.join(os.tmpdir(), 'speechdeck-bench-png-'));
  try {
    const marp = await marpCli((line) => process.stderr.write(`${line}\n`));
    const result = await measurePicturesAgainstMarp(path.join(REPO, 'bin/speechdeck.js'), marp, project, runs, (line) =>
      process.stderr.write(`${line}\n`),
    );
    console.log(picturesLine(result));
  } finally {
    await fs.rm(project, { recursive: true, force: true });
  }
}
