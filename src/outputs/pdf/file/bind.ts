// PDFs bound one after another into one file written as it goes (the meeting's bound PDF): each source's pages copied
// with everything they use, renumbered, straight into the file, so that binding holds one source at a time and never
// the whole result (pdf-lib, which did this before, held every page of every talk until it saved). A page is copied
// as it is, or drawn scaled into a box on a new page (a slide fitted onto an A4 sheet, as a Form XObject, framed);
// either may get a line of text at its foot (the page number). Sources are read as the incremental update reads
// them (read.ts, with their own updates): the caller makes anything else readable first.
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { StagedFile } from '../../../files/staged.ts';
import type { Bookmark } from '../bookmarks.ts';
import type { PdfInfo } from '../metadata.ts';
import { footRun, writeFootFont } from './foot-font.ts';
import type { FootFont } from './foot-font.ts';
import { decoded } from './join.ts';
import { resolveDict } from './read.ts';
import type { PdfObject, UpdatablePdf } from './read.ts';
import type { Box } from './stamp.ts';
import { objectCopier, pageFormEntries } from './copy.ts';
import { dictText, pdfBytes, pdfText } from './syntax.ts';
import { PdfWriter, infoDictionary, writeBookmarks } from './write.ts';

/** What becomes of one page of a source. */
export interface PageWork {
  /** Drawn scaled into `box` on a new page of `size` (points), with a hairline frame; else copied as it is. */
  fit?: { size: { width: number; height: number }; box: Box };
  /** A line of text centred at the page's foot (in the binding's foot font: a character it lacks is drawn as its
   *  .notdef). */
  foot?: string;
}

/** A source's page as `PageWork` is chosen for it. */
export interface SourcePage {
  width: number;
  height: number;
}

/** The foot line: 9 pt, mid grey, 14 pt above the page's lower edge. */
const FOOT = { size: 9, y: 14, grey: 0.35 } as const;

export class PdfBinding {
  private readonly writer: PdfWriter;
  private next = 1;
  private readonly pagesRoot: number;
  private readonly kids: Array<{ ref: number; box: readonly number[] }> = [];
  /** Streams already written, by their content: a picture in several talks is stored once. */
  private readonly stored = new Map<string, number>();
  /** The foot font's number, once a foot line has used it. */
  private footFontNum: number | undefined;

  private constructor(
    private readonly file: StagedFile,
    private readonly footFont: FootFont,
  ) {
    this.writer = new PdfWriter(undefined, (bytes) => file.write(bytes));
    // The comment of four bytes above 127 tells tools the file holds binary data.
    this.writer.push('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n');
    this.pagesRoot = this.reserve();
  }

  /** A new file for `target`, written beside it and renamed into place by `finish` (or removed by `abandon`); foot
   *  lines drawn in `footFont` (embedded once, when first used). */
  static open(target: string, footFont: FootFont): PdfBinding {
    return new PdfBinding(StagedFile.open(target), footFont);
  }

  /** How many pages the file has so far. */
  get pages(): number {
    return this.kids.length;
  }

