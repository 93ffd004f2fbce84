// The outline as the editor reads and writes it: the page edits text with `\n` line ends and no BOM; the file keeps
// its own form (UTF-8 or UTF-16, a BOM or none, CRLF or LF), so a save changes only what the speaker changed.

type OutlineEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** How a file is written, apart from its text. */
export interface OutlineForm {
  encoding: OutlineEncoding;
  bom: boolean;
  lineEnd: '\r\n' | '\n' | '\r';
}

/** The form of a file's bytes; text that cannot be decoded is the loader's to report (see readOutlineText). */
export function outlineForm(bytes: Uint8Array): OutlineForm {
  const encoding: OutlineEncoding =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  const bom = encoding !== 'utf-8' || (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf);
  return { encoding, bom, lineEnd: lineEndOf(decodeOutline(bytes, encoding)) };
}

/** The line end most lines of `text` use (a file of one line: `\n`). */
export function lineEndOf(text: string): OutlineForm['lineEnd'] {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (const match of text.matchAll(/\r\n|\n|\r/g)) {
    if (match[0] === '\r\n') crlf++;
    else if (match[0] === '\n') lf++;
    else cr++;
  }
  if (crlf > lf && crlf >= cr) return '\r\n';
  if (cr > lf && cr > crlf) return '\r';
  return '\n';
}

/** The file's text as the page edits it: no BOM, every line end `\n`. */
export function editedText(bytes: Uint8Array): string {
  return decodeOutline(bytes, outlineForm(bytes).encoding)
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n');
}

/** The bytes of the page's text written in `form`. */
export function fileBytes(text: string, form: OutlineForm): Buffer {
  const lines = text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  const written = (form.bom ? '\uFEFF' : '') + (form.lineEnd === '\n' ? lines : lines.replace(/\n/g, form.lineEnd));
  if (form.encoding === 'utf-8') return Buffer.from(written, 'utf8');
  const little = Buffer.from(written, 'utf16le');
  return form.encoding === 'utf-16le' ? little : little.swap16();
}

function decodeOutline(bytes: Uint8Array, encoding: OutlineEncoding): string {
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}
