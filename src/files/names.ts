// Output names a Windows PC can hold and a speaker can send: the one function that makes any text (a title, a
// speaker's name, `fileName:`) a safe base name, and the one test an outline's own file name must pass. Pure.

/** The longest a whole output name may be, in UTF-16 code units (what Windows counts), suffix included. */
export const MAX_NAME_LENGTH = 100;

/** What each output adds to the base name X, in each language of the command line. */
export const OUTPUT_SUFFIXES = {
  en: {
    oneFile: '.html',
    pdf: '.pdf',
    notesPdf: '-notes.pdf',
    handout: '-handout.pdf',
    script: '-script.pdf',
    pptx: '.pptx',
    pictures: '-png',
    longImage: '-长图.jpg',
  },
  zh: {
    oneFile: '.html',
    pdf: '.pdf',
    notesPdf: '-备注.pdf',
    handout: '-讲义.pdf',
    script: '-讲稿.pdf',
    pptx: '.pptx',
    pictures: '-png',
    longImage: '-长图.jpg',
  },
} as const;

export type OutputSuffixes = (typeof OUTPUT_SUFFIXES)[keyof typeof OUTPUT_SUFFIXES];

/** Room every base name leaves for the longest suffix of any language, so X is the same whatever the language. */
export const MAX_BASE_LENGTH =
  MAX_NAME_LENGTH -
  Math.max(
    // the long image cut in parts: `-长图-12.jpg`
    '-长图-99.jpg'.length,
    ...Object.values(OUTPUT_SUFFIXES).flatMap((s) => Object.values(s).map((x) => x.length)),
  );

/** Windows refuses these in a name; the full-width forms read the same in a Chinese title and are allowed. */
const REPLACEMENTS: Record<string, string> = {
  '\\': '-',
  '/': '-',
  ':': '：',
  '*': '＊',
  '?': '？',
  '"': '＂',
  '<': '＜',
  '>': '＞',
  '|': '｜',
};
const FORBIDDEN = /[\\/:*?"<>|]/g;
/** Control characters (C0, DEL, C1, the line and paragraph separators) and the invisible direction marks that can
 *  make `gpj.exe` read as `exe.jpg`. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** Half a surrogate pair: not a character, and macOS and Linux file systems refuse it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** The control characters that separate words: they become a space rather than run two words together. */
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
/** Device names Windows keeps for itself, whatever the case and whatever follows a dot (`nul.txt` is NUL too); the
 *  superscript digits are devices as well. */
const RESERVED = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])$/i;

/** What is wrong with a name as an output's base name. */
export type NameProblem =
  | { kind: 'empty' }
  | { kind: 'dots' }
  | { kind: 'character'; character: string }
  | { kind: 'reserved' }
  | { kind: 'ends' }
  | { kind: 'long'; limit: number };

/** Any text as a base name safe on Windows, macOS and Linux, or '' when nothing of it is left: forbidden characters
 *  become their full-width forms, control characters go (line breaks and tabs become a space), no dot or space at
 *  either end, a reserved device name gets `_`, and it is cut (between characters, never inside one) to leave room
 *  for the longest suffix. A name it leaves unchanged is one `nameProblem` accepts. */
export function safeBaseName(text: string): string {
  let name = text
    .replace(BREAKS, ' ')
    .replace(CONTROL, '')
    .replace(LONE_SURROGATE, '')
    .replace(FORBIDDEN, (c) => REPLACEMENTS[c]!);
  name = trimName(name);
  name = cutTo(name, MAX_BASE_LENGTH);
  name = trimName(name);
  if (isReserved(name)) name = name.replace(/^([^.]*?) *(\.|$)/, '$1_$2');
  return name;
}

/** Dots and spaces at the ends: Windows drops the trailing ones (`talk.` is `talk`), a leading dot hides a file on
 *  macOS and Linux, and `..` is the folder above. */
function trimName(name: string): string {
  return name.replace(/^[. ]+|[. ]+$/g, '');
}

/** Whether Windows takes the name for a device: its part before the first dot, trailing spaces dropped. */
function isReserved(name: string): boolean {
  return RESERVED.test(name.split('.')[0]!.replace(/ +$/, ''));
}

const graphemes = new Intl.Segmenter('zh', { granularity: 'grapheme' });

/** The longest start of `text` of at most `limit` UTF-16 code units that ends between two characters as a reader
 *  sees them (never inside a surrogate pair, nor between a letter and its combining mark). */
function cutTo(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let end = 0;
  for (const { segment, index } of graphemes.segment(text)) {
    if (index + segment.length > limit) break;
    end = index + segment.length;
  }
  return text.slice(0, end);
}

/** Why `name` cannot be an output's base name as it stands, or undefined when it can. */
export function nameProblem(name: string): NameProblem | undefined {
  if (name === '') return { kind: 'empty' };
  if (/^\.+$/.test(name)) return { kind: 'dots' };
  const bad =
    /[\\/:*?"<>|]/.exec(name) ?? new RegExp(CONTROL.source).exec(name) ?? new RegExp(LONE_SURROGATE.source).exec(name);
  if (bad) return { kind: 'character', character: bad[0] };
  if (/^[. ]|[. ]$/.test(name)) return { kind: 'ends' };
  if (name.length > MAX_BASE_LENGTH) return { kind: 'long', limit: MAX_BASE_LENGTH };
  if (isReserved(name)) return { kind: 'reserved' };
  return undefined;
}

/** 单位-姓名-题目: the parts given, each made safe, joined with `-`; '' when none is given. */
export function nameForSending(parts: ReadonlyArray<string | undefined>): string {
  return safeBaseName(
    parts
      .map((part) => (part === undefined ? '' : safeBaseName(part)))
      .filter(Boolean)
      .join('-'),
  );
}
