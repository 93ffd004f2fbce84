// The cutting process's entry (started by cutter.ts): cuts faces as the command's process asks, one after another, and
// sends each font back; it leaves when that process closes the channel (or ends). One at a time because a face's
// inflated tables (12 MB for the common characters' file), its TrueType copy and harfbuzz's copy of it are alive while
// it is cut: three faces at once held about 20 MB more at the peak.
import { cutAny, cutSfnt } from './cut.ts';
import type { CutReply, CutRequest } from './cutter.ts';

let previous: Promise<unknown> = Promise.resolve();

process.on('message', (request: CutRequest) => {
  const done = previous.then(() => cut(request));
  previous = done.catch(() => undefined);
  done.then(
    (reply) => process.send?.(reply),
    (error: unknown) =>
      process.send?.({ id: request.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
process.on('disconnect', () => process.exit(0));

async function cut({ id, face, characters, as }: CutRequest): Promise<CutReply> {
  if (as === 'woff2') {
    const { woff2, missing } = await cutAny(face, characters);
    return { id, font: woff2, missing };
  }
  if (face === 'rare' || face === 'box') throw new Error(`the ${face} face is not cut as TrueType`);
  const { font, missing } = await cutSfnt(face, characters);
  return { id, font, missing };
}
