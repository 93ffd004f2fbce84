// Points and figures a speaker would show that the drafts lost (third round): result clauses too long for a line,
// a count whose noun is the action named just before it, figures said in ways the finder missed, and a story's
// figures. Every text is made up in the genre's manner, on topics of its own (none from a speech of the reference set).
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/import/figures.ts';
import { figureIdeas, withoutResultDetail } from '../../src/import/ideas.ts';
import { pointOf } from '../../src/import/points.ts';
import { pointProblem } from './support/keepable.ts';
import { draftOf, pointsBySlide } from './support/outline.ts';

const ideasOf = (sentence: string): string[] => figureIdeas(sentence, 0).map((idea) => idea.text);

describe('figures said in words the finder missed', () => {
  const FOUND: ReadonlyArray<[string, string[]]> = [
    // 多/余 before 万 and the unit.
    ['平台累计汇聚数据一百二十多万条，发放积分120多万分', ['一百二十多万条', '120多万分']],
    ['全年接待游客120多万人次，带动就业8千余人', ['120多万人次']],
    // A decimal in words.
    ['户均收入是改造前的一点六倍，增加二点五万元', ['一点六倍', '二点五万元']],
    // A single numeral before a measure that is a hard fact; 一 there is a set phrase.
    ['新修巡护道路三公里，产量提高两倍，打通最后一公里', ['三公里', '两倍']],
    // 本 as a unit after a number, never in 根本, 成本, 本地.
    ['编印乡土教材二十六本，降低成本，从根本上解决本地难题', ['二十六本']],
  ];
  it.each(FOUND)('in “%s”', (text, expected) => {
    expect(findFigures(text).map((f) => f.text)).toEqual(expected);
  });

  it('still takes no way of speaking for a figure', () => {
    for (const text of ['一名专员', '三个方面', '五个', '一公里', '十分重要', '两本书', '这一点很重要'])
      expect(findFigures(text), text).toEqual([]);
  });
});

describe('a result clause too long for a line', () => {
  // Each clause is over the 22 characters a point may have; without the start value or the examples it fits.
  const SHORTENED: ReadonlyArray<[string, string]> = [
    ['全镇生活垃圾无害化处理率由百分之六十三提高到百分之百', '全镇生活垃圾无害化处理率提高到百分之百'],
    ['全区适龄儿童疫苗接种率由原来的百分之八十五提升到百分之九十九', '全区适龄儿童疫苗接种率提升到百分之九十九'],
    ['企业办理施工许可的平均时间由过去的四十五天压缩到十二个工作日', '企业办理施工许可的平均时间压缩到十二个工作日'],
    ['全市二级以上医院平均住院日从九点五天缩短到七点八天', '全市二级以上医院平均住院日缩短到七点八天'],
    ['整合了城管执法、市场监管、交通运输、环境保护等十二支执法队伍', '整合十二支执法队伍'],
    ['全县建成乡镇综合文化站、村级文化服务中心、农家书屋等文化阵地四百二十多个', '全县建成文化阵地四百二十多个'],
    ['帮助返乡农民工解决技能培训、创业贷款、子女入学等具体困难三百余件', '帮助返乡农民工解决具体困难三百余件'],
  ];
  it.each(SHORTENED)('“%s” → “%s”', (clause, point) => {
    const sentence = `近年来，我们坚持问题导向，${clause}。`;
    expect(ideasOf(sentence)).toContain(point);
    // The point keeps the rule: its words in order in one sentence, only listed words left out.
    expect(pointProblem(point, sentence)).toBeUndefined();
  });

  it('leaves out nothing else: no start value without a number, no 由于, no list a figure does not count', () => {
    for (const clause of [
      '由于村民参与热情提高到新水平',
      '由村民代表大会讨论决定后再提高到市级标准',
      '走访了种植大户、家庭农场、合作社等经营主体',
      '对辖区内的学校、医院、商场等人员密集场所开展消防安全检查120次',
      '联合公安等12个部门开展联合执法',
    ])
      expect(withoutResultDetail(clause), clause).toBe(clause);
  });

  it('is shown on its slide in a whole import, and its figure reaches it', async () => {
    const speech = [
      '让群众喝上放心水',
      '某某县水利局 孙某某',
      '农村饮水安全是群众最关心的事。下面，我简要汇报我们的做法。',
      '一、建好水源工程。我们新建集中供水工程十四处，改造老旧管网三百二十公里。通过三年努力，全县农村自来水普及率由百分之七十六提高到百分之九十七。',
      '二、管好供水设施。我们成立县级供水公司，统一管理全县供水工程，整合了水厂运行、管网维修、水质检测、收费服务等四项业务，群众报修平均两小时内到场。',
      '三、守好水质底线。我们建立水质检测中心，每月对水源水和末梢水抽检一次，全年检测水样一千八百余份，合格率保持在百分之九十九以上。',
      '让群众喝上放心水，我们还有很多工作要做。谢谢大家。',
    ].join('\n');
    const { outline } = await draftOf(speech);
    const shown = [...pointsBySlide(outline).values()].flat();
    expect(shown).toContain('全县农村自来水普及率提高到百分之九十七');
  });
});

