// The signals a stop arrives as on each system, for the command line (src/interrupt.ts) and for `npm test`'s runner
// (scripts/test.mjs), which runs before TypeScript can be loaded: hence plain JavaScript with no dependencies.

/** Windows delivers Ctrl-C as SIGINT, Ctrl-Break as SIGBREAK and a closed console window as SIGHUP (with about ten
 *  seconds before Windows ends the process); it never delivers SIGTERM. Elsewhere: Ctrl-C, `kill`, and a closed
 *  terminal.
 *  @param {NodeJS.Platform} [platform]
 *  @returns {('SIGINT' | 'SIGTERM' | 'SIGHUP' | 'SIGBREAK')[]} */
export function stopSignals(platform = process.platform) {
  return platform === 'win32' ? ['SIGINT', 'SIGBREAK', 'SIGHUP'] : ['SIGINT', 'SIGTERM', 'SIGHUP'];
}
