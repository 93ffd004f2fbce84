// The import section of `npm run bench`: drafts every speech of the reference set and scores it against the slides a
// skilled speaker made, then writes the table (before and now, tuned and held-out) into docs/import.md.
// Alone: node --import tsx scripts/bench-import.ts
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreReferences, scoreTableMarkdown } from '../tests/import/support/references.ts';

const DOC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../docs/import.md');
const BEGIN = '<!-- import-score:begin (written by npm run bench) -->';
const END = '<!-- import-score:end -->';

/** The table between the markers of docs/import.md, replacing what stood there; the rest of the page is left as written. */
async function writeDoc(table: string): Promise<void> {
  const page = await fs.readFile(DOC, 'utf8');
  const begin = page.indexOf(BEGIN);
  const end = page.indexOf(END);
  if (begin < 0 || end < begin)
    throw new Error(`${path.relative(process.cwd(), DOC)}: the markers of the import score table are missing`);
  const next = `${page.slice(0, begin + BEGIN.length)}\n${table}\n${page.slice(end)}`;
  const temporary = `${DOC}.${process.pid}.tmp`;
  await fs.writeFile(temporary, next);
  await fs.rename(temporary, DOC);
}

/** Scores the reference set, writes the table into the docs and returns its lines for the bench's report. */
export async function importSection(): Promise<string[]> {
  const started = performance.now();
  const table = await scoreReferences();
  const markdown = scoreTableMarkdown(table);
  await writeDoc(markdown);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return [
    '## import: drafts against the reference slides',
    '',
    markdown,
    '',
    `(${table.cases.length} speeches drafted and scored in ${seconds} s; table written to docs/import.md)`,
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.stdout.write(`${(await importSection()).join('\n')}\n`);
}
