// Everything the command line says, in Chinese on a Chinese machine (LANG=zh_CN.UTF-8, no --lang) and in English
// elsewhere: --help, commander's own errors, check's report, the lines of what was written, a missing outline, and
// set-up's messages, which plain Node says before node_modules exist.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/check/findings.ts';
import { ROOT } from '../support/sample.ts';
import { CHINESE_MACHINE, ENGLISH_MACHINE, runSpeechdeck, shown } from '../support/cli.ts';

const project = mkdtempSync(path.join(os.tmpdir(), 'speechdeck-languages-'));
mkdirSync(path.join(project, 'slides'));
for (const name of ['over-time', 'three-errors'])
  cpSync(path.join(ROOT, `tests/fixtures/check/${name}.md`), path.join(project, `slides/${name}.md`));
writeFileSync(
  path.join(project, 'slides/short.md'),
  [
    '---',
    'title: 一次简短的发言',
    '---',
    '',
    '# 第一部分',
    '',
    '## 第一页',
    '',
    '- 要点一',
    '',
    '::: notes',
    '今天我讲三点体会。'.repeat(8),
    ':::',
    '',
  ].join('\n'),
);
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** A Chinese machine as Linux and macOS say so; the other variables, when set, would come first. */
const CHINESE = CHINESE_MACHINE;
const ENGLISH = ENGLISH_MACHINE;
const speechdeck = (env: Record<string, string>, ...args: string[]) => runSpeechdeck(project, env, args);

describe('--help', () => {
  it('is Chinese on a Chinese machine: headings, commands, options and the examples', () => {
    const { code, stdout } = speechdeck(CHINESE, '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^用法： speechdeck \[options\] \[command\]\n\n把发言提纲（slides\/<name>\.md）做成/);
    expect(stdout).toContain('\n选项：\n');
    expect(stdout).toContain('\n命令：\n');
    expect(stdout).toMatch(/ check \[options\] \[outlines\.\.\.\] +找出上台前该改的地方/);
    expect(stdout).toMatch(/-h, --help +显示帮助/);
    expect(stdout).not.toMatch(/Usage|Options|display help|outline files/);
    const build = speechdeck(CHINESE, 'build', '--help').stdout;
    expect(build).toMatch(/\n参数：\n {2}outlines +大纲文件（默认：speechdeck\.json 指定的，否则最近修改的）\n/);
    expect(build).toContain('\n示例：\n  npx speechdeck build slides/qunzhong.md   # → dist/qunzhong/index.html\n');
    expect(speechdeck(CHINESE, 'handout', '--help').stdout).toMatch(
      /--per-page <n> +讲义每页几张：1、2、3、4 或 6（1 到 3 张时放得下备注；默\s*认：\s*3）/,
    );
  });

  it('wraps Chinese between characters, never wider than the terminal', () => {
    for (const line of speechdeck(CHINESE, '--help').stdout.split('\n')) {
      // Commander fits help to 80 columns where it writes to a pipe; a Chinese character takes two.
      expect(
        [...line].reduce((columns, char) => columns + (/[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 2 : 1), 0),
        line,
      ).toBeLessThanOrEqual(80);
      // An opening bracket stays with what it opens, a comma or closing bracket with what it closes.
      expect(line, line).not.toMatch(/[（“《「]$|^\s*[，。、；：！？）”》」]/);
    }
  });

  it('is English elsewhere, and --lang decides over the machine', () => {
    expect(speechdeck(ENGLISH, '--help').stdout).toMatch(
      /^Usage: speechdeck \[options\] \[command\]\n\nTurn a speech outline/,
    );
    expect(speechdeck(CHINESE, '--lang', 'en', 'check', '--help').stdout).toContain('Exit codes: 0 no errors');
    expect(speechdeck(ENGLISH, 'check', '--help', '--lang', 'zh').stdout).toContain('退出码：0 没有错误');
  });
});

describe("commander's own errors", () => {
  it('say what was typed wrong in Chinese, with the suggestion and how to get help', () => {
    const unknown = speechdeck(CHINESE, 'check', '--stirct');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe("错误：没有 '--stirct' 这个选项\n（是不是想用 --strict？）\n（加 --help 查看用法）\n");
    expect(speechdeck(CHINESE, 'chek').stderr).toBe(
      "错误：没有 'chek' 这个命令\n（是不是想用 check？）\n（加 --help 查看用法）\n",
    );
    expect(speechdeck(CHINESE, 'import').stderr).toBe("错误：缺少参数 'file'\n（加 --help 查看用法）\n");
    expect(speechdeck(CHINESE, 'handout', '--per-page', '5').stderr).toContain(
      "错误：选项 '--per-page <n>' 的取值 '5' 无效。每页张数只能是 1、2、3、4 或 6。\n",
    );
    expect(speechdeck(CHINESE, '--lang', 'fr', 'check').stderr).toContain(
      "错误：选项 '--lang <language>' 的取值 'fr' 无效。可选的值：zh、en。\n",
    );
  });

  it("stay commander's in English", () => {
    expect(speechdeck(ENGLISH, 'check', '--stirct').stderr).toBe(
      "error: unknown option '--stirct'\n(Did you mean --strict?)\n(run with --help for usage)\n",
    );
  });
});

describe('check', () => {
  it('reports in Chinese: the topics, the timing table, each finding with its fix, and the summary line', () => {
    const { code, stdout } = speechdeck(CHINESE, 'check', 'slides/over-time.md', 'slides/three-errors.md');
    expect(code).toBe(1);
    const report = stdout.split('\n');
    const overTime = shown('slides/over-time.md');
    expect(report).toContain('  大纲      正常');
    expect(report).toContain('  时长      约 1:05（时限 1 分钟，按每分钟 200 字）：1 个警告');
    expect(report).toContain('              部分        页数  字数  时长');
    expect(report).toContain('              合计           3   216  1:05');
    expect(report).toContain(`    警告     ${overTime}:3:1  发言约 1:05，比 1 分钟的时限多出 0:05`);
    expect(report).toContain('             压缩备注（按每分钟 200 字计），或者把 `duration` 改成实际的时限。');
    expect(report).toContain('  版面      按 1920×1080 测量了 3 页：没有内容超出，没有小于 24 px 的文字');
    expect(report).toContain('  密度      正常（每页最多 6 条要点，没有超过 30 字的）');
    expect(report).toContain('  大纲      3 处问题：先改好，再检查一次');
    expect(report).toContain(`    错误     ${shown('slides/three-errors.md')}:14:1  幻灯片标题是空的`);
    expect(report.at(-2)).toBe('2 份大纲中有 3 个错误，1 个警告');
  });

  it("keeps the JSON's codes and severities as they are, and says its messages in Chinese", () => {
    const { findings } = JSON.parse(
      speechdeck(CHINESE, 'check', '--json', '--no-layout', 'slides/over-time.md').stdout,
    ) as { findings: Finding[] };
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'over-time',
        severity: 'warning',
        message: '发言约 1:05，比 1 分钟的时限多出 0:05',
        hint: '压缩备注（按每分钟 200 字计），或者把 `duration` 改成实际的时限。',
      }),
    ]);
  });
});

