// The meeting's bound PDF (材料汇编): a cover, a table of contents with page numbers, then each talk's handout or
// slides and each sent PDF, on A4, with a bookmark per talk (its parts under it) and one page number across the
// whole. The cover and contents are laid out by the browser; the file is bound page by page (pdf/file/bind.ts).
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import fs from 'node:fs/promises';
import { chineseDate, escapeHtml } from '../../deck/index.ts';
import { SLIDE_FACES } from '../../fonts/index.ts';
import { donePage, newPage } from '../browser/launch.ts';
import { timeLimit, withTimeout } from '../page.ts';
import { paperFonts, withPaperPage } from '../pdf/paper.ts';
import { PdfBinding } from '../pdf/file/bind.ts';
import { footFont } from '../pdf/file/foot-font.ts';
import type { PageWork, SourcePage } from '../pdf/file/bind.ts';
import { readUpdatablePdf } from '../pdf/file/read.ts';
import type { UpdatablePdf } from '../pdf/file/read.ts';
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
  /** Characters the fonts are cut to besides the front matter's (`frontMatterWords`): the meeting's, which hold the
   *  front matter's too, so that the fonts cut for the talks serve it as well. */
  characters = '',
): Promise<{ path: string; pages: number; bytes: number }> {
  const counts: number[] = [];
  for (const talk of talks)
    counts.push(!talk.pdf ? 0 : (talk.pages ?? (await readable(await pdfOf(talk.pdf))).pages.length));
  // The contents name the page each talk starts on, which depends on how many pages the front matter takes: laid out
  // once to count them, then again with the numbers (the same entries, so the same number of pages).
  const firstFront = await readable(await frontMatter(browser, meeting, talks, [], target, what, characters));
  const starts: number[] = [];
  let next = firstFront.pages.length + 1;
  for (const count of counts) {
    starts.push(next);
    next += count;
  }
  const front = await readable(await frontMatter(browser, meeting, talks, starts, target, what, characters));
  // The bound file is written as it is made, each talk's PDF read when its pages are added and let go after: the
  // meeting never holds more than one talk's PDF and the file's page list.
  const binding = PdfBinding.open(target, await footFont());
  try {
    binding.add(front, (page, index) => paged(page, index));
    const bookmarks: Bookmark[] = [{ title: '目录', page: 1, children: [] }];
    for (const [i, talk] of talks.entries()) {
      if (!talk.pdf) continue;
      const source = await readable(await pdfOf(talk.pdf));
      const first = binding.add(source, (page, index) => paged(page, index));
      const children = talk.outline ? placed(talk.outline, source.outline, first) : [];
      bookmarks.push({ title: talkHeading(i, talk), page: first, children });
    }
    const info = {
      title: meeting.title,
      ...(meeting.organization ? { author: meeting.organization } : {}),
      subject: '材料汇编',
    };
    const written = await binding.finish(info, bookmarks);
    return { path: target, ...written };
  } catch (error) {
    await binding.abandon();
    throw error;
  }
}

/** A PDF as the binding reads it: as it is where it is laid out as Chromium writes (our talks' PDFs, the front
 *  matter), else (a file a speaker sent, written by another program) first rewritten by pdf-lib with a plain
 *  cross-reference table, and failing that its pages copied into a new document by pdf-lib. */
async function readable(bytes: Uint8Array): Promise<UpdatablePdf> {
  const direct = readUpdatablePdf(bytes, { updated: true });
  if (direct) return direct;
  const { PDFDocument } = await import('pdf-lib');
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const rewritten = readUpdatablePdf(await doc.save({ useObjectStreams: false }), { updated: true });
  if (rewritten) return rewritten;
  // objects of a generation other than 0, say: renumbered by copying
  const fresh = await PDFDocument.create({ updateMetadata: false });
  for (const page of await fresh.copyPages(doc, doc.getPageIndices())) fresh.addPage(page);
  const copied = readUpdatablePdf(await fresh.save({ useObjectStreams: false }), { updated: true });
  if (!copied) throw new Error('a PDF pdf-lib wrote could not be read back');
  return copied;
}

/** A talk's PDF: its bytes, read from its file when it is one. */
function pdfOf(pdf: Uint8Array | string): Promise<Uint8Array> {
  return typeof pdf === 'string' ? fs.readFile(pdf) : Promise.resolve(pdf);
}

/** "1. 题目（张某某）" */
function talkHeading(index: number, talk: Talked): string {
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

/** A page of the bound file: an A4 page as it is; any other page (slides, a sent file's) fitted onto an A4 sheet of
 *  its orientation, within a margin, so the bound volume prints on one paper; every page after the cover numbered
 *  `- 3 -` at its foot, counted from the cover. */
function paged(page: SourcePage, index: number): PageWork {
  const foot = index < 1 ? {} : { foot: `- ${index + 1} -` };
  if (isA4(page)) return foot;
  const landscape = page.width > page.height;
  const size = landscape ? { width: A4.height, height: A4.width } : { ...A4 };
  const room = { width: size.width - 2 * MARGIN, height: size.height - 2 * MARGIN - 12 };
  const scale = Math.min(room.width / page.width, room.height / page.height);
  const drawn = { width: page.width * scale, height: page.height * scale };
  const box = {
    x: (size.width - drawn.width) / 2,
    y: MARGIN + 12 + (room.height - drawn.height) / 2,
    ...drawn,
  };
  return { fit: { size, box }, ...foot };
}

function isA4(page: SourcePage): boolean {
  return Math.abs(page.width - A4.width) < 2 && Math.abs(page.height - A4.height) < 2;
}

/** A talk as the contents name it. */
type Talked = Pick<BoundTalk, 'title' | 'speaker'>;

/** Every word the cover and the contents may show. */
export function frontMatterWords(meeting: Meeting, talks: readonly Talked[]): string[] {
  return [
    meeting.title,
    meeting.organization ?? '',
    meeting.place ?? '',
    meeting.date ? chineseDate(meeting.date) : '',
    '材料汇编目录',
    ...talks.map((talk, i) => `${talkHeading(i, talk)}未能收入0123456789`),
  ];
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
  characters: string,
): Promise<Uint8Array> {
  const words = frontMatterWords(meeting, talks);
  const fonts = await paperFonts(characters, SLIDE_FACES, words);
  const html = frontMatterHtml(meeting, talks, starts, fonts);
  const page = await newPage(browser, 794, 1123);
  const limit = timeLimit(talks.length * 4);
  let printed: Uint8Array;
  try {
    printed = await withPaperPage(
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
  } catch (error) {
    await page.close().catch(() => undefined);
    throw error;
  }
  await donePage(page);
  return printed;
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
