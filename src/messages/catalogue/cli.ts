// Messages of the command line itself: what it says when something it did not expect goes wrong, its own options.
import type { Message } from '../message.ts';

export const CLI_MESSAGES = {
  unexpected: {
    en: (what: string) => `unexpected error: ${what}`,
    zh: (what: string) => `意外错误：${what}`,
  } satisfies Message<[string]>,
  debugHint: {
    en: () => '(set SPEECHDECK_DEBUG=1 to see where it happened)',
    zh: () => '（设置环境变量 SPEECHDECK_DEBUG=1 可查看出错位置）',
  } satisfies Message<[]>,
  langOption: {
    en: () => "the language of messages: zh or en (default: the system's, from LC_ALL, LC_MESSAGES or LANG)",
    zh: () => '提示信息的语言，默认跟随系统的 LC_ALL、LC_MESSAGES 或 LANG',
  } satisfies Message<[]>,
};
