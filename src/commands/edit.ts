// The edit command: the editor's server on the outline being worked on (or the one named), its address printed and
// opened in the system's browser.
import { displayPath } from '../files/project.ts';
import { say } from '../messages/index.ts';
import { newToken } from '../server/editor/guard.ts';
import { startEditorServer } from '../server/editor/index.ts';
import { openInBrowser } from '../server/open-browser.ts';
import type { Opener } from '../server/open-browser.ts';
import { outlinesToBuild } from './outlines.ts';

export interface EditOptions {
  port: number;
  host: string;
  /** Commander's `--no-open`: false when given. */
  open: boolean;
  opener?: Opener;
}

export async function editCommand(outline: string | undefined, options: EditOptions): Promise<number> {
  // With none named: the one speechdeck.json names, else the one changed last (said on stderr), as dev does.
  const [file] = (await outlinesToBuild(outline ? [outline] : [], { allOption: false })) as [string];
  const shown = displayPath(file);
  if (!['127.0.0.1', 'localhost', '::1'].includes(options.host))
    process.stderr.write(`speechdeck edit: ${say('editOtherHost', options.host)}\n`);
  const editor = await startEditorServer(file, {
    host: options.host,
    port: options.port,
    token: newToken(),
    onPortChanged: (asked, used) => process.stderr.write(`speechdeck edit: ${say('portChanged', asked, used)}\n`),
  });
  process.stdout.write(`${say('editServing', shown, editor.url)}\n`);
  if (options.open && !(await openInBrowser(editor.url, options.opener)))
    process.stderr.write(`speechdeck edit: ${say('editCannotOpen')}\n`);
  // It serves until stopped (Ctrl-C), as dev does: the stop handlers of the command line end the process.
  return new Promise<number>(() => undefined);
}
