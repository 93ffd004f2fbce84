// SPEECHDECK_TRACE=1: when each step of a command happened, in ms since the process started, and the process's
// peak memory (RSS) so far, on stderr.
// For finding where the time goes (see README, "Performance"); silent otherwise.

const enabled = Boolean(process.env.SPEECHDECK_TRACE);

export function trace(step: string): void {
  if (!enabled) return;
  const peak = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stderr.write(
    `[${performance.now().toFixed(0).padStart(5)} ms, peak ${String(peak).padStart(3)} MB] ${step}\n`,
  );
}