describe('a count whose noun is the action named just before it', () => {
  const NAMED: ReadonlyArray<[string, string]> = [
    ['我们对全乡农村自建房开展安全鉴定，共鉴定三千四百多户。', '开展安全鉴定，共鉴定三千四百多户'],
    ['组织专班开展风险排查，共排查出六百余处。', '组织专班开展风险排查，共排查出六百余处'],
    ['汛前对各类水利设施进行检修，累计检修九十二座。', '汛前对各类水利设施进行检修，累计检修九十二座'],
    ['各村组织开展入户宣传，全年宣传一万二千余户次。', '各村组织开展入户宣传，全年宣传一万二千余户次'],
  ];
  it.each(NAMED)('“%s” keeps its noun: “%s”', (sentence, point) => {
    expect(ideasOf(sentence)).toContain(point);
    expect(pointProblem(point, sentence)).toBeUndefined();
  });

  it('takes nothing where the clause before is a frame', () => {
    expect(ideasOf('为了摸清底数，共摸清一百二十户。').join('|')).not.toContain('为了');
  });
});

describe('one person’s story', () => {
  it('gives no point and its figures no result', () => {
    for (const sentence of [
      '有一位在菜市场卖菜的大姐，每天收摊后都到夜校上课，一年学完了十二门课程。',
      '有位退休的老教师，主动报名当志愿者，三年义务辅导学生二百多人次。',
      '有一名快递小哥，利用送件间隙上报安全隐患四十余条。',
    ]) {
      expect(pointOf(sentence), sentence).toBeUndefined();
      expect(ideasOf(sentence), sentence).toEqual([]);
    }
    // What the speaker's side did is still a result.
    expect(ideasOf('全年开展夜校课程一百二十期，参训群众三千余人。').length).toBeGreaterThan(0);
  });
});

describe('a story’s start and a half sentence', () => {
  it('are no point', () => {
    for (const sentence of [
      '一位在外打工多年的青年，回村办起了合作社。',
      '一位刚毕业的大学生，主动报名到社区工作。',
      '那天早上，一位大娘拿着锦旗来到办公室。',
      '有一次，我们在村里走访到深夜。',
      '那年冬天，雪下得特别大。',
      '以及各类社会组织和志愿者的力量。',
    ])
      expect(pointOf(sentence), sentence).toBeUndefined();
  });

  it('leave what the speaker’s side did a point, and a topic asked as A不A keeps what it is said of', () => {
    expect(pointOf('我们组织一百多名青年回村创业。')).toBe('组织一百多名青年回村创业');
    expect(pointOf('今年以来，我们共举办各类讲座三十场。')).toBeDefined();
    expect(pointOf('社区强不强，要看带头人。')).toBe('社区强不强，要看带头人');
  });
});
