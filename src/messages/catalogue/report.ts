// Messages of `check`'s report: the topics' names and one-line summaries, the timing table's headings, the last line.
import type { Message } from '../message.ts';

/** "an 8-minute slot", "a 10-minute slot": the article goes by how the number is said (eight, eleven, eighteen). */
function minuteSlot(minutes: number): string {
  const whole = String(Math.trunc(minutes));
  const an = whole.startsWith('8') || (/^1[18]/.test(whole) && (whole.length - 2) % 3 === 0);
  return `${an ? 'an' : 'a'} ${minutes}-minute slot`;
}

const plural = (word: string, n: number) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "1 error", "2 hints": the severities that occur, each counted, in each language (the report and the dev page's
 *  badge join them each in their way). */
export const SEVERITY_COUNTS = {
  en: (errors: number, warnings: number, hints: number) =>
    [
      errors ? plural('error', errors) : '',
      warnings ? plural('warning', warnings) : '',
      hints ? plural('hint', hints) : '',
    ].filter(Boolean),
  zh: (errors: number, warnings: number, hints: number) =>
    [errors ? `${errors} 个错误` : '', warnings ? `${warnings} 个警告` : '', hints ? `${hints} 个提示` : ''].filter(
      Boolean,
    ),
};

const TOPIC_NAMES: Record<string, string> = {
  outline: '大纲',
  timing: '时长',
  layout: '版面',
  density: '密度',
  handout: '讲义',
  fonts: '字体',
};

const LIST_NOUNS: Record<string, { en: [string, string]; zh: string }> = {
  slides: { en: ['slide', 'slides'], zh: '页' },
  lines: { en: ['line', 'lines'], zh: '行' },
  files: { en: ['file', 'files'], zh: '个文件' },
  characters: { en: ['character', 'characters'], zh: '个字' },
};

export const REPORT_MESSAGES = {
  /** The end of a list cut at ten items (src/messages/list.ts): how many more, how many in all. */
  listMore: {
    en: (kind: string, more: number, total: number) =>
      `and ${more} more ${LIST_NOUNS[kind]?.en[more === 1 ? 0 : 1] ?? ''} (${total} in all)`.replace('  ', ' '),
    zh: (kind: string, more: number, total: number) =>
      `等 ${more} ${LIST_NOUNS[kind]?.zh ?? ''}（共 ${total} ${LIST_NOUNS[kind]?.zh ?? ''}）`,
  } satisfies Message<[string, number, number]>,
  topic: {
    en: (topic: string) => topic,
    zh: (topic: string) => TOPIC_NAMES[topic] ?? `其他（${topic}）`,
  } satisfies Message<[string]>,
  /** "1 error, 2 hints". */
  findingCounts: {
    en: (errors: number, warnings: number, hints: number) => SEVERITY_COUNTS.en(errors, warnings, hints).join(', '),
    zh: (errors: number, warnings: number, hints: number) => SEVERITY_COUNTS.zh(errors, warnings, hints).join('，'),
  } satisfies Message<[number, number, number]>,
  topicOk: {
    en: () => 'ok',
    zh: () => '正常',
  } satisfies Message<[]>,
  outlineProblems: {
    en: (problems: number) =>
      `${problems} ${problems === 1 ? 'problem' : 'problems'}: fix ${problems === 1 ? 'it' : 'them'} first, then check again`,
    zh: (problems: number) => `${problems} 处问题：先改好，再检查一次`,
  } satisfies Message<[number]>,
  /** `duration`: the slot in minutes, 0 when the front matter sets none; `pace`: paceUsed's words; `counts`: the
   *  timing findings, or ''. */
  timingSummary: {
    en: (time: string, duration: number, pace: string, counts: string) =>
      `about ${time}${duration ? ` for ${minuteSlot(duration)}` : ' (no `duration` set)'}, ${pace}${counts ? ` (${counts})` : ''}`,
    zh: (time: string, duration: number, pace: string, counts: string) =>
      `约 ${time}（${duration ? `时限 ${duration} 分钟` : '没有设 `duration`'}，${pace}）${counts ? `：${counts}` : ''}`,
  } satisfies Message<[string, number, string, string]>,
  layoutNotMeasured: {
    en: () => 'not measured (--no-layout)',
    zh: () => '没有测量（--no-layout）',
  } satisfies Message<[]>,
  layoutMeasured: {
    en: (slides: number, width: number, height: number, result: string) =>
      `${slides} slides measured at ${width}×${height}: ${result}`,
    zh: (slides: number, width: number, height: number, result: string) =>
      `按 ${width}×${height} 测量了 ${slides} 页：${result}`,
  } satisfies Message<[number, number, number, string]>,
  layoutOk: {
    en: (px: number) => `nothing overflows, no text under ${px} px`,
    zh: (px: number) => `没有内容超出，没有小于 ${px} px 的文字`,
  } satisfies Message<[number]>,
  densityOk: {
    en: (points: number, length: number) => `ok (at most ${points} points a slide, none over ${length} characters)`,
    zh: (points: number, length: number) => `正常（每页最多 ${points} 条要点，没有超过 ${length} 字的）`,
  } satisfies Message<[number, number]>,
  columnPart: {
    en: () => 'part',
    zh: () => '部分',
  } satisfies Message<[]>,
  columnSlides: {
    en: () => 'slides',
    zh: () => '页数',
  } satisfies Message<[]>,
  columnCharacters: {
    en: () => 'characters',
    zh: () => '字数',
  } satisfies Message<[]>,
  columnMinutes: {
    en: () => 'minutes',
    zh: () => '时长',
  } satisfies Message<[]>,
  /** The summary line's start, for one outline: its length against its slot. */
  talkLength: {
    en: (time: string, duration: number) => `about ${time}${duration ? ` for ${minuteSlot(duration)}` : ''}`,
    zh: (time: string, duration: number) => `约 ${time}${duration ? `（时限 ${duration} 分钟）` : ''}`,
  } satisfies Message<[string, number]>,
  /** After the first findings `deck` prints, when there are more. */
  findingsMore: {
    en: (more: number, total: number) =>
      `… and ${more} more (${total} in all): see them all with \`speechdeck check\` (or \`check --json\`)`,
    zh: (more: number, total: number) =>
      `…… 等 ${more} 条（共 ${total} 条），全部见 \`speechdeck check\`（或 \`check --json\`）`,
  } satisfies Message<[number, number]>,
  /** After findings `deck` shortened to fit the terminal's width. */
  findingsInFull: {
    en: () => 'each finding in full: `speechdeck check`',
    zh: () => '每条的全文见 `speechdeck check`',
  } satisfies Message<[]>,
  noProblems: {
    en: (outlines: number) => `no problems in ${outlines} ${outlines === 1 ? 'outline' : 'outlines'}`,
    zh: (outlines: number) => `${outlines} 份大纲没有问题`,
  } satisfies Message<[number]>,
  problemsIn: {
    en: (counts: string, outlines: number, strict: boolean) =>
      `${counts} in ${outlines} ${outlines === 1 ? 'outline' : 'outlines'}${strict ? ' (--strict: warnings count as errors)' : ''}`,
    zh: (counts: string, outlines: number, strict: boolean) =>
      `${outlines} 份大纲中有 ${counts}${strict ? '（--strict：警告也算错误）' : ''}`,
  } satisfies Message<[string, number, boolean]>,
};
