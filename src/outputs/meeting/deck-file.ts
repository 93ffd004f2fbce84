// The meeting's deck written to its file in parts: the frame (deck-html.ts), and between its two halves each talk's
// deck, read from the file it was put in when the talk was made, one at a time. The meeting never holds every
// talk's deck at once, nor the whole file (30 talks' decks, and the file made of them, were the largest part of the
// meeting's memory).
import fs from 'node:fs/promises';
import { StagedFile } from '../../files/staged.ts';
import type { Meeting } from '../../meeting/file.ts';
import { meetingDeckFrame } from './deck-html.ts';
import type { MeetingDeckTalk } from './deck-html.ts';

/** A talk of the meeting's deck, its deck (when it has one) in a file, as `deckJson` gave it. */
export type StoredDeckTalk = Omit<MeetingDeckTalk, 'deck'> & { deckFile?: string };

/** Writes the meeting's deck to `target` (atomically); its size in bytes. `fonts`: the talks' shared fonts. */
export async function writeMeetingDeck(
  target: string,
  meeting: Meeting,
  talks: StoredDeckTalk[],
  fonts: readonly string[],
): Promise<number> {
  const { before, after } = meetingDeckFrame(
    meeting,
    talks.map(({ deckFile, ...talk }) => ({ ...talk, ...(deckFile ? { deck: true } : {}) })),
    fonts,
  );
  const file = StagedFile.open(target);
  try {
    file.write(before);
    let first = true;
    for (const { deckFile } of talks) {
      if (!deckFile) continue;
      if (!first) file.write(',');
      first = false;
      file.write(await fs.readFile(deckFile));
    }
    file.write(after);
  } catch (error) {
    await file.abandon();
    throw error;
  }
  await file.finish();
  return file.length;
}
