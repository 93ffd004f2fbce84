// Messages of `meeting`: the meeting file's mistakes (each at its line), the bound PDF, and the organiser's summary of
// every talk's timing against its slot and its check findings.
import type { Message } from '../message.ts';

export const MEETING_MESSAGES = {
  meetingDescription: {
    en: () =>
      "the organiser's bundle: every talk of meeting.yaml checked, and one bound PDF of all materials in dist/<meeting>/",
    zh: () => '会务用：检查 meeting.yaml 中的每个发言，并在 dist/<会议文件名>/ 中写出全部材料装订成的一个 PDF',
  } satisfies Message<[]>,
  meetingFileArgument: {
    en: () => 'the meeting file (YAML): its title, date and programme of talks',
    zh: () => '会议文件（YAML）：会议名称、日期和发言顺序',
  } satisfies Message<[]>,
  meetingExamples: {
    en: () =>
      '\nExample meeting.yaml:\n  title: 青年干部理论学习交流会\n  date: 2026-11-27\n  bound: handout   # or slides\n  talks:\n' +
      '    - outline: slides/qunzhong.md\n      duration: 8\n    - file: received/李某某.pdf\n      speaker: 李某某\n\n' +
      'Example:\n  npx speechdeck meeting meeting.yaml   # → dist/meeting/meeting.pdf',
    zh: () =>
      '\n会议文件的写法（会议名称、日期、发言顺序）见 docs/share.md。\n\n' +
      '示例：\n  npx speechdeck meeting meeting.yaml   # → dist/meeting/meeting.pdf',
  } satisfies Message<[]>,
  meetingExample: {
    en: () =>
      'Write it as `title:`, `date:` and `talks:`, a list of `- outline: slides/talk.md` or `- file: received/x.pdf`',
    zh: () =>
      '请写成 `title:`、`date:` 和 `talks:`，后者逐行列出 `- outline: slides/talk.md` 或 `- file: received/x.pdf`',
  } satisfies Message<[]>,
  meetingYaml: {
    en: (problem: string) => `The meeting file is not valid YAML: ${problem}`,
    zh: (problem: string) => `会议文件不是有效的 YAML：${problem}`,
  } satisfies Message<[string]>,
  meetingNotMap: {
    en: () => 'The meeting file should list its settings as `key: value`',
    zh: () => '会议文件应当逐行写成“键: 值”',
  } satisfies Message<[]>,
  meetingText: {
    en: (key: string) => `\`${key}\` should be a single text`,
    zh: (key: string) => `\`${key}\` 应当是一段文字`,
  } satisfies Message<[string]>,
  meetingDuration: {
    en: () => '`duration` should be the slot in minutes, a number above 0 and at most 600',
    zh: () => '`duration` 应当是发言时长（分钟），大于 0、不超过 600 的数字',
  } satisfies Message<[]>,
  meetingUnknownKey: {
    en: (key: string, known: string) => `\`${key}\` is not a setting of the meeting file (known: ${known})`,
    zh: (key: string, known: string) => `会议文件没有 \`${key}\` 这一项（可用：${known}）`,
  } satisfies Message<[string, string]>,
  meetingTalksList: {
    en: () => '`talks` should be a list, one `- outline:` or `- file:` a line',
    zh: () => '`talks` 应当是列表，每项一行 `- outline:` 或 `- file:`',
  } satisfies Message<[]>,
  meetingTalkMap: {
    en: () => 'Each talk should be `- outline: <file>` or `- file: <file>`, with its own settings below',
    zh: () => '每个发言应当写成 `- outline: <文件>` 或 `- file: <文件>`，其余设置写在下面',
  } satisfies Message<[]>,
  meetingOutlineOrFile: {
    en: () => 'A talk is either an `outline:` or a `file:` a speaker sent, one of the two',
    zh: () => '每个发言要么是 `outline:` 大纲，要么是发言人发来的 `file:` 文件，二者选一',
  } satisfies Message<[]>,
  meetingBound: {
    en: (value: string) => `\`bound: ${value}\`: the bound PDF holds each talk's \`handout\` or its \`slides\``,
    zh: (value: string) => `\`bound: ${value}\`：汇编中每个发言可以用讲义（\`handout\`）或幻灯片（\`slides\`）`,
  } satisfies Message<[string]>,
  meetingNoTitle: {
    en: () => 'The meeting file names no `title:`',
    zh: () => '会议文件没有写 `title:`（会议名称）',
  } satisfies Message<[]>,
  meetingNoTalks: {
    en: () => 'The meeting file lists no talks',
    zh: () => '会议文件中没有列出发言',
  } satisfies Message<[]>,
  meetingSentFile: {
    en: (file: string) => `${file}: a file a speaker sent should be a .pdf or a .pptx`,
    zh: (file: string) => `${file}：发言人发来的文件应当是 .pdf 或 .pptx`,
  } satisfies Message<[string]>,
  meetingSentUnreadable: {
    en: (file: string, why: string) => `${file} could not be read (${why})`,
    zh: (file: string, why: string) => `无法读取 ${file}（${why}）`,
  } satisfies Message<[string, string]>,
  meetingPptxAlone: {
    en: (file: string) => `${file}: LibreOffice was not found to convert it; the bound PDF has a page naming the file`,
    zh: (file: string) => `${file}：没有找到 LibreOffice，无法转换；汇编中以一页说明代替`,
  } satisfies Message<[string]>,
  /** The page the bound PDF holds for a PowerPoint sent that could not be converted. */
  meetingPptxPage: {
    en: (file: string) => `This talk's slides are in the file sent: ${file}. Open it on its own.`,
    zh: (file: string) => `本发言的材料见发来的文件“${file}”，请另行打开。`,
  } satisfies Message<[string]>,
  meetingDeckWritten: {
    en: (talks: number, size: string) => `the meeting's deck: ${talks} talks in one file, ${size}`,
    zh: (talks: number, size: string) => `会议演示文件：${talks} 个发言，单个文件，${size}`,
  } satisfies Message<[number, string]>,
  boundPdf: {
    en: () => 'bound PDF',
    zh: () => '材料汇编 PDF',
  } satisfies Message<[]>,
  /** The summary: one line per talk. */
  meetingSummary: {
    en: () => 'The programme:',
    zh: () => '会议议程：',
  } satisfies Message<[]>,
  meetingTalkLine: {
    en: (n: number, who: string, time: string) => `${n}. ${who}  ${time}`,
    zh: (n: number, who: string, time: string) => `${n}．${who}　${time}`,
  } satisfies Message<[number, string, string]>,
  meetingTime: {
    en: (minutes: string) => `about ${minutes} min`,
    zh: (minutes: string) => `约 ${minutes} 分钟`,
  } satisfies Message<[string]>,
  meetingSlot: {
    en: (time: string, slot: number, over: boolean) => `${time} of ${slot} min${over ? ', OVER TIME' : ''}`,
    zh: (time: string, slot: number, over: boolean) => `${time}，限时 ${slot} 分钟${over ? '，超时' : ''}`,
  } satisfies Message<[string, number, boolean]>,
  meetingDetail: {
    en: (time: string, findings: string) => `${time}; ${findings}`,
    zh: (time: string, findings: string) => `${time}；${findings}`,
  } satisfies Message<[string, string]>,
  meetingFindings: {
    en: (errors: number, warnings: number) => `${errors} problem(s), ${warnings} warning(s)`,
    zh: (errors: number, warnings: number) => `${errors} 个问题，${warnings} 个提醒`,
  } satisfies Message<[number, number]>,
  meetingSentLine: {
    en: (pages: number) => `sent file, ${pages} page(s)`,
    zh: (pages: number) => `发来的文件，${pages} 页`,
  } satisfies Message<[number]>,
  meetingTalkFailed: {
    en: () => 'NOT INCLUDED (see above)',
    zh: () => '未能收入（见上文）',
  } satisfies Message<[]>,
} as const;
