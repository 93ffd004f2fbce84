// Style: parts opened by counting words at the start of paragraphs — "第一，……" or "首先，……其次，……最后，……".
import { gatherBody, type Body } from './body.ts';
import { ORDINAL_FAMILIES } from '../../outline/numbering.ts';
import { splitRunIn } from './markers.ts';
import type { Paragraph } from './paragraph.ts';

type Family = (typeof ORDINAL_FAMILIES)[number]['family'];

/** `families`: which counting words to try, in order (see STYLES for why "一是" comes after lead sentences). */
export function ordinalStyle(paragraphs: readonly Paragraph[], families: readonly Family[]): Body | undefined {
  for (const family of ORDINAL_FAMILIES.filter((f) => families.includes(f.family))) {
    const marked = paragraphs.map((p) => family.pattern.exec(p.text));
    const firstIndex = marked.findIndex((m) => m !== null);
    const count = marked.filter((m) => m !== null).length;
    if (count < 2 || !family.first.test(paragraphs[firstIndex]?.text ?? '')) continue;
    return gatherBody(paragraphs, (paragraph, index) => {
      const marker = marked[index];
      if (!marker) return { kind: 'text', text: paragraph.text };
      const runIn = splitRunIn(paragraph.text.slice(marker[0].length));
      return { kind: 'part', heading: runIn.heading, spoken: marker[0] + runIn.spoken, rest: runIn.rest };
    });
  }
  return undefined;
}
