// Read a draft back the way the deck will: parse it, and gather what it shows and what the speaker says.
import { expect } from 'vitest';
import { draftOutline } from '../../../src/import/index.ts';
import type { Draft } from '../../../src/import/types.ts';
import { parseOutline, type Outline, type SlideSource } from '../../../src/outline/index.ts';

export async function draftOf(text: string, fileName = 'speech.txt'): Promise<Draft & { outline: Outline }> {
  const draft = await draftOutline({ bytes: new TextEncoder().encode(text), fileName });
  return { ...draft, outline: parseOutline(draft.markdown, fileName.replace(/\.\w+$/u, '.md')) };
}

function slideNotes(slide: SlideSource): string[] {
  return slide.pages.flatMap((page) => (page.notes ? [page.notes.text] : []));
}

/** Every note in the order the speaker reads them: opening slides, then each part's divider and slides, then the closing slide. */
export function notesInOrder(outline: Outline): string {
  const notes = [
    ...outline.opening.flatMap(slideNotes),
    ...outline.parts.flatMap((part) => [...(part.notes ? [part.notes.text] : []), ...part.slides.flatMap(slideNotes)]),
    ...(outline.closingNotes ? [outline.closingNotes.text] : []),
  ];
  return notes.join('\n\n');
}

/** All the words the draft holds: front matter, titles, points and notes. */
export function everything(outline: Outline): string {
  const { meta } = outline;
  const slides = [...outline.opening, ...outline.parts.flatMap((p) => p.slides)];
  const points = slides.flatMap((s) =>
    s.pages.flatMap((p) => p.blocks.flatMap((b) => (b.kind === 'points' ? b.points.map((pt) => pt.text) : [b.text]))),
  );
  return [
    meta.title,
    meta.subtitle,
    meta.speaker,
    meta.organization,
    meta.event,
    ...outline.parts.map((p) => p.title),
    ...slides.map((s) => s.title),
    ...points,
    notesInOrder(outline),
  ]
    .filter((t): t is string => typeof t === 'string')
    .join('\n');
}

/** Each piece occurs in the text after the one before it. */
export function expectInOrder(text: string, pieces: readonly string[], context = ''): void {
  let from = 0;
  for (const piece of pieces) {
    const at = text.indexOf(piece, from);
    expect(at, `"${piece}" should follow position ${from}${context ? `\n${context}` : ''}`).toBeGreaterThanOrEqual(0);
    from = at + piece.length;
  }
}

/** A plain sentence splitter for checking, independent of the importer's own: cut after 。！？ and closing quotes. */
export function sentencesOf(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line) =>
      (line.match(/[^。！？!?]+[。！？!?]*[”’」』）)]*/gu) ?? []).map((s) => s.trim()).filter((s) => s !== ''),
    );
}

/** Points shown on each slide, by slide title. */
export function pointsBySlide(outline: Outline): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const slide of [...outline.opening, ...outline.parts.flatMap((p) => p.slides)]) {
    map.set(
      slide.title,
      slide.pages.flatMap((p) => p.blocks.flatMap((b) => (b.kind === 'points' ? b.points.map((pt) => pt.text) : []))),
    );
  }
  return map;
}