  /** Appends every page of `source` (as `work` says for each, given its size and its index in the bound file) and
   *  returns the index of its first page. A source that cannot be copied (an object missing, a filter not known)
   *  throws, and none of its pages is added (what it wrote before that is left unused in the file). */
  add(source: UpdatablePdf, work: (page: SourcePage, index: number) => PageWork): number {
    const first = this.kids.length;
    const plans = source.pages.map((page, i) => {
      const [x0, y0, x1, y1] = page.box;
      return { page, work: work({ width: x1 - x0, height: y1 - y0 }, first + i), num: this.reserve() };
    });
    const copy = this.copier(source, new Map(plans.map((plan) => [plan.page.ref, plan.num])));
    const added: typeof this.kids = [];
    for (const { page, work: todo, num } of plans) {
      const foot =
        todo.foot === undefined ? undefined : this.footText(todo.foot, todo.fit?.size.width ?? pageWidth(page));
      if (todo.fit) {
        const { size, box } = todo.fit;
        const sheet = [0, 0, size.width, size.height] as const;
        const ops: string[] = [];
        const xobjects: string[] = [];
        const form = this.pageForm(source, page, copy);
        const [x0, y0, x1, y1] = page.box;
        if (form !== undefined) {
          const scale = Math.min(box.width / (x1 - x0), box.height / (y1 - y0));
          xobjects.push(`/SdPage ${form} 0 R`);
          ops.push(
            `q ${f(scale, 6)} 0 0 ${f(scale, 6)} ${f(box.x - scale * x0)} ${f(box.y - scale * y0)} cm /SdPage Do Q`,
          );
        }
        ops.push(`q 0.6 G 0.5 w ${f(box.x)} ${f(box.y)} ${f(box.width)} ${f(box.height)} re S Q`);
        if (foot) ops.push(foot.ops('/SdFoot'));
        const resources = [
          ...(xobjects.length ? [`/XObject << ${xobjects.join(' ')} >>`] : []),
          ...(foot ? [`/Font << /SdFoot ${foot.font} 0 R >>`] : []),
        ];
        const contents = this.stream(`${ops.join('\n')}\n`);
        this.writer.object(
          num,
          dictText([
            '/Type /Page',
            `/Parent ${this.pagesRoot} 0 R`,
            `/MediaBox [${sheet.join(' ')}]`,
            `/Resources << ${resources.join(' ')} >>`,
            `/Contents ${contents} 0 R`,
          ]),
        );
        added.push({ ref: num, box: sheet });
        continue;
      }
      const dict = new Map(page.dict);
      for (const key of ['Parent', 'StructParents', 'Resources', 'MediaBox', 'Contents', 'B', 'Thumb', 'PieceInfo'])
        dict.delete(key);
      const entries = [...dict].map(([key, value]) => `/${key} ${copy(value)}`);
      // The resources copied entry by entry, so that the foot line's font (already a number of this file) can join
      // them.
      const resources = new Map(
        [...(resolveDict(source, page.resources) ?? [])].map(([key, value]) => [key, copy(value)] as const),
      );
      let contents = page.contents === undefined ? '' : copy(page.contents).trim();
      if (foot) {
        const fonts = new Map(resolveDict(source, resolveDict(source, page.resources)?.get('Font')) ?? []);
        let name = 'SdFoot';
        while (fonts.has(name)) name += 'x';
        const named = [...fonts].map(([key, value]) => `/${key} ${copy(value)}`);
        resources.set('Font', dictText([...named, `/${name} ${foot.font} 0 R`]));
        // The page's own content in a q … Q pair, so its graphics state does not carry over to the foot line.
        const own = contents.startsWith('[') ? contents.slice(1, -1).trim() : contents;
        contents = `[${this.stream('q\n')} 0 R ${own} ${this.stream(`Q\n${foot.ops(`/${name}`)}\n`)} 0 R]`;
      }
      this.writer.object(
        num,
        dictText([
          ...entries,
          `/Parent ${this.pagesRoot} 0 R`,
          `/MediaBox [${page.box.join(' ')}]`,
          `/Resources ${dictText([...resources].map(([key, value]) => `/${key} ${value}`))}`,
          ...(contents ? [`/Contents ${contents}`] : []),
        ]),
      );
      added.push({ ref: num, box: page.box });
    }
    this.kids.push(...added);
    return first;
  }

  /** The page tree, our metadata, bookmarks (pages are indices into the bound file) and catalog, the cross-reference
   *  section; the file renamed into place. */
  async finish(info: PdfInfo, bookmarks: Bookmark[], lang = 'zh-CN'): Promise<{ pages: number; bytes: number }> {
    try {
      if (!this.kids.length) throw new Error('a bound PDF of no pages');
      this.writer.object(
        this.pagesRoot,
        dictText([
          '/Type /Pages',
          `/Kids [${this.kids.map((kid) => `${kid.ref} 0 R`).join(' ')}]`,
          `/Count ${this.kids.length}`,
        ]),
      );
      const now = pdfDate(new Date());
      const infoNum = this.add1(
        infoDictionary(
          info,
          new Map([
            ['CreationDate', now],
            ['ModDate', now],
          ]),
        ),
      );
      const catalog = [
        '/Type /Catalog',
        `/Pages ${this.pagesRoot} 0 R`,
        '/ViewerPreferences << /DisplayDocTitle true >>',
        `/Lang ${pdfText(lang)}`,
      ];
      if (bookmarks.length) {
        const sink = {
          reserve: () => this.reserve(),
          set: (num: number, text: string) => this.writer.object(num, text),
        };
        catalog.push(`/Outlines ${writeBookmarks(sink, bookmarks, this.kids)} 0 R`, '/PageMode /UseOutlines');
      }
      const root = this.add1(dictText(catalog));
      this.writer.close({ size: this.next, root, info: infoNum });
      await this.file.finish();
      return { pages: this.kids.length, bytes: this.writer.length };
    } catch (error) {
      await this.file.abandon();
      throw error;
    }
  }

