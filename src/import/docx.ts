// A .docx → plain lines through mammoth: Word headings become `#` lines, bold-only paragraphs `**…**` lines.
import mammoth from 'mammoth';
import { UNPACKED_LIMIT, unpackZip } from './zip.ts';

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
  // mammoth's unzipper trusts the declared sizes and holds everything in memory, so the zip is checked first.
  await unpackZip(buffer, { limit, keep: false });
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
