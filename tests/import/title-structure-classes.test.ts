// A slide's title chosen by the passage's structure first and the words' weight last: the lead's claim (坚持/聚焦/把……
// + object, or a judgement 只能/关键在/说了算…) titles the passage, and a detail — how it was done (以……为……, 通过……),
// to whom one by one (逐一, 逐户), each time (每个……都要……), a list of kinds (……、……等), the benefit to someone
// (让……也能……) — never wins over it however much it weighs; a question cut from its answer only where the answer still
// says the same. Sentences invented in the genre's manner, on topics of their own (none from a speech of the reference
// set).
import { describe, expect, it } from 'vitest';
import { planSlides } from '../../src/import/slides.ts';
import { asTitle, unfitTitle } from '../../src/import/title-phrasing.ts';
import { isDetail } from '../../src/import/titles.ts';

const titleOf = (paragraph: string): string | undefined => planSlides({ paragraphs: [paragraph] }, '开场')[0]?.title;

describe('a detail of the passage against its lead claim', () => {
  it('never titles the passage, however much its words weigh', () => {
    const cases: Array<[string, string]> = [
      [
        '我们把便民服务送到群众家门口，在每个村设立代办点，对行动不便的老人逐户上门代办，让群众不出村也能办成事。去年全镇代办事项四千二百多件，群众满意率达到百分之九十八。',
        '把便民服务送到群众家门口',
      ],
      [
        '我们把农技服务搬到田间地头，以县农技中心为龙头，在各乡镇设立农技服务站12个。农技人员常年驻站，随叫随到，全年开展田间指导三千多场次，带动农户增收一千二百元。',
        '把农技服务搬到田间地头',
      ],
      [
        '过去，群众看病要跑到县城，路远、排队，很多小病就拖着。我们把优质医疗资源下沉到乡村，以县人民医院为龙头，在全县建成村卫生室分站86个。村医每周坐诊五天，群众在家门口就能看上病。',
        '把优质医疗资源下沉到乡村',
      ],
      [
        '我们聚焦群众急难愁盼，组织在职党员认领楼栋长、单元长、调解员等岗位，帮助群众解决实际问题。两年来共为群众办实事一千六百余件，化解矛盾纠纷三百多起。',
        '聚焦群众急难愁盼',
      ],
      [
        '我们推行“预约办理”，开通网上、电话、微信三种预约渠道，让上班族不用请假也能办事。今年以来，共预约办理业务一万二千余件，平均等候时间缩短到十分钟以内。',
        '推行“预约办理”',
      ],
    ];
    for (const [paragraph, title] of cases) expect(titleOf(paragraph), paragraph).toBe(title);
  });

  it('reads a detail by its shape, not its topic', () => {
    for (const detail of [
      '对进村车辆逐一登记',
      '以县医院为龙头',
      '通过视频监控、无人机巡查等手段',
      '每个问题销号前都要经过群众评议',
      '让群众不出村也能办成事',
      '组织党员认领楼栋长、单元长等岗位',
      '我们先摸清底数',
    ])
      expect(isDetail(detail), detail).toBe(true);
    for (const claim of [
      '把便民服务送到群众家门口',
      '让群众有事知道找谁',
      '坚持把安全生产放在首位',
      '建立问题整改清单',
      '以群众满意为第一标准推进改革',
    ])
      expect(isDetail(claim), claim).toBe(false);
  });
});

describe('a claim said after its background', () => {
  it('titles the passage over a named model or step the sentences after it tell', () => {
    const cases: Array<[string, string]> = [
      [
        '我县地处深山、耕地分散，只能走小而精的路子。我们推行“合作社+基地+农户”模式，带动农户一千三百多户发展茶叶、中药材。去年两项产业产值突破四亿元，户均增收九千元。',
        '走小而精的路子',
      ],
      [
        '社区老人多、年轻人白天上班，养老必须依靠邻里互助。我们推行“邻里守望”互助模式，组织低龄老人结对帮扶高龄老人，全社区结成帮扶对子三百二十对。去年互助服务时长超过两万小时。',
        '养老必须依靠邻里互助',
      ],
    ];
    for (const [paragraph, title] of cases) expect(titleOf(paragraph), paragraph).toBe(title);
  });
});

