// Every command stopped at a random moment, by SIGINT (Ctrl-C), SIGTERM (a kill) or SIGKILL (a kill that runs
// nothing): afterwards no browser process is left, no profile or staging folder of that run, and every earlier
// output is whole. What SIGKILL leaves (it cannot clean up) is gone once the next run has started.
// The moments come from a seeded generator: a line the command prints (SPEECHDECK_TRACE=1 prints a line for each
// step), plus up to 0.3 s; a failure names the seed, the command, the signal and the moment, to run it again.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prng } from '../support/prng.ts';
import { ROOT, SAMPLE_OUTLINE } from '../support/sample.ts';
import { ENGLISH_MACHINE } from '../support/cli.ts';

const BIN = path.join(ROOT, 'bin/speechdeck.js');
const SEED = Number(process.env.SPEECHDECK_INTERRUPT_SEED ?? 20261128);

const project = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-stops-'));
/** The runs' own temporary folders, one per run: its browser profile and Chromium's lock folder go there, so that
 *  what a run left, and its browser's processes, are told apart by the folder alone. */
const temporary = path.join(project, 'tmp');
const dist = path.join(project, 'dist');
fs.mkdirSync(temporary);
fs.mkdirSync(path.join(project, 'slides'));
fs.copyFileSync(SAMPLE_OUTLINE, path.join(project, 'slides/qunzhong.md'));
fs.writeFileSync(
  path.join(project, 'speech.txt'),
  [
    '在青年干部理论学习交流会上的发言',
    '',
    '同志们：',
    '今天我就提升群众工作能力谈三点体会。',
    '',
    '一、紧跟时代步伐',
    '群众的需求在变化，我们的方法也要跟着变。',
    '',
    '二、保持血肉联系',
    '多到基层走一走，多听群众说一说。',
    '',
    '三、解决急难愁盼',
    '把群众的小事当作自己的大事来办。',
    '',
  ].join('\n'),
);
afterAll(() => {
  // A failed trial may have left its browser running: it is ours, and ends with the test.
  for (const line of browsersLeft()) process.kill(Number(line.trim().split(/\s+/)[0]), 'SIGKILL');
  fs.rmSync(project, { recursive: true, force: true });
});

/** A fresh temporary folder for a run (or the one given), in the run's environment. */
function environment(tmp = fs.mkdtempSync(path.join(temporary, 'run-'))) {
  return { tmp, env: { ...process.env, TMPDIR: tmp, TMP: tmp, TEMP: tmp, SPEECHDECK_TRACE: '1', ...ENGLISH_MACHINE } };
}

/** What each command is run with, as a user would type it. */
const COMMANDS: Record<string, string[]> = {
  build: ['build', 'slides/qunzhong.md'],
  pdf: ['pdf', 'slides/qunzhong.md'],
  handout: ['handout', 'slides/qunzhong.md'],
  script: ['script', 'slides/qunzhong.md'],
  deck: ['deck', 'slides/qunzhong.md'],
  check: ['check', 'slides/qunzhong.md'],
  import: ['import', 'speech.txt', '-o', 'drafts/speech.md', '--force'],
  dev: ['dev', 'slides/qunzhong.md', '--port', '0'],
};

/** The outputs that earlier runs wrote, and that no stopped run may leave broken. */
const OUTPUTS = ['qunzhong/index.html', 'qunzhong.pdf', 'qunzhong-handout.pdf', 'qunzhong-script.pdf'].map((file) =>
  path.join(dist, file),
);
const DRAFT = path.join(project, 'drafts/speech.md');

/** Whole: a PDF from its header to its end-of-file marker, a page to its last tag, a draft with its front matter. */
function whole(file: string): boolean {
  const text = fs.readFileSync(file, 'latin1');
  if (file.endsWith('.pdf')) return text.startsWith('%PDF-') && /%%EOF\s*$/.test(text);
  if (file.endsWith('.html')) return text.trimEnd().endsWith('</html>');
  return text.startsWith('---\n') && fs.readFileSync(file, 'utf8').includes('title:');
}

/** Browser processes that run with a profile in this folder (every run's, when none is given). */
function browsersLeft(tmp = temporary): string[] {
  return execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(`--user-data-dir=${tmp}`));
}

/** What a run left: anything in its temporary folder, and staging files with its process id beside the outputs. */
function leftBy(pid: number, tmp: string): string[] {
  const staged = (dir: string) =>
    fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.startsWith(`.speechdeck-tmp-${pid}-`)) : [];
  return [...fs.readdirSync(tmp), ...staged(dist), ...staged(path.dirname(DRAFT))];
}

async function until(condition: () => boolean, timeout: number): Promise<boolean> {
  const deadline = Date.now() + timeout;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  return condition();
}

interface Trial {
  command: keyof typeof COMMANDS;
  signal: 'SIGINT' | 'SIGTERM' | 'SIGKILL';
  /** The signal comes after this many lines of output… */
  afterLines: number;
  /** …and this many milliseconds more. */
  delay: number;
}

