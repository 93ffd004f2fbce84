// Messages of `import`: a speech file it cannot read or will not overwrite, the lines it removed or could not read
// whole, and what the draft holds. The draft outline itself is Chinese whatever the language (see src/import/draft.ts).
import type { Message } from '../message.ts';

/** How the speech marked its parts, as the importer names it (import/structure/index.ts), in Chinese. */
const STYLE_NAMES: Record<string, string> = {
  headings: '标题',
  ordinals: '序号',
  'lead-sentences': '段首句',
  paragraphs: '段落',
};

/** The import's noise rules (src/import/noise) by their Chinese names: the terminal's on a Chinese machine, and the
 *  draft's list of removed lines, which is Chinese wherever it is made. */
const NOISE_NAMES: Record<string, string> = {
  watermark: '水印',
  'page-number': '页码',
  'repeated-line': '页眉页脚',
  contact: '联系方式',
  promotion: '推广',
  membership: '会员广告',
  'document-site': '文库广告',
  'web-page': '网页元素',
  banner: '横幅',
  source: '出处',
  'advert-block': '文末广告',
};

/** A noise rule's Chinese name; a rule without one by its own name. */
export function noiseName(rule: string): string {
  return NOISE_NAMES[rule] ?? rule;
}

export const IMPORT_MESSAGES = {
  importExists: {
    en: () => 'the output file already exists; import does not overwrite it.',
    zh: () => '输出文件已经存在，import 不会覆盖它。',
  } satisfies Message<[]>,
  importExistsFix: {
    en: () => 'add --force to replace it, or choose another file with -o.',
    zh: () => '加 --force 覆盖它，或用 -o 换一个文件。',
  } satisfies Message<[]>,
  speechMissing: {
    en: () => 'the file does not exist.',
    zh: () => '文件不存在。',
  } satisfies Message<[]>,
  speechIsFolder: {
    en: () => 'this is a folder, not a file.',
    zh: () => '这是文件夹，不是文件。',
  } satisfies Message<[]>,
  speechNotAllowed: {
    en: () => 'the file cannot be read (permission denied).',
    zh: () => '没有权限读取这个文件。',
  } satisfies Message<[]>,
  speechUnreadable: {
    en: (code: string) => `the file cannot be read (${code}).`,
    zh: (code: string) => `无法读取这个文件（${code}）。`,
  } satisfies Message<[string]>,
  speechPathFix: {
    en: () => 'give the path of a .txt, .md or .docx file that holds the speech.',
    zh: () => '请给出存有发言原文的 .txt、.md 或 .docx 文件的路径。',
  } satisfies Message<[]>,
  speechEmpty: {
    en: () => 'the file is empty.',
    zh: () => '文件是空的。',
  } satisfies Message<[]>,
  /** `document` for a .docx. */
  speechNoText: {
    en: (document: boolean) => `the ${document ? 'document' : 'file'} holds no text.`,
    zh: (document: boolean) => `${document ? '文档' : '文件'}里没有文字。`,
  } satisfies Message<[boolean]>,
  speechTextFix: {
    en: (document: boolean) => `import a ${document ? 'document' : 'file'} that holds the speech text.`,
    zh: (document: boolean) => `请导入存有发言正文的${document ? '文档' : '文件'}。`,
  } satisfies Message<[boolean]>,
  onlyNoise: {
    en: (removed: number) => `no speech text is left once the ${removed} advertising and watermark lines are removed.`,
    zh: (removed: number) => `去掉 ${removed} 行广告和水印后，没有剩下发言正文。`,
  } satisfies Message<[number]>,
  onlyNoiseFix: {
    en: () => 'check that this is the right file.',
    zh: () => '请确认文件没有选错。',
  } satisfies Message<[]>,
  docxTooLarge: {
    en: (megabytes: number) =>
      `this .docx unpacks to more than ${megabytes} MB: far more than a Word document holds (a "zip bomb"), so it is not read.`,
    zh: (megabytes: number) =>
      `这个 .docx 解压后超过 ${megabytes} MB，远远超出 Word 文档应有的大小（疑为“zip 炸弹”），因此不读取。`,
  } satisfies Message<[number]>,
  docxTooManyParts: {
    en: (parts: number, limit: number) =>
      `this .docx holds ${parts} parts (files inside it), more than the ${limit} a Word document could need (tens, a few hundred with many pictures), so it is not read.`,
    zh: (parts: number, limit: number) =>
      `这个 .docx 里有 ${parts} 个部件（内部文件），超过 Word 文档可能用到的 ${limit} 个（通常几十个，图片多时几百个），因此不读取。`,
  } satisfies Message<[number, number]>,
  docxPartUnderstated: {
    en: (part: string, declared: string) =>
      `this .docx's part ${part} unpacks to more than the ${declared} it declares, as a "zip bomb" does, so it is not read.`,
    zh: (part: string, declared: string) =>
      `这个 .docx 的部件 ${part} 解压后超过它声明的 ${declared}，这是“zip 炸弹”的做法，因此不读取。`,
  } satisfies Message<[string, string]>,
  docxTooLargeFix: {
    en: () => 'if it is a real document, open it in Word or WPS and copy the speech into a .txt file; import that.',
    zh: () => '如果确实是正常的文档，请用 Word 或 WPS 打开，把发言内容复制到 .txt 文件里，再导入它。',
  } satisfies Message<[]>,
  docxUnreadable: {
    en: (reason: string) => `this .docx cannot be read (${reason}).`,
    zh: (reason: string) => `无法读取这个 .docx（${reason}）。`,
  } satisfies Message<[string]>,
  docxUnreadableFix: {
    en: () => 'open it in Word or WPS, save it again as .docx, and import that.',
    zh: () => '请用 Word 或 WPS 打开，重新另存为 .docx，再导入。',
  } satisfies Message<[]>,
  binaryFile: {
    en: () => 'this looks like a binary file, not text.',
    zh: () => '这看起来是二进制文件，不是文本。',
  } satisfies Message<[]>,
  binaryFileFix: {
    en: () => 'save the speech as .txt, .md or .docx and import that.',
    zh: () => '请把发言存成 .txt、.md 或 .docx，再导入。',
  } satisfies Message<[]>,
  pdfFile: {
    en: () => 'this is a PDF file, which import does not read.',
    zh: () => '这是 PDF 文件，import 不读取 PDF。',
  } satisfies Message<[]>,
  pdfFileFix: {
    en: () => 'copy the speech text into a .txt file (or save it as .docx) and import that.',
    zh: () => '请把发言内容复制到 .txt 文件里（或另存为 .docx），再导入。',
  } satisfies Message<[]>,
  oldWordFile: {
    en: () => 'this is an old Word (.doc) or other Office binary file.',
    zh: () => '这是旧版 Word（.doc）或其他 Office 二进制文件。',
  } satisfies Message<[]>,
  oldWordFileFix: {
    en: () => 'open it in Word or WPS and save it as .docx, then import the .docx.',
    zh: () => '请用 Word 或 WPS 打开并另存为 .docx，再导入这个 .docx。',
  } satisfies Message<[]>,
  zipFile: {
    en: () => 'this is a zip archive (perhaps a .docx with another name).',
    zh: () => '这是 zip 压缩包（也许是改了扩展名的 .docx）。',
  } satisfies Message<[]>,
  zipFileFix: {
    en: () => 'if it is a Word document, give it the .docx extension and import it again.',
    zh: () => '如果它是 Word 文档，请把扩展名改成 .docx 再导入。',
  } satisfies Message<[]>,
  undecodable: {
    en: (characters: number, encoding: string, lines: number) =>
      `${characters} characters cannot be read as ${encoding}${lines > 1 ? ` on ${lines} lines, the first here` : ''}: the file is damaged or in another encoding.`,
    zh: (characters: number, encoding: string, lines: number) =>
      `有 ${characters} 个字符无法按 ${encoding} 读取${lines > 1 ? `，分布在 ${lines} 行，这里是第一处` : ''}：文件已损坏，或者用的是别的编码。`,
  } satisfies Message<[number, string, number]>,
  saveAsUtf8Fix: {
    en: () =>
      'open it in Notepad or WPS, check the text, and save it as UTF-8 (另存为 → 编码 UTF-8); then import it again.',
    zh: () => '请用记事本或 WPS 打开，核对文字后另存为 UTF-8（另存为 → 编码 UTF-8），再重新导入。',
  } satisfies Message<[]>,
  /** Said in the terminal, and in Chinese in the draft's closing remarks whatever the language. */
  damagedBytes: {
    en: (count: number) =>
      `${count === 1 ? 'a character' : `${count} characters`} here cannot be read (damaged bytes); the words around ${count === 1 ? 'it' : 'them'} may be garbled: check this line against the original.`,
    zh: (count: number) =>
      `有 ${count} 个字符无法识别（原文件此处的字节已损坏），本行前后的文字可能有误，请对照原文核对`,
  } satisfies Message<[number]>,
  /** The lines of the terminal while importing: each removed line, each line not read whole. */
  /** `rule`: the name of the rule that removed the line (watermark, page-number…). */
  removedLine: {
    en: (place: string, rule: string, text: string) => `removed  ${place}  [${rule}]  ${text}`,
    zh: (place: string, rule: string, text: string) => `已删除  ${place}  [${noiseName(rule)}]  ${text}`,
  } satisfies Message<[string, string, string]>,
  importWarning: {
    en: (place: string, message: string) => `warning  ${place}  ${message}`,
    zh: (place: string, message: string) => `警告  ${place}  ${message}`,
  } satisfies Message<[string, string]>,
  draftDoesNotParse: {
    en: () =>
      'speechdeck import: the draft was written but does not parse; please fix the lines above by hand and report this as a bug.',
    zh: () => 'speechdeck import：草稿已写出，但无法解析；请手动修改上面列出的行，并把这个问题报告给我们。',
  } satisfies Message<[]>,
  /** `style`: the name of the way the speech marked its parts (headings, numbers…), as the importer calls it. */
  imported: {
    en: (file: string, parts: number, slides: number, style: string, removed: number) =>
      `${file}  ${parts} parts, ${slides} slides (structure: ${style}), ${removed} lines removed as noise`,
    zh: (file: string, parts: number, slides: number, style: string, removed: number) =>
      `${file}  ${parts} 个部分，${slides} 页（按${STYLE_NAMES[style] ?? style}分），删除了 ${removed} 行杂项`,
  } satisfies Message<[string, number, number, string, number]>,
};
