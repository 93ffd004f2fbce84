// Messages about typing mistakes in an outline: what the line turns into, and the one change that fixes it.
import type { Message } from '../message.ts';

/** What a line of `#` marks would have made: 1 a part, 2 a slide, more a heading on the slide. */
const HEADING = {
  en: (marks: number) => (marks === 1 ? 'a part title' : marks === 2 ? 'a slide title' : 'a heading'),
  zh: (marks: number) => (marks === 1 ? '部分标题' : marks === 2 ? '幻灯片标题' : '小标题'),
};

export const OUTLINE_MESSAGES = {
  headingWithoutSpace: {
    en: (marks: string) =>
      `no space after \`${marks}\`, so this line shows as text, not as ${HEADING.en(marks.length)}`,
    zh: (marks: string) => `\`${marks}\` 后面没有空格，这一行会显示为正文，而不是${HEADING.zh(marks.length)}`,
  } satisfies Message<[string]>,
  headingWithoutSpaceFix: {
    en: (marks: string, title: string) => `put a space after \`${marks}\`: \`${marks} ${title}\`.`,
    zh: (marks: string, title: string) => `在 \`${marks}\` 后加一个空格：\`${marks} ${title}\`。`,
  } satisfies Message<[string, string]>,

  fullWidthHeading: {
    en: (marks: string) =>
      `\`${marks}\` is typed with the full-width \`＃\`, so this line shows as text, not as ${HEADING.en(marks.length)}`,
    zh: (marks: string) => `\`${marks}\` 是全角字符，这一行会显示为正文，而不是${HEADING.zh(marks.length)}`,
  } satisfies Message<[string]>,
  fullWidthHeadingFix: {
    en: (marks: string, title: string) => `type the half-width \`${marks}\` and a space: \`${marks} ${title}\`.`,
    zh: (marks: string, title: string) => `改用半角的 \`${marks}\`，后面加一个空格：\`${marks} ${title}\`。`,
  } satisfies Message<[string, string]>,

  notAListMarker: {
    en: (mark: string) => `\`${mark}\` is not a list marker, so this line shows as text, not as a point`,
    zh: (mark: string) => `\`${mark}\` 不是列表符号，这一行会显示为正文，而不是要点`,
  } satisfies Message<[string]>,
  notAListMarkerFix: {
    en: (point: string) => `start the point with a half-width \`-\` and a space: \`- ${point}\`.`,
    zh: (point: string) => `改用半角的 \`-\`，后面加一个空格：\`- ${point}\`。`,
  } satisfies Message<[string]>,

  markAfterMarker: {
    en: (mark: string) =>
      `the point starts with \`${mark}\` after its list marker, so the slide shows the \`${mark}\` too`,
    zh: (mark: string) => `要点的列表符号后面又有一个 \`${mark}\`，幻灯片上会把它也显示出来`,
  } satisfies Message<[string]>,
  markAfterMarkerFix: {
    en: (mark: string, point: string) => `delete the \`${mark}\`: \`${point}\`.`,
    zh: (mark: string, point: string) => `删去 \`${mark}\`：\`${point}\`。`,
  } satisfies Message<[string, string]>,

  pointWithoutSpace: {
    en: (mark: string) => `no space after \`${mark}\`, so this line shows as text, not as a point`,
    zh: (mark: string) => `\`${mark}\` 后面没有空格，这一行会显示为正文，而不是要点`,
  } satisfies Message<[string]>,
  pointWithoutSpaceFix: {
    en: (mark: string, point: string) => `put a space after \`${mark}\`: \`${mark} ${point}\`.`,
    zh: (mark: string, point: string) => `在 \`${mark}\` 后加一个空格：\`${mark} ${point}\`。`,
  } satisfies Message<[string, string]>,

  pointInParagraph: {
    en: () => 'this point runs on from the line above, so it shows as text, not as a point',
    zh: () => '这一行接在上一行后面，会显示为正文，而不是要点',
  } satisfies Message<[]>,
  pointInParagraphFix: {
    en: () => 'leave a blank line before the list.',
    zh: () => '在列表前面空一行。',
  } satisfies Message<[]>,
  indentedPointInParagraphFix: {
    en: () => 'leave a blank line before the list, and start its `-` at the left margin.',
    zh: () => '在列表前面空一行，并让 `-` 顶格写。',
  } satisfies Message<[]>,

  indentedList: {
    en: (tab: boolean) => `a list indented with ${tab ? 'a tab' : 'four spaces or more'} shows as code, not as points`,
    zh: (tab: boolean) => `用${tab ? ' Tab ' : '四个以上空格'}缩进的列表会显示为代码，而不是要点`,
  } satisfies Message<[boolean]>,
  indentedListFix: {
    en: () => 'start the `-` at the left margin, and indent sub-points with two spaces, not a tab.',
    zh: () => '让 `-` 顶格写；子要点用两个空格缩进，不要用 Tab。',
  } satisfies Message<[]>,
  indentedText: {
    en: (tab: boolean) => `text indented with ${tab ? 'a tab' : 'four spaces or more'} shows as code, in small type`,
    zh: (tab: boolean) => `用${tab ? ' Tab ' : '四个以上空格'}缩进的文字会显示为小号的代码`,
  } satisfies Message<[boolean]>,
  indentedTextFix: {
    en: () => 'start the line at the left margin (to show code, put it between two ``` lines).',
    zh: () => '让这一行顶格写（确实要显示代码，请放在两行 ``` 之间）。',
  } satisfies Message<[]>,

  fullWidthContainer: {
    en: (marks: string) => `\`${marks}\` is typed with full-width colons, so this line shows as text`,
    zh: (marks: string) => `\`${marks}\` 用的是全角冒号，这一行会显示为正文`,
  } satisfies Message<[string]>,
  fullWidthContainerFix: {
    en: (line: string) => `type three half-width colons: \`${line}\`.`,
    zh: (line: string) => `改用三个半角冒号：\`${line}\`。`,
  } satisfies Message<[string]>,

  notesSingular: {
    en: (name: string) => `\`::: ${name}\` is not a block speechdeck knows; speaker notes are \`::: notes\``,
    zh: (name: string) => `没有 \`::: ${name}\` 这种块；演讲备注要写 \`::: notes\``,
  } satisfies Message<[string]>,
  notesSingularFix: {
    en: () => 'write `::: notes`, with an s.',
    zh: () => '改为 `::: notes`（末尾有 s）。',
  } satisfies Message<[]>,

  notesRunIntoSlide: {
    en: (next: number, part: boolean) =>
      `\`::: notes\` is not closed before the next ${part ? 'part' : 'slide'}, which starts at line ${next}`,
    zh: (next: number, part: boolean) => `\`::: notes\` 没有结束，下一${part ? '部分' : '页'}从第 ${next} 行开始`,
  } satisfies Message<[number, boolean]>,
  notesRunIntoSlideFix: {
    en: (next: number) => `add a line \`:::\` where the notes end, before line ${next}.`,
    zh: (next: number) => `在备注结尾、第 ${next} 行之前加一行 \`:::\`。`,
  } satisfies Message<[number]>,

  fullWidthColon: {
    en: (key: string, line: number) =>
      `the colon after \`${key}\` on line ${line} is the full-width \`：\`, which a setting cannot use`,
    zh: (key: string, line: number) => `第 ${line} 行 \`${key}\` 后面是全角冒号 \`：\`，设置不能用它`,
  } satisfies Message<[string, number]>,
  settingColonFix: {
    en: (key: string, value: string) => `type a half-width colon and a space: \`${key}: ${value}\`.`,
    zh: (key: string, value: string) => `改用半角冒号，后面加一个空格：\`${key}: ${value}\`。`,
  } satisfies Message<[string, string]>,
  settingSpaceFix: {
    en: (key: string, value: string) => `put a space after the colon: \`${key}: ${value}\`.`,
    zh: (key: string, value: string) => `在冒号后加一个空格：\`${key}: ${value}\`。`,
  } satisfies Message<[string, string]>,
  noSpaceAfterColon: {
    en: (key: string, line: number) =>
      `no space after the colon of \`${key}\` on line ${line}, so it is not read as a setting`,
    zh: (key: string, line: number) => `第 ${line} 行 \`${key}\` 的冒号后面没有空格，读不成一项设置`,
  } satisfies Message<[string, number]>,

  indentedFence: {
    en: (line: number) => `the front matter's \`---\` on line ${line} is indented, so it does not count`,
    zh: (line: number) => `第 ${line} 行的 \`---\` 前面有空格，不能算作开头设置的分隔线`,
  } satisfies Message<[number]>,
  fenceLookalike: {
    en: (fence: string, line: number) => `\`${fence}\` on line ${line} is not the front matter's \`---\``,
    zh: (fence: string, line: number) => `第 ${line} 行的 \`${fence}\` 不是开头设置的分隔线 \`---\``,
  } satisfies Message<[string, number]>,
  fenceFix: {
    en: () => 'write exactly three half-width hyphens at the left margin: `---`.',
    zh: () => '顶格写三个半角减号：`---`。',
  } satisfies Message<[]>,
  nestedTooDeep: {
    en: (lists: number, quotes: number) =>
      `nested too deeply to be read (${lists} levels of lists, ${quotes} of quotes): its words would be lost`,
    zh: (lists: number, quotes: number) => `嵌套太深，无法读取（列表 ${lists} 层、引文 ${quotes} 层）：这些文字会丢失`,
  } satisfies Message<[number, number]>,
  nestedTooDeepFix: {
    en: () => 'a slide shows two levels of points (deeper ones are folded into the second): remove the levels below.',
    zh: () => '幻灯片只显示两层要点（更深的会并入第二层）：请去掉下面多余的层级。',
  } satisfies Message<[]>,
};
