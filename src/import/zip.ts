// Reading a zip someone else made (a speech's .docx, an organiser's PowerPoint template) within limits: the parts are
// counted from the directory before anything is unpacked, and each part is stopped as soon as it gives more than it
// declared or the total passes the limit, so a "zip bomb" is refused before it fills memory.
import yauzl from 'yauzl';

/** A document unpacks to a few MB, photos included; far more is a zip bomb. */
export const UNPACKED_LIMIT = 100 * 1024 * 1024;
/** A document has tens of parts, a few hundred with many images. */
const MOST_PARTS = 5000;
/** A zip's directory of parts is read without unpacking anything; counting stops here. */
const COUNTED_PARTS = 100 * MOST_PARTS;

/** What was found in a zip refused before it is read: more parts than a document has, or more bytes. */
type ZipExcess =
  | { kind: 'parts'; parts: number; counted: number; limit: number }
  | { kind: 'bytes'; limit: number }
  | { kind: 'understated'; part: string; declared: number; limit: number };

/** Why a zip is refused before it is read: it has (or claims) more than a document does. */
export class ZipTooLarge extends Error {
  constructor(readonly found: ZipExcess) {
    super(
      found.kind === 'parts'
        ? `has ${found.parts} parts`
        : found.kind === 'understated'
          ? `${found.part} unpacks to more than it declares`
          : `unpacks to more than ${Math.round(found.limit / 1024 / 1024)} MB`,
    );
  }

  get limit(): number {
    return this.found.limit;
  }
}

/**
 * Unpacks every part within `limit` bytes: the sizes the zip declares are added up first, then each part is read
 * counting what it really gives. With `keep`, the parts are returned by name; without, only checked (for a reader,
 * such as mammoth's, that trusts the declared sizes and holds everything in memory).
 */
export async function unpackZip(
  buffer: Uint8Array,
  { limit = UNPACKED_LIMIT, keep = true }: { limit?: number; keep?: boolean } = {},
): Promise<Map<string, Uint8Array>> {
  const zip = await yauzl.fromBufferPromise(Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength), {
    validateEntrySizes: false,
  });
  const entries: yauzl.Entry[] = [];
  let declared = 0;
  let parts = 0;
  for await (const entry of zip.eachEntry()) {
    parts++;
    // Counted on (the directory only, nothing unpacked), so the message says how many there are.
    if (parts > MOST_PARTS) {
      if (parts < COUNTED_PARTS && parts < zip.entryCount) continue;
      throw new ZipTooLarge({ kind: 'parts', parts: zip.entryCount, counted: parts, limit: MOST_PARTS });
    }
    entries.push(entry);
    declared += entry.uncompressedSize;
    if (declared > limit) throw new ZipTooLarge({ kind: 'bytes', limit });
  }
  const unpacked = new Map<string, Uint8Array>();
  let total = 0;
  for (const entry of entries) {
    if (entry.fileName.endsWith('/')) continue;
    const chunks: Buffer[] = [];
    let part = 0;
    if (entry.uncompressedSize > 0 || entry.compressedSize > 0) {
      for await (const chunk of await zip.openReadStreamPromise(entry)) {
        part += (chunk as Buffer).length;
        total += (chunk as Buffer).length;
        // Leaving the loop destroys the stream: nothing more is inflated.
        if (part > entry.uncompressedSize)
          throw new ZipTooLarge({ kind: 'understated', part: entry.fileName, declared: entry.uncompressedSize, limit });
        if (total > limit) throw new ZipTooLarge({ kind: 'bytes', limit });
        if (keep) chunks.push(chunk as Buffer);
      }
    }
    if (keep) unpacked.set(entry.fileName, Buffer.concat(chunks, part));
  }
  return unpacked;
}