  /** Closes and removes the unfinished file. */
  abandon(): Promise<void> {
    return this.file.abandon();
  }

  private reserve(): number {
    return this.next++;
  }

  private add1(text: string, data?: Uint8Array): number {
    const num = this.reserve();
    this.writer.object(num, text, data);
    return num;
  }

  /** A stream of ours (text), stored once however many pages use it. */
  private stream(text: string): number {
    return this.storedStream(dictText([]), pdfBytes.of(text));
  }

  private storedStream(text: string, data: Uint8Array): number {
    const key = createHash('sha256').update(text).update(data).digest('base64');
    const known = this.stored.get(key);
    if (known !== undefined) return known;
    const num = this.add1(text, data);
    this.stored.set(key, num);
    return num;
  }

  /** The foot line's operators for a font resource name, and the font (embedded, one object for the file). */
  private footText(text: string, width: number): { font: number; ops: (name: string) => string } {
    this.footFontNum ??= writeFootFont(this.footFont, (dict, data) => this.add1(dict, data));
    const run = footRun(this.footFont, text, FOOT.size);
    const x = (width - run.width) / 2;
    return {
      font: this.footFontNum,
      ops: (name) => `q ${FOOT.grey} g BT ${name} ${FOOT.size} Tf 1 0 0 1 ${f(x)} ${FOOT.y} Tm ${run.operand} Tj ET Q`,
    };
  }

  /** The page as a Form XObject (its content, one stream, and its resources); none for a page with no content. */
  private pageForm(
    source: UpdatablePdf,
    page: UpdatablePdf['pages'][number],
    copy: (value: string) => string,
  ): number | undefined {
    const refs = [...(page.contents ?? '').matchAll(/(\d+)\s+0\s+R/g)].map((m) => Number(m[1]));
    const streams = refs.map((ref) => {
      const stream = source.object(ref);
      if (!stream?.data || !stream.dict) throw new Error(`the content ${ref} is not a stream`);
      return stream;
    });
    if (!streams.length) return undefined;
    if (streams.length === 1) {
      // One stream, reused as stored.
      const [stream] = streams as [PdfObject];
      return this.storedStream(dictText(pageFormEntries(page, copy, stream)), stream.data!);
    }
    // Several streams are one content (an operator may even run across two): joined, and compressed again.
    const joined = Buffer.concat(streams.flatMap((stream) => [decoded(stream), Buffer.from('\n')]));
    return this.storedStream(dictText([...pageFormEntries(page, copy), '/Filter /FlateDecode']), deflateSync(joined));
  }

  /** Copies values of `source`, and everything they refer to, into the file (its pages to the numbers `pages` gives
   *  them), each object once; returns the value with the new numbers. */
  private copier(source: UpdatablePdf, pages: Map<number, number>): (value: string) => string {
    return objectCopier(
      source,
      {
        reserve: () => this.reserve(),
        set: (num, text) => this.writer.object(num, text),
        stream: (text, data) => this.storedStream(text, data),
      },
      {
        numbers: pages,
        // A page's resources and links lead to no other page tree, catalog or structure (they are not copied).
        refused: ['/Page', '/Pages', '/Catalog', '/StructTreeRoot', '/StructElem'],
        // a link's place in a structure tree that is not copied
        structParent: () => undefined,
      },
    );
  }
}

function pageWidth(page: UpdatablePdf['pages'][number]): number {
  return page.box[2] - page.box[0];
}

/** `(D:20261127083000Z)` (PDF 1.7, 7.9.4) */
function pdfDate(date: Date): string {
  return `(D:${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z)`;
}

/** A number as PDF writes it: `decimals` at most (a scale needs more than a place on the page: 0.535 for 0.5346
 *  draws a slide a pixel larger). */
function f(n: number, decimals = 3): string {
  const unit = 10 ** decimals;
  return String(Math.round(n * unit) / unit);
}
