// The meeting's bound PDF (材料汇编): a cover, a table of contents with page numbers, then each talk's handout or
// slides and each sent PDF, on A4, with a bookmark per talk (its parts under it) and one page number across the
// whole. The cover and contents are laid out by the browser; the rest is put together with pdf-lib.
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import fs from 'node:fs/promises';
import { PDFDocument, StandardFonts, grayscale } from 'pdf-lib';
import type { PDFPage } from 'pdf-lib';
import { chineseDate, escapeHtml } from '../../deck/index.ts';
import { SLIDE_FACES } from '../../fonts/index.ts';
import { characterSet } from '../../fonts/text.ts';
import { writeFileAtomically } from '../../files/atomic.ts';
import { newPage } from '../browser/launch.ts';
import { timeLimit, withTimeout } from '../page.ts';
import { paperFonts, withPaperPage } from '../pdf/paper.ts';
import { readOutline, writeBookmarks } from '../pdf/file/pdf-lib.ts';
import type { Bookmark } from '../pdf/bookmarks.ts';
import type { Meeting } from '../../meeting/file.ts';

/** A talk as it goes into the bound PDF. */
export interface BoundTalk {
  title: string;
  speaker?: string;
  /** Its PDF (a handout, slides or a file sent), as bytes or the path of a file read when its pages are added; or
   *  undefined when it failed: named in the contents, no pages. */
  pdf?: Uint8Array | string;
  /** Its PDF's page count, where known (else the PDF is read to count them). */
  pages?: number;
  /** Its bookmarks as a tree whose entries, in order, are those of the PDF's own outline (their pages are read from
   *  it); none for a file sent. */
  outline?: Bookmark[];
}

/** A4 in points, portrait. */
const A4 = { width: 595.28, height: 841.89 } as const;
/** The margin a page from elsewhere is fitted into, leaving room for the page number below it. */
const MARGIN = 36;

export async function writeBoundPdf(
  browser: Browser,
  meeting: Meeting,
  talks: BoundTalk[],
  target: string,
  what: string,
): Promise<{ path: string; pages: number; bytes: number }> {
  // Each talk's PDF is read when its pages are added, and let go after: a meeting's talks are never held read all at
  // once (30 talks' handouts, read by pdf-lib, were the largest part of the meeting's memory).
  const counts = await Promise.all(
    talks.map(async (talk) =>
      !talk.pdf
        ? 0
        : (talk.pages ?? (await PDFDocument.load(await pdfOf(talk.pdf), { updateMetadata: false })).getPageCount()),
    ),
  );
  // The contents name the page each talk starts on, which depends on how many pages the front matter takes: laid out
  // once to count them, then again with the numbers (the same entries, so the same number of pages).
  let front = await frontMatter(browser, meeting, talks, [], target, what);
  let frontPages = (await PDFDocument.load(front)).getPageCount();
  const starts: number[] = [];
  let next = frontPages + 1;
  for (const count of counts) {
    starts.push(next);
    next += count;
  }
  front = await frontMatter(browser, meeting, talks, starts, target, what);
  const doc = await PDFDocument.load(front);
  frontPages = doc.getPageCount();
  doc.setTitle(meeting.title, { showInWindowTitleBar: true });
  if (meeting.organization) doc.setAuthor(meeting.organization);
  doc.setSubject('材料汇编');
  doc.setCreator('speechdeck');
  doc.setLanguage('zh-CN');
  const bookmarks: Bookmark[] = [{ title: '目录', page: 1, children: [] }];
  for (const [i, talk] of talks.entries()) {
    if (!talk.pdf) continue;
    const source = await PDFDocument.load(await pdfOf(talk.pdf));
    const first = doc.getPageCount();
    await appendPages(doc, source);
    const children = talk.outline ? placed(talk.outline, readOutline(source), first) : [];
    bookmarks.push({ title: talkHeading(i, talk), page: first, children });
  }
  await numberPages(doc, 1);
  writeBookmarks(doc, bookmarks);
  const bytes = await doc.save({ useObjectStreams: true });
  await writeFileAtomically(target, bytes);
  return { path: target, pages: doc.getPageCount(), bytes: bytes.length };
}

