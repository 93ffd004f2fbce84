// The corpus of raw speeches in tests/import/corpus/: each speech's text, what it must import as, and its bytes as they arrive.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { parse } from 'yaml';
import { buildDocx, type DocxParagraph } from './docx.ts';

export const CORPUS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../corpus');

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** A speech's expected-result file (`NN-name.yaml`). `~` (null) means "the importer must find none". */
export interface Expected {
  /** How the speech arrives: a text file, a Markdown file, or a Word document built from the source. */
  input: 'txt' | 'md' | 'docx';
  encoding?: Encoding;
  lineEnds?: 'lf' | 'crlf';
  /** What this case is for (structure, failure class, encoding, noise): the coverage test reads these. */
  covers: string[];
  title: string;
  /** The subtitle: the kind of talk the speech states (交流发言, 心得体会 …). */
  kind: string | null;
  parts: string[];
  /** Every line the importer must remove, as written (a line that repeats is listed each time). */
  noise: string[];
  /** Phrases of the speech that must survive in the draft. */
  kept: string[];
  /** Phrases that must be points of a slide (counted items "一是……二是……"). */
  points?: string[];
  /** Per noise rule: a phrase of the speech that looks like that rule's noise and must stay. */
  guards?: Record<string, string>;
  byline: { organization: string | null; speaker: string | null; date: string | null; event: string | null };
}

export interface CorpusCase {
  name: string;
  /** The file name the importer is given (its extension decides how it is read). */
  fileName: string;
  /** The speech as written in the repository, UTF-8. */
  source: string;
  bytes: Uint8Array;
  expected: Expected;
}

/** Every case, in file order. The sources are UTF-8 text in the repository; the bytes are made here, as each speech arrives. */
export function loadCorpus(): CorpusCase[] {
  const files = readdirSync(CORPUS_DIR);
  return files
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.yaml$/u, '');
      const expected = parse(readFileSync(path.join(CORPUS_DIR, file), 'utf8')) as Expected;
      const sourceFile = files.find((other) => other.startsWith(`${name}.`) && !other.endsWith('.yaml'));
      if (!sourceFile) throw new Error(`${file}: no speech file ${name}.txt, .md or .docx.txt beside it`);
      const source = readFileSync(path.join(CORPUS_DIR, sourceFile), 'utf8');
      const bytes =
        expected.input === 'docx'
          ? docxOf(source)
          : encode(source, expected.encoding ?? 'utf-8', expected.lineEnds ?? 'lf');
      return { name, fileName: `${name}.${expected.input}`, source, bytes, expected };
    });
}

/** The bytes an editor would save: Notepad's UTF-8 (with or without BOM), "Unicode" (UTF-16 with BOM), or ANSI on a Chinese Windows (GB18030). */
export function encode(text: string, encoding: Encoding, lineEnds: 'lf' | 'crlf'): Uint8Array {
  const lines = lineEnds === 'crlf' ? text.replace(/\n/gu, '\r\n') : text;
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(lines, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines, 'utf16le')]);
    case 'utf-16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(lines, 'utf16le').swap16()]);
    case 'gb18030':
      return iconv.encode(lines, 'gb18030');
  }
}

const STYLE = /^\[(Title|Heading1|Heading2|bold)\]\s*/u;

/** A Word document from the source's lines: `[Title] `, `[Heading1] `, `[Heading2] ` set the paragraph style, `[bold] ` makes it bold. */
export function docxOf(source: string): Uint8Array {
  const paragraphs = source
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line): DocxParagraph => {
      const marker = STYLE.exec(line)?.[1];
      const text = line.replace(STYLE, '');
      if (marker === 'bold') return { text, bold: true };
      return marker ? { text, style: marker as DocxParagraph['style'] } : { text };
    });
  return buildDocx(paragraphs);
}
