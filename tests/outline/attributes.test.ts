// `## 标题 {.class data-x="y"}`: classes and data-* attributes for a slide, and nothing else.
import { blocksHtml } from '../../src/outline/html.ts';
import { describe, expect, it } from 'vitest';
import { parse, talk } from './support.ts';

describe('slide attributes', () => {
  it('gives a slide the classes and data-* attributes written after its title', () => {
    const slide = parse(talk('## 把握群众的新变化 {.warm .wide data-background-color="#fff"}')).opening[0]!;
    expect(slide.title).toBe('把握群众的新变化');
    expect(slide.titleHtml).toBe('把握群众的新变化');
    expect(slide.attributes).toEqual({ classes: ['warm', 'wide'], data: { 'data-background-color': '#fff' } });
  });

  it('gives a slide without them empty attributes', () => {
    expect(parse(talk('## 页')).opening[0]!.attributes).toEqual({ classes: [], data: {} });
  });

  it('drops ids, styles, event handlers and any other attribute', () => {
    const slide = parse(talk('## 页 {#top style="color:red" onclick="alert(1)" href="javascript:x" .ok}')).opening[0]!;
    expect(slide.title).toBe('页');
    expect(slide.attributes).toEqual({ classes: ['ok'], data: {} });
  });

  it('gives a part’s divider its attributes too', () => {
    const part = parse(talk('# 一、部分 {.dark data-transition="fade"}')).parts[0]!;
    expect(part.title).toBe('一、部分');
    expect(part.attributes).toEqual({ classes: ['dark'], data: { 'data-transition': 'fade' } });
  });

  it('renders attributes of a `###` inside a slide with the same limits', () => {
    const [block] = parse(talk('## 页', '### 小标题 {.note onclick="x"}')).opening[0]!.pages[0]!.blocks;
    expect(block?.kind === 'markdown' && blocksHtml(block.blocks)).toBe('<h3 class="note">小标题</h3>\n');
  });
});
