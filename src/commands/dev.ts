// The dev command: serve one outline, print its address, report each save (or its error) in the terminal. The
// terminal lists what the page's badge lists: the findings `check` makes without a browser, then what the page
// measured on the same slides.
import { startDevServer } from '../server/dev.ts';
import { serverFindings } from '../server/check-event.ts';
import { displayPath } from '../files/project.ts';
import { OutlineError } from '../outline/error.ts';
import { deckFindings, formatFinding } from '../check/index.ts';
import type { Finding } from '../check/index.ts';
import { say } from '../messages/index.ts';
import { padEndWidth } from '../messages/width.ts';
import { outlinesToBuild } from './outlines.ts';
import { writeText } from '../messages/terminal.ts';

/** Whether a reload shows something the last one did not: a save is read at once and again when it has settled
 *  (server/saves.ts), and the second read of an unchanged file is not a second save to report. `undefined`: an
 *  error, always reported (and what follows it is new again). */
export function newReports(): (shown: readonly string[] | undefined) => boolean {
  let last: string | undefined;
  return (shown) => {
    const key = shown?.join('\u0000');
    const fresh = key === undefined || key !== last;
    last = key;
    return fresh;
  };
}

export async function devCommand(
  outline: string | undefined,
  options: { port: number; host: string },
): Promise<number> {
  const [file] = await outlinesToBuild(outline ? [outline] : [], { allOption: false });
  const shown = displayPath(file!);
  const isNew = newReports();
  const { server, deck } = await startDevServer(file!, {
    ...options,
    onPortChanged: (asked, used) => writeText(process.stderr, `speechdeck dev: ${say('portChanged', asked, used)}\n`),
    onReload: (result) => {
      if (!isNew(result instanceof Error ? undefined : [result.slidesHtml, ...deckFindings(result).map(formatFinding)]))
        return;
      if (result instanceof OutlineError) writeText(process.stderr, `${time()}  ${result.report()}\n`);
      else if (result instanceof Error) writeText(process.stderr, `${time()}  ${result.message}\n`);
      else {
        writeText(
          process.stdout,
          `${time()}  ${say('pageUpdated', displayPath(result.outlinePath), result.plan.slides.length)}\n`,
        );
        // What the badge lists: the same findings, the fonts' included (server/check-event.ts).
        void serverFindings(result).then(printFindings);
      }
    },
    onLayout: (findings) => {
      if (findings.length === 0) return;
      writeText(process.stdout, `${time()}  ${say('measuredInPage', shown)}\n`);
      printFindings(findings);
    },
  });
  const url = server.resolvedUrls?.local[0] ?? `http://${options.host}:${options.port}/`;
  writeText(process.stdout, `${say('serving', shown, url)}\n`);
  if (!isLoopback(options.host)) {
    const addresses = server.resolvedUrls?.network.length ? server.resolvedUrls.network : [url];
    writeText(
      process.stderr,
      `speechdeck dev: ${say('reachableFromNetwork', options.host, addresses.map((address) => `  ${address}`).join('\n'))}\n`,
    );
  }
  printFindings(await serverFindings(deck));
  // It serves until stopped: Ctrl-C (or a kill) ends the process through the command line's stop handlers, which
  // every command shares (src/interrupt.ts); the server's sockets close with the process.
  return new Promise<number>(() => undefined);
}

/** Whether a `--host` is this computer only: `localhost`, 127.x.x.x or ::1 (any other address, `0.0.0.0` above all,
 *  answers other machines). */
export function isLoopback(host: string): boolean {
  const name = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  return (
    name === 'localhost' ||
    name.endsWith('.localhost') ||
    /^127(\.\d{1,3}){3}$/.test(name) ||
    /^(0{0,4}:){2,7}0{0,3}1$/.test(name) ||
    name === '::ffff:127.0.0.1'
  );
}

function time(): string {
  return new Date().toLocaleTimeString('zh-CN', { hour12: false });
}

function printFindings(findings: Finding[]): void {
  for (const finding of findings)
    writeText(process.stdout, `  ${padEndWidth(say('severity', finding.severity), 8)} ${formatFinding(finding)}\n`);
}
