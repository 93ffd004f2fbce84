// Messages of the dev server: the port it listens on.
import type { Message } from '../index.ts';

export const DEV_MESSAGES = {
  portRefused: {
    en: (host: string, port: number, code: string) =>
      `cannot listen on ${host}:${port} (${code}): the system keeps this port for itself (Windows reserves ranges of ports) or it needs permission. Choose another with --port, e.g. \`speechdeck dev --port 8080\`.`,
    zh: (host: string, port: number, code: string) =>
      `无法在 ${host}:${port} 上监听（${code}）：系统保留了这个端口（Windows 会保留一些端口段），或需要权限。请用 --port 换一个，如 \`speechdeck dev --port 8080\`。`,
  } satisfies Message<[string, number, string]>,
  portChanged: {
    en: (asked: number, used: number) => `port ${asked} is reserved by the system; using ${used} instead (choose one with --port).`,
    zh: (asked: number, used: number) => `端口 ${asked} 被系统保留，改用 ${used}（可用 --port 指定）。`,
  } satisfies Message<[number, number]>,
};
