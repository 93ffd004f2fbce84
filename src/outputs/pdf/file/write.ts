// Changes to a browser-made PDF written as an incremental update: new and replaced objects, our metadata, bookmarks
// and catalog, and a cross-reference section, appended after the browser's bytes, which stay as they are
// (PDF 1.7, 7.5.6). A rewrite with pdf-lib parses and re-serialises every object: for a 480-slide deck that is
// half a second and some tens of MB per PDF, where this takes milliseconds and holds little more than the file.
import { landing, outlineEntries } from '../bookmarks.ts';
import type { Bookmark } from '../bookmarks.ts';
import type { PdfInfo } from '../metadata.ts';
import type { UpdatablePdf } from './read.ts';
import { objectCopier } from './copy.ts';
import { dictText, pdfBytes, pdfText } from './syntax.ts';

/** The objects an update adds or replaces, numbered from the file's /Size on. */
export class PdfUpdate {
  readonly objects = new Map<number, { text: string; data?: Uint8Array }>();
  next: number;

  constructor(readonly pdf: UpdatablePdf) {
    this.next = pdf.size;
  }

  /** Adds an object (a stream when `data` is given; its /Length is set here) and returns its number. */
  add(text: string, data?: Uint8Array): number {
    const num = this.next++;
    this.set(num, text, data);
    return num;
  }

  /** Writes object `num` (new, or a new version of one in the file). */
  set(num: number, text: string, data?: Uint8Array): void {
    this.objects.set(num, data ? { text, data } : { text });
  }

  /** Copies a value of `source`, and everything it refers to, into this file; returns the value with the new numbers.
   *  Pages and the document's catalog are never copied: a slide's resources do not lead there. */
  copier(source: UpdatablePdf): (value: string) => string {
    return objectCopier(
      source,
      {
        reserve: () => this.next++,
        set: (num, text) => this.set(num, text),
        stream: (text, data) => this.add(text, data),
      },
      { refused: ['/Page', '/Pages', '/Catalog'] },
    );
  }
}

/** The whole file: the browser's bytes, then the update's objects, Info, bookmarks and a new catalog, then their
 *  cross-reference section and trailer. */
export function updatedPdf(
  pdf: UpdatablePdf,
  info: PdfInfo,
  bookmarks: Bookmark[],
  update = new PdfUpdate(pdf),
  lang = 'zh-CN',
  /** Where the update's bytes go, without the file's own (which stay where they are: its file on disk): then none are
   *  returned. */
  out?: (bytes: Uint8Array) => void,
): Uint8Array {
  const infoNum = update.add(infoDictionary(info, pdf.info));

  const catalog = new Map(pdf.catalog);
  for (const key of ['Outlines', 'PageMode', 'Lang', 'ViewerPreferences']) catalog.delete(key);
  catalog.set('ViewerPreferences', '<< /DisplayDocTitle true >>');
  catalog.set('Lang', pdfText(lang));
  if (bookmarks.length) {
    catalog.set(
      'Outlines',
      `${writeBookmarks({ reserve: () => update.next++, set: (num, text) => update.set(num, text) }, bookmarks, pdf.pages)} 0 R`,
    );
    catalog.set('PageMode', '/UseOutlines');
  }
  update.set(pdf.root, dictText([...catalog].map(([key, value]) => `/${key} ${value}`)));

  // (the file as it is, then the update: held in memory for a PDF read from memory, read whole from its file; with
  // `out`, only the update is made)
  const before = out ? pdf.source.size : pdf.source.read(0, pdf.source.size);
  const file = new PdfWriter(before, out);
  const last = pdf.source.read(pdf.source.size - 1, pdf.source.size)[0];
  if (last !== 0x0a) file.push('\n');
  for (const num of [...update.objects.keys()].sort((a, b) => a - b)) {
    const { text, data } = update.objects.get(num)!;
    file.object(num, text, data);
  }
  return file.end({ size: update.next, root: pdf.root, info: infoNum, prev: pdf.startxref, id: pdf.id });
}

/** A PDF written from its first byte on (or after the bytes it updates): objects, each where the cross-reference
 *  section will say, then that section and the trailer. A new file and an update differ only in their trailer's
 *  `/Prev` and in object 0 (a new file's list starts with it, free). The bytes are kept to be returned whole by
 *  `end`, or, with `out`, handed to it as they are made (a file written as it goes: bind.ts). Kept bytes are stored
 *  in pieces of about 64 KB (the objects' text gathered, a stream's data copied in), not a buffer per object: at
 *  3,000 slides that was some hundred thousand small buffers, and a stream's data kept its whole source file alive. */
export class PdfWriter {
  private readonly chunks: Uint8Array[] = [];
  private position = 0;
  private readonly offsets = new Map<number, number>();
  /** Text not yet stored as bytes, and its length. */
  private pending: string[] = [];
  private pendingLength = 0;

  /** `before`: the file this one updates, kept as it is; or its length, where it stays in its file and only what
   *  follows it goes to `out`. */
  constructor(
    before?: Uint8Array | number,
    private readonly out?: (bytes: Uint8Array) => void,
  ) {
    if (typeof before === 'number') this.position = before;
    else if (before) {
      if (out) out(before);
      else this.chunks.push(before);
      this.position = before.length;
    }
  }

  /** How many bytes have been written. */
  get length(): number {
    return this.position;
  }

  push(chunk: Uint8Array | string): void {
    if (this.out) {
      const bytes = typeof chunk === 'string' ? pdfBytes.of(chunk) : chunk;
      this.out(bytes);
      this.position += bytes.length;
      return;
    }
    if (typeof chunk !== 'string' && chunk.length >= PIECE) {
      // a large stream (a font, a picture): a copy of its own
      this.flush();
      this.chunks.push(chunk.slice());
      this.position += chunk.length;
      return;
    }
    this.pending.push(typeof chunk === 'string' ? chunk : pdfBytes.text(chunk));
    this.pendingLength += chunk.length;
    this.position += chunk.length;
    if (this.pendingLength >= PIECE) this.flush();
  }

