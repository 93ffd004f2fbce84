// Parts, slides and points a speaker would make that the drafts missed: figures in units or words the importer did not
// count, and what a slide shows of its passage. Sentences invented in the genre's manner (none from a held-out speech of
// the reference set).
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/import/figures.ts';
import { countedIdeas, figureIdeas } from '../../src/import/ideas.ts';
import { pointOf } from '../../src/import/points.ts';
import { unfitTitle } from '../../src/import/title-phrasing.ts';
import { opensItsOwnPart } from '../../src/import/structure/topic-groups.ts';
import { withoutFillers } from '../../src/import/words.ts';
import { draftOf, pointsBySlide } from './support/outline.ts';

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

describe('a problem the passage answers', () => {
  const problems = [
    '山区村子分散，群众吃水难。',
    '基层人手不足。',
    '农村供水最大的短板还是管护跟不上。',
    '村里的集体经济底子薄，发展后劲不足。',
  ];
  it('is no point, by the one rule that keeps it from being a title', () => {
    for (const sentence of problems) {
      expect(pointOf(sentence), sentence).toBeUndefined();
      expect(unfitTitle(sentence.replace(/。$/u, '')), sentence).toBe('problem');
    }
  });

  it('but what solves it, or a rule the speaker keeps, is a point', () => {
    expect(pointOf('我们着力破解群众吃水难。')).toBe('着力破解群众吃水难');
    expect(pointOf('三年新建供水站86处，解决了群众吃水难。')).toBe('三年新建供水站86处，解决了群众吃水难');
    expect(pointOf('凡是可能污染水源的项目一律不上。')).toBe('凡是可能污染水源的项目一律不上');
  });
});

/** Two counted parts, each one paragraph that turns to a second topic of its own on the way. */
const SCHOOLS = [
  '守牢校园安全底线',
  '某某县教育局 李某某',
  '各位领导、同志们：',
  '近年来，我县把校园安全作为教育工作的头等大事，全县校园连续五年未发生重大安全责任事故。主要做法如下。',
  '第一，压实安全责任。校长是学校安全的第一责任人，我们与全县127所学校校长逐一签订安全目标责任书，把安全工作纳入年度考核，实行一票否决。在校门口，我们设立了护学岗，由民警、教师和家长志愿者共同值守，上下学高峰时段到岗率100%。心理安全同样不能忽视。我们在每所中小学配备了心理健康教师，建立学生心理健康档案，对重点学生一人一策跟踪帮扶，去年共开展心理辅导2100余人次。',
  '第二，加强设施建设。我们投入资金1300余万元，为27所学校新建或改造了消防设施，所有学校都安装了一键报警装置，并与公安机关联网。食品安全是校园安全的重要内容，全县23家学校食堂全部实现“明厨亮灶”，家长可以通过手机实时查看后厨。',
  '以上发言，不当之处请批评指正。',
].join('\n');

describe('a part that turns to a topic of its own', () => {
  it('gives the topic a slide of its own, titled by it', async () => {
    const { outline } = await draftOf(SCHOOLS);
    const titles = outline.parts.map((p) => p.slides.map((s) => s.title));
    expect(titles[0]).toContain('心理安全同样不能忽视');
    expect(titles[1]).toContain('食品安全');
    // The turn is the slide's title, not a point under another topic's title.
    expect([...pointsBySlide(outline).values()].flat().join('|')).not.toContain('心理安全');
  });

  it('shows what the sentence says after a slide’s only point, so the slide has two', async () => {
    const { outline } = await draftOf(SCHOOLS);
    expect(pointsBySlide(outline).get('食品安全')).toEqual([
      '全县23家学校食堂全部实现“明厨亮灶”',
      '家长可以通过手机实时查看后厨',
    ]);
  });
});

describe('counted items named by a bare label', () => {
  it('keep a later clause of the item when the one after the label is too long to share its line', () => {
    const sentence =
      '一是帮就业，联合人社部门建立过渡性安置基地；二是聚合力，动员村居干部、社工、志愿者和家属组成帮扶小组，开展结对帮扶。';
    expect(countedIdeas(sentence, 0).map((i) => i.text)).toEqual([
      '帮就业，联合人社部门建立过渡性安置基地',
      '聚合力，开展结对帮扶',
    ]);
  });

  it('an announcement of the talk’s ways of doing (汇报三点做法) is no point', () => {
    expect(pointOf('下面简要汇报三点做法。')).toBeUndefined();
  });
});

describe('words a point keeps', () => {
  it('a 了 that ends one action before the next is said stays; a 了 of a deed before its object goes', () => {
    expect(withoutFillers('证件办好了由专员送上门')).toBe('证件办好了由专员送上门');
    expect(withoutFillers('问题解决了再销号')).toBe('问题解决了再销号');
    expect(withoutFillers('建立了区、镇、村三级体系')).toBe('建立区、镇、村三级体系');
  });
});

describe('a lead that opens its own part without the shared words', () => {
  it('says its topic is the key (管护是关键), as 关键在…… and ……的关键 do', () => {
    const text = '建成以后，管护是关键。我们明确了县、乡、村三级管护责任，每个村都有专职管护员。';
    expect(opensItsOwnPart({ lead: '建成以后，管护是关键。', text })).toBe(true);
    expect(opensItsOwnPart({ lead: '管护员是关键岗位的骨干力量。', text })).toBe(false);
  });
});
