// Slide titles and part names a speaker takes from later in the sentence or passage than the draft did: the clause that
// states the thesis after a clause of background in the same sentence, a one-clause thesis of up to 18 characters said
// whole, a method the speech names in quotation marks and says what kind it is (……”的工作机制, ……”活动) over the saying
// that leads to it, and a part named by its lead's key clause where the lead only sets the scene first (针对……，……). Sentences invented in the genre's manner, on topics of
// their own (none from a speech of the reference set).
import { describe, expect, it } from 'vitest';
import { slideWidth } from '../../src/import/sentences.ts';
import { planSlides } from '../../src/import/slides.ts';
import { namesItsMethod } from '../../src/import/title-phrasing.ts';
import { draftOf } from './support/outline.ts';

const titleOf = (paragraph: string): string | undefined => planSlides({ paragraphs: [paragraph] }, '开场')[0]?.title;

describe('a thesis said after the background in its sentence', () => {
  it('titles the slide alone, without the background clause before it', () => {
    const cases: Array<[string, string]> = [
      [
        '我们有12支家庭医生团队，覆盖全部行政村，团队是签约服务的主体。每支团队由1名全科医生、1名护士和1名公卫人员组成，每月入村两次，为签约群众提供随访、用药指导等服务。去年签约居民达到5.2万人。',
        '团队是签约服务的主体',
      ],
      [
        '我们县地处山区，耕地少、坡地多，只能走特色种植的路子。县里引进中药材种植企业3家，带动农户种植黄精、白芨等1.2万亩，户均增收8000元。',
        '走特色种植的路子',
      ],
      [
        '全市现有城市社区210个，各类物业小区1400多个，业委会是小区治理的主体。我们推动符合条件的小区应建尽建，去年新成立业委会186个，组建率提高到78%。',
        '业委会是小区治理的主体',
      ],
    ];
    for (const [paragraph, title] of cases) expect(titleOf(paragraph), paragraph).toBe(title);
  });

  it('but a second clause that leans on the first keeps both, as said', () => {
    expect(
      titleOf('人回来了，还要留得住。我们为返乡人员提供创业担保贷款，去年发放贷款1.2亿元，扶持创业项目300多个。'),
    ).toBe('人回来了，还要留得住');
    expect(
      titleOf('改革要见效，关键在窗口。我们在政务大厅设立了企业专区，由业务骨干帮办代办，去年帮办事项2600件。'),
    ).toBe('改革要见效，关键在窗口');
  });
});

describe('a sentence that is its thesis and nothing else, a little long for a glance', () => {
  it('titles the slide whole up to 18 characters, over a detail said after the figures', () => {
    const cases: Array<[string, string]> = [
      [
        '基层治理不能只靠社区干部一家唱独角戏。全街道楼栋长达到860名，注册志愿者1.2万人，去年共参与化解矛盾纠纷430起，还请退休干部、律师担任“和事佬”，带着居民一起议、一起办。',
        '基层治理不能只靠社区干部一家唱独角戏',
      ],
      [
        '垃圾分类不能只靠环卫部门一家唱独角戏。全区垃圾分类督导员达到2300名，去年开展入户宣传18万户次，还请物业、志愿者担任“桶边管家”，带着居民一起分、一起投。',
        '垃圾分类不能只靠环卫部门一家唱独角戏',
      ],
      [
        '平安校园建设不能只靠学校一家单打独斗。全市中小学配备专职保安1860名，去年开展应急演练3200场，还请民警、家长担任“护学岗”，陪着孩子一起上学、一起回家。',
        '平安校园建设不能只靠学校一家单打独斗',
      ],
    ];
    for (const [paragraph, title] of cases) expect(titleOf(paragraph), paragraph).toBe(title);
    // Longer than a thesis of two clauses may be, it is not said whole.
    const long =
      '乡村文化振兴不能只靠文化站一家唱独角戏。全县村级文艺队达到410支，去年送戏下乡1200场，还请乡贤、非遗传承人担任“文化管家”，带着村民一起唱、一起跳。';
    expect(titleOf(long)).not.toBe('乡村文化振兴不能只靠文化站一家唱独角戏');
  });
});

describe('a method the speech names in quotation marks and says what kind it is', () => {
  it('is the title over the saying that leads to it', () => {
    const cases: Array<[string, string]> = [
      [
        '社区矫正不能只是“管住人”，更要“教好人”。我们推行了“一人一策、一月一评”的帮教机制，为每名矫正对象制定帮教方案，去年帮助86人找到工作。',
        '“一人一策、一月一评”帮教机制',
      ],
      [
        '窗口服务不能只是“等上门”，更要“走出去”。我们推行“预约上门、代办到家”的服务模式，工作人员带着设备进村入户，去年上门办理业务4300件。',
        '“预约上门、代办到家”服务模式',
      ],
      [
        '为了把好事办好，我们在全镇开展“干部带头拆、群众跟着拆”行动，镇村干部先拆自家违建，三个月拆除违建1.3万平方米。',
        '“干部带头拆、群众跟着拆”行动',
      ],
    ];
    for (const [paragraph, title] of cases) expect(titleOf(paragraph), paragraph).toBe(title);
  });

  it('names a method only where the kind follows the name; a figure of speech after 的 or a further step is none', () => {
    expect(namesItsMethod('建立了“网格发现、社区吹哨、部门报到”的工作机制')).toBe(true);
    expect(namesItsMethod('开展“党员带头分、家庭一起分”活动')).toBe(true);
    expect(namesItsMethod('把实践站办成群众的“连心站”')).toBe(false);
    expect(namesItsMethod('推行“一件事一次办”')).toBe(false);
    // The thesis the passage opens with stays: the quoted 制度 is a further step (我们还……).
    expect(
      titleOf(
        '我们把老旧市场改造作为民生实事，改造后的市场成了群众的“菜篮子”。去年改造农贸市场12个。我们还建立了市场管理“红黑榜”制度，每月通报一次。',
      ),
    ).toBe('把老旧市场改造作为民生实事');
  });
});

