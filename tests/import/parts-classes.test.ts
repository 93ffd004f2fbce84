// Parts, slides and points a speaker would make that the drafts missed: figures in units or words the importer did not
// count, and what a slide shows of its passage. Sentences invented in the genre's manner (none from a held-out speech of
// the reference set).
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/import/figures.ts';
import { figureIdeas } from '../../src/import/ideas.ts';

const figuresOf = (text: string): string[] => findFigures(text).map((f) => f.text);

describe('figures a speaker shows', () => {
  it('counts wells, loans and films (余眼, 多笔, 余部) but not a number of departments (5部门)', () => {
    expect(figuresOf('三年共打机电井1200余眼，发放小额贷款300多笔，拍摄普法微视频40余部。')).toEqual([
      '1200余眼',
      '300多笔',
      '40余部',
    ]);
    expect(figuresOf('我们联合5部门开展专项整治。')).toEqual([]);
  });

  it('takes the genre’s set terms as hard facts (实行一票否决) and shows them on the slide', () => {
    const text = '把校园安全纳入学校年度考核，实行一票否决。';
    expect(figuresOf(text)).toEqual(['一票否决']);
    expect(figureIdeas(text, 0).map((i) => i.text)).toContain('把校园安全纳入学校年度考核，实行一票否决');
  });

  it('shows a figure whose clause is a little over 20 characters whole, rather than lose it', () => {
    // Twenty-two characters: too long for a phrase of 20, not for a point.
    const text = '经过两年努力，全区老旧小区改造后居民满意度达到百分之九十二。';
    expect(figureIdeas(text, 0).map((i) => i.text)).toEqual(['全区老旧小区改造后居民满意度达到百分之九十二']);
  });
});