/** A dozen trials: every command, each signal four times, at moments drawn from the seed. */
function trials(seed: number): Trial[] {
  const random = prng(seed);
  const commands: Array<keyof typeof COMMANDS> = [
    'build',
    'pdf',
    'handout',
    'script',
    'deck',
    'check',
    'import',
    'dev',
    'deck',
    'pdf',
    'check',
    'build',
  ];
  const signals = (['SIGINT', 'SIGTERM', 'SIGKILL'] as const).flatMap((signal) => [signal, signal, signal, signal]);
  for (let i = signals.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [signals[i], signals[j]] = [signals[j]!, signals[i]!];
  }
  return commands.map((command, i) => ({
    command,
    signal: signals[i]!,
    afterLines: random.int(0, 8),
    delay: random.int(0, 300),
  }));
}

/** Runs the command and stops it at the trial's moment; how it ended, and whether it ended before the signal. */
async function stopped(
  trial: Trial,
  env: NodeJS.ProcessEnv,
): Promise<{
  pid: number;
  code: number | null;
  signal: NodeJS.Signals | null;
  finishedFirst: boolean;
  output: string;
}> {
  const child = spawn(process.execPath, [BIN, ...COMMANDS[trial.command]!], {
    cwd: project,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let lines = 0;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const moment = new Promise<void>((resolve) => {
    if (trial.afterLines === 0) resolve();
    const count = (chunk: Buffer) => {
      output += chunk.toString();
      lines = output.split('\n').length - 1;
      if (lines >= trial.afterLines) resolve();
    };
    child.stdout.on('data', count);
    child.stderr.on('data', count);
  });
  await Promise.race([moment, exited]);
  await new Promise((resolve) => setTimeout(resolve, trial.delay));
  if (child.exitCode === null && child.signalCode === null) child.kill(trial.signal);
  const { code, signal } = await exited;
  // Exit 0 is a command that did all its work: the signal, if sent, reached a process already on its way out (on a
  // busy machine the parent may learn of that exit only after it has signalled). A stopped run never exits 0.
  return { pid: child.pid!, code, signal, finishedFirst: code === 0, output };
}

beforeAll(() => {
  // Earlier outputs, as a user has them from yesterday's run.
  for (const args of [COMMANDS.deck!, COMMANDS.import!]) {
    const run = spawnSync(process.execPath, [BIN, ...args], {
      cwd: project,
      env: environment().env,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status, run.stderr).toBe(0);
  }
  for (const file of [...OUTPUTS, DRAFT]) expect(whole(file), file).toBe(true);
}, 240_000);

/** The temporary folders of runs killed outright: what they left there, the next run must remove. */
const killed: string[] = [];

describe.skipIf(process.platform === 'win32')('every command stopped at a random moment', () => {
  // (Windows has no SIGTERM or process groups to send to, and no `ps`: these run on Linux and macOS.)
  it.each(trials(SEED).map((trial, i) => [i + 1, trial] as const))(
    'trial %i: %o',
    { timeout: 120_000 },
    async (_, trial) => {
      const { tmp, env } = environment();
      const result = await stopped(trial, env);
      const about = `seed ${SEED}, ${JSON.stringify(trial)}: exit ${result.code} ${result.signal}\n${result.output}`;
      if (result.finishedFirst) expect(result.code, about).toBe(0);
      else if (trial.signal === 'SIGKILL') expect(result.signal, about).toBe('SIGKILL');
      else {
        // Stopped by our handler (128 + n), or by the signal itself if it came before node had started ours.
        const code = trial.signal === 'SIGINT' ? 130 : 143;
        expect(result.code === code || result.signal === trial.signal, about).toBe(true);
      }
      // No browser outlives the run, however it ended: killed with it, or, after SIGKILL, gone with its pipe.
      expect(
        await until(() => browsersLeft(tmp).length === 0, 15_000),
        `${about}\n${browsersLeft(tmp).join('\n')}`,
      ).toBe(true);
      // A run that could clean up left nothing; one killed outright leaves at most what the next run removes.
      if (trial.signal !== 'SIGKILL' || result.finishedFirst) expect(leftBy(result.pid, tmp), about).toEqual([]);
      else killed.push(tmp);
      for (const file of [...OUTPUTS, DRAFT]) expect(whole(file), `${file}: ${about}`).toBe(true);
    },
  );

  it('leaves nothing once the next run has started: no profile, no lock folder, no staging file', {
    timeout: 240_000,
  }, () => {
    const run = (args: string[], env: NodeJS.ProcessEnv) => {
      const next = spawnSync(process.execPath, [BIN, ...args], {
        cwd: project,
        env,
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(next.status, next.stderr).toBe(0);
    };
    // The next run in each killed run's temporary folder (a `check`: it starts a browser and stages its build there).
    for (const tmp of killed) {
      run([...COMMANDS.check!, '--json'], environment(tmp).env);
      expect(fs.readdirSync(tmp), tmp).toEqual([]);
    }
    // The next runs that write beside the outputs and the draft.
    const { tmp, env } = environment();
    run(COMMANDS.deck!, env);
    run(COMMANDS.import!, env);
    expect(fs.readdirSync(tmp)).toEqual([]);
    expect(fs.readdirSync(dist).filter((name) => name.startsWith('.'))).toEqual([]);
    expect(fs.readdirSync(path.dirname(DRAFT)).filter((name) => name.startsWith('.'))).toEqual([]);
    expect(browsersLeft()).toEqual([]);
  });
});
