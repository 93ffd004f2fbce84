import { describe, expect, it } from 'vitest';
import { docxToText, htmlToLines } from '../../src/import/docx.ts';
import { draftOutline } from '../../src/import/index.ts';
import { OutlineError } from '../../src/outline/error.ts';
import { parseOutline } from '../../src/outline/index.ts';
import { crc32, deflateRawSync } from 'node:zlib';
import { buildDocx, docxParts } from './support/docx.ts';
import { notesInOrder } from './support/outline.ts';
import { deflatedZeros, zipOf, type ZipEntry } from './support/zip.ts';

const SPEECH = buildDocx([
  { text: '守正创新 做好新时代宣传工作', style: 'Title' },
  { text: '区委宣传部 王芳 2025年6月2日' },
  { text: '宣传工作是一项凝聚人心的工作。今天我结合工作实际谈两点体会。' },
  { text: '一、讲好身边的故事', style: 'Heading1' },
  { text: '挖掘身边典型', bold: true },
  { text: '要走进社区、走进车间，把普通人的感人事迹发掘出来，用真实的细节打动人。' },
  { text: '用好新媒体平台', bold: true },
  { text: '短视频和直播让传播更快更广，要研究传播规律，让正能量有流量。' },
  { text: '二、建强宣传队伍', style: 'Heading1' },
  { text: '队伍是做好宣传工作的关键。要加强业务培训，鼓励年轻同志多写多练，在实践中提高本领。' },
  { text: '谢谢大家！' },
]);

describe('importing a .docx', () => {
  it('turns the Title into the `#` line, Word headings into `##` lines and bold-only paragraphs into `**` lines', async () => {
    const text = await docxToText(SPEECH);
    expect(text.split('\n').slice(0, 5)).toEqual([
      '# 守正创新 做好新时代宣传工作',
      '区委宣传部 王芳 2025年6月2日',
      '宣传工作是一项凝聚人心的工作。今天我结合工作实际谈两点体会。',
      '## 一、讲好身边的故事',
      '**挖掘身边典型**',
    ]);
  });

  it('keeps the document’s title, speaker, parts and bold sub-headings in the draft', async () => {
    const draft = await draftOutline({ bytes: SPEECH, fileName: 'xuanchuan.docx' });
    const outline = parseOutline(draft.markdown, 'xuanchuan.md');
    expect(outline.meta.title).toBe('守正创新 做好新时代宣传工作');
    expect(outline.meta.speaker).toBe('王芳');
    expect(outline.meta.organization).toBe('区委宣传部');
    expect(outline.meta.date).toBe('2025-06-02');
    expect(outline.parts.map((p) => p.title)).toEqual(['讲好身边的故事', '建强宣传队伍']);
    expect(outline.parts[0]?.slides.map((s) => s.title)).toEqual(['挖掘身边典型', '用好新媒体平台']);
    const notes = notesInOrder(outline);
    expect(notes).toContain('短视频和直播让传播更快更广，要研究传播规律，让正能量有流量。');
    expect(notes.endsWith('谢谢大家！')).toBe(true);
  });

  it('reads paragraphs split by manual line breaks and decodes entities', () => {
    expect(
      htmlToLines('<p>甲 &amp; 乙<br />丙 &lt;丁&gt;</p><h2>节</h2><p><strong>粗</strong> <strong>体</strong></p>'),
    ).toEqual(['甲 & 乙', '丙 <丁>', '## 节', '**粗 体**']);
  });

  it('says so when a .docx is really an old .doc', async () => {
    const error = await draftOutline({
      bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      fileName: 'old.docx',
    }).catch((e: unknown) => e);
    expect((error as OutlineError).message).toMatch(/^old\.docx {2}this is an old Word \(\.doc\)/);
    expect((error as OutlineError).hint).toMatch(/save it as \.docx/);
  });

  it('refuses a .docx that is not a Word document, with a clear error', async () => {
    const error = await draftOutline({ bytes: Buffer.from('not a zip at all'), fileName: 'broken.docx' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(OutlineError);
    expect((error as OutlineError).message).toMatch(/^broken\.docx {2}this \.docx cannot be read/);
  });
});

/** A Word document whose main part is `document` as given (deflated bytes and the size they claim); the other parts stored. */
function docxWith(document: { data: Uint8Array; size: number; crc?: number }): Uint8Array {
  const parts = docxParts([{ text: '题目' }]);
  const entries: ZipEntry[] = Object.entries(parts).map(([name, text]) => {
    if (name === 'word/document.xml')
      return { name, method: 8, data: document.data, size: document.size, crc: document.crc ?? 0 };
    const data = Buffer.from(text, 'utf8');
    return { name, method: 0, data, size: data.length, crc: crc32(data) };
  });
  return zipOf(entries);
}

describe('a .docx that unpacks to far more than a document (a zip bomb)', () => {
  const refusal = /^bomb\.docx {2}this \.docx unpacks to more than 100 MB: far more than a Word document holds/u;

  it('is refused from the sizes it declares, before anything is unpacked', async () => {
    // about 1 MB on disk, 1 GB unpacked, and honest about it
    const error = await draftOutline({
      bytes: docxWith({ data: deflatedZeros(1024), size: 1024 * 1024 * 1024 }),
      fileName: 'bomb.docx',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutlineError);
    expect((error as OutlineError).message).toMatch(refusal);
    expect((error as OutlineError).hint).toMatch(/copy the speech into a \.txt file/u);
  });

  it('is refused when a part unpacks to more than it declares, as soon as it does, naming the part', async () => {
    // claims 20 KB, unpacks to 200 MB: unzippers that trust the declared size hold it all in memory
    const error = await draftOutline({
      bytes: docxWith({ data: deflatedZeros(200), size: 20 * 1024 }),
      fileName: 'bomb.docx',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutlineError);
    expect((error as OutlineError).message).toMatch(
      /^bomb\.docx {2}this \.docx's part word\/document\.xml unpacks to more than the 20 KB it declares/u,
    );
  });

  it('is refused for having far more parts than a document, saying how many it has, not a size', async () => {
    const parts = docxParts([{ text: '题目' }]);
    const entries: ZipEntry[] = Object.entries(parts).map(([name, text]) => {
      const data = Buffer.from(text, 'utf8');
      return { name, method: 0, data, size: data.length, crc: crc32(data) };
    });
    const empty = Buffer.alloc(0);
    for (let i = 0; i < 10_000; i++)
      entries.push({ name: `word/media/p${i}.bin`, method: 0, data: empty, size: 0, crc: 0 });
    const error = (await draftOutline({ bytes: zipOf(entries), fileName: 'many.docx' }).catch(
      (e: unknown) => e,
    )) as OutlineError;
    expect(error).toBeInstanceOf(OutlineError);
    expect(error.message).toMatch(
      new RegExp(
        `^many\\.docx {2}this \\.docx holds ${entries.length} parts \\(files inside it\\), more than the 5000`,
        'u',
      ),
    );
    expect(error.message).not.toMatch(/MB/);
  });

  it('leaves an ordinary compressed document alone', async () => {
    const xml =
      docxParts([{ text: '把工作做实做细', style: 'Title' }, { text: '要把群众的事当成自己的事。' }])[
        'word/document.xml'
      ] ?? '';
    const data = Buffer.from(xml, 'utf8');
    const draft = await draftOutline({
      bytes: docxWith({ data: deflateRawSync(data), size: data.length, crc: crc32(data) }),
      fileName: 'ok.docx',
    });
    expect(draft.speech.title).toBe('把工作做实做细');
  });
});