describe('the lines of what was written', () => {
  // The outline makes four slides: the title, the part's divider, its slide and the closing.
  it("are Chinese: slides, files, pages and sizes, the handout's layout and the script's time", () => {
    const { code, stdout, stderr } = speechdeck(CHINESE, 'deck', 'slides/short.md');
    expect(code, stderr).toBe(0);
    const line = (file: string) =>
      stdout
        .split('\n')
        .find((candidate) => candidate.startsWith(`${shown(file)}  `))
        ?.slice(shown(file).length + 2);
    expect(line('dist/short/index.html')).toMatch(/^4 页，\d+ 个文件，\d+ KB$/);
    expect(line('dist/short.html')).toMatch(/^4 页，单个文件，\d+ KB$/);
    expect(line('dist/short.pdf')).toMatch(/^4 页，\d+ KB$/);
    expect(line('dist/short-handout.pdf')).toMatch(/^2 页，\d+ KB，每页 3 张，带备注$/);
    expect(line('dist/short-script.pdf')).toMatch(/^1 页，\d+ KB，约 0:1\d（按每分钟 220 字）$/);
    expect(line('dist/short.pptx')).toMatch(/^4 页，\d+ KB$/);
    // Where stderr is not a terminal, each step is a line of its own.
    expect(stderr).toContain('… short.md：生成演示文稿\n');
    expect(stderr).toContain('… short：讲义\n');
  });

  it('say so in Chinese when the outline is not there', () => {
    const { code, stderr } = speechdeck(CHINESE, 'build', 'slides/nope.md');
    expect(code).toBe(1);
    expect(stderr).toBe(
      `${shown('slides/nope.md')}  无法打开大纲：文件不存在。请检查路径；大纲放在 slides/<name>.md。\n`,
    );
  });
});

describe("set-up's messages", () => {
  /** What plain Node, without tsx or node_modules, prints for a message of set-up. */
  const plainNode = (env: Record<string, string>, key: string, ...args: string[]) =>
    spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { sayPlain } from ${JSON.stringify(path.join(ROOT, 'src/messages/plain.mjs'))}; process.stdout.write(sayPlain(...${JSON.stringify([key, ...args])}));`,
      ],
      { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } },
    ).stdout;

  it('are said by plain Node in the language of the machine, no browser among them', () => {
    expect(plainNode(CHINESE, 'noBrowser', 'linux', '  /usr/bin/chromium')).toMatch(
      /^没有找到 Chrome、Chromium 或 Edge 浏览器，生成 PDF 需要其中之一。已查找：\n {2}\/usr\/bin\/chromium\nDebian、Ubuntu、统信 UOS/,
    );
    expect(plainNode(CHINESE, 'installingDependencies')).toBe('正在安装依赖（npm ci）。');
    expect(plainNode(ENGLISH, 'installingDependencies')).toBe('installing dependencies (npm ci).');
    expect(plainNode({ LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }, 'npmCiFailed')).toMatch(/^npm ci 失败/);
  });
});
