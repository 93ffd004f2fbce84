// Messages the deck's page says at the lectern: the rehearsal's clock and its table, the prompter. The deck carries
// them (their characters are in its fonts), so they are short.
import type { Message } from '../message.ts';

export const LECTERN_PAGE_MESSAGES = {
  rehearsalKeys: {
    en: () => 'R start/stop rehearsal · Z pause · S speaker view · T prompter',
    zh: () => 'R 开始/结束试讲 · Z 暂停 · S 演讲者视图 · T 提词器',
  } satisfies Message<[]>,
  rehearsalRunning: {
    en: (slide: string, total: string) => `Rehearsing · this slide ${slide} · total ${total}`,
    zh: (slide: string, total: string) => `试讲中 · 本页 ${slide} · 共 ${total}`,
  } satisfies Message<[string, string]>,
  rehearsalPaused: {
    en: (total: string) => `Paused at ${total} (Z to go on)`,
    zh: (total: string) => `已暂停，共 ${total}（按 Z 继续）`,
  } satisfies Message<[string]>,
  rehearsalResult: {
    en: () => 'Rehearsal: planned and real time',
    zh: () => '试讲结果：计划与实际用时',
  } satisfies Message<[]>,
  rehearsalColumns: {
    en: () => 'Slide|Title|Planned|Real|Difference',
    zh: () => '页|标题|计划|实际|相差',
  } satisfies Message<[]>,
  rehearsalTotal: {
    en: () => 'Total',
    zh: () => '合计',
  } satisfies Message<[]>,
  rehearsalPace: {
    en: (pace: number) => `Your pace: ${pace} characters a minute.`,
    zh: (pace: number) => `您的语速：每分钟 ${pace} 字。`,
  } satisfies Message<[number]>,
  rehearsalSaved: {
    en: (file: string) => `Saved to ${file}: check, the script and the speaker view now time the talk at your pace.`,
    zh: (file: string) => `已保存到 ${file}：检查、讲稿和演讲者视图今后按您的语速估算。`,
  } satisfies Message<[string]>,
  rehearsalNotSaved: {
    en: () => 'Not saved: a rehearsal is saved when speechdeck rehearse (or present) shows the deck.',
    zh: () => '没有保存：用 speechdeck rehearse（或 present）打开演示时才能保存试讲记录。',
  } satisfies Message<[]>,
  rehearsalSaveFailed: {
    en: (why: string) => `Not saved: ${why}`,
    zh: (why: string) => `没有保存：${why}`,
  } satisfies Message<[string]>,
  closeEsc: {
    en: () => 'Close (Esc)',
    zh: () => '关闭（Esc）',
  } satisfies Message<[]>,
  prompterNext: {
    en: () => 'Next',
    zh: () => '下一页',
  } satisfies Message<[]>,
  prompterSlide: {
    en: (slide: number, total: number) => `Slide ${slide} of ${total}`,
    zh: (slide: number, total: number) => `第 ${slide} / ${total} 页`,
  } satisfies Message<[number, number]>,
  prompterLeft: {
    en: (time: string) => `${time} left`,
    zh: (time: string) => `剩余 ${time}`,
  } satisfies Message<[string]>,
  prompterOver: {
    en: (time: string) => `${time} over`,
    zh: (time: string) => `超时 ${time}`,
  } satisfies Message<[string]>,
  prompterNoNotes: {
    en: () => '(no notes)',
    zh: () => '（本页无备注）',
  } satisfies Message<[]>,
  prompterKeys: {
    en: () => '+/- size · D dark/light · M mirror · A scroll at your pace · Z pause · arrows turn the slides',
    zh: () => '+/- 字号 · D 深色/浅色 · M 镜像 · A 按语速滚动 · Z 暂停 · 方向键翻页',
  } satisfies Message<[]>,
  prompterScrolling: {
    en: () => 'Scrolling at your pace',
    zh: () => '按语速滚动',
  } satisfies Message<[]>,
  prompterScrollPaused: {
    en: () => 'Scrolling paused (Z)',
    zh: () => '滚动已暂停（Z 继续）',
  } satisfies Message<[]>,
  remoteScan: {
    en: () => 'Scan with the phone to turn the slides (Q hides this)',
    zh: () => '用手机扫码翻页（Q 隐藏）',
  } satisfies Message<[]>,
  remoteHowTo: {
    en: () =>
      'Phone remote: open the talk with speechdeck present (or present --remote), then scan the code shown here.',
    zh: () => '手机翻页：用 speechdeck present（或 present --remote）打开演示，再扫这里显示的二维码。',
  } satisfies Message<[]>,
  remoteStart: {
    en: () => 'Turn on the phone remote (this PC listens on the local network)',
    zh: () => '开启手机翻页（本机将在局域网上监听）',
  } satisfies Message<[]>,
  remoteConfirm: {
    en: () => 'Another phone asks to turn the slides. Allow it (the current one stops)?',
    zh: () => '另一部手机请求翻页。允许吗？（当前手机将停止控制）',
  } satisfies Message<[]>,
} as const;

/** Every word of these messages in Chinese (with numbers for their arguments): the deck's fonts must hold them. */
export function lecternPageWords(): string[] {
  return Object.values(LECTERN_PAGE_MESSAGES).map((message) =>
    (message.zh as (...args: unknown[]) => string)('0123456789:', '0123456789:'),
  );
}
