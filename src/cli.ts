// The command line: parses arguments (commander), runs a command, turns errors into messages and exit codes.
import { Command, InvalidArgumentError, Option } from 'commander';
import { EXIT, failureOf } from './commands/failure.ts';
import { handoutOptions, perPage } from './commands/handout-options.ts';
import { installStopHandlers } from './interrupt.ts';
import { type Language, say, setLanguage } from './messages/index.ts';
import { speakUsersLanguage } from './commands/help.ts';
import type { PerPage } from './deck/per-page.ts';
import type { DeckCommandOptions } from './commands/deck.ts';
import { writeText } from './messages/terminal.ts';
import { DECK_FILES, EVERY_OUTPUT } from './outputs/sets.ts';

// Each command's code is loaded only when it runs: `build` never loads the browser's library, `pdf` never Vite.
const commands = {
  deck: () => import('./commands/deck.ts'),
  dev: () => import('./commands/dev.ts'),
  edit: () => import('./commands/edit.ts'),
  rehearse: () => import('./commands/rehearse.ts'),
  present: () => import('./commands/present.ts'),
  import: () => import('./commands/import.ts'),
  check: () => import('./commands/check.ts'),
  pptx: () => import('./commands/pptx.ts'),
  meeting: () => import('./commands/meeting.ts'),
  new: () => import('./commands/new.ts'),
};
async function exportCommand(outlines: string[], options: DeckCommandOptions): Promise<number> {
  return (await commands.deck()).deckCommand(outlines, options);
}

export { EXIT };

/** `--out` and `--name-for-sending`, as the commands that write outputs take them. */
function out(options: { out?: string; nameForSending?: boolean }): { out?: string; naming?: { forSending: boolean } } {
  return {
    ...(options.out === undefined ? {} : { out: options.out }),
    ...(options.nameForSending ? { naming: { forSending: true } } : {}),
  };
}

/** `--all` as the commands take it; refused beside named outlines (which of the two was meant?). */
function all(outlines: string[], options: { all?: boolean }, command: Command): { all: boolean } {
  if (options.all && outlines.length) command.error(say('allWithOutlines'));
  return { all: options.all === true };
}

/** `--duration 8`: whole or half minutes, more than none. */
function minutes(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 600) throw new InvalidArgumentError(say('durationRange'));
  return n;
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(say('portRange'));
  return n;
}

