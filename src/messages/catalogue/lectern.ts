// Messages at the lectern: the pace a report used (the front matter's or the speaker's rehearsals'), the rehearsal
// file, the rehearse and present commands.
import type { Message } from '../message.ts';

export const LECTERN_MESSAGES = {
  /** `rehearsals`: how many rehearsals measured the pace; 0 when it is the front matter's `pace`. */
  paceUsed: {
    en: (pace: number, rehearsals: number) =>
      rehearsals === 0
        ? `at ${pace} characters a minute`
        : rehearsals === 1
          ? `at your pace in your last rehearsal, ${pace} characters a minute`
          : `at your mean pace over ${rehearsals} rehearsals, ${pace} characters a minute`,
    zh: (pace: number, rehearsals: number) =>
      rehearsals === 0
        ? `按每分钟 ${pace} 字`
        : rehearsals === 1
          ? `按您上次试讲的语速 ${pace} 字/分`
          : `按您 ${rehearsals} 次试讲的平均语速 ${pace} 字/分`,
  } satisfies Message<[number, number]>,
  rehearsalUnreadable: {
    en: (why: string) => `cannot read the rehearsal file: ${why}`,
    zh: (why: string) => `无法读取试讲记录：${why}`,
  } satisfies Message<[string]>,
  rehearsalNotJson: {
    en: () => 'the rehearsal file is not valid JSON',
    zh: () => '试讲记录不是有效的 JSON',
  } satisfies Message<[]>,
  rehearsalNotOurs: {
    en: () => 'this is not a rehearsal file speechdeck wrote',
    zh: () => '这不是 speechdeck 写的试讲记录',
  } satisfies Message<[]>,
  rehearsalBadEntry: {
    en: (index: number) => `rehearsal ${index} in the file is incomplete or damaged`,
    zh: (index: number) => `文件中第 ${index} 次试讲的记录不完整或已损坏`,
  } satisfies Message<[number]>,
  rehearsalFix: {
    en: () => 'delete the file (the timing then goes back to `pace`) or restore it, then rehearse again.',
    zh: () => '删掉这个文件（时长将按 `pace` 估算），或者恢复原文件，然后重新试讲。',
  } satisfies Message<[]>,
} as const;
