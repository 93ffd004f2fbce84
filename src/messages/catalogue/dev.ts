// Messages of the dev server: its page (the error overlay, the findings badge), its terminal and the port it listens on.
import type { Message } from '../message.ts';
import { SEVERITY_COUNTS } from './report.ts';

export const DEV_MESSAGES = {
  overlayTitle: {
    en: (file: string) => `${file} has an error: the page still shows the last version that worked`,
    zh: (file: string) => `${file} 有错误：页面上仍是上一个没有错误的版本`,
  } satisfies Message<[string]>,
  overlayTitleMany: {
    en: (file: string, errors: number) =>
      `${file} has ${errors} errors: the page still shows the last version that worked`,
    zh: (file: string, errors: number) => `${file} 有 ${errors} 处错误：页面上仍是上一个没有错误的版本`,
  } satisfies Message<[string, number]>,
  overlayFooter: {
    en: () => 'fix it and save: the page updates by itself (Esc hides this until the next save).',
    zh: () => '改好并保存，页面会自动更新（按 Esc 可暂时关闭，下次保存时再显示）。',
  } satisfies Message<[]>,
  severity: {
    en: (severity: string) => severity,
    zh: (severity: string) => ({ error: '错误', warning: '警告', hint: '提示' })[severity] ?? `提示（${severity}）`,
  } satisfies Message<[string]>,
  badgeCounts: {
    en: (errors: number, warnings: number, hints: number) =>
      SEVERITY_COUNTS.en(errors, warnings, hints).join(' · ') || 'no problems',
    zh: (errors: number, warnings: number, hints: number) =>
      SEVERITY_COUNTS.zh(errors, warnings, hints).join(' · ') || '没有问题',
  } satisfies Message<[number, number, number]>,
  badgeTiming: {
    en: (time: string, duration: number) => (duration ? `${time} of ${duration} min` : time),
    zh: (time: string, duration: number) => (duration ? `${time} / ${duration} 分钟` : time),
  } satisfies Message<[string, number]>,
  badgeTitle: {
    en: () => 'speechdeck check: click for the list, Esc to close it',
    zh: () => 'speechdeck 检查：点击查看列表，按 Esc 关闭',
  } satisfies Message<[]>,
  serving: {
    en: (file: string, url: string) =>
      `speechdeck dev: ${file} at ${url}\n  Press S in the page for the speaker view; Ctrl-C to stop.`,
    zh: (file: string, url: string) =>
      `speechdeck dev：${file} 的地址是 ${url}\n  在页面上按 S 打开演讲者视图；按 Ctrl-C 停止。`,
  } satisfies Message<[string, string]>,
  reachableFromNetwork: {
    en: (host: string, addresses: string) =>
      `--host ${host}: the deck can be reached from other machines on the network, at\n${addresses}\n  Anyone who can reach these addresses can open it. Leave out --host to serve this computer only.`,
    zh: (host: string, addresses: string) =>
      `--host ${host}：网络上的其他电脑也能访问这个演示文稿，地址是\n${addresses}\n  能访问这些地址的人都能打开它。不加 --host 就只有本机能访问。`,
  } satisfies Message<[string, string]>,
  pageUpdated: {
    en: (file: string, slides: number) => `${file}: ${slides} slides, page updated`,
    zh: (file: string, slides: number) => `${file}：${slides} 页，页面已更新`,
  } satisfies Message<[string, number]>,
  /** What the browser shows for an address the dev server refuses. */
  servesOnlyTheDeck: {
    en: () => 'speechdeck dev serves only the deck and the files it shows.',
    zh: () => 'speechdeck dev 只提供演示文稿和其中用到的文件。',
  } satisfies Message<[]>,
  badAddress: {
    en: () => 'bad address',
    zh: () => '地址有误',
  } satisfies Message<[]>,
  measuredInPage: {
    en: (file: string) => `${file}: measured in the page`,
    zh: (file: string) => `${file}：页面中测得`,
  } satisfies Message<[string]>,
  portRefused: {
    en: (host: string, port: number, code: string) =>
      `cannot listen on ${host}:${port} (${code}): the system keeps this port for itself (Windows reserves ranges of ports) or it needs permission. Choose another with --port, e.g. \`speechdeck dev --port 8080\`.`,
    zh: (host: string, port: number, code: string) =>
      `无法在 ${host}:${port} 上监听（${code}）：系统保留了这个端口（Windows 会保留一些端口段），或需要权限。请用 --port 换一个，如 \`speechdeck dev --port 8080\`。`,
  } satisfies Message<[string, number, string]>,
  portChanged: {
    en: (asked: number, used: number) =>
      `port ${asked} is reserved by the system; using ${used} instead (choose one with --port).`,
    zh: (asked: number, used: number) => `端口 ${asked} 被系统保留，改用 ${used}（可用 --port 指定）。`,
  } satisfies Message<[number, number]>,
};
