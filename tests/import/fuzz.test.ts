// Property: on thousands of generated files (fixed seed) — speeches in every encoding, Markdown, broken .docx, random
// bytes — the importer gives a draft, or an OutlineError with a line; never another exception.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { draftOutline } from '../../src/import/index.ts';
import { OutlineError, parseOutline } from '../../src/outline/index.ts';
import { buildDocx } from './support/docx.ts';
import { prng } from '../support/prng.ts';
import {
  FIRST_NEXT_LAST,
  LEAD_SENTENCES,
  MARKDOWN_HEADINGS,
  NOISY,
  NO_STRUCTURE,
  NUMBERED_HEADINGS,
  ORDINAL_OPENINGS,
} from './support/speeches.ts';
import { storedZip } from './support/zip.ts';

const CASES = 2000;
const random = prng(7_2026_11_27);
const SPEECHES = [
  NUMBERED_HEADINGS,
  ORDINAL_OPENINGS,
  FIRST_NEXT_LAST,
  LEAD_SENTENCES,
  MARKDOWN_HEADINGS,
  NO_STRUCTURE,
  NOISY,
];
const LINES = [
  '---',
  'title: 标题',
  'title: [',
  ':::',
  '::: notes',
  'Note: 备注',
  '# 一、标题',
  '## 小标题',
  '- 要点',
  '1. 第一',
  '> 引用',
  '<script>alert(1)</script>',
  '![图](../../x.png)',
  '[链接](javascript:alert(1))',
  '仅供学习 禁止外传',
  '扫码添加客服微信：abc123',
  '第 3 页',
  '- 3 -',
  '一、',
  '（一）',
  '首先，',
  '最后，',
  '谢谢大家！',
  '',
  '　　',
  '\t',
  '```',
  '|a|b|',
  '{.x}',
  '\\',
  '&#0;',
];

function randomText(count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) {
    const roll = random.next();
    if (roll < 0.5) text += String.fromCharCode(random.int(0x4e00, 0x9fff));
    else if (roll < 0.8) text += String.fromCharCode(random.int(0x20, 0x7e));
    else if (roll < 0.9) text += random.pick(['\n', '\r\n', '\r', '。', '，', '\u3000', '\0', '\uFEFF']);
    else text += String.fromCodePoint(random.int(0, 0x10ffff));
  }
  return text;
}

function speech(): string {
  const lines = random.pick(SPEECHES).split('\n');
  for (let i = random.int(0, 10); i > 0; i--) {
    const at = random.int(0, lines.length);
    const roll = random.next();
    if (roll < 0.4) lines.splice(at, 0, random.pick(LINES));
    else if (roll < 0.6) lines.splice(at, 1);
    else if (roll < 0.8) lines.splice(at, 0, randomText(random.int(1, 60)));
    else lines.splice(at, 0, lines[random.int(0, Math.max(0, lines.length - 1))] ?? '');
  }
  return lines.join(random.pick(['\n', '\r\n', '\r']));
}

function randomBytes(count: number): Uint8Array {
  const bytes = new Uint8Array(count);
  for (let i = 0; i < count; i++) bytes[i] = random.int(0, 255);
  return bytes;
}

function encoded(text: string): Uint8Array {
  switch (random.int(0, 5)) {
    case 0:
      return Buffer.from(text, 'utf8');
    case 1:
      return new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text, 'utf8')]);
    case 2:
      return new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    case 3:
      return Buffer.from(text, 'utf16le');
    case 4:
      return iconv.encode(text, 'gbk');
    default: {
      // A file cut short, or with a few bytes changed: decoding must cope with half characters.
      const bytes = new Uint8Array(iconv.encode(text, random.pick(['utf8', 'gb18030', 'utf16le'])));
      for (let i = random.int(0, 4); i > 0 && bytes.length > 0; i--)
        bytes[random.int(0, bytes.length - 1)] = random.int(0, 255);
      return bytes.subarray(0, random.int(0, bytes.length));
    }
  }
}

function docx(): Uint8Array {
  const roll = random.next();
  if (roll < 0.5) {
    const paragraphs = speech()
      .split(/\r\n?|\n/)
      .map((text) => ({
        text,
        ...(random.next() < 0.1 ? { style: random.pick(['Title', 'Heading1', 'Heading2'] as const) } : {}),
        bold: random.next() < 0.1,
      }));
    return buildDocx(paragraphs);
  }
  if (roll < 0.7) return storedZip({ 'word/document.xml': randomText(random.int(0, 300)) });
  if (roll < 0.85) {
    const good = buildDocx([{ text: '在基层一线锤炼过硬作风' }, { text: '各位同事，我谈几点体会。' }]);
    return good.subarray(0, random.int(0, good.length));
  }
  return randomBytes(random.int(0, 3000));
}

function file(): { bytes: Uint8Array; fileName: string } {
  const roll = random.next();
  if (roll < 0.45) return { bytes: encoded(speech()), fileName: random.pick(['speech.txt', '发言稿.TXT', 'speech']) };
  if (roll < 0.6) return { bytes: encoded(speech()), fileName: 'speech.md' };
  if (roll < 0.75) return { bytes: docx(), fileName: 'speech.docx' };
  if (roll < 0.9) return { bytes: encoded(randomText(random.int(0, 3000))), fileName: random.pick(['x.txt', 'x.md']) };
  return { bytes: randomBytes(random.int(0, 5000)), fileName: random.pick(['x.txt', 'x.md', 'x.docx']) };
}

describe('the importer on generated files', () => {
  it(`drafts an outline that parses, or gives an OutlineError with a line, for ${CASES} files`, async () => {
    const failures: string[] = [];
    let drafted = 0;
    for (let n = 0; n < CASES && failures.length < 5; n++) {
      const input = file();
      try {
        const draft = await draftOutline(input);
        drafted++;
        try {
          parseOutline(draft.markdown, 'draft.md');
        } catch (error) {
          failures.push(
            `case ${n} (${input.fileName}): the draft does not parse: ${error instanceof OutlineError ? error.report() + JSON.stringify(draft.markdown.split('\n')[(error.line ?? 1) - 1]) : String(error)}`,
          );
        }
      } catch (error) {
        if (!(error instanceof OutlineError)) failures.push(`case ${n} (${input.fileName}): ${String(error)}`);
        else if (
          !error.problems.every(
            (p) =>
              (p.line === undefined && p.column === undefined) ||
              (p.line! >= 1 && Number.isInteger(p.line) && Number.isInteger(p.column) && p.column! >= 1),
          )
        ) {
          failures.push(`case ${n} (${input.fileName}): a problem without a line: ${error.report()}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(drafted).toBeGreaterThan(CASES / 4);
  });
});
