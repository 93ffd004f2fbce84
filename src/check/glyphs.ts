// Glyphs: characters of the talk that the bundled faces lack, named at their line. Those the fallback face has
// (rare characters of names, CJK Extension A and B) are drawn from it, in its own style: a warning. Those no face
// has (later extensions, most emoji) show as a box: an error. Which characters are which comes in as data
// (src/fonts/coverage.ts): this file only finds them in the outline.
import type { DeckPlan } from '../deck/types.ts';
import type { Block, Outline } from '../outline/types.ts';
import type { Finding } from './findings.ts';
import { say } from '../messages/index.ts';
import { LIST_LIMIT, listItems } from '../messages/list.ts';

/** What the fonts said about the talk's characters. */
export interface GlyphCoverage {
  /** Drawn from the fallback face. */
  fallback: string;
  /** In no face we ship: drawn as a box. */
  none: string;
}

/** `𠮷 (U+20BB7)` */
function characterName(character: string): string {
  return `${character} (U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
}

export function glyphFindings(deck: { outline: Outline; plan: DeckPlan }, coverage: GlyphCoverage): Finding[] {
  if (!coverage.fallback && !coverage.none) return [];
  const file = deck.outline.file;
  // Each character where it first appears, line by line.
  const byLine = new Map<number, Set<string>>();
  const wanted = new Set([...coverage.fallback, ...coverage.none]);
  const seen = new Set<string>();
  for (const { line, text } of textsWithLines(deck)) {
    for (const character of text) {
      if (!wanted.has(character) || seen.has(character)) continue;
      seen.add(character);
      const set = byLine.get(line) ?? new Set<string>();
      set.add(character);
      byLine.set(line, set);
    }
  }
  const findings: Finding[] = [];
  for (const [line, characters] of [...byLine].sort((a, b) => a[0] - b[0])) {
    const rare = [...characters].filter((c) => coverage.fallback.includes(c));
    const none = [...characters].filter((c) => coverage.none.includes(c));
    if (rare.length)
      findings.push({
        severity: 'warning',
        file,
        line,
        column: 1,
        code: 'fallback-glyph',
        message: say('fallbackGlyphs', charactersList(rare)),
        ...(rare.length > LIST_LIMIT ? { items: rare } : {}),
        hint: say('fallbackGlyphsFix'),
      });
    if (none.length)
      findings.push({
        severity: 'error',
        file,
        line,
        column: 1,
        code: 'no-glyph',
        message: say('noGlyphs', charactersList(none)),
        ...(none.length > LIST_LIMIT ? { items: none } : {}),
        hint: say('noGlyphsFix'),
      });
  }
  return findings;
}

/**
 * Letters with combining marks that no bundled face can draw in place: after composing all Unicode can (NFC), a
 * mark is still left over (ê̌ is ê + U+030C: there is no such letter), so the shaper would have to place it by the
 * face's mark positioning, which the bundled faces have only for Bopomofo. The browser and the PDF then print the
 * mark beside the letter. Each such letter once, at the first line that has it.
 */
export function unplacedMarkFindings(deck: { outline: Outline; plan: DeckPlan }): Finding[] {
  const seen = new Set<string>();
  const byLine = new Map<number, string[]>();
  for (const { line, text } of textsWithLines(deck)) {
    if (!/\p{M}/u.test(text)) continue;
    for (const [cluster] of text.normalize('NFD').matchAll(/(?!\p{Script=Bopomofo})\P{M}\p{M}+/gu)) {
      const letter = cluster.normalize('NFC');
      if (!/\p{M}/u.test(letter) || seen.has(letter)) continue;
      seen.add(letter);
      byLine.set(line, [...(byLine.get(line) ?? []), letter]);
    }
  }
  return [...byLine]
    .sort((a, b) => a[0] - b[0])
    .map(([line, letters]) => ({
      severity: 'warning',
      file: deck.outline.file,
      line,
      column: 1,
      code: 'unplaced-marks',
      message: say('unplacedMarks', listItems('characters', letters.map(sequenceName))),
      ...(letters.length > LIST_LIMIT ? { items: letters } : {}),
      hint: say('unplacedMarksFix'),
    }));
}

/** `ê̌ (U+00EA U+030C)`: a letter and its marks, each code point named. */
function sequenceName(letter: string): string {
  const codes = [...letter].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  return `${letter} (${codes.join(' ')})`;
}

/** A few characters with their code points (`𠮷 (U+20BB7)`), more as themselves: ten, then how many more. */
function charactersList(characters: string[]): string {
  return listItems('characters', characters.length > 3 ? characters : characters.map(characterName));
}

/** Every text the talk shows or says, with the outline line it is written on. (A list, not a generator: at 480 slides
 *  the nested generators' steps cost more than the texts' checks.) */
function textsWithLines(deck: { outline: Outline; plan: DeckPlan }): Array<{ line: number; text: string }> {
  const { outline } = deck;
  const texts: Array<{ line: number; text: string }> = [];
  for (const [key, position] of Object.entries(outline.keys)) {
    const value = outline.meta[key as keyof typeof outline.meta];
    if (typeof value === 'string' && position) texts.push({ line: position.line, text: value });
  }
  const blocks = (list: Block[]) => {
    for (const block of list) {
      if (block.kind === 'points') {
        for (const point of block.points) {
          texts.push({ line: point.line, text: point.text });
          for (const sub of point.points) texts.push({ line: sub.line, text: sub.text });
        }
      } else
        texts.push({
          line: block.line,
          text: `${block.text}${block.kind === 'quote' ? (block.attribution ?? '') : ''}`,
        });
    }
  };
  const notes = (n: { line: number; text: string } | undefined) => {
    if (n) texts.push({ line: n.line, text: n.text });
  };
  for (const part of outline.parts) {
    texts.push({ line: part.line, text: part.title });
    blocks(part.intro);
    notes(part.notes);
  }
  for (const source of [...outline.opening, ...outline.parts.flatMap((part) => part.slides)]) {
    texts.push({ line: source.line, text: source.title });
    for (const page of source.pages) {
      blocks(page.blocks);
      notes(page.notes);
    }
  }
  notes(outline.closingNotes);
  // anything the plan shows that the walk above did not reach (generated words are in every face)
  for (const slide of deck.plan.slides) texts.push({ line: slide.line, text: slide.title });
  return texts;
}
