// HTML comments are the writer's remarks: kept in the file, never on a slide.
import { describe, expect, it } from 'vitest';
import { parseOutline } from '../../src/outline/index.ts';
import { blocksHtml } from '../../src/outline/html.ts';

import type { Block } from '../../src/outline/index.ts';

const htmlOf = (block: Block | undefined): string => (block && 'blocks' in block ? blocksHtml(block.blocks) : '');
const parse = (body: string, html = false) =>
  parseOutline(`---\ntitle: 备注\n${html ? 'html: true\n' : ''}---\n\n${body}`, 'talk.md');

describe('HTML comments', () => {
  it('are hidden, over several lines, with html off (the default)', () => {
    const outline = parse('## 一页\n\n- 要点\n\n<!-- 导入时删除的行：\n  speech.txt:1  [watermark]  仅供学习\n-->\n');
    const slide = outline.opening[0]!;
    expect(slide.pages[0]!.blocks).toHaveLength(1);
    expect(JSON.stringify(outline)).not.toContain('仅供学习');
  });

  it('are hidden right under a paragraph or point, and before the first heading', () => {
    const outline = parse('<!-- 草稿 -->\n\n## 一页\n\n正文\n<!-- 待改 -->\n');
    expect(outline.opening[0]!.pages[0]!.blocks.map(htmlOf)).toEqual(['<p>正文</p>\n']);
  });

  it('are hidden with html on too', () => {
    const outline = parse('## 一页\n\n<!-- 只给自己看 -->\n\n正文\n', true);
    expect(JSON.stringify(outline.opening[0]!.pages)).not.toContain('只给自己看');
  });

  it('stay visible when they are not whole lines, or never close (nothing is hidden by accident)', () => {
    const inline = parse('## 一页\n\n正文 <!-- 行内 --> 继续\n');
    expect(htmlOf(inline.opening[0]!.pages[0]!.blocks[0])).toContain('&lt;!-- 行内 --&gt;');
    const unclosed = parse('## 一页\n\n<!-- 没有结尾\n\n## 二页\n\n- 点\n');
    expect(unclosed.opening).toHaveLength(2);
    expect(htmlOf(unclosed.opening[0]!.pages[0]!.blocks[0])).toContain('&lt;!-- 没有结尾');
  });

  it('in code stay code', () => {
    const outline = parse('## 一页\n\n```\n<!-- 代码 -->\n```\n');
    expect(htmlOf(outline.opening[0]!.pages[0]!.blocks[0])).toContain('&lt;!-- 代码 --&gt;');
  });
});
