// The import section of `npm run bench`: drafts every speech of the reference set and scores it against the slides a
// skilled speaker made, then writes the table (before and now, tuned and held-out) into docs/import.md.
// Alone: node --import tsx scripts/bench-import.ts; with --tuned it drafts and scores only the speeches the importer is
// tuned on, slide by slide, and writes nothing (the held-out speeches are scored once, when the tuning is done).
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isFirstSentenceTitle, rougeL } from '../src/import/score.ts';
import {
  loadReferences,
  scoredDraft,
  scoreReferences,
  scoreTableMarkdown,
} from '../tests/import/support/references.ts';

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

/** The tuned speeches only: their measures, then each reference slide beside the draft's closest title and points. */
async function tunedSection(): Promise<string[]> {
  const table = await scoreReferences(true);
  const references = new Map(loadReferences(true).map((c) => [c.name, c.reference]));
  const lines: string[] = [];
  for (const scored of table.cases) {
    const draft = scoredDraft(scored.outline);
    const slides = [...draft.opening, ...draft.parts.flatMap((p) => p.slides)];
    const titles = slides.map((s) => s.title);
    const points = slides.flatMap((s) => s.points);
    lines.push(`## ${scored.name}`);
    for (const slide of draft.opening) lines.push(`  draft 「${slide.title}」 ${slide.points.join(' | ')}`);
    for (const part of draft.parts) {
      lines.push(`  part 〔${part.heading}〕`);
      for (const slide of part.slides)
        lines.push(
          `  draft ${isFirstSentenceTitle(slide) === true ? 'FIRST ' : ''}「${slide.title}」 ${slide.points.join(' | ')}`,
        );
    }
    const best = (list: string[], ref: string): string => {
      const top = list.reduce((a, b) => (rougeL(b, ref) > rougeL(a, ref) ? b : a), '');
      return `${rougeL(top, ref).toFixed(2)} ${top}`;
    };
    const headings = draft.parts.map((p) => p.heading);
    for (const part of references.get(scored.name)?.parts ?? [])
      lines.push(`  ref part 〔${part.heading}〕 ← ${best(headings, part.heading)}`);
    for (const slide of references.get(scored.name)?.parts.flatMap((p) => p.slides) ?? []) {
      lines.push(`  ref 「${slide.title}」 ← ${best(titles, slide.title)}`);
      for (const point of slide.points) lines.push(`      · ${point} ← ${best(points, point)}`);
    }
  }
  lines.push('', JSON.stringify(table.tuned, null, 1));
  return lines;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const section = process.argv.includes('--tuned') ? await tunedSection() : await importSection();
  process.stdout.write(`${section.join('\n')}\n`);
}
