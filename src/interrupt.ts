// What every command does when it is stopped (Ctrl-C, a kill, a closed terminal, Ctrl-Break on Windows): the
// clean-ups registered so far run (half-written outputs removed, browsers killed), then the process exits 128+n.
// The handlers are installed once, when the command line starts, before any browser or staging file exists; a
// second signal ends the process at once, even when a clean-up or a read that never returns holds it up.
import { say } from './messages/index.ts';
import { stopSignals } from './stop-signals.mjs';

export type StopSignal = 'SIGINT' | 'SIGTERM' | 'SIGHUP' | 'SIGBREAK';

/** 128 + the signal's number, as shells report a process ended by it (SIGBREAK is 21 on Windows). */
export const STOP_EXIT_CODES: Record<StopSignal, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129, SIGBREAK: 149 };

/** The signal that stopped the run, once one has. */
let stoppedBy: StopSignal | undefined;

/** The signal that stopped the run, for a clean-up that reports it; undefined while the run goes on. */
export function stopSignal(): StopSignal | undefined {
  return stoppedBy;
}

/** Synchronous clean-ups: a stopped process has no time for anything that waits. */
const cleanups = new Set<() => void>();

/** Registers a clean-up to run if the process is stopped, or when it exits with it still registered; returns the
 *  function that unregisters it (call it once the thing it cleans up is gone). */
export function onStop(cleanup: () => void): () => void {
  cleanups.add(cleanup);
  return () => void cleanups.delete(cleanup);
}

/** Runs every registered clean-up (each must be harmless to run twice: a stop is followed by the exit); one that
 *  fails does not keep the others from running. */
export function runCleanups(): void {
  for (const cleanup of [...cleanups]) {
    try {
      cleanup();
    } catch {
      // a clean-up is best effort: the next run removes what is left (see files/leftovers.ts)
    }
  }
}

/** What a stop does to the process; the process's own by default, given by tests. */
export interface StopActions {
  say(text: string): void;
  exit(code: number): void;
  /** Ends the process at once, running nothing more. */
  kill(): void;
}

const PROCESS_ACTIONS: StopActions = {
  say: (text) => process.stderr.write(text),
  exit: (code) => process.exit(code),
  kill: () => process.kill(process.pid, 'SIGKILL'),
};

/** The handler of every stop signal: the first says so, runs the clean-ups and exits 128+n; a second one (the
 *  first's exit did not happen: something holds the process up) ends it at once. */
export function stopHandler(actions: StopActions = PROCESS_ACTIONS): (signal: StopSignal) => void {
  let stopping = false;
  return (signal) => {
    if (stopping) {
      actions.kill();
      return;
    }
    stopping = true;
    stoppedBy = signal;
    actions.say(`\n${say('stopped', signal)}\n`);
    runCleanups();
    actions.exit(STOP_EXIT_CODES[signal]);
  };
}

let installed = false;

/** Installs the handlers (once): every signal of `stopSignals` stops the run cleanly; an exit of any other kind
 *  (an error, the end of a command) also runs what is still registered. */
export function installStopHandlers(platform: NodeJS.Platform = process.platform): void {
  if (installed) return;
  installed = true;
  const stop = stopHandler();
  for (const signal of stopSignals(platform)) process.on(signal, stop);
  process.on('exit', runCleanups);
}
