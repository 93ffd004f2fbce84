// The script command: the speaker's script (the notes as continuous text in large type, with slide markers).
import { deckCommand } from './deck.ts';

export function scriptCommand(outlines: string[]): Promise<number> {
  return deckCommand(outlines, { outputs: ['script'] });
}
