// Messages about reading an outline from disk: which outlines, a file that cannot be opened or is not UTF-8 text,
// a theme that is not there.
import type { Message } from '../message.ts';

export const READING_MESSAGES = {
  noOutlines: {
    en: () => 'no outlines found in slides/.',
    zh: () => 'slides/ 里没有找到大纲。',
  } satisfies Message<[]>,
  noOutlinesFix: {
    en: () =>
      'name an outline file, or start one: `npx speechdeck new talk` writes slides/talk.md with every setting explained.',
    zh: () => '请指定大纲文件，或者新建一份：`npx speechdeck new talk` 会写出 slides/talk.md，每项设置都有说明。',
  } satisfies Message<[]>,
  outlineFromSettings: {
    en: (settings: string) => `the outline ${settings} names`,
    zh: (settings: string) => `${settings} 中指定的大纲`,
  } satisfies Message<[string]>,
  outlineMostRecent: {
    en: (outlines: number) =>
      outlines === 1
        ? 'the only outline in slides/'
        : `the most recently changed of the ${outlines} outlines in slides/`,
    zh: (outlines: number) =>
      outlines === 1 ? 'slides/ 里唯一的大纲' : `slides/ 里 ${outlines} 份大纲中最近修改的一份`,
  } satisfies Message<[number]>,
  outlineChosen: {
    en: (file: string, reason: string) => `${file}: ${reason}`,
    zh: (file: string, reason: string) => `${file}：${reason}`,
  } satisfies Message<[string, string]>,
  outlineChosenAll: {
    en: (file: string, reason: string, outlines: number) =>
      `${file}: ${reason}; ${outlines > 1 ? `--all works on all ${outlines}` : '--all works on every outline there'}`,
    zh: (file: string, reason: string, outlines: number) =>
      `${file}：${reason}；${outlines > 1 ? `加 --all 处理全部 ${outlines} 份` : '加 --all 处理其中全部大纲'}`,
  } satisfies Message<[string, string, number]>,
  allWithOutlines: {
    en: () => 'name outlines or give --all, not both.',
    zh: () => '指定大纲文件和 --all 只能二选一。',
  } satisfies Message<[]>,
  projectSettingsUnreadable: {
    en: (code: string) => `cannot read the project's settings (${code}).`,
    zh: (code: string) => `无法读取项目设置（${code}）。`,
  } satisfies Message<[string]>,
  projectSettingsNotJson: {
    en: () => "the project's settings are not valid JSON.",
    zh: () => '项目设置不是有效的 JSON。',
  } satisfies Message<[]>,
  projectSettingsOutlineNotText: {
    en: () => '"outline" must be the path of an outline, as text.',
    zh: () => '"outline" 必须是一个大纲文件的路径（文字）。',
  } satisfies Message<[]>,
  projectSettingsExample: {
    en: () => 'write it as {"outline": "slides/talk.md"}, or delete the file to work on the outline changed last.',
    zh: () => '请写成 {"outline": "slides/talk.md"}；或者删除这个文件，改为使用最近修改的大纲。',
  } satisfies Message<[]>,
  projectSettingsOutlineMissing: {
    en: (outline: string) => `it names ${outline}, which is not there.`,
    zh: (outline: string) => `其中指定的 ${outline} 不存在。`,
  } satisfies Message<[string]>,
  projectSettingsOutlineMissingFix: {
    en: () =>
      'correct the path (relative to the folder of speechdeck.json), or delete the file to work on the outline changed last.',
    zh: () => '请改正路径（相对于 speechdeck.json 所在的文件夹）；或者删除这个文件，改为使用最近修改的大纲。',
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
