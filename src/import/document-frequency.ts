// How common a word is in speeches of the genre, for weighing a passage's words by TF-IDF: the table is built from the
// corpus speeches the importer is tuned on (scripts/import-idf.ts writes document-frequency.json), never from a held-out one.
import table from './document-frequency.json' with { type: 'json' };
import { isContentWord, wordsOf } from './words.ts';

/** In how many of `documents` speeches each content word stands (words found in only one are left out of the file). */
export interface DocumentFrequencies {
  documents: number;
  /** The speeches counted, by name: the test checks that no held-out speech is among them. */
  sources: string[];
  words: Record<string, number>;
}

/**
 * Words of official speech in general that a few dozen speeches cannot show to be common everywhere: each counts as
 * standing in every speech, so it weighs little however often a passage says it.
 */
const GENERAL_WORDS = [
  '机制',
  '制度',
  '服务',
  '体系',
  '能力',
  '水平',
  '作用',
  '措施',
  '责任',
  '基层',
  '干部',
  '部门',
  '单位',
  '社会',
  '经济',
  '组织',
  '管理',
  '要求',
  '任务',
  '力量',
  '成效',
  '经验',
  '做法',
  '实际',
  '重点',
  '关键',
  '基础',
  '目标',
  '质量',
  '效率',
  '领导',
  '人员',
];

/** Words found in one speech only are as rare as an unseen word: the file keeps those found in two or more. */
const FEWEST_KEPT = 2;

/** The document frequencies of the speeches' content words, the general words counted in every speech. */
export function documentFrequencies(speeches: ReadonlyArray<{ name: string; text: string }>): DocumentFrequencies {
  const counts = new Map<string, number>();
  for (const { text } of speeches) {
    const seen = new Set(
      wordsOf(text)
        .filter(isContentWord)
        .map((w) => w.word),
    );
    for (const word of seen) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  for (const word of GENERAL_WORDS) counts.set(word, speeches.length);
  const words = Object.fromEntries(
    [...counts].filter(([, n]) => n >= FEWEST_KEPT).sort(([a, n], [b, m]) => m - n || (a < b ? -1 : a > b ? 1 : 0)),
  );
  return { documents: speeches.length, sources: speeches.map((s) => s.name), words };
}

const FREQUENCIES = table as DocumentFrequencies;
const MOST = Math.log(FREQUENCIES.documents + 1);

/**
 * A word's inverse document frequency, from 0 (it stands in every speech) to 1 (no speech of the table has it):
 * ln((N + 1) / (df + 1)) scaled by its largest value, so a passage's weights read the same whatever N is.
 */
export function inverseDocumentFrequency(word: string): number {
  const df = FREQUENCIES.words[word] ?? 0;
  return Math.log((FREQUENCIES.documents + 1) / (df + 1)) / MOST;
}
