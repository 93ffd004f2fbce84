// Gather paragraphs into an opening, parts and sections as the style that found the headings says.
import type { Passage, SpeechPart } from '../types.ts';
import type { Paragraph } from './paragraph.ts';

export interface Body {
  opening: Passage[];
  parts: SpeechPart[];
}

/** What a style says about one paragraph. */
export type Role =
  /** `restHeading`: the title of the slide the rest of the lead's paragraph is said on, when the style gives one. */
  | { kind: 'part'; heading: string; spoken: string; rest: string; restHeading?: string }
  /** A section without a heading is a new passage whose slide draws its own title. */
  | { kind: 'section'; heading?: string; text: string }
  | { kind: 'text'; text: string };

/** Build the body from each paragraph's role; every paragraph's text lands in exactly one place, in order. */
export function gatherBody(paragraphs: readonly Paragraph[], roleOf: (p: Paragraph, index: number) => Role): Body {
  const opening: Passage[] = [];
  const parts: SpeechPart[] = [];
  const sections = (): Passage[] => parts.at(-1)?.sections ?? opening;
  const addText = (text: string): void => {
    if (text.trim() === '') return;
    const list = sections();
    const last = list.at(-1);
    if (last) last.paragraphs.push(text);
    else list.push({ paragraphs: [text] });
  };
  paragraphs.forEach((paragraph, index) => {
    const role = roleOf(paragraph, index);
    if (role.kind === 'part') {
      parts.push({ heading: role.heading, paragraphs: [role.spoken], sections: [] });
      if (role.rest.trim() !== '')
        parts
          .at(-1)
          ?.sections.push({ ...(role.restHeading ? { heading: role.restHeading } : {}), paragraphs: [role.rest] });
    } else if (role.kind === 'section') {
      sections().push({ ...(role.heading === undefined ? {} : { heading: role.heading }), paragraphs: [role.text] });
    } else addText(role.text);
  });
  return { opening, parts };
}
