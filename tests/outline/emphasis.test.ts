// Bold next to Chinese punctuation, and a heading's own line break: what CommonMark alone gets wrong for Chinese.
import { describe, expect, it } from 'vitest';
import { blocksHtml, pointHtml } from '../../src/outline/html.ts';
import { lines, parse, talk } from './support.ts';

const htmlOf = (markdown: string) => {
  const block = parse(talk('## 页', markdown)).opening[0]!.pages[0]!.blocks[0]!;
  return block.kind === 'points' ? pointHtml(block.points[0]!.blocks) : blocksHtml(block.blocks);
};

describe('bold next to Chinese punctuation', () => {
  it('bolds a quoted phrase before a full-width comma, with no `**` left over', () => {
    expect(htmlOf('- 牢记**“国之大者”**，增强**政治判断力**')).toBe(
      '牢记<strong>“国之大者”</strong>，增强<strong>政治判断力</strong>',
    );
  });

  it('bolds a lead phrase that ends in a full-width colon or sits inside 《》', () => {
    expect(htmlOf('- **政治上：**坚定理想信念')).toBe('<strong>政治上：</strong>坚定理想信念');
    expect(htmlOf('- 学习**《决定》**精神')).toBe('学习<strong>《决定》</strong>精神');
  });

  it('keeps the plain text free of markup', () => {
    const block = parse(talk('## 页', '- 牢记**“国之大者”**，增强**政治判断力**')).opening[0]!.pages[0]!.blocks[0]!;
    expect(block.kind === 'points' && block.points[0]!.text).toBe('牢记“国之大者”，增强政治判断力');
  });
});

describe('a heading with its own line break', () => {
  it('takes `<br>` in a `##` heading as a line break on the slide, even without `html: true`', () => {
    const slide = parse(talk('## 提升做好新时代群众工作的能力<br>关键在于走到群众中间去', '- 点')).opening[0]!;
    expect(slide.titleHtml).toBe('提升做好新时代群众工作的能力<br>关键在于走到群众中间去');
    expect(slide.title).toBe('提升做好新时代群众工作的能力关键在于走到群众中间去');
  });

  it('accepts `<br/>` and `<br />`, in a `#` part too, and keeps the slide attributes after it', () => {
    const outline = parse(talk('# 第一行<br/>第二行', '## 页<br />续 {.warm}', '- 点'));
    expect(outline.parts[0]!.titleHtml).toBe('第一行<br>第二行');
    expect(outline.parts[0]!.slides[0]!.titleHtml).toBe('页<br>续');
    expect(outline.parts[0]!.slides[0]!.attributes.classes).toEqual(['warm']);
  });

  it('does the same with `html: true`, and shows other HTML in a heading as text without it', () => {
    const withHtml = parse(lines('---', 'title: 测试', 'html: true', '---', '## 上<br>下', '- 点')).opening[0]!;
    expect(withHtml.titleHtml).toBe('上<br>下');
    expect(parse(talk('## 上<b>下</b>', '- 点')).opening[0]!.titleHtml).toBe('上&lt;b&gt;下&lt;/b&gt;');
  });

  it('leaves `<br>` in a point as text, as any other HTML there', () => {
    expect(htmlOf('- 上<br>下')).toBe('上&lt;br&gt;下');
  });
});
