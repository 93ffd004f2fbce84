// The rehearse command: the outline's deck built and served on this machine (only its folder), opened in the
// browser with the rehearsal's keys shown; each rehearsal the page saves is added beside the outline.
import { displayPath, distDirFor } from '../files/project.ts';
import { formatMinutes } from '../deck/timing.ts';
import { loadDeck } from '../load/index.ts';
import { rehearsalPath } from '../load/rehearsal.ts';
import { language, say } from '../messages/index.ts';
import { writeText } from '../messages/terminal.ts';
import { writeDeck } from '../outputs/deck/folder.ts';
import { newToken } from '../server/editor/guard.ts';
import { startLecternServer } from '../server/lectern/index.ts';
import { openInBrowser } from '../server/open-browser.ts';
import type { Opener } from '../server/open-browser.ts';
import { outlinesToBuild } from './outlines.ts';

export interface LecternCommandOptions {
  port: number;
  /** Commander's `--no-open`: false when given. */
  open: boolean;
  opener?: Opener;
}

export async function rehearseCommand(outline: string | undefined, options: LecternCommandOptions): Promise<number> {
  const [file] = (await outlinesToBuild(outline ? [outline] : [], { allOption: false })) as [string];
  const deck = await loadDeck(file);
  const written = await writeDeck(deck, distDirFor(file));
  const server = await startLecternServer({
    deck,
    deckDir: written.deckDir,
    host: '127.0.0.1',
    port: options.port,
    token: newToken(),
    onPortChanged: (asked, used) =>
      writeText(process.stderr, `speechdeck rehearse: ${say('portChanged', asked, used)}\n`),
    onRehearsal: (rehearsal) =>
      writeText(
        process.stdout,
        `${say('rehearsalRecorded', formatMinutes(rehearsal.seconds), rehearsal.pace ?? 0, displayPath(rehearsalPath(file)))}\n`,
      ),
  });
  const url = `${server.url}&rehearse${language() === 'en' ? '&lang=en' : ''}`;
  writeText(process.stdout, `${say('rehearseServing', displayPath(file), url)}\n`);
  if (options.open && !(await openInBrowser(url, options.opener)))
    writeText(process.stderr, `speechdeck rehearse: ${say('editCannotOpen')}\n`);
  // It serves until stopped (Ctrl-C): the stop handlers of the command line end the process.
  return new Promise<number>(() => undefined);
}
