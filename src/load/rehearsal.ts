// The rehearsal file beside an outline (`slides/<name>.rehearsal.json`): read and checked, a new rehearsal added
// to the earlier ones and written atomically. A file that is not what speechdeck writes is an error at that file.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Rehearsal, RehearsedSlide } from '../deck/rehearsal.ts';
import { writeFileAtomically } from '../files/atomic.ts';
import { displayPath } from '../files/project.ts';
import { say } from '../messages/index.ts';
import { OutlineError } from '../outline/error.ts';

const KIND = 'speechdeck-rehearsal';

/** `slides/talk.md` → `slides/talk.rehearsal.json` */
export function rehearsalPath(outlinePath: string): string {
  const parsed = path.parse(path.resolve(outlinePath));
  return path.join(parsed.dir, `${parsed.name}.rehearsal.json`);
}

/** The rehearsals of the outline, oldest first; none when the file does not exist. */
export async function readRehearsals(outlinePath: string): Promise<Rehearsal[]> {
  const file = rehearsalPath(outlinePath);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw OutlineError.about(displayPath(file), say('rehearsalUnreadable', String((error as Error).message)));
  }
  return parseRehearsals(text, displayPath(file));
}

/** The rehearsals in a rehearsal file's text; an OutlineError at `shown` (and its line, for bad JSON) otherwise. */
function parseRehearsals(text: string, shown: string): Rehearsal[] {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const at = /position (\d+)/.exec(String((error as Error).message));
    const offset = at ? Number(at[1]) : undefined;
    if (offset === undefined) throw OutlineError.about(shown, say('rehearsalNotJson'), say('rehearsalFix'));
    const before = text.slice(0, offset).split('\n');
    throw OutlineError.at(
      shown,
      { line: before.length, column: before[before.length - 1]!.length + 1 },
      say('rehearsalNotJson'),
      say('rehearsalFix'),
    );
  }
  const file = data as { kind?: unknown; rehearsals?: unknown };
  if (!file || typeof file !== 'object' || file.kind !== KIND || !Array.isArray(file.rehearsals))
    throw OutlineError.about(shown, say('rehearsalNotOurs'), say('rehearsalFix'));
  return file.rehearsals.map((rehearsal, index) => {
    if (!isRehearsal(rehearsal))
      throw OutlineError.about(shown, say('rehearsalBadEntry', index + 1), say('rehearsalFix'));
    return rehearsal;
  });
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function isSlide(value: unknown): value is RehearsedSlide {
  const slide = value as Partial<RehearsedSlide> | null;
  return (
    !!slide &&
    typeof slide === 'object' &&
    isNumber(slide.number) &&
    typeof slide.title === 'string' &&
    typeof slide.notes === 'string' &&
    isNumber(slide.spoken) &&
    slide.spoken >= 0 &&
    isNumber(slide.seconds) &&
    slide.seconds >= 0
  );
}

function isRehearsal(value: unknown): value is Rehearsal {
  const rehearsal = value as Partial<Rehearsal> | null;
  return (
    !!rehearsal &&
    typeof rehearsal === 'object' &&
    typeof rehearsal.date === 'string' &&
    (rehearsal.pace === undefined || (isNumber(rehearsal.pace) && rehearsal.pace > 0)) &&
    isNumber(rehearsal.seconds) &&
    Array.isArray(rehearsal.slides) &&
    rehearsal.slides.every(isSlide)
  );
}

/** Adds `rehearsal` after the earlier ones and writes the file atomically; returns every rehearsal now kept. */
export async function addRehearsal(outlinePath: string, rehearsal: Rehearsal): Promise<Rehearsal[]> {
  const rehearsals = [...(await readRehearsals(outlinePath)), rehearsal];
  const text = `${JSON.stringify({ kind: KIND, version: 1, rehearsals }, null, 2)}\n`;
  await writeFileAtomically(rehearsalPath(outlinePath), text);
  return rehearsals;
}
