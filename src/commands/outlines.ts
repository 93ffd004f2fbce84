// Which outlines a command works on: the ones named; every slides/*.md with --all; else one talk, the outline
// speechdeck.json names or the one changed last, so a speaker's own talk is built and not the sample beside it.
import fs from 'node:fs/promises';
import path from 'node:path';
import { OutlineError } from '../outline/error.ts';
import { displayPath } from '../files/project.ts';
import { say } from '../messages/index.ts';
import { printLine } from './progress.ts';

export const SLIDES_DIR = 'slides';
/** The project's settings file, beside slides/: `{"outline": "slides/talk.md"}` names the talk worked on. */
const PROJECT_SETTINGS = 'speechdeck.json';

/** An outline in slides/ and when it was last changed (ms since 1970). */
export interface OutlineCandidate {
  file: string;
  changed: number;
}

/** The outline a command works on when none is named, and why that one. */
export interface OutlineChoice {
  file: string;
  /** `settings`: speechdeck.json names it; `recent`: the most recently changed of `of` outlines in slides/. */
  why: 'settings' | 'recent';
  /** How many outlines slides/ holds. */
  of: number;
}

/** The talk to work on: the outline the settings name, else the most recently changed one (the first by name when
 *  two were changed at the same moment, so the answer never depends on the order the folder lists them in). */
export function chooseOutline(candidates: readonly OutlineCandidate[], named?: string): OutlineChoice | undefined {
  if (named !== undefined) return { file: named, why: 'settings', of: candidates.length };
  const [latest] = [...candidates].sort(
    (a, b) => b.changed - a.changed || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0),
  );
  return latest && { file: latest.file, why: 'recent', of: candidates.length };
}

export interface OutlinesOptions {
  /** `--all`: every outline in slides/. */
  all?: boolean;
  /** Where to say which outline was chosen (stderr by default); it mentions `--all` unless the command has none. */
  announce?: ((line: string) => void) | undefined;
  allOption?: boolean;
}

/** The named outlines; every `slides/*.md` with `all`; else the one `chosenOutline` gives, said on stderr. */
export async function outlinesToBuild(named: string[], options: OutlinesOptions = {}): Promise<string[]> {
  if (named.length) return named.map((file) => path.resolve(file));
  if (options.all) return everyOutline();
  const choice = await chosenOutline();
  const announce = options.announce ?? ((line: string) => printLine(process.stderr, `speechdeck: ${line}\n`));
  announce(choiceLine(choice, options.allOption !== false));
  return [choice.file];
}

/** What the terminal says of a choice. */
function choiceLine(choice: OutlineChoice, allOption: boolean): string {
  const file = displayPath(choice.file);
  const reason =
    choice.why === 'settings' ? say('outlineFromSettings', PROJECT_SETTINGS) : say('outlineMostRecent', choice.of);
  return allOption ? say('outlineChosenAll', file, reason, choice.of) : say('outlineChosen', file, reason);
}

/** Every `slides/*.md` under the working directory, sorted by name. */
export async function everyOutline(): Promise<string[]> {
  const found = (await candidates()).map((candidate) => candidate.file).sort();
  if (!found.length) throw OutlineError.about(SLIDES_DIR, say('noOutlines'), say('noOutlinesFix'));
  return found;
}

/** The outline to work on when none is named (see chooseOutline); an error naming what to do when there is none, or
 *  when speechdeck.json cannot be read or names a file that is not there. */
export async function chosenOutline(cwd = process.cwd()): Promise<OutlineChoice> {
  const found = await candidates(cwd);
  const named = await outlineInSettings(cwd);
  const choice = chooseOutline(found, named);
  if (!choice) throw OutlineError.about(SLIDES_DIR, say('noOutlines'), say('noOutlinesFix'));
  return choice;
}

async function candidates(cwd = process.cwd()): Promise<OutlineCandidate[]> {
  const dir = path.resolve(cwd, SLIDES_DIR);
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  const outlines = entries.filter(
    (entry) => /\.md$/i.test(entry.name) && !entry.name.startsWith('.') && !entry.isDirectory(),
  );
  return Promise.all(
    outlines.map(async (entry) => {
      const file = path.join(dir, entry.name);
      return { file, changed: (await fs.stat(file).catch(() => ({ mtimeMs: 0 }))).mtimeMs };
    }),
  );
}

/** The outline speechdeck.json names, as an absolute path (relative to the file's folder), checked to exist. */
async function outlineInSettings(cwd: string): Promise<string | undefined> {
  const settings = path.join(cwd, PROJECT_SETTINGS);
  let text: string;
  try {
    text = await fs.readFile(settings, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw OutlineError.about(
      PROJECT_SETTINGS,
      say('projectSettingsUnreadable', (error as NodeJS.ErrnoException).code ?? String(error)),
    );
  }
  let outline: unknown;
  try {
    outline = (JSON.parse(text.replace(/^\uFEFF/, '')) as { outline?: unknown } | null)?.outline;
  } catch {
    throw OutlineError.about(PROJECT_SETTINGS, say('projectSettingsNotJson'), say('projectSettingsExample'));
  }
  if (outline === undefined) return undefined;
  if (typeof outline !== 'string' || outline.trim() === '')
    throw OutlineError.about(PROJECT_SETTINGS, say('projectSettingsOutlineNotText'), say('projectSettingsExample'));
  const file = path.resolve(cwd, outline);
  if (!(await exists(file)))
    throw OutlineError.about(
      PROJECT_SETTINGS,
      say('projectSettingsOutlineMissing', outline),
      say('projectSettingsOutlineMissingFix'),
    );
  return file;
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    (stat) => stat.isFile(),
    () => false,
  );
}

export { formatBytes } from '../files/size.ts';
