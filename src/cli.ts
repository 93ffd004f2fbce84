// The command line: parses arguments (commander), runs a command, turns errors into messages and exit codes.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { OutlineError } from './outline/error.ts';
import { EnvironmentError, ExportTimeoutError } from './outputs/errors.ts';
import { handoutOptions, perPage } from './commands/handout-options.ts';
import { FileInUseError } from './files/atomic.ts';
import { displayPath } from './files/project.ts';
import { installStopHandlers } from './interrupt.ts';
import { type Language, say, setLanguage } from './messages/index.ts';
import { writeFailure } from './files/write-errors.ts';
import type { PerPage } from './deck/handout-layout.ts';
import type { DeckCommandOptions } from './commands/deck.ts';

// Each command's code is loaded only when it runs: `build` never loads the browser's library, `pdf` never Vite.
const commands = {
  deck: () => import('./commands/deck.ts'),
  dev: () => import('./commands/dev.ts'),
  import: () => import('./commands/import.ts'),
  check: () => import('./commands/check.ts'),
  pptx: () => import('./commands/pptx.ts'),
  new: () => import('./commands/new.ts'),
};
async function exportCommand(outlines: string[], options: DeckCommandOptions): Promise<number> {
  return (await commands.deck()).deckCommand(outlines, options);
}

/** What `deck` writes: the deck, the slides PDF, the handout and the script. */
const EVERY_OUTPUT = ['slides', 'handout', 'script'] as const;

/** Exit codes: 0 success, 1 a problem the user can fix in their input, 2 the environment (no browser…). */
export const EXIT = { ok: 0, user: 1, environment: 2 } as const;

/** `--out <folder>`, on every command that writes outputs. */
const OUT_OPTION = ['--out <folder>', 'where to write the outputs (default: dist/ in the project holding the outline: the folder above slides/, or the outline\'s own folder)'] as const;

function out(options: { out?: string }): { out?: string } {
  return options.out === undefined ? {} : { out: options.out };
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('a port is a whole number from 0 to 65535.');
  return n;
}

