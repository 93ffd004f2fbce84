// What a stop does: the clean-ups registered by then, an exit code as shells expect, and a second stop that ends
// the process at once. The signals themselves are sent to real commands in tests/cli/interrupt*.test.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { STOP_EXIT_CODES, onStop, runCleanups, stopHandler } from '../src/interrupt.ts';
import { stopSignals } from '../src/stop-signals.mjs';
import type { StopActions } from '../src/interrupt.ts';

/** What a stop did, instead of doing it to this process. */
function recorder() {
  const done: string[] = [];
  const actions: StopActions = {
    say: (text) => void done.push(`say ${text.trim()}`),
    exit: (code) => void done.push(`exit ${code}`),
    kill: () => void done.push('kill'),
  };
  return { done, actions };
}

const registered: Array<() => void> = [];
afterEach(() => {
  for (const unregister of registered.splice(0)) unregister();
});

describe('stopping a run', () => {
  it('listens for the signals each system sends: no SIGTERM on Windows, but Ctrl-Break and a closed console', () => {
    expect(stopSignals('linux')).toEqual(['SIGINT', 'SIGTERM', 'SIGHUP']);
    expect(stopSignals('darwin')).toEqual(['SIGINT', 'SIGTERM', 'SIGHUP']);
    expect(stopSignals('win32')).toEqual(['SIGINT', 'SIGBREAK', 'SIGHUP']);
  });

  it("says so, runs every clean-up registered, and exits 128 + the signal's number", () => {
    const { done, actions } = recorder();
    registered.push(onStop(() => void done.push('browser killed')));
    registered.push(onStop(() => void done.push('staging removed')));
    stopHandler(actions)('SIGINT');
    expect(done).toEqual([
      'say speechdeck: stopped (Ctrl-C); earlier outputs are left as they were.',
      'browser killed',
      'staging removed',
      'exit 130',
    ]);
    expect(STOP_EXIT_CODES).toEqual({ SIGINT: 130, SIGTERM: 143, SIGHUP: 129, SIGBREAK: 149 });
  });

  it('runs the other clean-ups when one fails, and none that was unregistered', () => {
    const { done, actions } = recorder();
    registered.push(
      onStop(() => {
        throw new Error('already gone');
      }),
    );
    const unregister = onStop(() => void done.push('closed browser'));
    unregister();
    registered.push(onStop(() => void done.push('staging removed')));
    stopHandler(actions)('SIGTERM');
    expect(done.slice(1)).toEqual(['staging removed', 'exit 143']);
  });

  it("ends the process at once on a second signal, when the first one's exit is held up", () => {
    const { done, actions } = recorder();
    const stop = stopHandler(actions);
    stop('SIGINT');
    stop('SIGINT');
    expect(done.slice(-2)).toEqual(['exit 130', 'kill']);
  });

  it('lets a clean-up run twice harmlessly (once for the stop, once at the exit that follows)', () => {
    let runs = 0;
    registered.push(onStop(() => void runs++));
    runCleanups();
    runCleanups();
    expect(runs).toBe(2);
  });
});
