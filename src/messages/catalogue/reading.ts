// Messages about reading an outline from disk: which outlines, a file that cannot be opened or is not UTF-8 text,
// a theme that is not there.
import type { Message } from '../message.ts';

export const READING_MESSAGES = {
  noOutlines: {
    en: () => 'no outlines found in slides/.',
    zh: () => 'slides/ 里没有找到大纲。',
  } satisfies Message<[]>,
  noOutlinesFix: {
    en: () => 'name an outline file, or create slides/<name>.md (see README, "The outline format").',
    zh: () => '请指定大纲文件，或者新建 slides/<name>.md（见 README 的“The outline format”一节）。',
  } satisfies Message<[]>,
  cannotOpenOutline: {
    en: (why: string) => `cannot open the outline: ${why}.`,
    zh: (why: string) => `无法打开大纲：${why}。`,
  } satisfies Message<[string]>,
  noSuchFile: {
    en: () => 'no such file',
    zh: () => '文件不存在',
  } satisfies Message<[]>,
  folderNotFile: {
    en: () => 'it is a folder, not a file',
    zh: () => '这是文件夹，不是文件',
  } satisfies Message<[]>,
  cannotReadCode: {
    en: (code: string) => `cannot read it (${code})`,
    zh: (code: string) => `无法读取（${code}）`,
  } satisfies Message<[string]>,
  outlinePathFix: {
    en: () => 'check the path; outlines live in slides/<name>.md.',
    zh: () => '请检查路径；大纲放在 slides/<name>.md。',
  } satisfies Message<[]>,
  nulBytes: {
    en: () => 'the file contains NUL bytes: it is not a text outline.',
    zh: () => '文件里有 NUL 字节，不是文本格式的大纲。',
  } satisfies Message<[]>,
  nulBytesFix: {
    en: () => 'save it as UTF-8 text, or use `speechdeck import` for .docx and other encodings.',
    zh: () => '请另存为 UTF-8 文本；.docx 或其他编码的文件请用 `speechdeck import`。',
  } satisfies Message<[]>,
  notUtf8: {
    en: () => 'the file is not valid UTF-8.',
    zh: () => '文件不是有效的 UTF-8 编码。',
  } satisfies Message<[]>,
  notUtf8Fix: {
    en: () => 'save it as UTF-8, or run `speechdeck import` on it, which also reads GBK and UTF-16.',
    zh: () => '请另存为 UTF-8；或者对它运行 `speechdeck import`，它也能读 GBK 和 UTF-16。',
  } satisfies Message<[]>,
  badUtf16: {
    en: () => 'the file starts as UTF-16 text but is not valid UTF-16.',
    zh: () => '文件开头标明是 UTF-16 文本，内容却不是有效的 UTF-16。',
  } satisfies Message<[]>,
  badUtf16Fix: {
    en: () => 'save it as UTF-8 text.',
    zh: () => '请另存为 UTF-8 文本。',
  } satisfies Message<[]>,
  unknownTheme: {
    en: (theme: string) => `unknown theme \`${theme}\``,
    zh: (theme: string) => `没有 \`${theme}\` 这个主题`,
  } satisfies Message<[string]>,
  unknownThemeFix: {
    en: (themes: string) => `available themes: ${themes}.`,
    zh: (themes: string) => `可用的主题：${themes}。`,
  } satisfies Message<[string]>,
};
