// A part the writer numbered themselves (`# 一、情况`) is numbered once by the deck: its agenda entry, footer, bookmarks
// and the check's table say 一、情况, not 一、一、情况.
import { describe, expect, it } from 'vitest';
import { planDeck, renderSlides } from '../../src/deck/index.ts';
import { parseOutline } from '../../src/outline/index.ts';

const outline = (numbering: string, ...parts: string[]) =>
  `---\ntitle: 题目\nnumbering: ${numbering}\n---\n\n${parts.map((part) => `# ${part}\n\n## 一页\n\n- 要点\n`).join('\n')}`;

const titles = (source: string) => planDeck(parseOutline(source, 'talk.md')).parts.map((part) => part.title);

describe('a part the writer numbered', () => {
  it('loses the number that is its own place, in Chinese and Arabic numbering', () => {
    expect(titles(outline('chinese', '一、情况', '二、 做法', '三．打算'))).toEqual(['情况', '做法', '打算']);
    expect(titles(outline('arabic', '1. 情况', '2、做法'))).toEqual(['情况', '做法']);
  });

  it('keeps an opening that is not its place, a series of numbers, and every title where the deck numbers nothing', () => {
    expect(titles(outline('chinese', '三、情况', '二、做法'))).toEqual(['三、情况', '做法']);
    expect(titles(outline('chinese', '一、二年级的工作', '二、做法'))).toEqual(['一、二年级的工作', '做法']);
    expect(titles(outline('none', '一、情况', '二、做法'))).toEqual(['一、情况', '二、做法']);
  });

  it('shows the number once in the agenda and the footer, the rest of the title as written (its bold too)', () => {
    const html = renderSlides(planDeck(parseOutline(outline('chinese', '一、**情况**', '二、做法'), 'talk.md')));
    expect(html).not.toContain('一、一、');
    expect(html).toContain('一、情况');
    expect(html).toContain('<strong>情况</strong>');
  });
});
