// The speeches the importer may learn from: the structure corpus and the reference speeches not held out, as plain text.
import { loadCorpus } from './corpus.ts';
import { loadReferences } from './references.ts';

/** Word-processor style marks of the corpus's `.docx.txt` sources (`[Heading1] …`) are not words of the speech. */
const STYLE = /^\[(Title|Heading1|Heading2|bold)\]\s*/gmu;

export function tuningSpeeches(): Array<{ name: string; text: string }> {
  return [
    ...loadCorpus().map((c) => ({ name: c.name, text: c.source.replace(STYLE, '') })),
    ...loadReferences(true).map((c) => ({ name: c.name, text: c.source.replace(STYLE, '') })),
  ];
}
