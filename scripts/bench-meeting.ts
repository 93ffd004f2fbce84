// The meeting's scale bench: `speechdeck meeting` on a made-up meeting of TALKS talks of SLIDES slides each (varied
// text, each talk its own words), as a whole process, against one talk's `deck`: the wall time (goal for 30 × 20:
// ≤ 60 s on a 2-core machine), the CPU time of the whole process tree (Node and every Chromium process: on a shared
// machine the steadier figure), and Node's own memory peak (VmHWM of the speechdeck process, not the browser's; goal ≤
// 1.5× one talk's `deck`), with the load average beside them. Linux only (it reads /proc).
// Alone: node --import tsx scripts/bench-meeting.ts [talks=30] [slides=20]
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runProcess } from './bench-run.ts';
import type { ProcessKind } from './bench-run.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORDS = '推进基层治理现代化关键在于把群众工作做实做细坚持问题导向调查研究服务群众提升能力深化改革创新发展'.split(
  '',
);

/** A talk of `slides` slides (a title slide, an agenda, parts and a closing count among them), its words drawn from
 *  `seed` so no two talks are alike. */
function outline(n: number, slides: number): string {
  const word = (i: number) => WORDS[(i * 7 + n * 13) % WORDS.length]!;
  const phrase = (i: number, length: number) => Array.from({ length }, (_, k) => word(i + k)).join('');
  const parts = Math.max(1, Math.ceil((slides - 3) / 5));
  let text = `---\ntitle: 第${n}个发言：${phrase(n, 10)}\nspeaker: 发言人${n}\nduration: 6\n---\n`;
  let made = 3;
  for (let p = 0; p < parts && made < slides; p++) {
    text += `\n# ${phrase(p + n, 8)}\n`;
    made++;
    for (let s = 0; s < 4 && made < slides; s++, made++)
      text += `\n## ${phrase(p * 5 + s, 9)}\n\n- ${phrase(s, 14)}\n- ${phrase(s + 3, 16)}\n- ${phrase(s + 6, 12)}\n\n::: notes\n${phrase(s, 60)}。\n:::\n`;
  }
  return text;
}

interface Run {
  seconds: number;
  cpuSeconds: number | undefined;
  /** that CPU by kind of process, largest first */
  cpuByKind: Array<[ProcessKind, number]>;
  peakMb: number;
  code: number | null;
  /** the one-minute load average when it started and when it ended */
  load: [number, number];
}

/** Runs `speechdeck <args>` in `cwd` (bench-run.ts: sampled from /proc while it runs). */
async function run(cwd: string, args: string[]): Promise<Run> {
  const before = os.loadavg()[0]!;
  const result = await runProcess([path.join(REPO, 'bin/speechdeck.js'), '--lang', 'en', ...args], cwd, 'status');
  return {
    seconds: result.ms / 1000,
    cpuSeconds: result.cpuMs === undefined ? undefined : result.cpuMs / 1000,
    cpuByKind: [...(result.cpuMsByKind ?? [])]
      .map(([kind, ms]): [ProcessKind, number] => [kind, ms / 1000])
      .sort((a, b) => b[1] - a[1]),
    peakMb: (result.memory?.nodeKb ?? 0) / 1024,
    code: result.code,
    load: [before, os.loadavg()[0]!],
  };
}

/** `12.3 s (4.5 s CPU, load 20–25)` */
function timed(run: Run): string {
  const cpu = run.cpuSeconds === undefined ? '' : `${run.cpuSeconds.toFixed(1)} s CPU, `;
  return `${run.seconds.toFixed(1)} s (${cpu}load ${run.load.map((load) => load.toFixed(0)).join('–')})`;
}

/** `browser 12.0 s, renderer 11.1 s, node 6.2 s, …` */
function byKind(run: Run): string {
  return run.cpuByKind.map(([kind, seconds]) => `${kind} ${seconds.toFixed(1)} s`).join(', ');
}

async function main(): Promise<void> {
  const talks = Number(process.argv[2] ?? 30);
  const slides = Number(process.argv[3] ?? 20);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'speechdeck-bench-meeting-'));
  try {
    await fs.mkdir(path.join(dir, 'slides'));
    const programme = ['title: 基准测试交流会', 'date: 2026-11-27', 'talks:'];
    for (let n = 1; n <= talks; n++) {
      const name = `t${String(n).padStart(2, '0')}.md`;
      await fs.writeFile(path.join(dir, 'slides', name), outline(n, slides));
      programme.push(`  - outline: slides/${name}`);
    }
    await fs.writeFile(path.join(dir, 'meeting.yaml'), `${programme.join('\n')}\n`);
    const one = await run(dir, ['deck', 'slides/t01.md']);
    const meeting = await run(dir, ['meeting', 'meeting.yaml']);
    console.log(`one talk's deck (${slides} slides): ${timed(one)}, Node peak ${one.peakMb.toFixed(0)} MB`);
    console.log(
      `meeting of ${talks} × ${slides} slides: ${timed(meeting)} (goal for 30 × 20: 60 s), Node peak ` +
        `${meeting.peakMb.toFixed(0)} MB = ${(meeting.peakMb / one.peakMb).toFixed(2)}× one talk's (goal 1.5×)` +
        (meeting.code === 0 ? '' : `, exit ${meeting.code}`),
    );
    console.log(`the meeting's CPU by process: ${byKind(meeting)}`);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

await main();
