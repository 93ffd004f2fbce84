// The document frequencies behind the importer's TF-IDF weights: built from the speeches it is tuned on, never a held-out one.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFrequencies, inverseDocumentFrequency } from '../../src/import/document-frequency.ts';
import { CORPUS_DIR } from './support/corpus.ts';
import { loadReferences } from './support/references.ts';
import { tuningSpeeches } from './support/tuning.ts';

const TABLE = path.resolve(CORPUS_DIR, '../../../src/import/document-frequency.json');

describe('the document frequency table', () => {
  it('is what the tuning speeches give today (run scripts/import-idf.ts after changing the corpus or the word lists)', () => {
    const committed = JSON.parse(readFileSync(TABLE, 'utf8')) as unknown;
    expect(committed).toEqual(documentFrequencies(tuningSpeeches()));
  });

  it('counts no held-out speech', () => {
    const heldOut = loadReferences()
      .filter((c) => c.reference.heldOut)
      .map((c) => c.name);
    expect(heldOut.length).toBeGreaterThan(0);
    const { sources } = JSON.parse(readFileSync(TABLE, 'utf8')) as { sources: string[] };
    for (const name of heldOut) expect(sources).not.toContain(name);
  });

  it('weighs a word every speech says below one few say, and an unseen word most', () => {
    expect(inverseDocumentFrequency('机制')).toBeLessThan(inverseDocumentFrequency('网格员'));
    expect(inverseDocumentFrequency('网格员')).toBeLessThan(inverseDocumentFrequency('撂荒地复耕'));
    expect(inverseDocumentFrequency('撂荒地复耕')).toBe(1);
    expect(inverseDocumentFrequency('机制')).toBe(0);
  });

  it('counts a word once a speech, however often it is said, and keeps only words of two speeches or more', () => {
    const table = documentFrequencies([
      { name: 'a', text: '网格员巡查网格，网格员上报事件。' },
      { name: 'b', text: '网格员调解纠纷。' },
      { name: 'c', text: '志愿者开展服务。' },
    ]);
    expect(table.documents).toBe(3);
    expect(table.words['网格员']).toBe(2);
    expect(table.words['纠纷']).toBeUndefined();
    expect(table.words['机制']).toBe(3);
  });
});
