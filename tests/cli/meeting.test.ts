// `speechdeck meeting` as an organiser runs it: three outlines and a PDF a speaker sent, bound into one PDF with a
// contents page, a bookmark per talk, page numbers across; a talk that fails is named and the rest still made.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { CHINESE_MACHINE, literally, runSpeechdeck, shown } from '../support/cli.ts';
import { unembeddedFonts } from '../support/pdf.ts';
import { SAMPLE_OUTLINE } from '../support/sample.ts';

const sample = inject('sample');
const cwd = mkdtempSync(path.join(os.tmpdir(), 'speechdeck-meeting-cli-'));
mkdirSync(path.join(cwd, 'slides'));
mkdirSync(path.join(cwd, 'received'));
copyFileSync(SAMPLE_OUTLINE, path.join(cwd, 'slides/qunzhong.md'));
const talk = (title: string, speaker: string) =>
  `---\ntitle: ${title}\nspeaker: ${speaker}\n---\n\n## 一、第一部分\n\n- 要点一\n- 要点二\n\n::: notes\n我讲第一部分。\n:::\n\n## 二、第二部分\n\n- 要点三\n\n::: notes\n我讲第二部分。\n:::\n`;
writeFileSync(path.join(cwd, 'slides/jiceng.md'), talk('把基层治理的功夫下在平时', '李某某'));
writeFileSync(path.join(cwd, 'slides/keji.md'), talk('用数据跑路代替群众跑腿', '王某某'));
copyFileSync(sample.pdf, path.join(cwd, 'received/赵某某.pdf'));
const PROGRAMME = `title: 青年干部理论学习交流会
date: 2026-11-27
organization: 某某单位
bound: slides
talks:
  - outline: slides/qunzhong.md
    duration: 8
  - outline: slides/jiceng.md
  - outline: slides/keji.md
    duration: 1
  - file: received/赵某某.pdf
    speaker: 赵某某
    title: 发来的材料
`;

afterAll(() => rmSync(cwd, { recursive: true, force: true }));

/** `mutool show <pdf> outline`: one line per bookmark, tabs for depth. */
function outline(pdf: string): string[] {
  return execFileSync('mutool', ['show', pdf, 'outline'], { encoding: 'utf8' }).split('\n').filter(Boolean);
}

