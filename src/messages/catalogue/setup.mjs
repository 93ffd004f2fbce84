// Messages of set-up (scripts/ensure-setup.mjs): the Node it needs, the dependencies it installs, the browser it
// installs with apt-get. Plain JavaScript without dependencies: they are said before node_modules exist.

/** @typedef {import('../message.ts').Message<[]>} Plain */

/** @type {{ nodeTooOld: import('../message.ts').Message<[version: string]>, installingDependencies: Plain,
 *   reinstallingDependencies: Plain, npmCiFailed: Plain, installingChromium: Plain,
 *   aptWaiting: import('../message.ts').Message<[minutes: number]> }} */
export const SETUP_MESSAGES = {
  nodeTooOld: {
    en: (version) => `Node ${version} is too old; speechdeck needs Node 20.19 or newer.`,
    zh: (version) => `Node ${version} 版本太旧，speechdeck 需要 Node 20.19 或更新的版本。`,
  },
  installingDependencies: {
    en: () => 'installing dependencies (npm ci).',
    zh: () => '正在安装依赖（npm ci）。',
  },
  reinstallingDependencies: {
    en: () => 'package-lock.json changed: reinstalling dependencies (npm ci).',
    zh: () => 'package-lock.json 有变化：正在重新安装依赖（npm ci）。',
  },
  npmCiFailed: {
    en: () =>
      'npm ci failed; see the messages above. Check your connection to the npm registry, then run the command again.',
    zh: () => 'npm ci 失败，详见上面的信息。请检查能否连上 npm 仓库，然后重新运行命令。',
  },
  installingChromium: {
    en: () => "no browser found: installing Debian's chromium with apt-get (once).",
    zh: () => '没有找到浏览器：正在用 apt-get 安装 Debian 的 chromium（只需一次）。',
  },
  aptWaiting: {
    en: (minutes) =>
      `another program (often the system's automatic updates) is installing packages; waiting for it to finish (up to ${minutes} minutes)…`,
    zh: (minutes) => `另一个程序（通常是系统自动更新）正在安装软件包，等它完成（最多 ${minutes} 分钟）……`,
  },
};