/** A talk's PDF: its bytes, read from its file when it is one. */
function pdfOf(pdf: Uint8Array | string): Promise<Uint8Array> {
  return typeof pdf === 'string' ? fs.readFile(pdf) : Promise.resolve(pdf);
}

/** "1. 题目（张某某）" */
function talkHeading(index: number, talk: BoundTalk): string {
  return `${index + 1}. ${talk.title}${talk.speaker ? `（${talk.speaker}）` : ''}`;
}

/** The talk's bookmark tree with the pages of its PDF's own outline, in order, moved by `offset`; none when the two
 *  disagree (better no bookmarks under a talk than wrong ones). */
function placed(tree: Bookmark[], outline: Array<{ page: number }>, offset: number): Bookmark[] {
  let index = 0;
  let agrees = true;
  const walk = (items: Bookmark[]): Bookmark[] =>
    items.map((item) => {
      const found = outline[index++];
      if (!found) agrees = false;
      return { title: item.title, page: (found?.page ?? 0) + offset, children: walk(item.children) };
    });
  const result = walk(tree);
  return agrees && index === outline.length ? result : [];
}

/** The source's pages: an A4 page as it is; any other page (slides, a sent file's) fitted onto an A4 sheet of its
 *  orientation, within a margin, so the bound volume prints on one paper. */
async function appendPages(doc: PDFDocument, source: PDFDocument): Promise<void> {
  const pages = source.getPages();
  const a4 = pages.map((page) => isA4(page));
  const copied = await doc.copyPages(
    source,
    pages.map((_, i) => i).filter((i) => a4[i]),
  );
  let c = 0;
  for (const [i, page] of pages.entries()) {
    if (a4[i]) {
      doc.addPage(copied[c++]!);
      continue;
    }
    const { width, height } = page.getSize();
    const landscape = width > height;
    const sheet = doc.addPage(landscape ? [A4.height, A4.width] : [A4.width, A4.height]);
    const room = { width: sheet.getWidth() - 2 * MARGIN, height: sheet.getHeight() - 2 * MARGIN - 12 };
    const scale = Math.min(room.width / width, room.height / height);
    const drawn = { width: width * scale, height: height * scale };
    const x = (sheet.getWidth() - drawn.width) / 2;
    const y = MARGIN + 12 + (room.height - drawn.height) / 2;
    // A blank page has no content stream, which pdf-lib cannot embed: its frame is drawn empty.
    if (page.node.Contents()) {
      const [embedded] = await doc.embedPages([page]);
      sheet.drawPage(embedded!, { x, y, ...drawn });
    }
    sheet.drawRectangle({ x, y, ...drawn, borderWidth: 0.5, borderColor: grayscale(0.6) });
  }
}

function isA4(page: PDFPage): boolean {
  const { width, height } = page.getSize();
  return Math.abs(width - A4.width) < 2 && Math.abs(height - A4.height) < 2;
}

/** `- 3 -` at the foot of every page after the cover, counted from the cover. */
async function numberPages(doc: PDFDocument, from: number): Promise<void> {
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const [i, page] of doc.getPages().entries()) {
    if (i < from) continue;
    const text = `- ${i + 1} -`;
    const size = 9;
    page.drawText(text, {
      x: (page.getWidth() - font.widthOfTextAtSize(text, size)) / 2,
      y: 14,
      size,
      font,
      color: grayscale(0.35),
    });
  }
}

/** The cover and the contents, printed by the browser on A4; `starts` are the talks' first pages (none yet on the
 *  first pass). */
