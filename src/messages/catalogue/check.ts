// Messages of `check` about a talk: its timing against the slot, slides too full or empty, what the browser measured,
// notes the handout cannot hold.
import type { Message } from '../message.ts';

export const CHECK_MESSAGES = {
  emptySlide: {
    en: (slide: number, title: string) => `slide ${slide} “${title}” is empty: it has no points and no notes`,
    zh: (slide: number, title: string) => `第 ${slide} 页“${title}”是空的：没有要点，也没有备注`,
  } satisfies Message<[number, string]>,
  emptySlideFix: {
    en: () => 'write its points under the heading (`- 要点`), or delete the heading.',
    zh: () => '在标题下写上要点（`- 要点`），或者删掉这个标题。',
  } satisfies Message<[]>,

  notesCut: {
    en: (slide: number, title: string, perPage: number, fit: number, total: number) =>
      `the notes of slide ${slide} “${title}” are too long for the handout at ${perPage} slides a page: about ${fit} of their ${total} characters fit, the rest will be cut`,
    zh: (slide: number, title: string, perPage: number, fit: number, total: number) =>
      `第 ${slide} 页“${title}”的备注太长，讲义每页 ${perPage} 张时放不下：${total} 字中约 ${fit} 字能印出，其余会被截掉`,
  } satisfies Message<[number, string, number, number, number]>,
  notesCutFitsAt: {
    en: (perPage: number) => `shorten the notes, or print the handout with \`--per-page ${perPage}\`.`,
    zh: (perPage: number) => `压缩备注，或者用 \`--per-page ${perPage}\` 打印讲义。`,
  } satisfies Message<[number]>,
  notesCutNever: {
    en: () => 'shorten the notes (the script prints them in full).',
    zh: () => '压缩备注（讲稿里会印出全文）。',
  } satisfies Message<[]>,
  /** Notes the handout's browser cut where the estimate had them fit: said with the words the handout ends them in. */
  notesCutMeasured: {
    en: (slide: number, title: string, perPage: number, cut: string) =>
      `the notes of slide ${slide} “${title}” did not fit in the handout at ${perPage} slides a page even in small type; they end with “${cut}”`,
    zh: (slide: number, title: string, perPage: number, cut: string) =>
      `第 ${slide} 页“${title}”的备注用小字也放不下讲义（每页 ${perPage} 张），结尾印成“${cut}”`,
  } satisfies Message<[number, string, number, string]>,
  /** `what`: the kinds of the slide's text that print too small, SmallPrint keys joined by commas (smallPrint). */
  smallOnPaper: {
    en: (slide: number, title: string, points: number, perPage: number, what: string) =>
      `slide ${slide} “${title}” prints its ${kinds(what, 'en', ', ', ' and ')} under ${points} pt in the handout at ${perPage} slides a page`,
    zh: (slide: number, title: string, points: number, perPage: number, what: string) =>
      `第 ${slide} 页“${title}”的${kinds(what, 'zh', '、', '和')}在讲义上（每页 ${perPage} 张）印出来小于 ${points} pt`,
  } satisfies Message<[number, string, number, number, string]>,
  /** `fewer`: the most slides a page that print them large enough, when fewer a page would. */
  smallOnPaperFix: {
    en: (fewer: number) =>
      `shorten the points or split them with \`---\`${fewer ? `, or print the handout with \`--per-page ${fewer}\`` : ''}.`,
    zh: (fewer: number) => `压缩要点或用 \`---\` 分页${fewer ? `，或者用 \`--per-page ${fewer}\` 打印讲义` : ''}。`,
  } satisfies Message<[number]>,
  handoutOk: {
    en: (perPage: number) => `ok (every slide's notes fit at ${perPage} slides a page)`,
    zh: (perPage: number) => `正常（每页 ${perPage} 张时，每页的备注都放得下）`,
  } satisfies Message<[number]>,
  handoutOkWithoutNotes: {
    en: (perPage: number) => `ok (every slide prints large enough at ${perPage} slides a page)`,
    zh: (perPage: number) => `正常（每页 ${perPage} 张时，每张幻灯片的字都够大）`,
  } satisfies Message<[number]>,

  checkWithoutLayout: {
    en: () => 'To check without measuring the slides, run `speechdeck check --no-layout`.',
    zh: () => '如果不测量版面，可以运行 `speechdeck check --no-layout`。',
  } satisfies Message<[]>,

  overTime: {
    en: (spoken: string, over: string, duration: number) =>
      `the talk runs about ${spoken}, ${over} over its ${duration}-minute slot`,
    zh: (spoken: string, over: string, duration: number) => `发言约 ${spoken}，比 ${duration} 分钟的时限多出 ${over}`,
  } satisfies Message<[string, string, number]>,
  overTimeFix: {
    en: (pace: number) => `shorten the notes (at ${pace} characters a minute), or set \`duration\` to the real slot.`,
    zh: (pace: number) => `压缩备注（按每分钟 ${pace} 字计），或者把 \`duration\` 改成实际的时限。`,
  } satisfies Message<[number]>,
  underTime: {
    en: (spoken: string, duration: number) =>
      `the talk runs about ${spoken}, less than half of its ${duration}-minute slot`,
    zh: (spoken: string, duration: number) => `发言约 ${spoken}，不到 ${duration} 分钟时限的一半`,
  } satisfies Message<[string, number]>,
  underTimeFix: {
    en: () => 'write out in the notes what you will say: the estimate counts only the notes.',
    zh: () => '把要说的话写进备注：时长只按备注估算。',
  } satisfies Message<[]>,
  noNotes: {
    en: (slide: number, title: string) => `slide ${slide} “${title}” has no notes: the estimate counts it as 0:00`,
    zh: (slide: number, title: string) => `第 ${slide} 页“${title}”没有备注，估算时按 0:00 计`,
  } satisfies Message<[number, string]>,
  noNotesFix: {
    en: () => 'add `::: notes` … `:::` with what you will say.',
    zh: () => '加上 `::: notes` … `:::`，写下你要说的话。',
  } satisfies Message<[]>,
  /** The timing table's rows that are not a part. */
  openingRow: {
    en: () => 'opening',
    zh: () => '开场',
  } satisfies Message<[]>,
  closingRow: {
    en: () => 'closing',
    zh: () => '结尾',
  } satisfies Message<[]>,
  allSlidesRow: {
    en: () => 'all slides',
    zh: () => '全部幻灯片',
  } satisfies Message<[]>,
  totalRow: {
    en: () => 'total',
    zh: () => '合计',
  } satisfies Message<[]>,

  tooManyPoints: {
    en: (slide: number, title: string, points: number, limit: number) =>
      `slide ${slide} “${title}” has ${points} points; about ${limit} read well from the back of the room`,
    zh: (slide: number, title: string, points: number, limit: number) =>
      `第 ${slide} 页“${title}”有 ${points} 条要点，后排看得清的大约是 ${limit} 条`,
  } satisfies Message<[number, string, number, number]>,
  tooManyPointsFix: {
    en: () => 'split the slide with a `---` line, or merge points.',
    zh: () => '用一行 `---` 把这一页分成两页，或者合并要点。',
  } satisfies Message<[]>,
  longPoint: {
    en: (length: number, slide: number, title: string) =>
      `a point of ${length} characters on slide ${slide} “${title}”: about 20 read at a glance`,
    zh: (length: number, slide: number, title: string) =>
      `第 ${slide} 页“${title}”有一条要点长 ${length} 字，一眼能读完的大约是 20 字`,
  } satisfies Message<[number, number, string]>,
  longPointFix: {
    en: () => 'keep the point short and say the rest in the notes.',
    zh: () => '要点写短些，其余的放到备注里说。',
  } satisfies Message<[]>,

  setSmaller: {
    en: (slide: number, title: string, px: number) =>
      `slide ${slide} “${title}” is set smaller (${px} px) so that all of it fits`,
    zh: (slide: number, title: string, px: number) => `第 ${slide} 页“${title}”内容较多，字号缩小到 ${px} px 才放得下`,
  } satisfies Message<[number, string, number]>,
  continuedOnto: {
    en: (slide: number, title: string, more: number) =>
      `slide ${slide} “${title}” does not fit even in smaller type: it is continued on ${more === 1 ? 'the next slide' : `the next ${more} slides`} (（续）)`,
    zh: (slide: number, title: string, more: number) =>
      `第 ${slide} 页“${title}”缩小字号也放不下，已自动接续到后面 ${more} 页（续）`,
  } satisfies Message<[number, string, number]>,
  tooLong: {
    en: (slide: number, title: string) =>
      `slide ${slide} “${title}” holds one block taller than a slide even in the smallest type: it is cut off`,
    zh: (slide: number, title: string) => `第 ${slide} 页“${title}”有一整块内容比一页还高，最小字号也放不下，会被截掉`,
  } satisfies Message<[number, string]>,
  fitFix: {
    en: () => 'split the slide where you want with a `---` line, or shorten its points and say the rest in the notes.',
    zh: () => '在想分页的地方加一行 `---`，或者把要点写短些，其余的放到备注里说。',
  } satisfies Message<[]>,

  fallbackGlyphs: {
    en: (characters: string) =>
      `not in the bundled fonts: ${characters}, drawn from the fallback face HanaMin, in its own style`,
    zh: (characters: string) => `${characters} 不在自带字体里，改用备用字体“花园明朝”显示，字形风格略有不同`,
  } satisfies Message<[string]>,
  fallbackGlyphsFix: {
    en: () => 'check them in the PDF; the PowerPoint shows them only where the reader has a font with them.',
    zh: () => '请在 PDF 里核对；PowerPoint 只有在对方电脑装有含这些字的字体时才能显示。',
  } satisfies Message<[]>,
  noGlyphs: {
    en: (characters: string) => `in no font speechdeck ships: ${characters}, shown as a box`,
    zh: (characters: string) => `${characters} 在自带字体里都没有，会显示成方框`,
  } satisfies Message<[string]>,
  noGlyphsFix: {
    en: () => 'write the name another way (a common character, or pinyin), or leave the character out.',
    zh: () => '换一种写法（常用字或拼音），或者去掉这个字。',
  } satisfies Message<[]>,

  unplacedMarks: {
    en: (letters: string) =>
      `no bundled font composes or places the marks of ${letters}: the marks would print beside or over the letter`,
    zh: (letters: string) => `${letters} 的附加符号在自带字体里既没有合成字形，也无法定位，印出来会错位`,
  } satisfies Message<[string]>,
  unplacedMarksFix: {
    en: () => 'type the letter as one character where Unicode has it (ě, ǘ), or leave the extra mark out.',
    zh: () => '能用现成的带调字母（如 ě、ǘ）就直接输入它，否则去掉多余的符号。',
  } satisfies Message<[]>,

  overflows: {
    en: (slide: number, title: string, runs: string) => `slide ${slide} “${title}” overflows: ${runs}`,
    zh: (slide: number, title: string, runs: string) => `第 ${slide} 页“${title}”${runs}`,
  } satisfies Message<[number, string, string]>,
  /** `sides`: the `past…` messages joined by `and`; `from`: a quotation of the text that overflows, or ''. */
  overflowRuns: {
    en: (sides: string, from: string) => `its content runs ${sides}${from ? ` (from ${from})` : ''}`,
    zh: (sides: string, from: string) => `内容超出了${sides}${from ? `（从${from}开始）` : ''}`,
  } satisfies Message<[string, string]>,
  pastBottom: {
    en: (px: number) => `${px} px past the bottom`,
    zh: (px: number) => `底边 ${px} px`,
  } satisfies Message<[number]>,
  pastRight: {
    en: (px: number) => `${px} px past the right edge`,
    zh: (px: number) => `右边 ${px} px`,
  } satisfies Message<[number]>,
  pastTop: {
    en: (px: number) => `${px} px above the top`,
    zh: (px: number) => `顶边 ${px} px`,
  } satisfies Message<[number]>,
  pastLeft: {
    en: (px: number) => `${px} px past the left edge`,
    zh: (px: number) => `左边 ${px} px`,
  } satisfies Message<[number]>,
  and: {
    en: () => ' and ',
    zh: () => ' 和',
  } satisfies Message<[]>,
  overflowTallFix: {
    en: () => 'split it with a `---` line, or shorten its points and say the rest in the notes.',
    zh: () => '用一行 `---` 把它分成两页，或者压缩要点，其余的放到备注里说。',
  } satisfies Message<[]>,
  overflowWideFix: {
    en: () => 'shorten the line that does not wrap (a long address, number or table row).',
    zh: () => '缩短不能换行的那一行（长网址、长数字或表格的一行）。',
  } satisfies Message<[]>,
  smallText: {
    en: (slide: number, title: string, px: number, text: string, least: number) =>
      `slide ${slide} “${title}” has text at ${px} px (${text}), too small to read from the back; ${least} px is the least`,
    zh: (slide: number, title: string, px: number, text: string, least: number) =>
      `第 ${slide} 页“${title}”有 ${px} px 的文字（${text}），后排看不清；至少要 ${least} px`,
  } satisfies Message<[number, string, number, string, number]>,
  smallTextFix: {
    en: () => 'give that text a slide of its own, or move it to the notes.',
    zh: () => '把这些文字单独放一页，或者移到备注里。',
  } satisfies Message<[]>,
};

/** The kinds of a slide's text the handout may print too small, in both languages. */
const SMALL_PRINT = {
  points: { en: 'points', zh: '要点' },
  subPoints: { en: 'sub-points', zh: '子要点' },
  cards: { en: 'cards', zh: '卡片' },
  table: { en: 'table', zh: '表格' },
  quote: { en: 'quote', zh: '引文' },
  text: { en: 'text', zh: '文字' },
  caption: { en: 'caption', zh: '图片说明' },
} as const;
export type SmallPrint = keyof typeof SMALL_PRINT;

/** The argument smallOnPaper takes: the kinds, joined. */
export function smallPrint(what: readonly SmallPrint[]): string {
  return what.join(',');
}

/** The kinds' words, the last two joined by `last`, the others by `comma` (a kind it does not know as written). */
function kinds(what: string, language: 'en' | 'zh', comma: string, last: string): string {
  const words = what.split(',').map((kind) => (kind in SMALL_PRINT ? SMALL_PRINT[kind as SmallPrint][language] : kind));
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(comma)}${last}${words.at(-1)}`;
}