describe('a question and its answer', () => {
  it('keeps the question where the answer alone would say something else', () => {
    const cases: Array<[string, string]> = [
      [
        '村子强不强，要看“领头羊”。我们从致富能手、退役军人、返乡大学生中选拔村党组织书记，三年来共调整村党组织书记四十七名，全县村集体经济收入全部超过十万元。',
        '村子强不强，要看“领头羊”',
      ],
      [
        '服务好不好，群众最有发言权。我们在每个窗口设置评价器，群众给出的每一个差评都要回访整改，去年共回访差评件三百一十件，整改率百分之百。',
        '服务好不好，群众最有发言权',
      ],
    ];
    for (const [paragraph, title] of cases) expect(titleOf(paragraph), paragraph).toBe(title);
  });

  it('leaves the question out where the answer names the key or who decides', () => {
    const cases: Array<[string, string]> = [
      [
        '培训好不好，关键看学员用不用得上。我们按岗位需求设置课程，每期培训结束后一个月回访学员，全年共培训基层干部二千四百人次。',
        '培训关键看学员用不用得上',
      ],
      [
        '食堂的伙食怎么样，学生说了算。我们每月组织学生代表评议食堂，评议结果与承包费挂钩，去年学生满意率提高到百分之九十四。',
        '食堂的伙食学生说了算',
      ],
    ];
    for (const [paragraph, title] of cases) expect(titleOf(paragraph), paragraph).toBe(title);
  });
});

describe('an item and its name', () => {
  it('never keeps the count the item was said with', () => {
    const cases: Array<[string, string]> = [
      ['二是引进龙头企业带动', '引进龙头企业带动'],
      ['三是壮大村集体经济', '壮大村集体经济'],
      ['第二，压实属地管理责任', '压实属地管理责任'],
      ['其次，畅通群众反映渠道', '畅通群众反映渠道'],
    ];
    for (const [said, title] of cases) expect(asTitle(said), said).toBe(title);
    // "第一书记" is a post, not a count.
    expect(asTitle('第一书记驻村帮扶')).toBe('第一书记驻村帮扶');
  });

  it('titles a named item by its name and what it is, short', () => {
    const cases: Array<[string, string]> = [
      [
        '预警网，就是让山洪险情早发现、早转移。全县设立雨量监测点一百二十个，每个村配备预警员两名，险情发生后十分钟内通知到户。去年共发布预警信息三千多条。',
        '预警网：山洪险情早发现、早转移',
      ],
      [
        '议事会，就是让居民的事居民商量着办。每个小区推选议事代表七到九名，每月议事一次，去年共议定加装电梯、停车管理等事项二百四十件。',
        '议事会：居民的事居民商量着办',
      ],
    ];
    for (const [paragraph, title] of cases) expect(titleOf(paragraph), paragraph).toBe(title);
  });

  it('titles the passage by the counted name that announces its items', () => {
    const paragraph =
      '我们重点织好“三张网”。监测网，就是让返贫风险早发现、早预警，全县设立监测员二百一十名。帮扶网，就是一户一策落实帮扶措施，共落实帮扶责任人八百六十名。保障网，就是对因病因灾的家庭及时给予救助，去年发放临时救助资金三百四十万元。';
    expect(titleOf(paragraph)).toBe('重点织好“三张网”');
  });
});

describe('a fragment', () => {
  it('that only frames an object, its verb still to come, is no title', () => {
    for (const fragment of [
      '根据企业用工需求',
      '对银行抵押业务',
      '针对老人的就餐需求',
      '按照群众的意愿',
      '结合各村实际',
    ])
      expect(unfitTitle(fragment), fragment).toBe('fragment');
    for (const title of ['对守法企业无事不扰', '根据群众需求设置服务项目', '在监管上做减法'])
      expect(unfitTitle(title), title).toBeUndefined();
  });
});
