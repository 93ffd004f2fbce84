// Every word the deck adds by itself, in Chinese, and the part numbers ("一", "01").
import type { Meta, Numbering } from '../outline/types.ts';

export const LABELS = {
  agenda: '发言提纲',
  continued: '（续）',
  page: (n: number) => `第 ${n} 页`,
  pageOfTotal: (n: number, total: number) => `第 ${n} 页 / 共 ${total} 页`,
  notes: '演讲备注',
  minutes: (m: number) => `约 ${m} 分钟`,
  /** Sections of the PowerPoint that hold no part: the slides before the first part, and the closing slide. */
  openingSection: '开场',
  closingSection: '结束',
} as const;

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九; beyond 99 the Arabic number. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tensText = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`;
  return tensText + (ones === 0 ? '' : DIGITS[ones]);
}

/** The number shown for the n-th part (1-based). */
export function partNumber(n: number, numbering: Numbering): string {
  if (numbering === 'chinese') return chineseNumber(n);
  if (numbering === 'arabic') return String(n).padStart(2, '0');
  return '';
}

/** The caption over a divider's title: 第一部分 (chinese), 第 1 部分 (arabic), none without numbering. */
export function partCaption(n: number, numbering: Numbering): string {
  if (numbering === 'chinese') return `第${chineseNumber(n)}部分`;
  if (numbering === 'arabic') return `第 ${n} 部分`;
  return '';
}

/** The part's name with its number, as the agenda and footer show it: "一、标题", "1. 标题". */
export function partHeading(number: string, title: string, numbering: Numbering): string {
  if (numbering === 'chinese') return `${number}、${title}`;
  if (numbering === 'arabic') return `${Number(number)}. ${title}`;
  return title;
}

/** 2026-11-27 → 2026年11月27日 */
export function chineseDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** Who speaks, as the title slide, closing slide and script show it: organization, then speaker. */
export function bylineWords(meta: Meta): string[] {
  return [meta.organization, meta.speaker].filter((word): word is string => !!word);
}

/** Where and when: the event, then the date written the Chinese way. */
export function meetingWords(meta: Meta): string[] {
  return [meta.event, meta.date ? chineseDate(meta.date) : undefined].filter((word): word is string => !!word);
}
