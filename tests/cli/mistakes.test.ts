// A newcomer's typing mistakes, each caught by `speechdeck check` at its line with what is wrong and how to fix it,
// in English and in Chinese (`--lang`), with the exit code a script or CI would see.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runSpeechdeck } from '../support/cli.ts';

const project = mkdtempSync(path.join(os.tmpdir(), 'speechdeck-mistakes-'));
mkdirSync(path.join(project, 'slides'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** An outline: a three-line front matter, then the body given, so that body line n is file line n + 3. */
const outline = (...body: string[]) => ['---', 'title: 我的发言', '---', ...body, ''].join('\n');
const NOTES = ['::: notes', '今天我想谈谈怎样把群众工作做实。', ':::'];
/** Notes of about 800 characters: more than a handout at 3 (or 2) slides a page holds, less than at 1. */
const LONG_NOTES = ['::: notes', '群众工作说到底是做人的工作，感情不到，工作就很难到位。'.repeat(30), ':::'];

interface Mistake {
  name: string;
  source: string;
  /** Exit code of `check`: 1 for an error, 0 for a warning (1 with --strict). */
  code: 0 | 1;
  /** `line:column` of each problem, and what the report says there in each language: [message, fix]. */
  at: string[];
  en: Array<[string, string]>;
  zh: Array<[string, string]>;
}

const MISTAKES: Mistake[] = [
  {
    name: 'heading-without-space',
    source: outline('', '## 第一页', '', '- 要点一', '', '##第二页', '', '- 要点二'),
    code: 1,
    at: ['9:3'],
    en: [
      ['no space after `##`, so this line shows as text, not as a slide title', 'put a space after `##`: `## 第二页`.'],
    ],
    zh: [['`##` 后面没有空格，这一行会显示为正文，而不是幻灯片标题', '在 `##` 后加一个空格：`## 第二页`。']],
  },
  {
    name: 'every-heading-without-space',
    source: outline('', '#第一部分', '', '##第一页', '', '- 要点一'),
    code: 1,
    at: ['5:2', '7:3'],
    en: [
      ['no space after `#`, so this line shows as text, not as a part title', 'put a space after `#`: `# 第一部分`.'],
      ['no space after `##`, so this line shows as text, not as a slide title', 'put a space after `##`: `## 第一页`.'],
    ],
    zh: [
      ['`#` 后面没有空格，这一行会显示为正文，而不是部分标题', '在 `#` 后加一个空格：`# 第一部分`。'],
      ['`##` 后面没有空格，这一行会显示为正文，而不是幻灯片标题', '在 `##` 后加一个空格：`## 第一页`。'],
    ],
  },
  {
    name: 'list-indented-with-a-tab',
    source: outline('', '## 第一页', '', '\t- 要点一', '\t- 要点二'),
    code: 1,
    at: ['7:1'],
    en: [
      [
        'a list indented with a tab shows as code, not as points',
        'start the `-` at the left margin, and indent sub-points with two spaces, not a tab.',
      ],
    ],
    zh: [['用 Tab 缩进的列表会显示为代码，而不是要点', '让 `-` 顶格写；子要点用两个空格缩进，不要用 Tab。']],
  },
  {
    name: 'text-indented-with-a-tab',
    source: outline('', '## 第一页', '', '\t开头空了一格的正文'),
    code: 1,
    at: ['7:1'],
    en: [
      [
        'text indented with a tab shows as code, in small type',
        'start the line at the left margin (to show code, put it between two ``` lines).',
      ],
    ],
    zh: [['用 Tab 缩进的文字会显示为小号的代码', '让这一行顶格写（确实要显示代码，请放在两行 ``` 之间）。']],
  },
  {
    name: 'full-width-colon-after-title',
    source: ['---', 'title：我的发言', '---', '', '## 第一页', '', '- 要点', ''].join('\n'),
    code: 1,
    at: ['2:6'],
    en: [
      [
        'the colon after `title` on line 2 is the full-width `：`, which a setting cannot use',
        'type a half-width colon and a space: `title: 我的发言`.',
      ],
    ],
    zh: [['第 2 行 `title` 后面是全角冒号 `：`，设置不能用它', '改用半角冒号，后面加一个空格：`title: 我的发言`。']],
  },
  {
    name: 'full-width-colon-after-another-key',
    source: ['---', 'title: 我的发言', 'speaker：张三', '---', '', '## 第一页', '', '- 要点', ''].join('\n'),
    code: 1,
    at: ['3:8'],
    en: [
      [
        'the colon after `speaker` on line 3 is the full-width `：`, which a setting cannot use',
        'type a half-width colon and a space: `speaker: 张三`.',
      ],
    ],
    zh: [['第 3 行 `speaker` 后面是全角冒号 `：`，设置不能用它', '改用半角冒号，后面加一个空格：`speaker: 张三`。']],
  },
  {
    name: 'no-space-after-colon',
    source: ['---', 'title: 我的发言', 'duration:8', '---', '', '## 第一页', '', '- 要点', ''].join('\n'),
    code: 1,
    at: ['3:9'],
    en: [
      [
        'no space after the colon of `duration` on line 3, so it is not read as a setting',
        'put a space after the colon: `duration: 8`.',
      ],
    ],
    zh: [['第 3 行 `duration` 的冒号后面没有空格，读不成一项设置', '在冒号后加一个空格：`duration: 8`。']],
  },
  {
    name: 'indented-fence',
    source: ['  ---', 'title: 我的发言', '---', '', '## 第一页', '', '- 要点', ''].join('\n'),
    code: 1,
    at: ['1:1'],
    en: [
      [
        "the front matter's `---` on line 1 is indented, so it does not count",
        'write exactly three half-width hyphens at the left margin: `---`.',
      ],
    ],
    zh: [['第 1 行的 `---` 前面有空格，不能算作开头设置的分隔线', '顶格写三个半角减号：`---`。']],
  },
  {
    name: 'fence-of-dashes',
    source: ['---', 'title: 我的发言', '———', '', '## 第一页', '', '- 要点', ''].join('\n'),
    code: 1,
    at: ['3:1'],
    en: [
      [
        "`———` on line 3 is not the front matter's `---`",
        'write exactly three half-width hyphens at the left margin: `---`.',
      ],
    ],
    zh: [['第 3 行的 `———` 不是开头设置的分隔线 `---`', '顶格写三个半角减号：`---`。']],
  },
  {
    name: 'unclosed-notes',
    source: outline(
      '',
      '## 第一页',
      '',
      '- 要点一',
      '',
      '::: notes',
      '第一页要说的话',
      '',
      '## 第二页',
      '',
      '- 要点二',
      '',
      ...NOTES,
    ),
    code: 1,
    at: ['9:1'],
    en: [
      [
        '`::: notes` is not closed before the next slide, which starts at line 12',
        'add a line `:::` where the notes end, before line 12.',
      ],
    ],
    zh: [['`::: notes` 没有结束，下一页从第 12 行开始', '在备注结尾、第 12 行之前加一行 `:::`。']],
  },
  {
    name: 'notes-singular',
    source: outline('', '## 第一页', '', '- 要点', '', '::: note', '要说的话', ':::'),
    code: 1,
    at: ['9:1'],
    en: [
      ['`::: note` is not a block speechdeck knows; speaker notes are `::: notes`', 'write `::: notes`, with an s.'],
    ],
    zh: [['没有 `::: note` 这种块；演讲备注要写 `::: notes`', '改为 `::: notes`（末尾有 s）。']],
  },
  {
    name: 'full-width-notes-colons',
    source: outline('', '## 第一页', '', '- 要点', '', '：：： notes', '要说的话', ':::'),
    code: 1,
    at: ['9:1'],
    en: [
      [
        '`：：：` is typed with full-width colons, so this line shows as text',
        'type three half-width colons: `::: notes`.',
      ],
    ],
    zh: [['`：：：` 用的是全角冒号，这一行会显示为正文', '改用三个半角冒号：`::: notes`。']],
  },
  {
    name: 'full-width-list-marker',
    source: outline('', '## 第一页', '', '－ 要点一'),
    code: 1,
    at: ['7:1'],
    en: [
      [
        '`－` is not a list marker, so this line shows as text, not as a point',
        'start the point with a half-width `-` and a space: `- 要点一`.',
      ],
    ],
    zh: [['`－` 不是列表符号，这一行会显示为正文，而不是要点', '改用半角的 `-`，后面加一个空格：`- 要点一`。']],
  },
  {
    name: 'mark-after-a-list-marker',
    source: outline('', '## 第一页', '', '- 要点一', '- － 群众满意'),
    code: 1,
    at: ['8:3'],
    en: [
      [
        'the point starts with `－` after its list marker, so the slide shows the `－` too',
        'delete the `－`: `- 群众满意`.',
      ],
    ],
    zh: [['要点的列表符号后面又有一个 `－`，幻灯片上会把它也显示出来', '删去 `－`：`- 群众满意`。']],
  },
  {
    name: 'full-width-heading',
    source: outline('', '＃＃ 第一页', '', '- 要点'),
    code: 1,
    at: ['5:1'],
    en: [
      [
        '`＃＃` is typed with the full-width `＃`, so this line shows as text, not as a slide title',
        'type the half-width `##` and a space: `## 第一页`.',
      ],
    ],
    zh: [['`＃＃` 是全角字符，这一行会显示为正文，而不是幻灯片标题', '改用半角的 `##`，后面加一个空格：`## 第一页`。']],
  },
  {
    name: 'point-without-space',
    source: outline('', '## 第一页', '', '-要点一'),
    code: 1,
    at: ['7:2'],
    en: [['no space after `-`, so this line shows as text, not as a point', 'put a space after `-`: `- 要点一`.']],
    zh: [['`-` 后面没有空格，这一行会显示为正文，而不是要点', '在 `-` 后加一个空格：`- 要点一`。']],
  },
  {
    name: 'no-blank-line-before-a-list',
    source: outline('', '## 第一页', '', '先说一句话', '2. 第二条', '3. 第三条'),
    code: 1,
    at: ['8:1'],
    en: [
      [
        'this point runs on from the line above, so it shows as text, not as a point',
        'leave a blank line before the list.',
      ],
    ],
    zh: [['这一行接在上一行后面，会显示为正文，而不是要点', '在列表前面空一行。']],
  },
  {
    name: 'empty-slide',
    source: outline('', '## 第一页', '', '## 第二页', '', '- 要点', '', ...NOTES),
    code: 0,
    at: ['5:1'],
    en: [
      [
        'slide 2 “第一页” is empty: it has no points and no notes',
        'write its points under the heading (`- 要点`), or delete the heading.',
      ],
    ],
    zh: [['第 2 页“第一页”是空的：没有要点，也没有备注', '在标题下写上要点（`- 要点`），或者删掉这个标题。']],
  },
  {
    name: 'notes-too-long-for-the-handout',
    source: outline('', '## 第一页', '', '- 要点', '', ...LONG_NOTES),
    code: 0,
    at: ['9:1'],
    en: [
      [
        'the notes of slide 2 “第一页” are too long for the handout at 3 slides a page: about N of their 810 characters fit, the rest will be cut',
        'shorten the notes, or print the handout with `--per-page 1`.',
      ],
    ],
    zh: [
      [
        '第 2 页“第一页”的备注太长，讲义每页 3 张时放不下：810 字中约 N 字能印出，其余会被截掉',
        '压缩备注，或者用 `--per-page 1` 打印讲义。',
      ],
    ],
  },
];

/** `check` on one outline; how many characters of long notes the handout shows is an estimate (compared with the
 *  browser in tests/outputs/pdf/handout-estimate.test.ts), so the report's number for it reads N here. */
function check(file: string, ...options: string[]) {
  const run = runSpeechdeck(project, {}, ['check', '--no-layout', ...options, file]);
  return { ...run, stdout: run.stdout.replace(/about \d+ of/, 'about N of').replace(/约 \d+ 字/, '约 N 字') };
}

describe.each(MISTAKES)("a newcomer's mistake: $name", (mistake) => {
  const file = `slides/${mistake.name}.md`;
  writeFileSync(path.join(project, file), mistake.source);

  it.each(['en', 'zh'] as const)('is reported at its line with its cause and its fix, in %s', (lang) => {
    const run = check(file, '--lang', lang);
    expect(run.code, run.stdout + run.stderr).toBe(mistake.code);
    mistake[lang].forEach(([message, fix], index) => {
      expect(run.stdout).toContain(`${file}:${mistake.at[index]}  ${message}\n             ${fix}\n`);
    });
    // One message for one mistake: what the mistake leads to is not reported again beside it.
    expect(run.stdout.match(/^ {4}(error|warning|错误|警告) /gm)).toHaveLength(mistake.at.length);
    expect(run.stderr).toBe('');
  });

  if (mistake.code === 0) {
    it('fails the check with --strict, as a warning does', () => {
      expect(check(file, '--strict').code).toBe(1);
    });
  }
});
