// SPEECHDECK_TRACE=1: when each step of a command happened, in ms since the process started, on stderr.
// For finding where the time goes (see README, "Performance"); silent otherwise.

const enabled = Boolean(process.env.SPEECHDECK_TRACE);

export function trace(step: string): void {
  if (enabled) process.stderr.write(`[${performance.now().toFixed(0).padStart(5)} ms] ${step}\n`);
}
