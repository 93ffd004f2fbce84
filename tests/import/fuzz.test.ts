// Property (fast-check, which shrinks a failing file to a small one): on thousands of generated files — speeches in
// every encoding, Markdown, broken .docx, random bytes — the importer gives a draft, or an OutlineError with a line;
// never another exception.
import iconv from 'iconv-lite';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftOutline } from '../../src/import/index.ts';
import { OutlineError, parseOutline } from '../../src/outline/index.ts';
import { buildDocx } from './support/docx.ts';
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
const SEED = 720_261_127;
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

const cjk = fc.integer({ min: 0x4e00, max: 0x9fff }).map((code) => String.fromCharCode(code));
const ascii = fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code));
const breaks = fc.constantFrom('\n', '\r\n', '\r', '。', '，', '\u3000', '\0', '\uFEFF');
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code));
const character = fc.oneof(
  { arbitrary: cjk, weight: 5 },
  { arbitrary: ascii, weight: 3 },
  { arbitrary: breaks, weight: 1 },
  { arbitrary: anyCodePoint, weight: 1 },
);
const randomText = (maxLength: number) => fc.array(character, { maxLength }).map((characters) => characters.join(''));

/** One of the sample speeches, with up to ten lines inserted (from LINES, or random text), removed or repeated. */
type Edit = { at: number } & ({ kind: 'insert'; line: string } | { kind: 'remove' } | { kind: 'repeat'; from: number });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ at: fc.nat(), kind: fc.constant('insert' as const), line: fc.constantFrom(...LINES) }),
  fc.record({ at: fc.nat(), kind: fc.constant('remove' as const) }),
  fc.record({ at: fc.nat(), kind: fc.constant('insert' as const), line: randomText(60) }),
  fc.record({ at: fc.nat(), kind: fc.constant('repeat' as const), from: fc.nat() }),
);
const speech = fc
  .tuple(fc.constantFrom(...SPEECHES), fc.array(edit, { maxLength: 10 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([text, edits, lineEnd]) => {
    const lines = text.split('\n');
    for (const change of edits) {
      const at = change.at % (lines.length + 1);
      if (change.kind === 'insert') lines.splice(at, 0, change.line);
      else if (change.kind === 'remove') lines.splice(at, 1);
      else lines.splice(at, 0, lines[change.from % Math.max(1, lines.length)] ?? '');
    }
    return lines.join(lineEnd);
  });

/** The text as a file arrives: UTF-8 with or without BOM, UTF-16 with or without BOM, GBK, or cut short and damaged. */
const encoded = (text: fc.Arbitrary<string>): fc.Arbitrary<Uint8Array> =>
  fc.oneof(
    text.map((t) => new Uint8Array(Buffer.from(t, 'utf8'))),
    text.map((t) => new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(t, 'utf8')])),
    text.map((t) => new Uint8Array([0xff, 0xfe, ...Buffer.from(t, 'utf16le')])),
    text.map((t) => new Uint8Array(Buffer.from(t, 'utf16le'))),
    text.map((t) => new Uint8Array(iconv.encode(t, 'gbk'))),
    // A file cut short, or with a few bytes changed: decoding must cope with half characters.
    fc
      .tuple(
        text,
        fc.constantFrom('utf8', 'gb18030', 'utf16le'),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }),
        fc.nat(),
      )
      .map(([t, encoding, changes, cut]) => {
        const bytes = new Uint8Array(iconv.encode(t, encoding));
        for (const [at, value] of changes) if (bytes.length > 0) bytes[at % bytes.length] = value;
        return bytes.subarray(0, cut % (bytes.length + 1));
      }),
  );

const docx: fc.Arbitrary<Uint8Array> = fc.oneof(
  {
    weight: 10,
    arbitrary: fc
      .tuple(
        speech,
        fc.array(
          fc.tuple(
            fc.oneof(
              { weight: 9, arbitrary: fc.constant(null) },
              { weight: 1, arbitrary: fc.constantFrom('Title' as const, 'Heading1' as const, 'Heading2' as const) },
            ),
            fc.integer({ min: 0, max: 9 }).map((roll) => roll === 0),
          ),
        ),
      )
      .map(([text, styles]) =>
        buildDocx(
          text.split(/\r\n?|\n/).map((line, i) => {
            const [style, bold] = styles[i % Math.max(1, styles.length)] ?? [null, false];
            return { text: line, ...(style ? { style } : {}), bold };
          }),
        ),
      ),
  },
  { weight: 4, arbitrary: randomText(300).map((text) => storedZip({ 'word/document.xml': text })) },
  {
    weight: 3,
    arbitrary: fc.nat().map((cut) => {
      const good = buildDocx([{ text: '在基层一线锤炼过硬作风' }, { text: '各位同事，我谈几点体会。' }]);
      return good.subarray(0, cut % (good.length + 1));
    }),
  },
  { weight: 3, arbitrary: fc.uint8Array({ maxLength: 3000 }) },
);

const file: fc.Arbitrary<{ bytes: Uint8Array; fileName: string }> = fc.oneof(
  {
    weight: 45,
    arbitrary: fc.record({ bytes: encoded(speech), fileName: fc.constantFrom('speech.txt', '发言稿.TXT', 'speech') }),
  },
  { weight: 15, arbitrary: fc.record({ bytes: encoded(speech), fileName: fc.constant('speech.md') }) },
  { weight: 15, arbitrary: fc.record({ bytes: docx, fileName: fc.constant('speech.docx') }) },
  {
    weight: 15,
    arbitrary: fc.record({ bytes: encoded(randomText(3000)), fileName: fc.constantFrom('x.txt', 'x.md') }),
  },
  {
    weight: 10,
    arbitrary: fc.record({
      bytes: fc.uint8Array({ maxLength: 5000 }),
      fileName: fc.constantFrom('x.txt', 'x.md', 'x.docx'),
    }),
  },
);

describe('the importer on generated files', () => {
  it(`drafts an outline that parses, or gives an OutlineError with a line, for ${CASES} files`, async () => {
    let drafted = 0;
    await fc.assert(
      fc.asyncProperty(file, async (input) => {
        let draft: Awaited<ReturnType<typeof draftOutline>>;
        try {
          draft = await draftOutline(input);
        } catch (error) {
          if (!(error instanceof OutlineError)) throw error;
          for (const p of error.problems) {
            if (p.line === undefined && p.column === undefined) continue;
            expect(
              Number.isInteger(p.line) && p.line! >= 1 && Number.isInteger(p.column) && p.column! >= 1,
              `a problem without a line: ${error.report()}`,
            ).toBe(true);
          }
          return;
        }
        drafted++;
        // The draft parses: parseOutline throws, with its report, where it does not.
        parseOutline(draft.markdown, 'draft.md');
      }),
      // A fixed seed keeps CI deterministic; a failure prints its seed and the shrunk file, to replay with `seed`.
      { numRuns: CASES, seed: SEED },
    );
    expect(drafted).toBeGreaterThan(CASES / 4);
    // 2,000 drafts take about a minute of CPU: on a loaded 2-core machine beside another suite, twice the default.
  }, 600_000);
});
