// The PowerPoint's fonts: it embeds none, so the rare characters of names (CJK Extension B and beyond, 𠮷) are drawn
// by whatever face the reader's machine has for them (the PowerPoint names SimSun-ExtB, which Windows has). `check`
// says where, so the speaker can look at those slides on the meeting room's PC.
import type { DeckPlan, Slide } from '../deck/types.ts';
import type { Block, Meta, Outline } from '../outline/types.ts';
import { say } from '../messages/index.ts';
import { LIST_LIMIT, listItems } from '../messages/list.ts';
import { aboutSlide } from './findings.ts';
import type { Finding } from './findings.ts';

const RARE_HAN = /[\u{20000}-\u{323AF}]/gu;

/** The rare characters of `text`, each once, in order. */
function rareCharacters(text: string): string[] {
  return [...new Set(text.match(RARE_HAN) ?? [])];
}

function blockText(block: Block): string {
  if (block.kind === 'points')
    return block.points.map((point) => [point.text, ...point.points.map((sub) => sub.text)].join('\n')).join('\n');
  return block.text;
}

/** Everything of a slide the PowerPoint shows: its title, its text and its notes (on the notes page). */
function slideText(slide: Slide): string {
  const blocks =
    slide.kind === 'content'
      ? slide.blocks
      : slide.kind === 'divider'
        ? slide.intro
        : slide.kind === 'quote'
          ? [slide.quote]
          : [];
  return [slide.kind === 'closing' ? slide.text : slide.title, ...blocks.map(blockText), slide.notes?.text ?? ''].join(
    '\n',
  );
}

/** The front matter's settings the title slide and the footers show. */
const META_SHOWN: Array<keyof Meta> = ['title', 'subtitle', 'speaker', 'speakerLabel', 'organization', 'event'];

export function powerPointFindings(outline: Pick<Outline, 'meta' | 'keys' | 'file'>, plan: DeckPlan): Finding[] {
  const findings: Finding[] = [];
  for (const key of META_SHOWN) {
    const value = outline.meta[key];
    const characters = typeof value === 'string' ? rareCharacters(value) : [];
    if (!characters.length) continue;
    const at = outline.keys[key] ?? { line: 1, column: 1 };
    findings.push({
      file: outline.file,
      line: at.line,
      column: at.column,
      severity: 'warning',
      code: 'pptx-rare-characters',
      ...rareMessage(characters),
    });
  }
  // The title slide shows only the front matter (above); the other slides show their own text.
  for (const slide of plan.slides) {
    if (slide.kind === 'title') continue;
    const characters = rareCharacters(slideText(slide));
    if (!characters.length) continue;
    findings.push({
      ...aboutSlide(slide, outline.file),
      severity: 'warning',
      code: 'pptx-rare-characters',
      ...rareMessage(characters),
    });
  }
  return findings;
}

/** The message naming the characters (ten of them, then how many more), and every one of them when it shortens. */
function rareMessage(characters: string[]): Pick<Finding, 'message' | 'hint' | 'items'> {
  return {
    message: say('pptxRareCharacters', listItems('characters', characters, { separator: '' })),
    hint: say('pptxRareCharactersFix'),
    ...(characters.length > LIST_LIMIT ? { items: characters } : {}),
  };
}
