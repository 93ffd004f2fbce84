import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, sniffEncoding } from '../../src/import/decode.ts';
import { draftOutline } from '../../src/import/index.ts';
import { OutlineError } from '../../src/outline/error.ts';
import { LEAD_SENTENCES } from './support/speeches.ts';

const bom = (bytes: number[], body: Uint8Array): Uint8Array => new Uint8Array([...bytes, ...body]);
const utf16be = (text: string): Uint8Array => {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
};

describe('decoding a speech file', () => {
  const cases: Array<[string, Uint8Array, string]> = [
    ['UTF-8 without BOM', Buffer.from(LEAD_SENTENCES, 'utf8'), 'utf-8'],
    ['UTF-8 with BOM', bom([0xef, 0xbb, 0xbf], Buffer.from(LEAD_SENTENCES, 'utf8')), 'utf-8'],
    ['UTF-16 LE with BOM', bom([0xff, 0xfe], Buffer.from(LEAD_SENTENCES, 'utf16le')), 'utf-16le'],
    ['UTF-16 BE with BOM', bom([0xfe, 0xff], utf16be(LEAD_SENTENCES)), 'utf-16be'],
    ['GB18030', iconv.encode(LEAD_SENTENCES, 'gb18030'), 'gb18030'],
    ['GBK', iconv.encode(LEAD_SENTENCES, 'gbk'), 'gb18030'],
  ];
  for (const [name, bytes, encoding] of cases) {
    it(`reads ${name} without being told`, async () => {
      const decoded = decodeText(bytes, 'speech.txt');
      expect(decoded.encoding).toBe(encoding);
      expect(decoded.text).toBe(LEAD_SENTENCES);
      const draft = await draftOutline({ bytes, fileName: 'speech.txt' });
      expect(draft.speech.title).toBe('在基层一线锤炼过硬作风');
      expect(draft.speech.parts).toHaveLength(3);
    });
  }

  it('reads BOM-less UTF-16 from its NUL pattern', () => {
    const bytes = Buffer.from('Speech 2025\n提高本领。\n', 'utf16le');
    expect(sniffEncoding(bytes)).toBe('utf-16le');
    expect(decodeText(bytes, 'a.txt').text).toBe('Speech 2025\n提高本领。\n');
  });

  it('normalises Windows line ends, full-width indents and trailing spaces', () => {
    const raw = '标题一行  \r\n\u3000\u3000第一段正文。\u3000\r\n第二段\u3000正文。 \t\r\n';
    expect(decodeText(Buffer.from(raw, 'utf8'), 'a.txt').text).toBe('标题一行\n第一段正文。\n第二段\u3000正文。\n');
  });

  it('removes zero-width watermark characters', () => {
    expect(decodeText(Buffer.from('提\u200b高\u200d本领。', 'utf8'), 'a.txt').text).toBe('提高本领。');
  });

  it('keeps Markdown indentation but not full-width indents', () => {
    expect(decodeText(Buffer.from('- a\n    - b  \n\u3000\u3000正文', 'utf8'), 'a.md', { keepIndent: true }).text).toBe(
      '- a\n    - b\n正文',
    );
  });

  const refusals: Array<[string, Uint8Array, RegExp]> = [
    ['an empty file', new Uint8Array(), /empty/],
    ['a file of blank lines', Buffer.from(' \r\n\u3000\n\n', 'utf8'), /no text/],
    [
      'binary data with NUL bytes',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01]),
      /binary/,
    ],
    [
      'control characters',
      new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))),
      /binary/,
    ],
    ['a PDF', Buffer.from('%PDF-1.7\n...', 'latin1'), /PDF/],
    ['an old .doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), /\.doc/],
  ];
  for (const [name, bytes, message] of refusals) {
    it(`refuses ${name} with a clear error at line 1`, async () => {
      const error = await draftOutline({ bytes, fileName: 'input.txt' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OutlineError);
      const outlineError = error as OutlineError;
      expect(outlineError.message).toMatch(message);
      expect(outlineError.message.startsWith('input.txt  ')).toBe(true);
      expect(outlineError.hint).toBeTruthy();
    });
  }
});

describe('a text file with a few damaged bytes', () => {
  const SPEECH =
    '各位领导、同志们：\n今天我就加强基层治理谈几点体会。\n第一，要把网格建好。网格是基层治理的基本单元，要把网格划细划实。\n第二，要把队伍建强。\n';
  const gbk = iconv.encode(SPEECH, 'gbk');
  /** The bytes with `extra` put in at `at` (a byte offset of the GBK text). */
  const spliced = (bytes: Uint8Array, at: number, extra: number[], drop = 0): Uint8Array =>
    new Uint8Array([...bytes.subarray(0, at), ...extra, ...bytes.subarray(at + drop)]);

  it('is read, with a warning at the damaged line and column, and the line named in the draft', async () => {
    // a byte no GBK character starts with, after "今" on line 2 (9 characters and a newline are 19 bytes)
    const bytes = spliced(gbk, 21, [0xff]);
    const draft = await draftOutline({ bytes, fileName: 'jiceng.txt' });
    expect(draft.warnings).toEqual([expect.objectContaining({ line: 2, column: 2 })]);
    expect(draft.warnings[0]?.message).toMatch(
      /cannot be read \(damaged bytes\).*check this line against the original/u,
    );
    expect(draft.markdown).toContain('  jiceng.txt:2:2  有 1 个字符无法识别');
    expect(draft.speech.parts.map((p) => p.heading)).toEqual(['要把网格建好', '要把队伍建强']);
  });

  it('warns also where a broken character garbles the characters after it', async () => {
    // a lead byte with its second byte lost: the rest of the line pairs up wrongly until the line ends
    const bytes = spliced(gbk, 21, [0xd6, 0x20]);
    const { warnings, markdown } = await draftOutline({ bytes, fileName: 'a.txt' });
    expect(warnings.map((w) => w.line)).toEqual([2]);
    expect(markdown).toContain('要把网格划细划实');
  });

  it('keeps UTF-8 with a byte lost as UTF-8, so only that character is lost', async () => {
    const utf8 = Buffer.from(SPEECH, 'utf8');
    const bytes = spliced(utf8, 31, [], 1);
    expect(sniffEncoding(bytes)).toBe('utf-8');
    const { warnings, markdown } = await draftOutline({ bytes, fileName: 'a.txt' });
    expect(warnings.map((w) => w.line)).toEqual([2]);
    expect(markdown).toContain('第一，要把网格建好。');
  });

  it('is refused when more than a few characters are damaged, at the first of them', async () => {
    let bytes: Uint8Array = gbk;
    for (const at of [60, 41, 21]) bytes = spliced(bytes, at, [0xff, 0xff]);
    const error = await draftOutline({ bytes, fileName: 'a.txt' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutlineError);
    expect((error as OutlineError).message).toMatch(
      /^a\.txt:2:2 {2}6 characters cannot be read as GB18030 on 2 lines, the first here: the file is damaged or in another encoding\./u,
    );
    expect((error as OutlineError).hint).toMatch(/save it as UTF-8/u);
  });
});
