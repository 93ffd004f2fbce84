// Style: headings on lines of their own — Markdown or Word headings, bold lines, "一、" with "（一）" under them.
import { slideWidth, splitSentences, stripTerminal } from '../sentences.ts';
import { gatherBody, type Body, type Role } from './body.ts';
import { type NumberingKind, readNumbering } from '../../outline/numbering.ts';
import { headingOf, splitRunIn, withoutCounting } from './markers.ts';
import type { Paragraph } from './paragraph.ts';

type HeadingKind = `h${number}` | NumberingKind | 'bold';

/** Outermost first: a speech that uses two kinds nests the later one in the earlier. */
const RANK: readonly HeadingKind[] = [
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'cn',
  'cn-paren',
  'bold',
  'num',
  'num-paren',
  'circled',
];

interface Heading {
  kind: HeadingKind;
  /** The heading's words without numbering and final punctuation. */
  heading: string;
  /** Its number as written, to tell a real sequence from a stray "1." */
  number: string;
  /** The heading as said: the whole line, or the first sentence of a heading that runs into its paragraph. */
  spoken: string;
  rest: string;
}

export function headingStyle(paragraphs: readonly Paragraph[]): Body | undefined {
  const headings = paragraphs.map(readHeading);
  const partKind = RANK.find((kind) => qualifies(kind, headings));
  if (!partKind) return undefined;
  const firstPart = headings.findIndex((h) => h?.kind === partKind);
  const sectionKind = RANK.slice(RANK.indexOf(partKind) + 1).find((kind) =>
    headings.some((h, i) => i > firstPart && h?.kind === kind),
  );
  return gatherBody(paragraphs, (paragraph, index): Role => {
    const heading = headings[index];
    if (heading?.kind === partKind)
      return { kind: 'part', heading: heading.heading, spoken: heading.spoken, rest: heading.rest };
    if (heading && heading.kind === sectionKind)
      return { kind: 'section', heading: heading.heading, text: paragraph.text };
    return { kind: 'text', text: paragraph.text };
  });
}

/** Markdown headings count from one; numbered ones need two different numbers, bold lines two lines. */
function qualifies(kind: HeadingKind, headings: ReadonlyArray<Heading | undefined>): boolean {
  const found = headings.filter((h): h is Heading => h?.kind === kind);
  if (kind.startsWith('h')) return found.length >= 1;
  return new Set(found.map((h) => h.number)).size >= 2;
}

function readHeading(paragraph: Paragraph): Heading | undefined {
  const text = paragraph.text;
  const numbering = readNumbering(text);
  if (paragraph.level !== undefined) {
    const heading = stripTerminal(numbering ? numbering.rest : text);
    return { kind: `h${paragraph.level}`, heading, number: '', spoken: text, rest: '' };
  }
  if (numbering) {
    const short = slideWidth(text) <= 40 && splitSentences(numbering.rest).length <= 1;
    if (short)
      return {
        kind: numbering.kind,
        heading: headingOf(numbering.rest),
        number: numbering.number,
        spoken: text,
        rest: '',
      };
    const runIn = splitRunIn(numbering.rest);
    const spoken = text.slice(0, text.length - numbering.rest.length) + runIn.spoken;
    return { kind: numbering.kind, heading: runIn.heading, number: numbering.number, spoken, rest: runIn.rest };
  }
  if (paragraph.bold && slideWidth(text) <= 40)
    return { kind: 'bold', heading: stripTerminal(withoutCounting(text)), number: text, spoken: text, rest: '' };
  if (paragraph.lead !== undefined) {
    return {
      kind: 'bold',
      heading: headingOf(paragraph.lead),
      number: paragraph.lead,
      spoken: paragraph.lead,
      rest: text.slice(paragraph.lead.length),
    };
  }
  return undefined;
}
