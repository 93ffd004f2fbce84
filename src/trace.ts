// SPEECHDECK_TRACE=1: when each step of a command happened, in ms since the process started, the CPU the process
// has used so far (every thread's, zlib's and the collector's included) and its peak memory (RSS) so far, on stderr.
// For finding where the time goes (see README, "Performance"); silent otherwise.

const enabled = Boolean(process.env.SPEECHDECK_TRACE);

export function trace(step: string): void {
  if (!enabled) return;
  const usage = process.resourceUsage();
  const peak = Math.round(usage.maxRSS / 1024);
  const cpu = Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000);
  process.stderr.write(
    `[${performance.now().toFixed(0).padStart(5)} ms, cpu ${String(cpu).padStart(5)} ms, peak ${String(peak).padStart(3)} MB] ${step}\n`,
  );
}
