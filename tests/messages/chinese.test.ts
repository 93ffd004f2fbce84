// On a Chinese machine every message is Chinese: the Chinese catalogue holds no English word outside code (in
// backquotes), options, keys, file names, placeholders, environment variables and the names on ALLOWED.
import { describe, expect, it } from 'vitest';
import { MESSAGES, type MessageKey } from '../../src/messages/index.ts';

/** Names and terms a Chinese reader sees as they are: products, formats, keys on the keyboard, units, commands. */
const ALLOWED = new Set([
  // products, systems and programs
  ...[
    'speechdeck',
    'Chrome',
    'Chromium',
    'chromium',
    'Edge',
    'Firefox',
    'PowerPoint',
    'LibreOffice',
    'WPS',
    'Word',
    'Office',
    'Acrobat',
    'Windows',
    'Debian',
  ],
  ...['Ubuntu', 'UOS', 'Deepin', 'Node', 'npm', 'npx', 'ci', 'apt-get', 'sudo', 'export', 'reveal.js', 'SimSun-ExtB'],
  // formats and encodings
  ...[
    'PDF',
    'JSON',
    'YAML',
    'HTML',
    'CSS',
    'Markdown',
    'UTF-8',
    'UTF-16',
    'GBK',
    'PNG',
    'JPEG',
    'GIF',
    'BMP',
    'WebP',
    'AVIF',
    'SVG',
    'HEIC',
    'A4',
    'CI',
  ],
  ...['md', 'txt', 'docx', 'doc', 'zip', 'json', 'rgba', 'rrggbb', 'YYYY-MM-DD', 'U+000B', 'NUL'],
  // keys and units
  ...[
    'Ctrl-C',
    'Ctrl-S',
    'Ctrl-Break',
    'Esc',
    'S',
    'R',
    'Z',
    'T',
    'D',
    'M',
    'A',
    'Q',
    'Tab',
    'Shift+',
    'Alt-P',
    'F8',
    // Ctrl-. (the full stop key), read without its dot
    'Ctrl-',
    'MB',
    'KB',
    'px',
    'pt',
  ],
  // the commands (`speechdeck deck`) and the Windows policies a message names
  ...['deck', 'build', 'pdf', 'handout', 'script', 'pptx', 'check', 'dev', 'edit', 'import', 'new', 'help'],
  ...['rehearse', 'present'],
  ...['DeveloperToolsAvailability', 'RemoteDebuggingAllowed'],
  // keys of the outline's settings and of speechdeck.json, a letter the message points at, an environment variable
  ...['fileName', 'outline', 's', 'LANG'],
]);

/** Sample arguments that are not words. */
const ARGS = ['Ⓧ', 'Ⓧ', 'Ⓧ', 'Ⓧ', 'Ⓧ', 'Ⓧ'];

/** The Latin words of a Chinese message a reader would take for English. */
function englishWords(text: string): string[] {
  const words: string[] = [];
  // code: in backquotes, and a command line given as an example (up to its comment)
  const prose = text.replace(/`[^`]*`/g, ' ').replace(/npx [^#\n]*/g, ' ');
  for (const token of prose.match(/[A-Za-z0-9_./\\<>:=+#@*?&-]+/g) ?? []) {
    if (!/[A-Za-z]/.test(token)) continue;
    if (/[/\\=<]/.test(token) || /^[-.#]/.test(token)) continue; // a path, an option, an extension, a colour, key=value
    if (/^[\w-]+\.[A-Za-z0-9]+$/.test(token) && !ALLOWED.has(token)) continue; // a file name: talk.md, red.css
    if (/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(token)) continue; // an environment variable: LC_ALL
    const word = token.replace(/[.:?]+$/, '');
    if (!ALLOWED.has(word)) words.push(word);
  }
  return words;
}

describe('the Chinese catalogue', () => {
  it('finds English words in prose, and lets code, options, files and names through', () => {
    expect(englishWords('大纲没有开头设置（front matter）')).toEqual(['front', 'matter']);
    expect(englishWords('已被 SIGINT 中止')).toEqual(['SIGINT']);
    expect(
      englishWords('加 --all 处理全部，写出 slides/talk.md、dist/<name>.pdf 和 red.css；设置 `fileName: 题目`'),
    ).toEqual([]);
    expect(englishWords('需要 Chrome 或 Edge，设置 LC_ALL 或 PUPPETEER_EXECUTABLE_PATH')).toEqual([]);
  });

  it('has no English word outside code, options, keys, file names and the allowed names', () => {
    const found: string[] = [];
    for (const key of Object.keys(MESSAGES) as MessageKey[]) {
      const zh = (MESSAGES[key] as unknown as { zh: (...args: unknown[]) => string }).zh(...ARGS);
      for (const word of englishWords(zh)) found.push(`${key}: ${word}  (${zh.replace(/\n/g, ' ').slice(0, 80)})`);
    }
    expect(found).toEqual([]);
  });
});
