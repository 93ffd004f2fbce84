// The outline `speechdeck new` writes: every front matter key the parser knows, each with a value that works and a
// short Chinese comment, then one part with two slides (points, a quote) and notes. It checks clean as it stands.
import { padEndWidth } from '../messages/width.ts';
import { DEFAULT_CLOSING, DEFAULT_PACE, DEFAULT_THEME, FRONT_MATTER_KEYS } from './meta.ts';
import type { FrontMatterKey } from './meta.ts';

/** A key's line in the template: its value (empty for "not set") and what it is for. */
interface Explained {
  value: string;
  comment: string;
}

/** What each key is for, in a newcomer's words. A key added to the parser without an entry here is still listed
 *  (commented out, pointing at docs/outline-format.md), and the starter's test asks for its entry. */
export const EXPLAINED: Partial<Record<FrontMatterKey, Explained>> = {
  title: { value: '发言的题目', comment: '必填：标题页上的大字' },
  subtitle: { value: '交流发言', comment: '副标题，写在题目下面；不要可以删掉这一行' },
  speaker: { value: '张三', comment: '发言人' },
  organization: { value: '某某单位', comment: '发言人的单位' },
  event: { value: '某某学习交流会', comment: '会议名称，印在讲义的页眉上' },
  date: { value: '', comment: '会议日期，写成 2026-11-27 的样子' },
  duration: { value: '', comment: '限时几分钟，如 8；填上后拿备注估出的时长来比' },
  fileName: { value: '', comment: '输出文件的名字，如 某某单位-张三-发言题目；不填就用大纲的文件名' },
  pace: { value: String(DEFAULT_PACE), comment: '语速：每分钟说多少字，用来估算时长' },
  theme: { value: DEFAULT_THEME, comment: '配色：red（红色，庄重）或 light（浅色，适合亮的会议室）' },
  aspect: { value: '"16:9"', comment: '幻灯片比例："16:9" 或 "4:3"（投影仪较旧时用）' },
  agenda: { value: 'true', comment: '有两个以上部分时，是否加一页目录' },
  numbering: { value: 'chinese', comment: '部分的编号：chinese（一、二、）、arabic（01 02）或 none' },
  fragments: { value: 'false', comment: 'true：讲到哪条要点，才显示哪条' },
  closing: { value: DEFAULT_CLOSING, comment: '结束页上的话；false 表示不要结束页' },
  html: { value: 'false', comment: 'true：提纲里的 HTML 按原样显示（默认当作文字）' },
  online: { value: 'false', comment: 'true：允许用网上的图片和网页（默认不许，会场断网也能放）' },
  logo: { value: '', comment: '标题页顶部居中的徽标图片，如 images/徽标.png' },
  logoOnEverySlide: { value: 'false', comment: 'true：徽标也小小地放在每页正文幻灯片的左上角' },
  template: { value: '', comment: '主办方发来的 PowerPoint 模板，如 received/模板.pptx' },
  speakerLabel: { value: '', comment: '发言人前面的字，如 交流人：' },
  controls: { value: 'false', comment: 'true：放映时显示翻页箭头和进度条（键盘、翻页笔照常可用）' },
  keep: { value: '', comment: '换行时不拆开的词组（常用的提法已内置），用顿号隔开，如 四个三工作法、红色物业' },
};

const BODY = `
<!-- 这是一份起步用的提纲，照着改就行；HTML 注释（像这一段）只给自己看，不会显示。
     # 开始一个部分（有一页分隔页），## 开始一页幻灯片，- 写要点，> 写引文，
     ::: notes 和 ::: 之间写你要说的话。CHECK_HINT -->

# 第一部分的标题

::: notes
进入第一部分时要说的一两句话，写在这里。
:::

## 第一页：用一句话点明观点

- 要点一：短一些，二十个字以内
- 要点二：最后一排也要看得清
- 要点三：展开的话写进备注

::: notes
备注是你站在台上要说的话：只出现在演讲者视图和讲稿里，不上幻灯片。发言时长按备注的字数估算。
:::

## 第二页：引用一句原话

> 引文写在大于号后面。
> —— 出处

::: notes
一页只放一段引文时，它会用引文的版式；最后一行以破折号开头，写出处。这里写你对这句话的理解。
:::
`;

/** The keys whose example values (张三, 某某单位) stand for the speaker's own: a draft made from a speech leaves them
 *  empty where the speech does not say them. */
export const PERSONAL_KEYS: readonly FrontMatterKey[] = [
  'title',
  'subtitle',
  'speaker',
  'organization',
  'event',
  'date',
  'fileName',
  'logo',
  'template',
  'speakerLabel',
];

/** Every setting on a line of its own, explained: the value given (YAML, ready to write), else the starter's; the
 *  comment given, else the starter's. The starter and import's drafts share it. */
export function explainedSettings(
  values: Partial<Record<FrontMatterKey, string>> = {},
  comments: Partial<Record<FrontMatterKey, string>> = {},
): string[] {
  const settings = FRONT_MATTER_KEYS.map((key) => {
    const explained = EXPLAINED[key];
    if (!explained) return `${padEndWidth(`# ${key}:`, COMMENT_COLUMN - 1)} # 说明见 docs/outline-format.md`;
    const value = values[key] ?? explained.value;
    const line = value ? `${key}: ${value}` : `${key}:`;
    return `${padEndWidth(line, COMMENT_COLUMN - 1)} # ${comments[key] ?? explained.comment}`;
  });
  return [SETTINGS_INTRO, ...settings];
}

const SETTINGS_INTRO = '# 每行一项设置：名字、半角冒号、空格、值；# 后面是说明，可以删掉。';

/** How the speaker checks the outline: with `check` in a terminal, or in the editor's page, which has none. */
const CHECK_HINTS = {
  terminal: '改完运行 npx speechdeck check 检查。',
  editor: '有问题的地方会划上波浪线，鼠标移上去看怎么改。',
} as const;

/** The starter outline's text, its hint on checking for where it is made (`new` in a terminal, or the editor). */
export function starterOutline(where: keyof typeof CHECK_HINTS = 'terminal'): string {
  return ['---', ...explainedSettings(), '---', BODY.replace('CHECK_HINT', CHECK_HINTS[where])].join('\n');
}

/** Where the comments line up: past the longest setting. */
const COMMENT_COLUMN = 38;