/** The command tree; each action reports its exit code through `done`. */
function program(done: (code: number) => void): Command {
  const cli = new Command('speechdeck')
    .description('Turn a speech outline (slides/<name>.md) into a reveal.js deck, a slides PDF, a handout, a speaker\'s script and a PowerPoint.')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) })
    .addOption(new Option('--lang <language>', say('langOption')).choices(LANGUAGES))
    .hook('preAction', (command) => {
      const lang = command.opts<{ lang?: Language }>().lang;
      if (lang) setLanguage(lang);
    });

  cli
    .command('deck')
    .description('the main job: build the deck and write the slides PDF, the handout, the script and the PowerPoint, for every outline in slides/ (or the ones named)')
    .argument('[outlines...]', 'outline files (default: every slides/*.md)')
    .option('--per-page <n>', 'slides a page in the handout: 1, 2, 3, 4 or 6 (notes fit with 1 to 3)', perPage, 3)
    .option(...OUT_OPTION)
    .addHelpText('after', '\nWrites dist/<name>/index.html, dist/<name>.pdf, dist/<name>-handout.pdf, dist/<name>-script.pdf and dist/<name>.pptx.\n\nExamples:\n  npx speechdeck deck                # every outline in slides/\n  npx speechdeck deck slides/qunzhong.md --per-page 2')
    .action(async (outlines: string[], options: { perPage: PerPage; out?: string }, command: Command) =>
      done(
        await exportCommand(outlines, {
          outputs: [...EVERY_OUTPUT],
          handout: handoutOptions({ perPage: options.perPage }, (message) => command.error(message)),
          ...out(options),
          pptx: true,
        }),
      ),
    );

  cli
    .command('build')
    .description('build dist/<name>/index.html and its assets: open it by double-click, no server or network needed')
    .argument('[outlines...]', 'outline files (default: every slides/*.md)')
    .option(...OUT_OPTION)
    .addHelpText('after', '\nExamples:\n  npx speechdeck build slides/qunzhong.md   # → dist/qunzhong/index.html\n  npx speechdeck build slides/qunzhong.md --out D:/U盘/发言   # → D:/U盘/发言/qunzhong/index.html')
    .action(async (outlines: string[], options: { out?: string }) => done(await exportCommand(outlines, { outputs: [], ...out(options) })));

  cli
    .command('pdf')
    .description('write dist/<name>.pdf: one 16:9 page per slide, text selectable, fonts embedded')
    .argument('[outlines...]', 'outline files (default: every slides/*.md)')
    .option('--notes', 'a page of speaker notes after each slide, to dist/<name>-notes.pdf (for reviewers)', false)
    .option(...OUT_OPTION)
    .addHelpText('after', '\nExamples:\n  npx speechdeck pdf                         # → dist/<name>.pdf for every outline\n  npx speechdeck pdf slides/qunzhong.md --notes   # → dist/qunzhong-notes.pdf')
    .action(async (outlines: string[], options: { notes: boolean; out?: string }) =>
      done(await exportCommand(outlines, { outputs: [options.notes ? 'slides-with-notes' : 'slides'], ...out(options) })),
    );

  cli
    .command('handout')
    .description('write dist/<name>-handout.pdf: A4 pages of the slides in light print colours, their notes beside them, a header and page numbers')
    .argument('[outlines...]', 'outline files (default: every slides/*.md)')
    .option('--per-page <n>', 'slides a page: 1, 2, 3, 4 or 6 (notes fit with 1 to 3)', perPage, 3)
    .option('--notes', "print each slide's notes beside or under it (the default)")
    .option('--no-notes', "leave ruled space for the reader's own notes instead")
    .option(...OUT_OPTION)
    .addHelpText(
      'after',
      '\nExamples:\n  npx speechdeck handout                              # 3 slides a page, with notes\n' +
        '  npx speechdeck handout slides/qunzhong.md --per-page 1\n' +
        '  npx speechdeck handout slides/qunzhong.md --per-page 6   # 6 a page, ruled space, no notes',
    )
    .action(async (outlines: string[], options: { perPage: PerPage; notes?: boolean; out?: string }, command: Command) =>
      done(await exportCommand(outlines, { outputs: ['handout'], handout: handoutOptions(options, (message) => command.error(message)), ...out(options) })),
    );

  cli
    .command('script')
    .description("write dist/<name>-script.pdf: the speaker's script, the notes as continuous text in large type, a marker where each slide begins, and the estimated time")
    .argument('[outlines...]', 'outline files (default: every slides/*.md)')
    .option(...OUT_OPTION)
    .addHelpText('after', '\nExample:\n  npx speechdeck script slides/qunzhong.md   # → dist/qunzhong-script.pdf')
    .action(async (outlines: string[], options: { out?: string }) => done(await exportCommand(outlines, { outputs: ['script'], ...out(options) })));

  cli
    .command('pptx')
    .description('write dist/<name>.pptx: an editable PowerPoint for PowerPoint and WPS, a paragraph per point, the notes on the notes pages, a section per part, in fonts Chinese Windows has')
    .argument('[outlines...]', 'outline files (default: every slides/*.md)')
    .option(...OUT_OPTION)
    .addHelpText(
      'after',
      '\nNo browser needed; `deck` writes it too.\n\nExamples:\n  npx speechdeck pptx                      # → dist/<name>.pptx for every outline\n' +
        '  npx speechdeck pptx slides/qunzhong.md   # → dist/qunzhong.pptx',
    )
    .action(async (outlines: string[], options: { out?: string }) => done(await (await commands.pptx()).pptxCommand(outlines, out(options))));

  cli
    .command('dev')
    .description('serve the deck on 127.0.0.1 and update the open page (keeping the slide) whenever the outline or a theme is saved')
    .argument('[outline]', 'outline file (default: the first slides/*.md)')
    .option('-p, --port <port>', 'port to listen on', port, 5173)
    .option('--host <host>', 'address to listen on; only give this to show the deck to other machines', '127.0.0.1')
    .addHelpText('after', '\nExample:\n  npx speechdeck dev slides/qunzhong.md    # then open the address it prints; press S for the speaker view')
    .action(async (outline: string | undefined, options: { port: number; host: string }) =>
      done(await (await commands.dev()).devCommand(outline, options)),
    );

  cli
    .command('import')
    .description('draft an outline from a raw speech (.txt in UTF-8, UTF-16 or GBK, .md, .docx): noise removed, parts found')
    .argument('<file>', 'the speech text')
    .option('-o, --output <file>', 'where to write the draft (default: slides/<name>.md)')
    .option('--force', 'overwrite the output if it exists', false)
    .addHelpText('after', '\nExample:\n  npx speechdeck import speech.txt -o slides/talk.md')
    .action(async (file: string, options: { output?: string; force: boolean }) =>
      done(await (await commands.import()).importCommand(file, options)),
    );

  cli
    .command('new')
    .description(say('newDescription'))
    .argument('<name>', say('newNameArgument'))
    .addHelpText('after', '\nExample:\n  npx speechdeck new talk   # → slides/talk.md; then: npx speechdeck dev slides/talk.md')
    .action(async (name: string) => done(await (await commands.new()).newCommand(name)));

  cli
    .command('check')
    .description('find what goes wrong on stage: outline problems, timing against `duration`, slides that overflow (measured in the browser), crowded slides')
    .argument('[outlines...]', 'outline files (default: every slides/*.md)')
    .option('--strict', 'warnings fail the check too (exit 1)', false)
    .option('--json', 'print the findings as JSON, for editors and CI', false)
    .option('--no-layout', 'do not measure the slides in the browser (faster; no overflow check)')
    .addHelpText(
      'after',
      '\nExit codes: 0 no errors (warnings and hints allowed), 1 errors (or warnings with --strict), 2 no browser.\n' +
        '\nExamples:\n  npx speechdeck check                          # every outline in slides/\n' +
        '  npx speechdeck check slides/qunzhong.md --strict --json > check.json',
    )
    .action(async (outlines: string[], options: { strict: boolean; json: boolean; layout: boolean }) =>
      done(await (await commands.check()).checkCommand(outlines, options)),
    );

  return cli;
}

