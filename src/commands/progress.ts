// A progress line on stderr while the browser works: which deck, which output, how long so far.

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export interface Progress {
  run<T>(work: Promise<T>): Promise<T>;
  /** Names the step within the work now under way (shown on a terminal: "handout — placing the slides"). */
  phase(text: string): void;
}

/** On a terminal: a spinner with elapsed seconds, cleared when done. Elsewhere (CI, pipes): one line at the start. */
export function progress(label: string): Progress {
  let current = '';
  return {
    phase(text: string) {
      current = text;
    },
    async run<T>(work: Promise<T>): Promise<T> {
      const tty = process.stderr.isTTY === true;
      const started = Date.now();
      if (!tty) {
        process.stderr.write(`… ${label}\n`);
        return work;
      }
      let frame = 0;
      const draw = () => {
        const seconds = ((Date.now() - started) / 1000).toFixed(0);
        process.stderr.write(`\r${FRAMES[frame++ % FRAMES.length]} ${label}${current ? ` — ${current}` : ''} (${seconds} s)\x1b[K`);
      };
      draw();
      const timer = setInterval(draw, 100);
      try {
        return await work;
      } finally {
        clearInterval(timer);
        process.stderr.write('\r\x1b[K');
      }
    },
  };
}
