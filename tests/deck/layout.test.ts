// How each slide uses the stage: its layout, its type size, cards, numbers, tables, dividers and the title slide.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOutline } from '../../src/outline/index.ts';
import { planDeck, renderSlides } from '../../src/deck/index.ts';
import type { ContentSlide, DeckPlan, Slide } from '../../src/deck/index.ts';
import { ROOT } from '../support/sample.ts';

const plan = (front: string, body: string): DeckPlan =>
  planDeck(parseOutline(`---\ntitle: 小样\n${front}---\n\n${body}`, 'talk.md'));
const stress = planDeck(
  parseOutline(readFileSync(path.join(ROOT, 'tests/fixtures/layout/stress.md'), 'utf8'), 'stress.md'),
);
const content = (deck: DeckPlan, title: string) =>
  deck.slides.find((s): s is ContentSlide => s.kind === 'content' && s.title === title)!;
const sectionOf = (deck: DeckPlan, slide: Slide) => renderSlides(deck).split('<section ')[slide.number]!;

describe('the layout of a content slide', () => {
  it('follows what the slide holds', () => {
    expect(content(stress, '一个要点').layout).toBe('points');
    expect(content(stress, '把群众的小事当作自己的大事').layout).toBe('statement');
    expect(content(stress, '走进社区，听民声').layout).toBe('media');
    expect(content(stress, '一面红旗').layout).toBe('media');
    expect(content(stress, '基层治理现场').layout).toBe('image');
    expect(content(stress, '田间地头').layout).toBe('background');
    expect(content(stress, '民生实事完成情况').layout).toBe('points');
  });

  it('gives few short points larger type than six long ones, and never less than the regular size within the limits', () => {
    const one = content(stress, '一个要点').typeSize;
    const six = content(stress, '六个长要点，每条都接近检查的长度上限').typeSize;
    expect(one).toBeGreaterThanOrEqual(48);
    expect(one).toBeLessThanOrEqual(52);
    expect(six).toBe(42);
    expect(sectionOf(stress, content(stress, '一个要点'))).toContain(`--sd-point-size: ${one}px`);
  });

  it('shrinks the type of a slide that would otherwise run over the footer, then continues it (tests/deck/fit.test.ts)', () => {
    const crowded = plan(
      '',
      `## 很多要点\n\n${Array.from({ length: 9 }, (_, i) => `- 第${i + 1}条：总结推广基层的创新创造，带动更大范围的改革发展`).join('\n')}\n`,
    );
    const slides = crowded.slides.filter((s): s is ContentSlide => s.kind === 'content');
    expect(slides.length > 1 || slides[0]!.typeSize < 42).toBe(true);
  });
});

describe('points on a slide', () => {
  it('shows 2–4 points that open with a bold lead phrase as cards, the lead phrase as each card’s title', () => {
    const html = sectionOf(stress, content(stress, '四个方面的要求'));
    expect(html).toContain('<ul class="sd-points sd-cards sd-cards-4">');
    expect(html).toMatch(
      /<h3 class="sd-card-title sd-phrased">政治上<\/h3><div class="sd-card-text sd-phrased">牢记<strong>(<wbr>)?“国之(<wbr>)?大者”<\/strong>，/,
    );
    expect(html).not.toContain('**');
  });

  it('keeps points as bands when not every one opens with a lead phrase, or when there are more than four', () => {
    const mixed = plan('', '## 页\n\n- **政治上**：坚定\n- 思想上坚定\n');
    expect(renderSlides(mixed)).not.toContain('sd-cards');
    const five = plan('', `## 页\n\n${['一', '二', '三', '四', '五'].map((n) => `- **第${n}**：内容`).join('\n')}\n`);
    expect(renderSlides(five)).not.toContain('sd-cards');
  });

  it('numbers an ordered list （一）（二） with `numbering: chinese`, 1 2 otherwise', () => {
    const body = '## 页\n\n1. 社会结构在变\n2. 思想观念在变\n';
    expect(renderSlides(plan('', body))).toContain(
      '<ol class="sd-points sd-numbered-chinese"><li class="sd-phrased"><span class="sd-marker">（一）</span>社会<wbr>结构在变',
    );
    expect(renderSlides(plan('numbering: arabic\n', body))).toContain(
      '<span class="sd-marker">2</span>思想<wbr>观念在变',
    );
  });
});

