// The dev command: serve one outline, print its address, report each save (or its error) in the terminal.
import { startDevServer } from '../build/dev.ts';
import { displayPath } from '../files/project.ts';
import { OutlineError } from '../outline/error.ts';
import { deckFindings, formatFinding } from '../check/index.ts';
import { outlinesToBuild } from './outlines.ts';
import { say } from '../messages/index.ts';

export async function devCommand(outline: string | undefined, options: { port: number; host: string }): Promise<number> {
  const [file] = await outlinesToBuild(outline ? [outline] : []);
  const server = await startDevServer(file!, {
    ...options,
    onPortChanged: (asked, used) => process.stderr.write(`speechdeck dev: ${say('portChanged', asked, used)}\n`),
    onReload: (result) => {
      const time = new Date().toLocaleTimeString('zh-CN', { hour12: false });
      if (result instanceof OutlineError) process.stderr.write(`${time}  ${result.report()}\n`);
      else if (result instanceof Error) process.stderr.write(`${time}  ${result.message}\n`);
      else {
        process.stdout.write(`${time}  ${displayPath(result.outlinePath)}: ${result.plan.slides.length} slides, page updated\n`);
        // What `check` says without a browser; overflow is measured in the page and shown in its badge.
        for (const finding of deckFindings(result)) process.stdout.write(`  ${finding.severity.padEnd(8)} ${formatFinding(finding)}\n`);
      }
    },
  });
  const url = server.resolvedUrls?.local[0] ?? `http://${options.host}:${options.port}/`;
  process.stdout.write(`speechdeck dev: ${displayPath(file!)} at ${url}\n  Press S in the page for the speaker view; Ctrl-C to stop.\n`);
  // It serves until stopped: Ctrl-C (or a kill) ends the process through the command line's stop handlers, which
  // every command shares (src/interrupt.ts); the server's sockets close with the process.
  return new Promise<number>(() => undefined);
}