/** Runs the command line and returns the exit code; never throws. */
export async function main(argv: string[]): Promise<number> {
  // The language is needed before commander runs: for --help, and for its own messages.
  const lang = languageArgument(argv);
  if (lang) setLanguage(lang);
  // Before anything is started or written: a Ctrl-C at any moment of any command cleans up what exists by then.
  installStopHandlers();
  let code: number = EXIT.ok;
  const cli = program((result) => {
    code = result;
  });
  if (argv.length === 0) {
    cli.outputHelp();
    return EXIT.ok;
  }
  try {
    await cli.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    return explain(error);
  }
}

const LANGUAGES: Language[] = ['zh', 'en'];

/** `--lang zh` or `--lang=en` anywhere in the arguments (commander checks it again, and says when it is wrong). */
function languageArgument(argv: string[]): Language | undefined {
  for (let index = 0; index < argv.length; index++) {
    const [flag, inline] = argv[index]!.split(/=(.*)/s);
    if (flag !== '--lang') continue;
    const value = inline ?? argv[index + 1];
    return LANGUAGES.find((lang) => lang === value);
  }
  return undefined;
}

/** Turns an error into a message on stderr and an exit code: no stack traces for anything a user can cause. */
export function explain(error: unknown): number {
  if (error instanceof CommanderError) {
    return error.exitCode === 0 ? EXIT.ok : EXIT.user;
  }
  if (error instanceof OutlineError) {
    process.stderr.write(`${error.report()}\n`);
    return EXIT.user;
  }
  if (error instanceof FileInUseError) {
    const files = error.files.map((file) => displayPath(file));
    process.stderr.write(`${say('fileInUse', files.length === 1 ? files[0]! : files.map((file) => `  ${file}`).join('\n'))}\n`);
    return EXIT.environment;
  }
  if (error instanceof EnvironmentError) {
    process.stderr.write(`speechdeck: ${error.message}\n`);
    return EXIT.environment;
  }
  const cannotWrite = writeFailure(error);
  if (cannotWrite) {
    process.stderr.write(`speechdeck: ${cannotWrite}\n`);
    return EXIT.environment;
  }
  if (error instanceof ExportTimeoutError) {
    process.stderr.write(`speechdeck: ${error.message} Nothing was written for it. Try again; if it keeps happening, run \`speechdeck check\` and look for a very large slide or image.\n`);
    return EXIT.environment;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`speechdeck: ${say('unexpected', message)}\n`);
  if (process.env.SPEECHDECK_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  else process.stderr.write(`${say('debugHint')}\n`);
  return EXIT.user;
}
