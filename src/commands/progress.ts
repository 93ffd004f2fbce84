// Progress on stderr while the browser works: which deck, which output, how long so far. Steps may run at once
// (a deck's PDFs are made in parallel): on a terminal they share one line.
import { fitWidth } from '../messages/width.ts';
import { escapeForTerminal, writeText } from '../messages/terminal.ts';

const BRAILLE = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const ASCII = ['|', '/', '-', '\\'];

/** The spinner's frames for this terminal: Braille where the terminal's font has it, ASCII in the old Windows
 *  console (conhost, which cmd and PowerShell open in unless Windows Terminal is the default) and the Linux text
 *  console, where Braille shows as boxes. Newer Windows terminals announce themselves in the environment. */
export function spinnerFrames(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): readonly string[] {
  if (platform !== 'win32') return env.TERM === 'linux' ? ASCII : BRAILLE;
  const modern =
    Boolean(env.WT_SESSION) || // Windows Terminal
    env.TERM_PROGRAM === 'vscode' ||
    env.TERMINAL_EMULATOR === 'JetBrains-JediTerm' ||
    env.ConEmuTask === '{cmd::Cmder}' ||
    /^(xterm|alacritty|rxvt)/.test(env.TERM ?? ''); // Git Bash's mintty and the like
  return modern ? BRAILLE : ASCII;
}

const FRAMES = spinnerFrames();

export interface Progress {
  run<T>(work: Promise<T>): Promise<T>;
  /** Names the step within the work now under way (shown on a terminal: "handout — placing the slides"). */
  phase(text: string): void;
}

interface Step {
  label: string;
  phase: string;
  started: number;
}

/** The steps under way, drawn together on one terminal line. */
const running = new Set<Step>();
let timer: NodeJS.Timeout | undefined;
let frame = 0;

function draw(): void {
  const steps = [...running].map((step) => {
    const seconds = ((Date.now() - step.started) / 1000).toFixed(0);
    return `${step.label}${step.phase ? ` — ${step.phase}` : ''} (${seconds} s)`;
  });
  const width = process.stderr.columns ?? 100;
  const line = `${FRAMES[frame++ % FRAMES.length]} ${steps.join(' · ')}`;
  // Measured in terminal columns (Chinese takes two), and kept short of the edge: a line that wraps leaves debris.
  process.stderr.write(`\r${fitWidth(escapeForTerminal(line), width - 1)}\x1b[K`);
}

/** On a terminal: a spinner with elapsed seconds, cleared when done. Elsewhere (CI, pipes): one line at the start. */
export function progress(label: string): Progress {
  const step: Step = { label, phase: '', started: Date.now() };
  return {
    phase(text: string) {
      step.phase = text;
    },
    async run<T>(work: Promise<T>): Promise<T> {
      if (process.stderr.isTTY !== true) {
        writeText(process.stderr, `… ${label}\n`);
        return work;
      }
      step.started = Date.now();
      running.add(step);
      draw();
      timer ??= setInterval(draw, 100);
      try {
        return await work;
      } finally {
        running.delete(step);
        process.stderr.write('\r\x1b[K');
        if (running.size) draw();
        else {
          clearInterval(timer);
          timer = undefined;
        }
      }
    },
  };
}

/** Writes a line of its own while steps are drawn on the terminal: clears theirs first, then draws it again. */
export function printLine(stream: NodeJS.WriteStream, text: string): void {
  if (running.size && process.stderr.isTTY === true) process.stderr.write('\r\x1b[K');
  writeText(stream, text);
  if (running.size && process.stderr.isTTY === true) draw();
}
