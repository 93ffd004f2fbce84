// Changes to a browser-made PDF written as an incremental update: new and replaced objects, our metadata, bookmarks
// and catalog, and a cross-reference section, appended after the browser's bytes, which stay as they are
// (PDF 1.7, 7.5.6). A rewrite with pdf-lib parses and re-serialises every object: for a 480-slide deck that is
// half a second and some tens of MB per PDF, where this takes milliseconds and holds little more than the file.
import { landing, outlineEntries } from '../bookmarks.ts';
import type { Bookmark } from '../bookmarks.ts';
import type { PdfInfo } from '../metadata.ts';
import type { UpdatablePdf } from './read.ts';
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

  /** Copies an object of `source`, and everything it refers to, into this file; returns its new number.
   *  Pages and the document's catalog are never copied: a slide's resources do not lead there. */
  copier(source: UpdatablePdf): (value: string) => string {
    const copied = new Map<number, number>();
    const copyObject = (num: number): number => {
      const known = copied.get(num);
      if (known !== undefined) return known;
      const object = source.object(num);
      if (!object) throw new Error(`object ${num} is missing`);
      const type = object.dict?.get('Type');
      if (type === '/Page' || type === '/Pages' || type === '/Catalog')
        throw new Error(`object ${num} leads to the page tree`);
      const target = this.next++;
      copied.set(num, target);
      if (object.data && object.dict) {
        const entries = [...object.dict]
          .filter(([key]) => key !== 'Length')
          .map(([key, value]) => `/${key} ${copyValue(value)}`);
        this.set(target, dictText(entries), object.data);
      } else {
        this.set(target, copyValue(object.text));
      }
      return target;
    };
    const copyValue = (value: string): string =>
      value.replace(/(\d+)\s+(\d+)\s+R\b/g, (_, num: string) => `${copyObject(Number(num))} 0 R`);
    return copyValue;
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

  const chunks: Uint8Array[] = [pdf.bytes];
  let position = pdf.bytes.length;
  const push = (chunk: Uint8Array | string) => {
    const bytes = typeof chunk === 'string' ? pdfBytes.of(chunk) : chunk;
    chunks.push(bytes);
    position += bytes.length;
  };
  if (pdf.bytes[pdf.bytes.length - 1] !== 0x0a) push('\n');
  const offsets = new Map<number, number>();
  const numbers = [...update.objects.keys()].sort((a, b) => a - b);
  for (const num of numbers) {
    const { text, data } = update.objects.get(num)!;
    offsets.set(num, position);
    if (data) {
      // The dictionary is ours (see PdfUpdate.add): it ends with `>>`, so /Length goes in before that.
      push(`${num} 0 obj\n${text.slice(0, -2)}/Length ${data.length}\n>>\nstream\n`);
      push(data);
      push('\nendstream\nendobj\n');
    } else {
      push(`${num} 0 obj\n${text}\nendobj\n`);
    }
  }
  const xrefAt = position;
  let xref = 'xref\n';
  // Runs of consecutive numbers share a subsection.
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    xref += `${numbers[i]} ${j - i + 1}\n`;
    for (let k = i; k <= j; k++) xref += `${String(offsets.get(numbers[k]!)).padStart(10, '0')} 00000 n \n`;
    i = j + 1;
  }
  const trailer = dictText([
    `/Size ${update.next}`,
    `/Root ${pdf.root} 0 R`,
    `/Info ${infoNum} 0 R`,
    `/Prev ${pdf.startxref}`,
    ...(pdf.id ? [`/ID ${pdf.id}`] : []),
  ]);
  push(`${xref}trailer\n${trailer}\nstartxref\n${xrefAt}\n%%EOF\n`);
  const result = new Uint8Array(position);
  let at = 0;
  for (const chunk of chunks) {
    result.set(chunk, at);
    at += chunk.length;
  }
  return result;
}

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