/** Whether `short` is `long` with characters left out, in order. */
const inOrder = (short: string, long: string): boolean => {
  let at = 0;
  for (const char of long) if (char === short[at]) at++;
  return at === short.length;
};

const speech = (leads: string[], rests: string[]): string =>
  [
    '在全市工作推进会上的交流发言',
    '某某县某某局 张某某',
    '',
    '各位领导、同志们：',
    '今年以来，我们围绕群众关心的事做了一些工作，取得了一定成效。',
    ...leads.map((lead, i) => `${lead}${rests[i] ?? ''}`),
    '下一步，我们将继续努力，把好事办好、实事办实。',
    '谢谢大家！',
    '',
  ].join('\n');

describe('a part whose lead sets the scene first (针对……，……; 为了……，……; 在……上，……)', () => {
  it('is named by the key clause of what the lead goes on to say, ≤ 16 characters of the lead in order', async () => {
    const cases: Array<{ leads: string[]; rests: string[]; names: string[] }> = [
      {
        leads: [
          '针对乡镇卫生院人才短缺，县里推动优质医疗资源下沉到乡镇。',
          '在家庭医生签约上，我们坚持把老年人和慢性病患者放在首位。',
          '为了让群众少跑腿，全县推行检查结果互认和一站式结算服务。',
        ],
        rests: [
          '县人民医院与14个乡镇卫生院组建医共体，每年选派60名骨干医生到乡镇坐诊，乡镇卫生院门诊量去年增长了23%。县医院还开通了远程会诊平台，去年远程会诊达到3200例。',
          '全县组建家庭医生团队96支，每个团队包联两到三个行政村，重点人群签约率达到86%。团队每月入户随访一次，去年全县高血压规范管理率提高到72%。',
          '县乡两级医疗机构的32项检查结果实现互认，群众转诊不再重复检查，一年为群众节省费用1100多万元。住院费用实行一站式结算，出院当天就能报销。',
        ],
        names: ['推动优质医疗资源下沉到乡镇', '坚持把老年人和慢性病患者放在首位', '推行检查结果互认和一站式结算服务'],
      },
      {
        leads: [
          '针对垃圾随意堆放，全县建立村收集、镇转运的处理体系。',
          '在厕所革命上，我们坚持以奖代补的办法推进农户改厕。',
          '为了让村庄长期干净整洁，我们把村规民约作为重要抓手。',
        ],
        rests: [
          '全县配备保洁员1860名，每个行政村都建起了垃圾收集点，收运处置体系覆盖所有行政村。去年共清理陈年垃圾4.2万吨，村庄环境明显改观。',
          '县财政对完成改厕的农户每户补助1500元，去年新改建农村户厕1.1万座，卫生厕所普及率提高到91%。改厕以后，我们还组建了12支管护队伍，厕所坏了有人修。',
          '各村把门前三包、垃圾不乱扔写进村规民约，每月评选一次卫生户，评上的挂牌表扬。去年全县评出卫生户3.6万户，村民参与整治的积极性越来越高。',
        ],
        names: ['建立村收集、镇转运的处理体系', '坚持以奖代补的办法推进农户改厕', '把村规民约作为重要抓手'],
      },
    ];
    for (const { leads, rests, names } of cases) {
      const { outline } = await draftOf(speech(leads, rests));
      const parts = outline.parts.map((p) => p.title);
      expect(parts).toEqual(names);
      parts.forEach((name, i) => {
        expect(slideWidth(name), name).toBeLessThanOrEqual(16);
        expect(inOrder(name, leads[i] ?? ''), name).toBe(true);
      });
    }
  });

  it('but a lead of two clauses of its own is the speaker’s heading, kept whole', async () => {
    const leads = [
      '坚持问需于民，把群众的难点当作工作的重点。',
      '坚持刀刃向内，把办事的堵点当作改革的重点。',
      '坚持真抓实干，把群众的痛点当作服务的落点。',
    ];
    const rests = [
      '我们建立了县领导包联社区制度，28名县领导每人联系3个社区，每季度至少走访一次，去年共收集群众意见716条，办结率达到99%。',
      '我们推行一件事一次办，把开办企业、不动产登记等42个高频事项集成办理，申报材料平均减少了40%，办理时间缩短一半以上。',
      '我们设立了2000万元的民生微实事资金，由群众点题、部门答题，去年办成民生实事360件，群众满意率达到97.5%。',
    ];
    const { outline } = await draftOf(speech(leads, rests));
    expect(outline.parts.map((p) => p.title)).toEqual(leads.map((l) => l.replace(/。$/u, '')));
  });
});
