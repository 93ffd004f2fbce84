// PDF syntax as text (PDF 1.7, 7.2–7.3): the bytes of a file as characters and back, a dictionary's entries, where a
// value ends, references, and text strings written and read. What reading and writing a PDF's objects both use.

/** PDF syntax is bytes: each byte is read as the character of the same number (ISO 8859-1, which Node's
 *  `latin1` is; the WHATWG decoder of that name is windows-1252, which would change 0x80–0x9F), and written back
 *  the same way, so a byte that passes through the update comes out as it went in. */
export const pdfBytes = {
  text(bytes: Uint8Array): string {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  },
  of(text: string): Uint8Array {
    // Everything we write is read from the file (so below 256) or ASCII; anything else is a bug, never a guess.
    if (/[^\u0000-\u00ff]/.test(text)) throw new Error('a PDF object holds a character that is not a byte');
    return Buffer.from(text, 'latin1');
  },
};

/** A dictionary's text from its entries (`/Key value` each). */
export function dictText(entries: string[]): string {
  return `<<\n${entries.join('\n')}\n>>`;
}

/** A text string as UTF-16BE hex with a byte order mark: any language, ASCII bytes only. */
export function pdfText(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/** `12 0 R` → 12 */
export function refNumber(value: string | undefined): number | undefined {
  const match = /^(\d+)\s+\d+\s+R$/.exec(value?.trim() ?? '');
  return match ? Number(match[1]) : undefined;
}

/** The entries of a dictionary `<< /Key value … >>`, each value as its raw text (nested dictionaries, arrays and
 *  strings kept whole). */
export function parseDict(text: string): Map<string, string> {
  const entries = new Map<string, string>();
  const source = text.trim();
  if (!source.startsWith('<<')) throw new Error('not a dictionary');
  let at = 2;
  const end = matchingEnd(source, 0);
  const skipSpace = () => {
    while (at < end && /\s/.test(source[at]!)) at++;
  };
  for (;;) {
    skipSpace();
    if (at >= end - 2 || source.startsWith('>>', at)) break;
    const key = /^\/([^\s/<>[\]()]+)/.exec(source.slice(at, at + 128));
    if (!key) throw new Error('a dictionary key was expected');
    at += key[0].length;
    skipSpace();
    const valueEnd = valueEndAt(source, at);
    entries.set(key[1]!, source.slice(at, valueEnd).trim());
    at = valueEnd;
  }
  return entries;
}

/** Where the value starting at `at` ends: after a nested <<>>, [], (), <hex>, or at the next delimiter. */
function valueEndAt(source: string, at: number): number {
  const c = source[at];
  if (source.startsWith('<<', at) || c === '[' || c === '(' || c === '<') return matchingEnd(source, at);
  if (c === '/') {
    const name = /^\/[^\s/<>[\]()]*/.exec(source.slice(at, at + 128))!;
    return at + name[0].length;
  }
  // A number, a boolean, null or a reference `12 0 R`.
  const plain = /^(\d+\s+\d+\s+R\b|[^\s/<>[\]()]+)/.exec(source.slice(at, at + 64));
  if (!plain) throw new Error('a value was expected');
  return at + plain[0].length;
}

/** The index just past the construct that opens at `at` (<<…>>, […], (…) with escapes, <hex>). */
export function matchingEnd(source: string, at: number): number {
  let depth = 0;
  for (let i = at; i < source.length; i++) {
    const c = source[i]!;
    if (c === '(') {
      i = stringEnd(source, i) - 1;
      if (depth === 0) return i + 1;
      continue;
    }
    if (c === '<' && source[i + 1] === '<') {
      depth++;
      i++;
    } else if (c === '[') {
      depth++;
    } else if ((c === '>' && source[i + 1] === '>') || c === ']') {
      depth--;
      if (c === '>') i++;
      if (depth === 0) return i + 1;
    } else if (c === '<') {
      const close = source.indexOf('>', i);
      if (close < 0) throw new Error('unterminated hex string');
      if (depth === 0) return close + 1;
      i = close;
    }
  }
  throw new Error('unterminated value');
}

/** Just past a literal string `( … )`, balanced parentheses and backslash escapes allowed. */
function stringEnd(source: string, at: number): number {
  let depth = 0;
  for (let i = at; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  throw new Error('unterminated string');
}

/** A PDF text string (hex or literal, UTF-16BE with a BOM or PDFDocEncoding treated as Latin-1) as text. */
export function decodePdfString(raw: string): string {
  let bytes: number[];
  if (raw.startsWith('<')) {
    const hex = raw.slice(1, -1).replace(/\s+/g, '');
    bytes = [];
    for (let i = 0; i < hex.length; i += 2) bytes.push(parseInt(hex.slice(i, i + 2).padEnd(2, '0'), 16));
  } else {
    bytes = literalBytes(raw.slice(1, -1));
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    let text = '';
    for (let i = 2; i + 1 < bytes.length; i += 2) text += String.fromCharCode((bytes[i]! << 8) | bytes[i + 1]!);
    return text;
  }
  return String.fromCharCode(...bytes);
}

function literalBytes(body: string): number[] {
  const bytes: number[] = [];
  const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      bytes.push(c.charCodeAt(0) & 0xff);
      continue;
    }
    const n = body[++i] ?? '';
    if (n in escapes) bytes.push(escapes[n]!);
    else if (/[0-7]/.test(n)) {
      const octal = /^[0-7]{1,3}/.exec(body.slice(i))![0];
      bytes.push(parseInt(octal, 8) & 0xff);
      i += octal.length - 1;
    } else if (n === '\r' && body[i + 1] === '\n') i++;
    // a backslash before a line break continues the line; before anything else it is dropped
  }
  return bytes;
}
