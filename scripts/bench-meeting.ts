// The meeting's scale bench: `speechdeck meeting` on a made-up meeting of TALKS talks of SLIDES slides each (varied
// text, each talk its own words), as a whole process, against one talk's `deck`: the wall time (goal for 30 × 20:
// ≤ 60 s on a 2-core machine) and Node's own memory peak (VmHWM of the speechdeck process, not the browser's; goal ≤
// 1.5× one talk's `deck`). Linux only (it reads /proc).
// Alone: node --import tsx scripts/bench-meeting.ts [talks=30] [slides=20]
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { statusKb } from './bench-lib.ts';

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

/** Runs `speechdeck <args>` in `cwd`: its wall time and the peak of its Node process's resident memory. */
function run(cwd: string, args: string[]): Promise<{ seconds: number; peakMb: number; code: number | null }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [path.join(REPO, 'bin/speechdeck.js'), '--lang', 'en', ...args], {
      cwd,
      stdio: 'ignore',
    });
    let peakKb = 0;
    const sample = setInterval(() => {
      fs.readFile(`/proc/${child.pid}/status`, 'utf8')
        .then((text) => {
          peakKb = Math.max(peakKb, statusKb(text, 'VmHWM') ?? 0);
        })
        .catch(() => undefined);
    }, 50);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(sample);
      resolve({ seconds: (performance.now() - start) / 1000, peakMb: peakKb / 1024, code });
    });
  });
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
    console.log(
      `one talk's deck (${slides} slides): ${one.seconds.toFixed(1)} s, Node peak ${one.peakMb.toFixed(0)} MB`,
    );
    console.log(
      `meeting of ${talks} × ${slides} slides: ${meeting.seconds.toFixed(1)} s (goal for 30 × 20: 60 s), Node peak ` +
        `${meeting.peakMb.toFixed(0)} MB = ${(meeting.peakMb / one.peakMb).toFixed(2)}× one talk's (goal 1.5×)` +
        (meeting.code === 0 ? '' : `, exit ${meeting.code}`),
    );
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

await main();
