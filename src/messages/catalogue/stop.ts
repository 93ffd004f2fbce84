// Messages about a run that ends early: stopped by the user, or an output another program holds open.
import type { Message } from '../message.ts';

/** A stop as the person saw it: the key they pressed, or the window they closed, not the signal's name. */
const SIGNAL_NAMES: Record<string, { en: string; zh: string }> = {
  SIGINT: { en: 'Ctrl-C', zh: 'Ctrl-C' },
  SIGTERM: { en: 'asked to end', zh: '被要求结束' },
  SIGHUP: { en: 'the terminal was closed', zh: '终端已关闭' },
  SIGBREAK: { en: 'Ctrl-Break', zh: 'Ctrl-Break' },
};

export const STOP_MESSAGES = {
  stopped: {
    en: (signal: string) =>
      `speechdeck: stopped (${SIGNAL_NAMES[signal]?.en ?? signal}); earlier outputs are left as they were.`,
    zh: (signal: string) => `speechdeck：已停止（${SIGNAL_NAMES[signal]?.zh ?? signal}）；之前生成的文件保持原样。`,
  } satisfies Message<[string]>,
  /** `files`: one file, or several, each on a line of its own. */
  fileInUse: {
    en: (files: string) =>
      (String(files).includes('\n')
        ? `speechdeck: these files are open in another program, so they could not be replaced:\n${files}\nClose them`
        : `speechdeck: ${files} is open in another program, so it could not be replaced. Close it`) +
      ' (a PDF viewer such as WPS, Acrobat or Foxit; a sync or antivirus program lets go by itself), then run the command again.\n' +
      'What was there is unchanged; the outputs listed above were written.',
    zh: (files: string) =>
      (String(files).includes('\n')
        ? `speechdeck：以下文件正被其他程序打开，无法替换：\n${files}\n请先关闭这些文件`
        : `speechdeck：${files} 正被其他程序打开，无法替换。请先关闭它`) +
      '（如 WPS、Acrobat、福昕等 PDF 阅读器；同步或杀毒软件稍后会自行释放），再重新运行命令。\n' +
      '原文件保持不变；上面列出的文件已经写好。',
  } satisfies Message<[string]>,
};
