// Copying a PDF's objects into another file: a value's references followed, each object written once under a new
// number. The handout's slides (write.ts), the joined ranges (join.ts) and the meeting's bound file (bind.ts) all copy
// so, each with its own numbers and its own rule for a link's place in a structure tree.
import type { PdfObject, UpdatablePdf } from './read.ts';
import { dictText } from './syntax.ts';

/** Where copied objects go. */
export interface CopyTarget {
  /** A number for an object written later: a dictionary is numbered before what it refers to is copied. */
  reserve(): number;
  /** Writes the dictionary or array of object `num`. */
  set(num: number, text: string): void;
  /** Writes a stream and returns its number (one already written with the same bytes, where the target keeps them). */
  stream(text: string, data: Uint8Array): number;
}

export interface CopyRules {
  /** The source's numbers → the target's: those given beforehand (the source's pages, a range's structure root),
   *  filled as objects are copied (copiers sharing it copy an object once between them). */
  numbers?: Map<number, number>;
  /** Types a copied value must never lead to (pages, the catalog, a structure tree not copied). */
  refused: readonly string[];
  /** A non-stream object's /StructParent, rewritten; `undefined` leaves the entry out. Without it the entry is kept. */
  structParent?: ((value: string) => string | undefined) | undefined;
}

/** A function copying a value of `source`, and everything it refers to, into `target`; it returns the value with the
 *  new numbers. Each object is copied once. */
export function objectCopier(source: UpdatablePdf, target: CopyTarget, rules: CopyRules): (value: string) => string {
  const copied = rules.numbers ?? new Map<number, number>();
  const copying = new Set<number>();
  const copyObject = (num: number): number => {
    const known = copied.get(num);
    if (known !== undefined) return known;
    const object = source.object(num);
    if (!object) throw new Error(`object ${num} is missing`);
    const type = object.dict?.get('Type');
    if (type !== undefined && rules.refused.includes(type)) throw new Error(`object ${num} leads out of the page`);
    if (object.data && object.dict) {
      // A stream is written once its dictionary is (a stream refers to no stream that refers back to it).
      if (copying.has(num)) throw new Error(`object ${num} refers to itself`);
      copying.add(num);
      const text = dictText(
        [...object.dict].filter(([key]) => key !== 'Length').map(([key, value]) => `/${key} ${copyValue(value)}`),
      );
      copying.delete(num);
      const stored = target.stream(text, object.data);
      copied.set(num, stored);
      return stored;
    }
    const renumbered = target.reserve();
    copied.set(num, renumbered);
    const parent = object.dict?.get('StructParent');
    let text = object.text;
    if (parent !== undefined && rules.structParent) {
      const rewrite = rules.structParent;
      text = dictText(
        [...object.dict!].flatMap(([key, value]) => {
          if (key !== 'StructParent') return [`/${key} ${value}`];
          const moved = rewrite(value);
          return moved === undefined ? [] : [`/${key} ${moved}`];
        }),
      );
    }
    target.set(renumbered, copyValue(text));
    return renumbered;
  };
  const copyValue = (value: string): string =>
    value.replace(/(\d+)\s+(\d+)\s+R\b/g, (_, num: string) => `${copyObject(Number(num))} 0 R`);
  return copyValue;
}

/** The dictionary of a Form XObject drawing `page`: its box, its resources copied and, where the form reuses the
 *  page's one content stream as stored, that stream's filters. */
export function pageFormEntries(
  page: UpdatablePdf['pages'][number],
  copy: (value: string) => string,
  stored?: PdfObject,
): string[] {
  const [x0, y0, x1, y1] = page.box;
  const entries = [
    '/Type /XObject',
    '/Subtype /Form',
    '/FormType 1',
    `/BBox [${x0} ${y0} ${x1} ${y1}]`,
    `/Resources ${copy(page.resources)}`,
  ];
  for (const key of ['Filter', 'DecodeParms']) {
    const value = stored?.dict?.get(key);
    if (value) entries.push(`/${key} ${copy(value)}`);
  }
  return entries;
}