/** The command tree, in the user's language; each action reports its exit code through `done`. */
function program(done: (code: number) => void): Command {
  /** `--out <folder>`, on every command that writes outputs. */
  const OUT_OPTION = ['--out <folder>', say('outOption')] as const;
  /** `--name-for-sending`, on the same commands: outputs named 单位-姓名-题目 (docs/outputs.md). */
  const SENDING_OPTION = ['--name-for-sending', say('nameForSendingOption')] as const;
  const OUTLINES = ['[outlines...]', say('outlinesArgument')] as const;
  const ALL_OPTION = ['--all', say('allOption'), false] as const;
  const cli = speakUsersLanguage(new Command('speechdeck'))
    .description(say('programDescription'))
    .exitOverride()
    .addOption(new Option('--lang <language>', say('langOption')).choices(LANGUAGES))
    .hook('preAction', (command) => {
      const lang = command.opts<{ lang?: Language }>().lang;
      if (lang) setLanguage(lang);
    });

  cli
    .command('deck')
    .description(say('deckDescription'))
    .argument(...OUTLINES)
    .option('--per-page <n>', say('perPageOption'), perPage, 3)
    .option(...OUT_OPTION)
    .option(...SENDING_OPTION)
    .option(...ALL_OPTION)
    .option('--png', say('deckPngOption'), false)
    .addHelpText('after', say('deckExamples'))
    .action(
      async (
        outlines: string[],
        options: { perPage: PerPage; out?: string; nameForSending?: boolean; all: boolean; png: boolean },
        command: Command,
      ) =>
        done(
          await exportCommand(outlines, {
            outputs: [...EVERY_OUTPUT, ...(options.png ? (['png'] as const) : [])],
            handout: handoutOptions({ perPage: options.perPage }, (message) => command.error(message)),
            ...out(options),
            ...all(outlines, options, command),
          }),
        ),
    );

  cli
    .command('build')
    .description(say('buildDescription'))
    .argument(...OUTLINES)
    .option(...OUT_OPTION)
    .option(...SENDING_OPTION)
    .option(...ALL_OPTION)
    .addHelpText('after', say('buildExamples'))
    .action(
      async (outlines: string[], options: { out?: string; nameForSending?: boolean; all: boolean }, command: Command) =>
        done(
          await exportCommand(outlines, { outputs: DECK_FILES, ...out(options), ...all(outlines, options, command) }),
        ),
    );

  cli
    .command('pdf')
    .description(say('pdfDescription'))
    .argument(...OUTLINES)
    .option('--notes', say('pdfNotesOption'), false)
    .option(...OUT_OPTION)
    .option(...SENDING_OPTION)
    .option(...ALL_OPTION)
    .addHelpText('after', say('pdfExamples'))
    .action(
      async (
        outlines: string[],
        options: { notes: boolean; out?: string; nameForSending?: boolean; all: boolean },
        command: Command,
      ) =>
        done(
          await exportCommand(outlines, {
            outputs: [...DECK_FILES, options.notes ? 'slides-with-notes' : 'slides'],
            ...out(options),
            ...all(outlines, options, command),
          }),
        ),
    );

  cli
    .command('handout')
    .description(say('handoutDescription'))
    .argument(...OUTLINES)
    .option('--per-page <n>', say('perPageOption'), perPage, 3)
    .option('--notes', say('handoutNotesOption'))
    .option('--no-notes', say('handoutNoNotesOption'))
    .option(...OUT_OPTION)
    .option(...SENDING_OPTION)
    .option(...ALL_OPTION)
    .addHelpText('after', say('handoutExamples'))
    .action(
      async (
        outlines: string[],
        options: { perPage: PerPage; notes?: boolean; out?: string; nameForSending?: boolean; all: boolean },
        command: Command,
      ) =>
        done(
          await exportCommand(outlines, {
            outputs: [...DECK_FILES, 'handout'],
            handout: handoutOptions(options, (message) => command.error(message)),
            ...out(options),
            ...all(outlines, options, command),
          }),
        ),
    );

  cli
    .command('script')
    .description(say('scriptDescription'))
    .argument(...OUTLINES)
    .option(...OUT_OPTION)
    .option(...SENDING_OPTION)
    .option(...ALL_OPTION)
    .addHelpText('after', say('scriptExamples'))
    .action(
      async (outlines: string[], options: { out?: string; nameForSending?: boolean; all: boolean }, command: Command) =>
        done(
          await exportCommand(outlines, {
            outputs: [...DECK_FILES, 'script'],
            ...out(options),
            ...all(outlines, options, command),
          }),
        ),
    );

  cli
    .command('png')
    .description(say('pngDescription'))
    .argument(...OUTLINES)
    .addOption(new Option('--scale <n>', say('pngScaleOption')).choices(['1', '2']).default('1'))
    .option('--long', say('pngLongOption'), false)
    .option('--jpeg', say('pngJpegOption'), false)
    .option(...OUT_OPTION)
    .option(...SENDING_OPTION)
    .option(...ALL_OPTION)
    .addHelpText('after', say('pngExamples'))
    .action(
      async (
        outlines: string[],
        options: {
          scale: '1' | '2';
          long: boolean;
          jpeg: boolean;
          out?: string;
          nameForSending?: boolean;
          all: boolean;
        },
        command: Command,
      ) =>
        done(
          await exportCommand(outlines, {
            outputs: [...DECK_FILES, 'png'],
            pictures: { scale: options.scale === '2' ? 2 : 1, long: options.long, jpeg: options.jpeg },
            ...out(options),
            ...all(outlines, options, command),
          }),
        ),
    );

  cli
    .command('pptx')
    .description(say('pptxDescription'))
    .argument(...OUTLINES)
    .option(...OUT_OPTION)
    .option(...SENDING_OPTION)
    .option(...ALL_OPTION)
    .addHelpText('after', say('pptxExamples'))
    .action(
      async (outlines: string[], options: { out?: string; nameForSending?: boolean; all: boolean }, command: Command) =>
        done(
          await (await commands.pptx()).pptxCommand(outlines, { ...out(options), ...all(outlines, options, command) }),
        ),
    );

  cli
    .command('meeting')
    .description(say('meetingDescription'))
    .argument('<meeting.yaml>', say('meetingFileArgument'))
    .addHelpText('after', say('meetingExamples'))
    .action(async (file: string) => done(await (await commands.meeting()).meetingCommand(file)));

  cli
    .command('dev')
    .description(say('devDescription'))
    .argument('[outline]', say('devOutlineArgument'))
    .option('-p, --port <port>', say('devPortOption'), port, 5173)
    .option('--host <host>', say('devHostOption'), '127.0.0.1')
    .addHelpText('after', say('devExamples'))
    .action(async (outline: string | undefined, options: { port: number; host: string }) =>
      done(await (await commands.dev()).devCommand(outline, options)),
    );

  cli
    .command('edit')
    .description(say('editDescription'))
    .argument('[outline]', say('editOutlineArgument'))
    .option('-p, --port <port>', say('devPortOption'), port, 5180)
    .option('--host <host>', say('devHostOption'), '127.0.0.1')
    .option('--no-open', say('editNoOpenOption'))
    .action(async (outline: string | undefined, options: { port: number; host: string; open: boolean }) =>
      done(await (await commands.edit()).editCommand(outline, options)),
    );

  cli
    .command('rehearse')
    .description(say('rehearseDescription'))
    .argument('[outline]', say('lecternOutlineArgument'))
    .option('-p, --port <port>', say('lecternPortOption'), port, 5190)
    .option('--no-open', say('editNoOpenOption'))
    .action(async (outline: string | undefined, options: { port: number; open: boolean }) =>
      done(await (await commands.rehearse()).rehearseCommand(outline, options)),
    );

  cli
    .command('present')
    .description(say('presentDescription'))
    .argument('[outline]', say('lecternOutlineArgument'))
    .option('--remote', say('presentRemoteOption'), false)
    .option('-p, --port <port>', say('lecternPortOption'), port, 5191)
    .option('--no-open', say('editNoOpenOption'))
    .action(async (outline: string | undefined, options: { port: number; open: boolean; remote: boolean }) =>
      done(await (await commands.present()).presentCommand(outline, options)),
    );

  cli
    .command('import')
    .description(say('importDescription'))
    .argument('<file>', say('importFileArgument'))
    .option('-o, --output <file>', say('importOutputOption'))
    .option('--force', say('importForceOption'), false)
    .option('--duration <minutes>', say('importDurationOption'), minutes)
    .addHelpText('after', say('importExamples'))
    .action(async (file: string, options: { output?: string; force: boolean; duration?: number }) =>
      done(await (await commands.import()).importCommand(file, options)),
    );

  cli
    .command('new')
    .description(say('newDescription'))
    .argument('<name>', say('newNameArgument'))
    .addHelpText('after', say('newExamples'))
    .action(async (name: string) => done(await (await commands.new()).newCommand(name)));

  cli
    .command('check')
    .description(say('checkDescription'))
    .argument(...OUTLINES)
    .option('--strict', say('checkStrictOption'), false)
    .option('--json', say('checkJsonOption'), false)
    .option('--no-layout', say('checkNoLayoutOption'))
    .option('--per-page <n>', say('checkPerPageOption'), perPage)
    .option(...ALL_OPTION)
    .addHelpText('after', say('checkExamples'))
    .action(
      async (
        outlines: string[],
        options: { strict: boolean; json: boolean; layout: boolean; all: boolean; perPage?: PerPage },
        command: Command,
      ) => {
        const { perPage: handoutPerPage, ...rest } = options;
        const handout = handoutPerPage
          ? { handout: handoutOptions({ perPage: handoutPerPage }, (message) => command.error(message)) }
          : {};
        done(
          await (await commands.check()).checkCommand(outlines, {
            ...rest,
            ...handout,
            ...all(outlines, options, command),
          }),
        );
      },
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
  const failure = failureOf(error);
  writeText(process.stderr, failure.text);
  return failure.exit;
}
