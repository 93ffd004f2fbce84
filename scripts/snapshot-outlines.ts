// The outlines scripts/snapshot-deck.ts renders: the repository's own, and generated ones (seeded, so every run makes
// the same) that reach the corners a refactor of the parse or the render can break: every block kind, sub-points,
// quotes with attributions, notes, tables, code, both themes and aspects, and raw HTML (`html: true`) at its most
// hostile (entities, comments, `<` inside attributes, unclosed tags, CDATA, scripts and styles).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prng } from '../tests/support/prng.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The repository's outlines (the sample, the test fixtures, the import corpus's references), by their path in it. */
export function repoOutlines(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const relative = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) walk(relative);
      else if (entry.name.endsWith('.md')) found.push(relative);
    }
  };
  for (const dir of ['slides', 'tests/fixtures/check', 'tests/fixtures/layout', 'tests/outline/fixtures']) walk(dir);
  walk('tests/import/corpus');
  return found.sort();
}

const WORDS = [
  '群众路线',
  '调查研究',
  '坚持以人民为中心',
  '把群众利益放在首位',
  '新时代',
  '基层治理',
  '2026 年',
  '85%',
  '第一，',
  '“急难愁盼”',
  '《意见》',
  'AI',
  'ǘ',
  '①',
  '—',
  '……',
  '，',
  '。',
  '、',
  '；',
];

/** Inline Markdown any outline may hold. */
const MARKDOWN_INLINE = [
  '**加粗**',
  '*强调*',
  '`代码`',
  '~~删除~~',
  '[链接](https://example.org/a?b=1&c=2)',
  '&copy;',
  '&amp;',
  '\\*',
];

/** Raw HTML as the hostile write it: what a parser reads as the browser does and a regular expression does not. */
const RAW_INLINE = [
  '<b>粗</b>',
  '<span title="a>b">提示</span>',
  "<span title='<i>'>单引号</span>",
  '<em data-x="1 < 2">比较</em>',
  '<!-- 注释 <b>不显示</b> -->',
  '<![CDATA[ 数据 <x> ]]>',
  '&yen;300&nbsp;元',
  '&#x4e2d;&#22269;',
  '&lt;不是标签&gt;',
  '<b>未闭合',
  '<i>斜<b>交错</i>粗</b>',
  '<br>',
  '<wbr>',
  '<ruby>群<rt>qún</rt></ruby>',
  '<span class="x">一段<br/>两行</span>',
  '<abc',
  '< 空格',
  'a<b',
  '<img alt="图" title="a<b">',
  '<sup>2</sup>',
  '<u>下划线</u>',
  '&copy',
  '&notit;',
];

const RAW_BLOCK = [
  '<div class="sd-note">块内 <b>加粗</b> 文字</div>',
  '<script>if (a < b && "<p>脚本</p>") {}</script>',
  '<style>.x::before { content: "<样式>"; }</style>',
  '<!-- 整块注释\n<p>不显示</p>\n-->',
  '<table>\n<tr><td>甲</td><td>1,234</td></tr>\n<tr><td>乙&amp;丙</td><td>56.7%</td></tr>\n</table>',
  '<p title="x > y">段落 &lt;p&gt;</p>',
  '<details><summary>摘要</summary>详情</details>',
  '<textarea><b>不是标签</b></textarea>',
  '<div>未闭合的块',
  '<svg><![CDATA[ 图形 ]]><text>字</text></svg>',
  '<title>标题 <b></title>',
];

/** The n-th generated outline: the same for the same n on every run. */
export function generatedOutline(n: number): string {
  const random = prng(0x5eed + n * 7919).next;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const html = random() < 0.4;
  const phrase = (most: number) => {
    let text = '';
    for (let i = int(1, most); i > 0; i--) {
      const r = random();
      text += html && r < 0.25 ? pick(RAW_INLINE) : r < 0.4 ? pick(MARKDOWN_INLINE) : pick(WORDS);
    }
    return text;
  };
  const lines = ['---', `title: ${pick(['群众工作', '调查研究的方法', 'A & B <测试>'])}${n}`];
  if (random() < 0.5) lines.push('speaker: 张三');
  if (random() < 0.3) lines.push(`duration: ${int(3, 20)}`);
  if (random() < 0.3) lines.push('aspect: "4:3"');
  if (random() < 0.3) lines.push('theme: light');
  if (random() < 0.3) lines.push('numbering: arabic');
  if (random() < 0.2) lines.push('agenda: false');
  if (random() < 0.3) lines.push(`keep: [${pick(['群众路线', '基层治理'])}]`);
  if (html) lines.push('html: true');
  lines.push('---', '');
  for (let part = int(0, 3); part >= 0; part--) {
    if (random() < 0.8) lines.push(`# 第${part}部分${phrase(2)}`, '');
    for (let slide = int(1, 5); slide > 0; slide--) {
      lines.push(`## 第${slide}页${phrase(3)}${random() < 0.1 ? ' {.cards}' : ''}`, '');
      for (let block = int(1, 3); block > 0; block--) lines.push(...blockLines(), '');
      if (random() < 0.6) lines.push('::: notes', phrase(8), random() < 0.3 ? `\n${phrase(5)}` : '', ':::', '');
    }
  }
  return lines.join('\n');

  function blockLines(): string[] {
    const kind = random();
    if (kind < 0.4) {
      const ordered = random() < 0.3;
      const out: string[] = [];
      for (let i = 1; i <= int(1, 6); i++) {
        out.push(`${ordered ? `${i}.` : '-'} ${phrase(4)}`);
        if (random() < 0.2) out.push(`  ${phrase(3)}`);
        if (random() < 0.2) for (let j = int(1, 3); j > 0; j--) out.push(`  - ${phrase(3)}`);
      }
      return out;
    }
    if (kind < 0.5) return [`> ${phrase(6)}`, ...(random() < 0.5 ? ['>', `> —— ${pick(['习近平', '毛泽东'])}`] : [])];
    if (kind < 0.6) return ['| 项目 | 数量 |', '| --- | ---: |', `| ${phrase(2)} | 1,234 |`, `| ${phrase(2)} | 56% |`];
    if (kind < 0.65) return ['```js', 'const a = "<b>" && 1 < 2;', '```'];
    if (kind < 0.72 && html) return [pick(RAW_BLOCK)];
    if (kind < 0.76) return ['---'];
    return [phrase(10)];
  }
}
