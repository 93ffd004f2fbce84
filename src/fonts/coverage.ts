// Which of a talk's characters the bundled faces lack: those the fallback face draws, and those no face has (drawn
// as a box). From the faces cut for the deck (subset.ts, cached), so it says what the outputs will show.
import { SLIDE_FACES } from './index.ts';
import { subsetFaces } from './subset.ts';
import type { SubsetFace } from './subset.ts';

export interface Coverage {
  fallback: string;
  none: string;
}

/** What the faces cut for a deck say about its characters. */
export function coverageOf(fonts: readonly SubsetFace[]): Coverage {
  return {
    fallback: fonts.find((font) => font.face === 'rare')?.covers ?? '',
    none: fonts.find((font) => font.face === 'box')?.covers ?? '',
  };
}

/** The slides' faces cut to `characters` (from the cache when a deck was made of them already). */
export async function fontCoverage(characters: string): Promise<Coverage> {
  return coverageOf(await subsetFaces(SLIDE_FACES, characters));
}
