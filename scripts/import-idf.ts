// Builds src/import/document-frequency.json: in how many speeches of the import corpus each word stands, for the
// importer's TF-IDF weights. Only the speeches the importer is tuned on are read; the held-out ones never are.
// Run after changing the corpus or the word lists: node --import tsx scripts/import-idf.ts
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomically } from '../src/files/atomic.ts';
import { documentFrequencies } from '../src/import/document-frequency.ts';
import { tuningSpeeches } from '../tests/import/support/tuning.ts';

const TABLE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/import/document-frequency.json');

const frequencies = documentFrequencies(tuningSpeeches());
await writeFileAtomically(TABLE, `${JSON.stringify(frequencies, null, 1)}\n`);
process.stdout.write(
  `${Object.keys(frequencies.words).length} words from ${frequencies.documents} speeches → ${path.relative(process.cwd(), TABLE)}\n`,
);
