// Titles the structure or the title rules would otherwise take whole from the speech where a speaker rewrites them: a
// problem said as a lead, the speaker's side as a title's subject. Sentences invented in the genre's manner (none from a
// held-out speech of the reference set).
import { describe, expect, it } from 'vitest';
import { leadTitle } from '../../src/import/structure/topic-groups.ts';
import { asTitle, unfitTitle } from '../../src/import/title-phrasing.ts';
import { thesisTitle } from '../../src/import/titles.ts';
import { draftOf } from './support/outline.ts';

/** Seven leads without markers, two of them a problem: one leaning on the lead before, one whose 还 a title drops. */
const WATER = [
  '让山区群众喝上放心水',
  '某某县水利局 王某某',
  '各位领导、同志们：',
  '近年来，我县把农村饮水安全作为民生实事来抓，全县农村自来水普及率达到96%。下面，我简要汇报几点做法。',
  '水源要先保护好。我们对全县132处千人以上水源地全部划定保护范围，设立界桩和警示牌，每季度开展一次水质检测，发现问题立即整改，去年水质达标率提升到98.5%。',
  '同时，山区村子分散，群众吃水难。我们因地制宜，能集中的集中，不能集中的建小型供水站，三年新建改造供水工程86处，解决了2.3万名群众的吃水问题。',
  '农村供水最大的短板还是管护跟不上。我们推行县级统管、乡镇监管、村级管护的三级管护体系，每个供水站都有专人管护，维修资金由县财政兜底，群众报修后24小时内到场。',
  '水价改革要稳步推进。我们按照保本微利的原则核定水价，对低保户、特困户减免水费，全县水费收缴率从过去的不到六成提高到92%。',
  '数字化管理也要跟上。我们建成全县农村供水信息化平台，86处供水工程的水量、水压、水质实时在线监测，出现异常自动报警，平均处置时间缩短到4小时。',
  '群众参与是长效管护的基础。我们在每个村选聘一名用水协管员，组织群众代表参与水价听证和工程验收，群众满意度达到95%以上。',
  '同志们，农村饮水安全连着千家万户。我们将继续努力，让山区群众喝上放心水、安全水。',
].join('\n');

describe('a problem is never a slide title', () => {
  it('not where the structure picks the heading from a lead sentence', async () => {
    const { outline } = await draftOf(WATER);
    const titles = outline.parts.flatMap((p) => p.slides.map((s) => s.title));
    expect(titles.length).toBeGreaterThanOrEqual(5);
    for (const title of titles) {
      expect(title, title).not.toMatch(/吃水难|跟不上/u);
      expect(unfitTitle(title), title).not.toBe('problem');
    }
  });

  it('knows a wrong state said at the end (…难, …不足, …不起来, …分散, …重) from one a verb solves', () => {
    for (const title of ['群众办事难', '基层人手不足', '村子富不起来', '山区村子分散', '基层负担重', '管护跟不上'])
      expect(unfitTitle(title), title).toBe('problem');
    for (const title of ['破解融资难', '攻坚克难', '小事不出网格', '让群众少跑腿', '推动资源下沉', '改变村子富不起来'])
      expect(unfitTitle(title), title).toBeUndefined();
  });
});

describe('the speaker’s side is no title’s subject', () => {
  it('leaves out 我们, 我县 and the adverb or time that leans on them, and the 了 of a deed told', () => {
    expect(asTitle('我们上线了智慧助餐系统')).toBe('上线智慧助餐系统');
    expect(asTitle('我们还建立了积分制度')).toBe('建立积分制度');
    expect(asTitle('我们村建起了文化礼堂')).toBe('建起文化礼堂');
    expect(asTitle('推行林长制后，我们建立了三级林长体系')).toBe('建立三级林长体系');
    expect(asTitle('去年以来，我县全面推行河长制')).toBe('全面推行河长制');
    // Not the speaker's side: what is theirs, or a time before someone else.
    expect(asTitle('我们的做法得到了群众认可')).toBe('我们的做法得到了群众认可');
    expect(asTitle('改革以后，群众更满意了')).toBe('改革以后，群众更满意了');
    expect(asTitle('我县是全省的产粮大县')).toBe('我县是全省的产粮大县');
  });

  it('as a lead that leans on the part before, and as a passage’s thesis', () => {
    expect(leadTitle('我们还建立了网格员积分考核制度。')).toBe('建立网格员积分考核制度');
    expect(leadTitle('我们也把党组织建在网格上。')).toBe('把党组织建在网格上');
    expect(thesisTitle(['我们还建立了网格员积分考核制度，每月公布积分排名。', '网格员流失率下降到5%。'])).toBe(
      '建立网格员积分考核制度',
    );
  });
});

describe('a story is never a slide title', () => {
  it('not the time a story opens on, nor someone’s words quoted', () => {
    for (const title of [
      '中午十二点多',
      '早上七点，老人们就来排队',
      '有一次，一位老人找到村里',
      '“书记，你们真是办了件好事”',
    ])
      expect(unfitTitle(title), title).toBe('story');
    for (const title of [
      '“一件事一次办”',
      '“我为群众办实事”',
      '“小事不出村，大事不出镇”',
      '一点一滴见真情',
      '点亮微心愿',
    ])
      expect(unfitTitle(title), title).toBeUndefined();
  });
});