async function frontMatter(
  browser: Browser,
  meeting: Meeting,
  talks: BoundTalk[],
  starts: number[],
  target: string,
  what: string,
): Promise<Uint8Array> {
  const words = [
    meeting.title,
    meeting.organization ?? '',
    meeting.place ?? '',
    meeting.date ? chineseDate(meeting.date) : '',
    '材料汇编目录',
    ...talks.map((talk, i) => `${talkHeading(i, talk)}未能收入0123456789`),
  ];
  const fonts = await paperFonts(characterSet(words), SLIDE_FACES, []);
  const html = frontMatterHtml(meeting, talks, starts, fonts);
  const page = await newPage(browser, 794, 1123);
  const limit = timeLimit(talks.length * 4);
  try {
    return await withPaperPage(
      page,
      path.join(path.dirname(target), 'front.pdf'),
      { html, stylesheets: [fonts], online: false },
      what,
      words.join(''),
      limit,
      () =>
        withTimeout(
          page.pdf({ preferCSSPageSize: true, printBackground: true, timeout: 0, tagged: false }),
          what,
          limit,
        ),
    );
  } finally {
    await page.close().catch(() => undefined);
  }
}

function frontMatterHtml(meeting: Meeting, talks: BoundTalk[], starts: number[], fonts: string): string {
  const line = (text: string | undefined, cls: string) => (text ? `<p class="${cls}">${escapeHtml(text)}</p>` : '');
  const rows = talks
    .map((talk, i) => {
      const page = talk.pdf ? (starts[i] ?? '') : '未能收入';
      return (
        `<li><span class="n">${i + 1}</span><span class="t">${escapeHtml(talk.title)}` +
        `${talk.speaker ? `<span class="s">${escapeHtml(talk.speaker)}</span>` : ''}</span>` +
        `<span class="dots"></span><span class="p">${escapeHtml(String(page))}</span></li>`
      );
    })
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(meeting.title)}</title>
<link rel="stylesheet" href="${escapeHtml(fonts)}">
<style>
@page { size: 210mm 297mm; margin: 0; }
html, body { margin: 0; font-family: 'Noto Sans SC', sans-serif; color: #222; }
section { width: 210mm; height: 297mm; box-sizing: border-box; overflow: hidden; }
section + section { break-before: page; }
.cover { padding: 70mm 24mm 0; text-align: center; border-top: 12mm solid #b71c1c; }
.cover h1 { font-family: 'Noto Serif SC', serif; font-weight: 700; font-size: 30pt; line-height: 1.4; color: #9e1212;
  margin: 0 0 10mm; }
.cover .kind { font-family: 'Noto Serif SC', serif; font-weight: 700; font-size: 22pt; letter-spacing: 0.3em;
  margin: 0 0 60mm; }
.cover p { font-size: 15pt; margin: 3mm 0; }
.contents { padding: 24mm 22mm; height: auto; min-height: 297mm; }
.contents h2 { font-family: 'Noto Serif SC', serif; font-weight: 700; font-size: 20pt; text-align: center;
  letter-spacing: 0.5em; margin: 0 0 12mm; }
ol { list-style: none; margin: 0; padding: 0; }
li { display: flex; align-items: baseline; font-size: 13pt; line-height: 1.6; margin: 0 0 4mm; break-inside: avoid; }
.n { width: 9mm; flex: none; }
.t { flex: 0 1 auto; }
.s { color: #6b5e55; margin-left: 4mm; font-size: 12pt; }
.dots { flex: 1 1 auto; border-bottom: 1px dotted #999; margin: 0 3mm; min-width: 10mm; }
.p { flex: none; min-width: 8mm; text-align: right; }
</style>
</head>
<body>
<section class="cover">
<h1>${escapeHtml(meeting.title)}</h1>
<p class="kind">材料汇编</p>
${line(meeting.organization, 'org')}${line(meeting.place, 'place')}${line(meeting.date ? chineseDate(meeting.date) : undefined, 'date')}
</section>
<section class="contents">
<h2>目录</h2>
<ol>
${rows}
</ol>
</section>
</body>
</html>
`;
}