describe('speechdeck meeting', () => {
  it('binds three outlines and a sent PDF in programme order, with contents, bookmarks and page numbers', async () => {
    writeFileSync(path.join(cwd, 'meeting.yaml'), PROGRAMME);
    const { code, stdout, stderr } = runSpeechdeck(cwd, {}, ['--lang', 'en', 'meeting', 'meeting.yaml']);
    expect(stderr).not.toMatch(/error/i);
    expect(code).toBe(0);
    const pdf = path.join(cwd, 'dist/meeting/meeting.pdf');
    expect(stdout).toMatch(new RegExp(`^${literally(shown('dist/meeting/meeting.pdf'))} {2}\\d+ pages`, 'm'));
    // the meeting's PowerPoint: cover, programme, a divider and the slides of each talk, the sent file's slide
    expect(stdout).toMatch(new RegExp(`^${literally(shown('dist/meeting/meeting.pptx'))} {2}\\d+ slides`, 'm'));
    // the summary: each talk in order, the one over its slot said so
    expect(stdout).toMatch(/1\. 提升做好新时代群众工作的能力 · 张某某 {2}about [\d.]+ min of 8 min;/);
    expect(stdout).toMatch(/3\. 用数据跑路代替群众跑腿 · 王某某/);
    expect(stdout).toMatch(/4\. 发来的材料 · 赵某某 {2}sent file, 21 page/);
    const doc = await PDFDocument.load(readFileSync(pdf));
    // cover, contents, the sample's 21 slides, the two short talks, the 21 pages sent
    expect(doc.getPageCount()).toBeGreaterThan(2 + 21 + 2 + 2 + 21);
    const top = outline(pdf).filter((line) => /^[-|]\t"/.test(line));
    expect(top.map((line) => line.split('"')[1])).toEqual([
      '目录',
      '1. 提升做好新时代群众工作的能力（张某某）',
      '2. 把基层治理的功夫下在平时（李某某）',
      '3. 用数据跑路代替群众跑腿（王某某）',
      '4. 发来的材料（赵某某）',
    ]);
    const pages = top.map((line) => Number(/#page=(\d+)/.exec(line)![1]));
    expect(pages[1]).toBe(3);
    // a talk's parts under it
    expect(outline(pdf).some((line) => /^[-|]\t\t"一、紧跟时代步伐/.test(line))).toBe(true);
    // the contents name each talk's first page; each page after the cover is numbered
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
    for (const [i, title] of [
      '提升做好新时代群众工作的能力',
      '把基层治理的功夫下在平时',
      '用数据跑路代替群众跑腿',
    ].entries())
      expect(text[1]).toMatch(new RegExp(`${title}.*\\s${pages[i + 1]}\\n`));
    expect(text[pages[4]! - 1]).toContain(`- ${pages[4]} -`);
    // every font embedded, the page numbers' too (`pdffonts`: "emb" yes on every line)
    expect(await unembeddedFonts(pdf)).toEqual([]);
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((line) => !/\syes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.test(line))).toEqual([]);
    // the meeting deck: a programme entry jumping to each talk, a divider before each, each outline's deck in it
    const html = readFileSync(path.join(cwd, 'dist/meeting/meeting.html'), 'utf8');
    expect(html.match(/data-jump="\d+"/g)).toHaveLength(4);
    expect(html.match(/class="screen divider"/g)).toHaveLength(4);
    expect(html.match(/<iframe /g)).toHaveLength(3);
    expect(html).toContain('赵某某.pdf');
  });

  it('names a talk that fails with its file and line, makes the rest and exits 1', async () => {
    writeFileSync(path.join(cwd, 'slides/bad.md'), '---\ntitle: 坏的大纲\nduration: 很久\n---\n\n## 一\n\n- 要点\n');
    writeFileSync(
      path.join(cwd, 'meeting.yaml'),
      PROGRAMME.replace('  - outline: slides/keji.md', '  - outline: slides/bad.md\n  - outline: slides/keji.md'),
    );
    const { code, stdout, stderr } = runSpeechdeck(cwd, {}, ['--lang', 'en', 'meeting', 'meeting.yaml']);
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`${literally(shown('slides/bad.md'))}:3`));
    expect(stdout).toMatch(/3\. bad\.md {2}NOT INCLUDED/);
    const top = outline(path.join(cwd, 'dist/meeting/meeting.pdf')).filter((line) => /^[-|]\t"/.test(line));
    expect(top.map((line) => line.split('"')[1]).slice(3)).toEqual([
      '4. 用数据跑路代替群众跑腿（王某某）',
      '5. 发来的材料（赵某某）',
    ]);
  });

  it('stands a page in Chinese, in an embedded font, for a PowerPoint sent where LibreOffice is not found', async () => {
    // LibreOffice is looked for on the PATH: an empty one finds none (node and the browser are named by their paths)
    const nowhere = path.join(cwd, 'no-programs');
    mkdirSync(nowhere, { recursive: true });
    writeFileSync(path.join(cwd, 'received/李某某的交流发言.pptx'), 'not converted: its bytes are never read');
    writeFileSync(
      path.join(cwd, 'sent-pptx.yaml'),
      'title: 交流会\nbound: slides\ntalks:\n  - outline: slides/jiceng.md\n  - file: received/李某某的交流发言.pptx\n    speaker: 李某某\n',
    );
    const { code, stderr } = runSpeechdeck(cwd, { ...CHINESE_MACHINE, PATH: nowhere }, ['meeting', 'sent-pptx.yaml']);
    expect(code).toBe(0);
    expect(stderr).toContain(shown('received/李某某的交流发言.pptx'));
    const pdf = path.join(cwd, 'dist/sent-pptx/sent-pptx.pdf');
    expect(await unembeddedFonts(pdf)).toEqual([]);
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts.filter((line) => !/\syes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.test(line))).toEqual([]);
    // the last page is the stand-in: the file's name read back as it is, in a Chinese sentence
    const pages = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).split('\f');
    const standIn = pages[pages.length - 2]!;
    expect(standIn).toContain('李某某的交流发言.pptx');
    expect(standIn.replace(/李某某的交流发言\.pptx|[\s\d-]/g, '')).toMatch(/^[\p{Script=Han}\p{P}]+$/u);
  });

  it('names a mistake in the meeting file at its line, exit 1', () => {
    writeFileSync(path.join(cwd, 'meeting.yaml'), PROGRAMME.replace('bound: slides', 'bound: both'));
    const { code, stderr } = runSpeechdeck(cwd, {}, ['--lang', 'en', 'meeting', 'meeting.yaml']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/meeting\.yaml:4/);
  });
});
