// Bytes of a .txt or .md file → normalised text: UTF-8, UTF-16 or GB18030 sniffed, binary refused.
import iconv from 'iconv-lite';
import { OutlineError } from '../outline/error.ts';
import { say } from '../messages/index.ts';
import type { MessageKey } from '../messages/index.ts';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** A place where the bytes could not be read: its line and column in the decoded text, and how many characters. */
interface Damage {
  line: number;
  column: number;
  count: number;
}

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** Lines with characters that could not be decoded (a few at most: more are refused). */
  damaged: Damage[];
}

const START = { line: 1, column: 1 };
/** A few damaged bytes are worth a warning at their line; more mean a wrong or broken file, refused. */
const FEW = 3;

/** Decode a text file whose encoding nobody told us, then normalise its lines. */
export function decodeText(bytes: Uint8Array, file: string, options: { keepIndent?: boolean } = {}): Decoded {
  if (bytes.length === 0) throw OutlineError.about(file, say('speechEmpty'), say('speechTextFix', false));
  refuseKnownBinary(bytes, file);
  const encoding = sniffEncoding(bytes);
  if (encoding === undefined) throw OutlineError.about(file, say('binaryFile'), say('binaryFileFix'));
  const raw = decodeAs(bytes, encoding);
  if (controlShare(raw) > 0.02) throw OutlineError.about(file, say('binaryFile'), say('binaryFileFix'));
  const text = normaliseText(raw, options.keepIndent ?? false);
  const damaged = damagedLines(text);
  const unreadable = damaged.reduce((sum, d) => sum + d.count, 0);
  if (unreadable > FEW) {
    throw OutlineError.at(
      file,
      damaged[0] ?? START,
      say('undecodable', unreadable, encoding.toUpperCase(), damaged.length),
      say('saveAsUtf8Fix'),
    );
  }
  if (text.trim() === '') throw OutlineError.about(file, say('speechNoText', false), say('speechTextFix', false));
  return { text, encoding, damaged };
}

/** Where the decoder put U+FFFD for bytes it could not read, line by line. */
function damagedLines(text: string): Damage[] {
  const damaged: Damage[] = [];
  text.split('\n').forEach((line, i) => {
    const chars = [...line];
    const count = chars.filter((ch) => ch === '\uFFFD').length;
    if (count > 0) damaged.push({ line: i + 1, column: chars.indexOf('\uFFFD') + 1, count });
  });
  return damaged;
}

/** BOM first, then strict UTF-8, then a BOM-less UTF-16 NUL pattern, then GB18030; undefined when the bytes are binary. */
export function sniffEncoding(bytes: Uint8Array): Encoding | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const utf16 = utf16ByNulPattern(bytes);
  if (utf16) return utf16;
  if (bytes.includes(0)) return undefined;
  if (isUtf8(bytes) || isDamagedUtf8(bytes)) return 'utf-8';
  return 'gb18030';
}

/**
 * UTF-8 with a few broken bytes (a file cut or damaged in transit): nearly every character still decodes.
 * GBK read as UTF-8 breaks at almost every Chinese character, so the two are far apart.
 */
function isDamagedUtf8(bytes: Uint8Array): boolean {
  let broken = 0;
  let wide = 0;
  for (const ch of new TextDecoder('utf-8').decode(bytes)) {
    if (ch === '\uFFFD') broken++;
    else if ((ch.codePointAt(0) ?? 0) > 0x7f) wide++;
  }
  return wide >= 10 && broken * 20 <= wide;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** UTF-16 without BOM: ASCII characters put their NUL bytes all on the same side. */
function utf16ByNulPattern(bytes: Uint8Array): Encoding | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = bytes.length / 2;
  if (oddNul > pairs * 0.2 && evenNul === 0) return 'utf-16le';
  if (evenNul > pairs * 0.2 && oddNul === 0) return 'utf-16be';
  return undefined;
}

function decodeAs(bytes: Uint8Array, encoding: Encoding): string {
  if (encoding === 'gb18030') return iconv.decode(Buffer.from(bytes), 'gb18030');
  // TextDecoder drops the BOM itself (ignoreBOM defaults to false).
  return new TextDecoder(encoding).decode(bytes);
}

/** Share of characters that no text file holds (C0 controls other than tab, newlines and form feed). */
function controlShare(text: string): number {
  if (text.length === 0) return 0;
  let controls = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if ((code < 0x20 && ch !== '\t' && ch !== '\n' && ch !== '\r' && ch !== '\f') || code === 0x7f) controls++;
  }
  return controls / text.length;
}

const MAGIC: Array<{ bytes: number[]; message: MessageKey & `${string}File`; hint: MessageKey & `${string}FileFix` }> =
  [
    { bytes: [0x25, 0x50, 0x44, 0x46], message: 'pdfFile', hint: 'pdfFileFix' },
    { bytes: [0xd0, 0xcf, 0x11, 0xe0], message: 'oldWordFile', hint: 'oldWordFileFix' },
    { bytes: [0x50, 0x4b, 0x03, 0x04], message: 'zipFile', hint: 'zipFileFix' },
  ];

/** Refuse a PDF, an old .doc or a zip archive by its first bytes, saying what it is and what to do. */
export function refuseKnownBinary(bytes: Uint8Array, file: string, except?: 'zip'): void {
  for (const magic of MAGIC) {
    if (except === 'zip' && magic.bytes[0] === 0x50) continue;
    if (magic.bytes.every((b, i) => bytes[i] === b))
      throw OutlineError.about(file, say(magic.message), say(magic.hint));
  }
}

/** Unix newlines, no zero-width watermark characters, no full-width or trailing spaces at line ends; indents kept only in Markdown. */
export function normaliseText(text: string, keepIndent = false): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .split('\n')
    .map((line) => {
      const trimmedEnd = line.replace(/[\s\u3000\u00A0]+$/u, '');
      return keepIndent ? trimmedEnd.replace(/^\u3000+/u, '') : trimmedEnd.replace(/^[\s\u3000\u00A0]+/u, '');
    })
    .join('\n');
}
