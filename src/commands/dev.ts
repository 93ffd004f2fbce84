// The dev command: serve one outline, print its address, report each save (or its error) in the terminal.
import { startDevServer } from '../build/dev.ts';
import { displayPath } from '../files/project.ts';
import { OutlineError } from '../outline/error.ts';
import { deckFindings, formatFinding } from '../check/index.ts';
import { outlinesToBuild } from './outlines.ts';

export async function devCommand(outline: string | undefined, options: { port: number; host: string }): Promise<number> {
  const [file] = await outlinesToBuild(outline ? [outline] : []);
  const server = await startDevServer(file!, {
    ...options,
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
  await new Promise<void>((resolve) => {
    const stop = () => void server.close().then(resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
