// What a command would say on an error it ends with as the machine's fault: an EnvironmentError, exit 2, our own
// message without a stack trace.
import { expect } from 'vitest';
import { failureOf } from '../../src/commands/failure.ts';
import { EnvironmentError } from '../../src/outputs/errors.ts';

/** Awaits `work`, which must fail as the machine's fault; the message the command would print. */
export async function machineStop(work: Promise<unknown>): Promise<string> {
  const error = await work.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(EnvironmentError);
  const failure = failureOf(error);
  expect(failure.exit).toBe(2);
  expect(failure.text).not.toMatch(/\n\s+at /);
  return failure.text;
}