describe('tables', () => {
  const table = (rows: string) => {
    const deck = plan('', `## 表\n\n${rows}\n`);
    return sectionOf(deck, content(deck, '表'));
  };

  it('set a column of numbers right-aligned, header included, and leave a column of words alone', () => {
    const marked = table('| 项目 | 完成 | 完成率 |\n|-|-|-|\n| 改造 | 3,412 | 98.3% |\n| 养老 | 856 | 107.0% |');
    expect(marked).toContain('<th>项目</th>');
    expect(marked).toContain('<th class="sd-number">完成</th>');
    expect(marked).toContain('<td class="sd-number">3,412</td>');
    expect(marked).toContain('<td class="sd-number">107.0%</td>');
    expect(marked).toContain('<td>改造</td>');
  });

  it('keep markdown-it’s own alignment beside the class', () => {
    expect(table('| 数 |\n|:-:|\n| 12 |')).toContain('<td class="sd-number" style="text-align:center">12</td>');
  });

  it('read a cell’s words, not its markup: a bold figure is a number, a picture or an ampersand is not', () => {
    const marked = table('| 甲 | 乙 |\n|-|-|\n| **12** | 3 & 4 |\n| 5 | ![图](a.png) |');
    expect(marked).toContain('<td class="sd-number"><strong>12</strong></td>');
    expect(marked).toContain('<td>3 &amp; 4</td>');
  });

  const rawTable = (html: string) => {
    const deck = plan('html: true\n', `## 表\n\n${html}\n`);
    return sectionOf(deck, content(deck, '表'));
  };

  it('written in HTML (`html: true`): a column of numbers right-aligned, the rest as written', () => {
    const marked = rawTable(
      '<table>\n<tr><th>项目</th><th>完成</th></tr>\n<tr><td>改造</td><td>3,412</td></tr>\n<tr><td>养老</td><td>98.3%</td></tr>\n</table>',
    );
    expect(marked).toContain('<th>项目</th><th class="sd-number">完成</th>');
    expect(marked).toContain('<td>改造</td><td class="sd-number">3,412</td>');
    expect(marked).toContain('<td class="sd-number">98.3%</td>');
  });

  it('written in HTML: read as the browser reads it (attributes, implied end tags, upper case, spans, own classes)', () => {
    const marked = rawTable(
      '<TABLE class="t">\n<tr class="head"><th>项目<th colspan="2">数<th>备注\n<tr class="r"><td>甲<td>12<td class="em">3<td>好\n<tr><td>乙<td>7<td class="em">8<td>&nbsp;&amp;\n</TABLE>',
    );
    expect(marked).toContain('<td>甲<td class="sd-number">12<td class="sd-number em">3<td>好');
    expect(marked).toContain('<th class="sd-number" colspan="2">数');
    expect(marked).toContain('<td>乙<td class="sd-number">7');
    expect(marked).not.toContain('<td class="sd-number">好');
  });

  it('written in HTML: two tables in one block judged apart', () => {
    const marked = rawTable(
      '<table><tr><th>甲</th></tr><tr><td>12</td></tr></table>\n<table><tr><th>乙</th></tr><tr><td>十二</td></tr></table>',
    );
    expect(marked).toContain('<td class="sd-number">12</td>');
    expect(marked).toContain('<td>十二</td>');
  });
});

describe('dividers and the title slide', () => {
  it('captions a divider 第一部分 and keeps only the page number in its footer', () => {
    const divider = stress.slides.find((s) => s.kind === 'divider')!;
    const html = sectionOf(stress, divider);
    expect(html).toContain('<p class="sd-part-number">01</p><p class="sd-part-caption"><span>第一部分</span></p>');
    expect(html).toContain('<span class="sd-footer-part"></span><span class="sd-footer-event"></span>');
    expect(html).toContain(`第 ${divider.number} 页`);
  });

  it('puts the logo at the top, the title in the writer’s lines, the organisation (broken between its phrases) and the labelled speaker on lines of their own', () => {
    const html = sectionOf(stress, stress.slides[0]!);
    expect(html).toContain('<img src="images/emblem.png" class="sd-logo" alt="">');
    expect(html).toMatch(
      /<h1 class="sd-deck-title sd-phrased" style="font-size: \d+px">学习<wbr>[^<]*(<wbr>[^<]*)*<br>奋力/,
    );
    expect(html).toContain(
      '<p class="sd-organization sd-phrased">某某市<wbr>某某区<wbr>委办公室</p><p class="sd-speaker"><span class="sd-speaker-label">交流人：</span>张某某</p>',
    );
  });

  it('shows a heading with nothing under it as a statement', () => {
    const html = sectionOf(stress, content(stress, '把群众的小事当作自己的大事'));
    expect(html).toContain('sd-layout-statement');
    expect(html).not.toContain('sd-body');
  });
});

describe('the text of a slide that is no point', () => {
  // A heading inside a slide (`###`) and the writer's own HTML list break between phrases as a paragraph does, a set
  // phrase in a box of its own; code stays as written.
  it('breaks a block opening with a heading or a list between phrases, set phrases whole, and leaves code alone', () => {
    const deck = plan(
      'html: true\n',
      [
        '## 小标题',
        '',
        '### 始终同以习近平同志为核心的党中央保持高度一致',
        '',
        '## 清单',
        '',
        '<ul><li>推动基层党组织建设全面进步全面过硬</li></ul>',
        '',
        '## 代码',
        '',
        '```',
        '始终同以习近平同志为核心的党中央保持高度一致',
        '```',
        '',
      ].join('\n'),
    );
    const heading = sectionOf(deck, content(deck, '小标题'));
    expect(heading).toContain('<div class="sd-markdown sd-phrased"><h3>');
    // (the set phrase, with the short word before it, moves to the next line whole, breaking only at its inner boundary)
    expect(heading).toContain('<h3><span class="sd-keep">始终同以习近平同志为<wbr>核心的党中央</span><wbr>保持');
    const list = sectionOf(deck, content(deck, '清单'));
    expect(list).toContain('<div class="sd-markdown sd-phrased"><ul><li>');
    expect(list).toMatch(/<li>推动<wbr>基层党组织/);
    expect(list).not.toMatch(/基<wbr>层|党组<wbr>织/);
    const code = sectionOf(deck, content(deck, '代码'));
    expect(code).toContain('<div class="sd-markdown"><pre><code>始终同以习近平同志为核心的党中央保持高度一致');
  });
});