  private flush(): void {
    if (!this.pendingLength) return;
    this.chunks.push(pdfBytes.of(this.pending.join('')));
    this.pending = [];
    this.pendingLength = 0;
  }

  /** Object `num`: `text` its value, or, with `data`, its stream's dictionary (ours, ending with `>>`, so /Length goes
   *  in before that). */
  object(num: number, text: string, data?: Uint8Array): void {
    this.offsets.set(num, this.position);
    if (data) {
      this.push(`${num} 0 obj\n${text.slice(0, -2)}/Length ${data.length}\n>>\nstream\n`);
      this.push(data);
      this.push('\nendstream\nendobj\n');
    } else {
      this.push(`${num} 0 obj\n${text}\nendobj\n`);
    }
  }

  /** The cross-reference section of the objects written, the trailer and the end of the file. A new file's (one
   *  without `prev`) lists every number below its size: object 0 and any number not written, free. */
  close(trailer: { size: number; root: number; info: number; prev?: number; id?: string | undefined }): void {
    const entries: Array<[number, string]> = [...this.offsets].map(([num, at]) => [
      num,
      `${String(at).padStart(10, '0')} 00000 n \n`,
    ]);
    if (trailer.prev === undefined) {
      entries.push([0, '0000000000 65535 f \n']);
      for (let num = 1; num < trailer.size; num++)
        if (!this.offsets.has(num)) entries.push([num, '0000000000 00001 f \n']);
    }
    entries.sort((a, b) => a[0] - b[0]);
    const xrefAt = this.position;
    let xref = 'xref\n';
    // Runs of consecutive numbers share a subsection.
    for (let i = 0; i < entries.length; ) {
      let j = i;
      while (j + 1 < entries.length && entries[j + 1]![0] === entries[j]![0] + 1) j++;
      xref += `${entries[i]![0]} ${j - i + 1}\n`;
      for (let k = i; k <= j; k++) xref += entries[k]![1];
      i = j + 1;
    }
    const keys = dictText([
      `/Size ${trailer.size}`,
      `/Root ${trailer.root} 0 R`,
      `/Info ${trailer.info} 0 R`,
      ...(trailer.prev === undefined ? [] : [`/Prev ${trailer.prev}`]),
      ...(trailer.id ? [`/ID ${trailer.id}`] : []),
    ]);
    this.push(`${xref}trailer\n${keys}\nstartxref\n${xrefAt}\n%%EOF\n`);
  }

  /** `close`, then the whole file's bytes (none when they went to `out`). */
  end(trailer: { size: number; root: number; info: number; prev?: number; id?: string | undefined }): Uint8Array {
    this.close(trailer);
    this.flush();
    const file = Buffer.concat(this.chunks, this.out ? 0 : this.position);
    return new Uint8Array(file.buffer, file.byteOffset, file.length);
  }
}

/** The size of the pieces a file kept in memory is stored in. */
const PIECE = 64 * 1024;

/** Our Info dictionary: title, speaker, event, creator, with the dates the browser set (from its own `old` one). */
export function infoDictionary(info: PdfInfo, old: ReadonlyMap<string, string>): string {
  const dates = ['CreationDate', 'ModDate'].filter((key) => old.has(key)).map((key) => `/${key} ${old.get(key)}`);
  return dictText([
    `/Title ${pdfText(info.title)}`,
    ...(info.author ? [`/Author ${pdfText(info.author)}`] : []),
    ...(info.subject ? [`/Subject ${pdfText(info.subject)}`] : []),
    `/Creator ${pdfText('speechdeck')}`,
    `/Producer ${pdfText('speechdeck (Chromium)')}`,
    ...dates,
  ]);
}

/** Where new objects go: a number for each, then its text. */
export interface ObjectSink {
  reserve(): number;
  set(num: number, text: string): void;
}

/** The outline: every entry open, each jumping to its page (of `pages`, by object number and box) and place on it;
 *  returns the root's number. */
export function writeBookmarks(
  objects: ObjectSink,
  bookmarks: Bookmark[],
  pages: ReadonlyArray<{ ref: number; box: readonly number[] }>,
): number {
  const outline = outlineEntries(bookmarks);
  const root = objects.reserve();
  const nums = outline.entries.map(() => objects.reserve());
  const ref = (index: number) => `${index < 0 ? root : nums[index]} 0 R`;
  const tops = pages.map((page) => page.box[3]!);
  outline.entries.forEach((entry, i) => {
    const { page, y } = landing(entry.place, tops);
    objects.set(
      nums[i]!,
      dictText([
        `/Title ${pdfText(entry.title)}`,
        `/Parent ${ref(entry.parent)}`,
        ...(entry.prev >= 0 ? [`/Prev ${ref(entry.prev)}`] : []),
        ...(entry.next >= 0 ? [`/Next ${ref(entry.next)}`] : []),
        `/Dest [${pages[page]!.ref} 0 R /XYZ null ${y ?? 'null'} null]`,
        ...(entry.first >= 0
          ? [`/First ${ref(entry.first)}`, `/Last ${ref(entry.last)}`, `/Count ${entry.count}`]
          : []),
      ]),
    );
  });
  objects.set(
    root,
    dictText([
      '/Type /Outlines',
      `/First ${ref(outline.first)}`,
      `/Last ${ref(outline.last)}`,
      `/Count ${outline.count}`,
    ]),
  );
  return root;
}
