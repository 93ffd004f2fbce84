// The ranges' structure trees (the tags a screen reader follows) joined into one, when the ranges are tagged as
// Chromium tags them: a StructTreeRoot over one Document element, and a ParentTree from each page's StructParents
// (and each link's StructParent) to its elements. The joined tree has one Document holding every range's elements
// in page order; each range's ParentTree keys are moved past the ranges before it, as are its pages' StructParents.
import type { UpdatablePdf } from './read.ts';
import { resolveDict } from './read.ts';
import { dictText, refNumber } from './syntax.ts';

/** One range's tree as Chromium writes it. */
interface RangeStructure {
  root: number;
  document: number;
  documentDict: Map<string, string>;
  /** The ParentTree's entries: key, value as written (an array, or `12 0 R` to one). */
  entries: Array<[number, string]>;
  nextKey: number;
}

/** The joined tree's numbers, reserved before any page is copied, and how far each range's keys move. */
export interface JoinedStructure {
  root: number;
  document: number;
  /** Added to each range's StructParents and ParentTree keys. */
  shifts: number[];
  ranges: RangeStructure[];
}

/** The tree of the joined file, its objects reserved; undefined when any range is untagged or tagged in a way not
 *  understood here (the joined file is then written untagged). */
export function planStructure(parts: UpdatablePdf[], reserve: () => number): JoinedStructure | undefined {
  const ranges = parts.map(rangeStructure);
  if (!ranges.every((range): range is RangeStructure => range !== undefined)) return undefined;
  const shifts: number[] = [];
  let next = 0;
  for (const range of ranges) {
    shifts.push(next);
    next += range.nextKey;
  }
  return { root: reserve(), document: reserve(), shifts, ranges };
}

function rangeStructure(part: UpdatablePdf): RangeStructure | undefined {
  const root = refNumber(part.catalog.get('StructTreeRoot'));
  if (root === undefined || !/\/Marked\s+true/.test(part.catalog.get('MarkInfo') ?? '')) return undefined;
  const tree = part.object(root)?.dict;
  // element ids and attribute classes would have to be joined too: Chromium writes neither
  if (!tree || tree.has('IDTree') || tree.has('ClassMap') || tree.has('RoleMap')) return undefined;
  const document = refNumber(tree.get('K'));
  const documentDict = document === undefined ? undefined : part.object(document)?.dict;
  if (document === undefined || documentDict?.get('S') !== '/Document') return undefined;
  const entries = numberTree(part, tree.get('ParentTree'));
  if (!entries) return undefined;
  const largest = Math.max(-1, ...entries.map(([key]) => key));
  const nextKey = Math.max(largest + 1, Number(tree.get('ParentTreeNextKey') ?? 0) || 0);
  return { root, document, documentDict, entries, nextKey };
}

/** A number tree's entries (PDF 1.7, 7.9.7), its kids' included; undefined when it is not one. */
function numberTree(part: UpdatablePdf, value: string | undefined, depth = 0): Array<[number, string]> | undefined {
  const node = resolveDict(part, value);
  if (!node || depth > 32) return undefined;
  const entries: Array<[number, string]> = [];
  const nums = node.get('Nums');
  if (nums) {
    const pairs = [...nums.slice(1, -1).matchAll(/(\d+)\s+(\d+\s+\d+\s+R|null|\[[^\]]*\])/g)];
    for (const [, key, item] of pairs) entries.push([Number(key), item!]);
  }
  const kids = node.get('Kids');
  if (kids) {
    for (const [kid] of kids.matchAll(/\d+\s+\d+\s+R/g)) {
      const below = numberTree(part, kid, depth + 1);
      if (!below) return undefined;
      entries.push(...below);
    }
  }
  return entries;
}

/** The joined tree's entries as its ranges are copied: the Document's kids, the ParentTree's pairs, and the first
 *  range's other Document entries. */
export interface StructurePieces {
  kids: string[];
  nums: string[];
  kept: string[];
}

export function structurePieces(): StructurePieces {
  return { kids: [], nums: [], kept: [] };
}

/** Copies range `r`'s elements (by `copy`, which knows the range's old numbers: its root and Document must already
 *  map to the joined ones) into `pieces`, so that the range can be let go before the next is copied. */
export function copyRangeStructure(
  structure: JoinedStructure,
  r: number,
  copy: (value: string) => string,
  pieces: StructurePieces,
): void {
  const range = structure.ranges[r]!;
  const k = range.documentDict.get('K');
  if (k) {
    const copied = copy(k).trim();
    const kids = copied.startsWith('[') ? copied.slice(1, -1).trim() : copied;
    if (kids) pieces.kids.push(kids);
  }
  for (const [key, value] of range.entries) pieces.nums.push(`${key + structure.shifts[r]!} ${copy(value)}`);
  if (r === 0)
    for (const [key, value] of range.documentDict)
      if (!['K', 'P', 'Type', 'S'].includes(key)) pieces.kept.push(`/${key} ${copy(value)}`);
}

/** Writes the joined tree from every range's pieces and returns the catalog's entries for it. */
export function writeStructure(
  structure: JoinedStructure,
  set: (num: number, text: string) => void,
  { kids, nums, kept }: StructurePieces,
): string[] {
  set(
    structure.document,
    dictText(['/Type /StructElem', '/S /Document', `/P ${structure.root} 0 R`, `/K [${kids.join(' ')}]`, ...kept]),
  );
  const nextKey = structure.shifts.at(-1)! + structure.ranges.at(-1)!.nextKey;
  set(
    structure.root,
    dictText([
      '/Type /StructTreeRoot',
      `/K ${structure.document} 0 R`,
      `/ParentTree << /Nums [${nums.join(' ')}] >>`,
      `/ParentTreeNextKey ${nextKey}`,
    ]),
  );
  return ['/MarkInfo << /Marked true >>', `/StructTreeRoot ${structure.root} 0 R`];
}
