// A .docx → plain lines through mammoth: Word headings become `#` lines, bold-only paragraphs `**…**` lines.
import mammoth from 'mammoth';
import yauzl from 'yauzl';

/** A speech's Word document unpacks to a few MB, photos included; far more is a zip bomb, refused before mammoth unpacks it. */
const UNPACKED_LIMIT = 100 * 1024 * 1024;
/** A document has tens of parts, a few hundred with many images. */
const MOST_PARTS = 5000;

/** A zip's directory of parts is read without unpacking anything; counting stops here. */
const COUNTED_PARTS = 100 * MOST_PARTS;

/** What was found in a .docx refused before it is read: more parts than a document has, or more bytes. */
export type DocxExcess =
  | { kind: 'parts'; parts: number; counted: number; limit: number }
  | { kind: 'bytes'; limit: number }
  | { kind: 'understated'; part: string; declared: number; limit: number };

/** Why a .docx is refused before it is read: it has (or claims) more than a document does. */
export class DocxTooLarge extends Error {
  constructor(readonly found: DocxExcess) {
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

const STYLE_MAP = [
  "p[style-name='Title'] => h1.document-title:fresh",
  "p[style-name='标题'] => h1.document-title:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='副标题'] => p:fresh",
];

/**
 * The document's paragraphs, one per line, in the heading and bold markers the structure step reads.
 * A paragraph in Word's Title style becomes the one `#` line, and Heading 1, 2 … go one level down.
 */
export async function docxToText(buffer: Uint8Array, limit = UNPACKED_LIMIT): Promise<string> {
  await checkUnpackedSize(buffer, limit);
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(buffer) },
    {
      styleMap: STYLE_MAP,
      // Images are not part of the speech's words; don't inline them as data URIs.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    },
  );
  return htmlToLines(result.value).join('\n');
}

/**
 * Unpack every part without keeping it, counting bytes: the sizes the zip declares are added up first, and each
 * part is stopped as soon as it gives more than it declared (a bomb that lies about its size) or the total passes
 * the limit. mammoth's unzipper trusts the declared sizes and holds everything in memory, so this runs first.
 */
async function checkUnpackedSize(buffer: Uint8Array, limit: number): Promise<void> {
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
      throw new DocxTooLarge({ kind: 'parts', parts: zip.entryCount, counted: parts, limit: MOST_PARTS });
    }
    entries.push(entry);
    declared += entry.uncompressedSize;
    if (declared > limit) throw new DocxTooLarge({ kind: 'bytes', limit });
  }
  let unpacked = 0;
  for (const entry of entries) {
    if (entry.uncompressedSize === 0 && entry.compressedSize === 0) continue;
    let part = 0;
    for await (const chunk of await zip.openReadStreamPromise(entry)) {
      part += (chunk as Buffer).length;
      unpacked += (chunk as Buffer).length;
      // Leaving the loop destroys the stream: nothing more is inflated.
      if (part > entry.uncompressedSize)
        throw new DocxTooLarge({ kind: 'understated', part: entry.fileName, declared: entry.uncompressedSize, limit });
      if (unpacked > limit) throw new DocxTooLarge({ kind: 'bytes', limit });
    }
  }
}

interface Block {
  tag: string;
  title: boolean;
  runs: Array<{ text: string; bold: boolean }>;
}

const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'blockquote']);

/** mammoth's HTML is flat and well-formed: a tag scanner is enough, no DOM needed. */
export function htmlToLines(html: string): string[] {
  const blocks: Block[] = [];
  let block: Block | undefined;
  let bold = 0;
  const flush = (): void => {
    if (block) blocks.push(block);
    block = undefined;
  };
  for (const token of html.split(/(<[^>]+>)/)) {
    const tag = /^<(\/?)([a-zA-Z0-9]+)([^>]*?)(\/?)>$/.exec(token);
    if (!tag) {
      if (token === '') continue;
      block ??= { tag: 'p', title: false, runs: [] };
      block.runs.push({ text: decodeEntities(token), bold: bold > 0 });
      continue;
    }
    const [, closing, rawName, attributes] = tag;
    const name = (rawName ?? '').toLowerCase();
    if (BLOCK_TAGS.has(name)) {
      flush();
      if (!closing) block = { tag: name, title: /class="document-title"/.test(attributes ?? ''), runs: [] };
    } else if (name === 'strong' || name === 'b') {
      bold += closing ? -1 : 1;
    } else if (name === 'br') {
      // A manual line break inside a paragraph: keep it a line of its own.
      const current = block;
      flush();
      if (current) block = { tag: current.tag, title: current.title, runs: [] };
    }
  }
  flush();
  const shift = blocks.some((b) => b.title) ? 1 : 0;
  return blocks.flatMap((b) => blockToLines(b, shift));
}

function blockToLines(block: Block, shift: number): string[] {
  const text = block.runs
    .map((r) => r.text)
    .join('')
    .replace(/\s+$/u, '')
    .replace(/^[\s\u3000]+/u, '');
  if (text === '') return [];
  if (block.title) return [`# ${text}`];
  const heading = /^h([1-6])$/.exec(block.tag);
  if (heading) return [`${'#'.repeat(Math.min(6, Number(heading[1]) + shift))} ${text}`];
  const visible = block.runs.filter((r) => r.text.trim() !== '');
  if (visible.length > 0 && visible.every((r) => r.bold)) return [`**${text}**`];
  return [text];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
