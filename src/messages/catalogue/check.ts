// Messages of `check` about a slide as a whole: one that shows nothing, notes the handout cannot hold.
import type { Message } from '../index.ts';

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
  handoutOk: {
    en: (perPage: number) => `ok (every slide's notes fit at ${perPage} slides a page)`,
    zh: (perPage: number) => `正常（每页 ${perPage} 张时，每页的备注都放得下）`,
  } satisfies Message<[number]>,
};
