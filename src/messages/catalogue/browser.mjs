// Messages about the browser the PDFs are printed with: none found, one that will not start, one that never answers.
// Plain JavaScript without dependencies: set-up (scripts/ensure-setup.mjs) says the first two before node_modules exist.

/** How to name the browser by hand, in the shells of each system. */
const setting = {
  win32:
    '  cmd:        set PUPPETEER_EXECUTABLE_PATH=C:\\path\\to\\msedge.exe\n  PowerShell: $env:PUPPETEER_EXECUTABLE_PATH = "C:\\path\\to\\msedge.exe"',
  darwin: '  export PUPPETEER_EXECUTABLE_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"',
  linux: '  export PUPPETEER_EXECUTABLE_PATH=/path/to/chromium',
};
/** @param {string} platform */
const settingFor = (platform) => setting[/** @type {keyof typeof setting} */ (platform)] ?? setting.linux;

/** @template {unknown[]} A @typedef {import('../message.ts').Message<A>} Message */

/** @type {{ noBrowser: Message<[platform: string, tried: string]>, browserPathMissing: Message<[file: string]>,
 *   browserDidNotStart: Message<[file: string, reason: string]>,
 *   browserExited: Message<[signal: string, code: number | null]>,
 *   browserNoAnswer: Message<[file: string, seconds: number]> }} */
export const BROWSER_MESSAGES = {
  noBrowser: {
    en: (platform, tried) =>
      `No Chrome, Chromium or Edge was found, and speechdeck needs one to make PDFs. Looked in:\n${tried}\n` +
      (platform === 'win32'
        ? 'Windows 10 and 11 normally come with Microsoft Edge, but some editions do not (Windows 10 LTSC and LTSB): install Microsoft Edge or Google Chrome.'
        : platform === 'darwin'
          ? 'Install Google Chrome or Microsoft Edge into Applications.'
          : "On Debian, Ubuntu, UOS or Deepin: `sudo apt-get update && sudo apt-get install -y chromium`; elsewhere install Chromium or Chrome from the system's software store.") +
      `\nOr name the browser's program file:\n${settingFor(platform)}`,
    zh: (platform, tried) =>
      `没有找到 Chrome、Chromium 或 Edge 浏览器，生成 PDF 需要其中之一。已查找：\n${tried}\n` +
      (platform === 'win32'
        ? 'Windows 10 和 11 通常自带 Microsoft Edge，但有些版本没有（如 Windows 10 LTSC、LTSB）：请安装 Microsoft Edge 或 Google Chrome。'
        : platform === 'darwin'
          ? '请把 Google Chrome 或 Microsoft Edge 安装到“应用程序”文件夹。'
          : 'Debian、Ubuntu、统信 UOS 或深度 Deepin：`sudo apt-get update && sudo apt-get install -y chromium`；其他系统请从软件商店安装 Chromium 或 Chrome。') +
      `\n也可以直接指定浏览器程序：\n${settingFor(platform)}`,
  },
  browserPathMissing: {
    en: (file) =>
      `PUPPETEER_EXECUTABLE_PATH is set to ${file}, which does not exist. Point it at Chrome, Chromium or Edge (the program file itself, e.g. msedge.exe), or unset it.`,
    zh: (file) =>
      `环境变量 PUPPETEER_EXECUTABLE_PATH 设为 ${file}，但这个文件不存在。请让它指向 Chrome、Chromium 或 Edge 的程序文件（如 msedge.exe），或者删除这个变量。`,
  },
  browserDidNotStart: {
    en: (file, reason) => `The browser at ${file} did not start: ${reason}`,
    zh: (file, reason) => `浏览器 ${file} 未能启动：${reason}`,
  },
  browserExited: {
    en: (signal, code) => `it exited (${signal || `code ${code}`}) before it was ready`,
    zh: (signal, code) => `尚未就绪就退出了（${signal || `退出码 ${code}`}）`,
  },
  browserNoAnswer: {
    en: (file, seconds) =>
      `The browser at ${file} started but did not answer within ${seconds} s. On an office PC this is usually a policy set by the IT department that turns off the remote control speechdeck prints through (for Edge and Chrome: RemoteDebuggingAllowed, or DeveloperToolsAvailability = 2). ` +
      'Ask them to allow it for you, or name another Chromium-based browser in PUPPETEER_EXECUTABLE_PATH.',
    zh: (file, seconds) =>
      `浏览器 ${file} 已启动，但 ${seconds} 秒内没有响应。在单位的电脑上，这通常是信息部门设置的策略关闭了 speechdeck 打印所需的远程控制功能（Edge 和 Chrome 的策略 RemoteDebuggingAllowed，或 DeveloperToolsAvailability = 2）。` +
      '请联系他们为你放开，或用 PUPPETEER_EXECUTABLE_PATH 指定另一个基于 Chromium 的浏览器。',
  },
};
