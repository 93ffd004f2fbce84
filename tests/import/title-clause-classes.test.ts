// Titles and part names a speaker would say shorter than the draft took them: a long one-clause thesis said by its
// core, a condition said first left for the clause that answers it, a part named by the goal its lead states, a pair
// (既要……也要……) kept whole, and the opening titled by the talk's own framing rather than half a clause of its facts.
// Sentences invented in the genre's manner (none from a held-out speech of the reference set).
import { describe, expect, it } from 'vitest';
import { planSlides } from '../../src/import/slides.ts';
import { goalOfLead, needsTheNext, pairedLead } from '../../src/import/title-phrasing.ts';
import { keyClause, thesisCore } from '../../src/import/titles.ts';
import { draftOf } from './support/outline.ts';

const passage = (...paragraphs: string[]) => ({ paragraphs });
const titleOf = (paragraph: string): string | undefined => planSlides(passage(paragraph), '开场')[0]?.title;
/** Whether `short` is `long` with characters left out, in order. */
const inOrder = (short: string, long: string): boolean => {
  let at = 0;
  for (const char of long) if (char === short[at]) at++;
  return at === short.length;
};

describe('a one-clause thesis too long for a glance', () => {
  it('is said by its core: adverbs, 坚持 before 把, 工作的 and 来抓 left out, the speech’s characters in order', () => {
    const cases: Array<[string, string]> = [
      ['始终坚持把群众满意作为工作的第一标准', '把群众满意作为第一标准'],
      ['切实把群众的急难愁盼问题放在工作的首要位置', '把群众的急难愁盼问题放在首要位置'],
      ['我们一直坚持把农民增收作为全部工作的中心任务来抓', '把农民增收作为全部中心任务'],
      ['始终坚持把安全生产责任落实到每一个岗位', '把安全生产责任落实到每一个岗位'],
    ];
    for (const [long, core] of cases) {
      expect(thesisCore(long), long).toBe(core);
      expect(keyClause(long), long).toBe(core);
      expect(inOrder(core, long), long).toBe(true);
    }
    // Nothing to leave out, or still too long once left out: no core.
    expect(thesisCore('把群众满意作为第一标准')).toBeUndefined();
    expect(thesisCore('始终坚持把构建覆盖城乡全体居民的多层次社会保障体系作为目标')).toBeUndefined();
  });

  it('titles the slide whose passage opens with it', () => {
    expect(
      titleOf(
        '始终坚持把群众满意作为工作的第一标准。我们每季度开展一次满意度测评，测评结果与干部考核挂钩，去年群众满意度达到96.5%。',
      ),
    ).toBe('把群众满意作为第一标准');
    expect(
      titleOf(
        '我们一直坚持把农民增收作为全部工作的中心任务来抓。去年全县农村居民人均可支配收入达到2.3万元，增长7.8%，增速连续三年高于城镇居民。',
      ),
    ).toBe('把农民增收作为全部中心任务');
  });
});

describe('a condition said first', () => {
  const cases: Array<[string, RegExp]> = [
    [
      '群众有诉求，可以直接向县农业农村局报告，我们在三个工作日内答复。去年共受理群众诉求320件，办结率100%。',
      /^直接向县农业农村局报告$/u,
    ],
    [
      '如果村民对改造方案有意见，就由村民议事会重新讨论，直到大多数人同意为止。去年共召开议事会86次，调整方案41处。',
      /^由村民议事会重新讨论$/u,
    ],
    [
      '只要企业提出用工需求，人社部门就在三天内组织专场招聘。今年已举办专场招聘会26场，帮助企业招工3100人。',
      /^人社部门在三天内组织专场招聘$/u,
    ],
    ['一旦发现险情，网格员就第一时间组织群众转移。今年汛期共转移群众1260人，做到了零伤亡。', /组织群众转移$/u],
  ];
  it('is never the title: the main clause that answers it is, without its 就 or 可以', () => {
    for (const [text, title] of cases) {
      const said = titleOf(text) ?? '';
      expect(said, text).toMatch(title);
      expect(said, text).not.toMatch(/^(如果|只要|一旦|群众有诉求|可以|就|直到)|为止$/u);
    }
  });

  it('nor the key clause of a long title', () => {
    expect(keyClause('群众有诉求，可以直接向县农业农村局报告')).toBe('直接向县农业农村局报告');
    expect(keyClause('只要企业提出用工需求，人社部门就在三天内组织专场招聘')).toBe('人社部门在三天内组织专场招聘');
  });
});

describe('a part’s lead that states its goal, then the way to it', () => {
  it('names the part by its goal', () => {
    expect(goalOfLead('让教师下得去，关键是把补充渠道打通')).toBe('让教师下得去');
    expect(goalOfLead('要让老人吃得上，重在把助餐点布到村里')).toBe('让老人吃得上');
    expect(goalOfLead('人才留得住，关键在于待遇和感情')).toBe('人才留得住');
    expect(goalOfLead('使群众满意，要在办实事上下功夫')).toBe('使群众满意');
  });

  it('but a topic with its key, a thesis of one clause or of three, stays as said', () => {
    expect(goalOfLead('习惯的养成，关键在宣传引导')).toBeUndefined();
    expect(goalOfLead('改革要见效，关键在窗口')).toBeUndefined();
    expect(goalOfLead('让教师下得去')).toBeUndefined();
    expect(goalOfLead('让教师下得去，留得住，教得好')).toBeUndefined();
  });

  it('in a draft of a talk whose counted leads say so', async () => {
    const { outline } = await draftOf(TEACHERS);
    const names = outline.parts.map((p) => p.title);
    expect(names).toContain('让教师下得去');
    expect(names).toContain('让教师留得住');
    for (const name of names) expect(name, name).not.toMatch(/关键/u);
  });
});

describe('a lead that pairs 既要……也要……', () => {
  it('is one thought, kept whole, never cut after its first half', () => {
    expect(pairedLead('节水，既要靠管，也要靠改。', 18)).toBe('节水，既要靠管，也要靠改');
    expect(pairedLead('我们既要建得好，又要管得住。', 18)).toBe('既要建得好，又要管得住');
    expect(pairedLead('农村人居环境整治，既要抓硬件建设，也要抓长效管护。', 18)).toBe('既要抓硬件建设，也要抓长效管护');
    expect(pairedLead('节水要靠管，也要靠改。', 18)).toBeUndefined();
  });

  it('in a draft of a talk without markers, as a part or a slide', async () => {
    const { outline } = await draftOf(WATER);
    const said = [
      ...outline.opening.map((s) => s.title),
      ...outline.parts.map((p) => p.title),
      ...outline.parts.flatMap((p) => p.slides.map((s) => s.title)),
    ];
    expect(said.some((title) => /既要靠管，也要靠改/u.test(title))).toBe(true);
    for (const title of said) expect(title, title).not.toMatch(/既要靠管$/u);
  });
});

describe('the opening slide', () => {
  it('is titled by the talk’s framing, never by half a clause of its facts or a statement of them', async () => {
    for (const speech of [TEACHERS, VETERANS]) {
      const { outline } = await draftOf(speech);
      const [opening] = outline.opening;
      expect(opening?.title).toBe('基本情况');
    }
  });

  it('but an opening that states the talk’s thesis keeps it', async () => {
    const { outline } = await draftOf(
      VETERANS.replace('退役军人为国家作出了重要贡献。', '我们始终坚持把退役军人的满意作为工作的第一标准。'),
    );
    expect(outline.opening[0]?.title).toBe('把退役军人的满意作为第一标准');
  });
});

const TEACHERS = [
  '留住乡村教师 办好乡村教育',
  '某某县教育局局长 张某某',
  '各位领导、同志们：',
  '我县有乡村学校86所，乡村教师2100名，占教师总数的六成。近年来，我们围绕乡村教师下得去、留得住、教得好，下了一番功夫。',
  '一是让教师下得去，关键是把补充渠道打通。我们实行定向培养，每年为乡村学校定向培养师范生60名；开展特岗招聘，三年招聘特岗教师320名。',
  '二是让教师留得住，关键在于把待遇提上去。我们落实乡村教师生活补助，每人每月发放补助800元，建成教师周转宿舍420套。',
  '三是让教师教得好，关键是要把培训做实。我们组织乡村教师全员培训，每年培训5600余人次，城乡学校结对帮扶48对。',
  '同志们，乡村教育振兴任重道远，我们将继续努力。',
].join('\n');

const VETERANS = [
  '用心用情做好退役军人服务保障',
  '某某县退役军人事务局 李某某',
  '各位领导、同志们：',
  '退役军人为国家作出了重要贡献。全县现有退役军人1.3万名，其中近五年退役的2800名。',
  '一、搭建就业平台。我们与86家企业签订招聘协议，去年帮助1120名退役军人实现就业。',
  '二、扶持自主创业。我们设立创业扶持资金500万元，发放创业贴息贷款3200万元，扶持创业项目190个。',
  '三、做实关爱帮扶。我们建立困难退役军人台账，全年走访慰问4600余人次，发放帮扶资金260万元。',
  '同志们，我们将继续努力，让退役军人成为全社会尊重的人。',
].join('\n');

const WATER = [
  '守好每一滴水',
  '某某县水利局 赵某某',
  '各位领导、同志们：',
  '我县是严重缺水地区，人均水资源量不足全国平均水平的三分之一。下面，我简要汇报几点做法。',
  '节水，既要靠管，也要靠改。我们对年用水量1万立方米以上的工业企业实行计划用水管理，全县纳入管理的企业126家；推广高效节水灌溉面积12万亩，农业用水量下降15%。',
  '水价是节水的杠杆。我们推行居民生活用水阶梯水价，城镇居民人均用水量下降8%。',
  '节水要靠全民参与。我们开展节水进机关、进学校、进社区活动，创建节水型单位86个。',
  '同志们，节约用水任重道远。我们将继续努力，为建设节水型社会作出新的贡献。',
].join('\n');

describe('a slide’s title is what the passage did', () => {
  it('never one case told as the problem’s detail, nor how hard it was', () => {
    for (const text of [
      '一家快递公司单独进村，件量少、成本高，很难坚持下去。七家快递企业共同配送以后，车辆共用、人员共用，每单成本下降了一半。',
      '一个村单独建污水处理设施，花钱多、管护难。我们推行几个村联建共管，建成联村污水处理站23座。',
      '一户农户单独闯市场，卖不上价。合作社统一品牌、统一销售以后，农户每斤多卖两毛钱。',
    ]) {
      const title = titleOf(text) ?? '';
      expect(title, text).not.toMatch(/^(一家|一个|一户)|单独|很难/u);
    }
  });

  it('never someone’s words quoted whole, which stay a point', () => {
    const [slide] = planSlides(
      passage(
        '“家门口就能寄快递，方便多了。”这是村民对村级服务站的评价。我们在行政村建设村级服务站186个，群众在家门口就能收发快递。',
      ),
      '快递进村',
    );
    expect(slide?.title).not.toMatch(/^“/u);
    expect(slide?.points.some((p) => p.startsWith('“家门口'))).toBe(true);
    // A short name in quotation marks still titles its slide.
    expect(titleOf('推行“一件事一次办”。我们把87项高频事项整合成一件事，群众办事平均跑动次数从3次降到0.6次。')).toMatch(
      /一件事一次办/u,
    );
  });
});

describe('a question asked inside its sentence ("发展什么产业，农民最有发言权")', () => {
  it('needs its answer: never a title on its own', () => {
    for (const clause of ['发展什么产业', '建设什么样的公园', '先修哪些路', '建多少个站点', '选哪个村试点'])
      expect(needsTheNext(clause), clause).toBe(true);
    // A question word inside a thesis, or a question heading of its own, is not this class.
    for (const clause of ['钱从哪里来', '什么事都要商量着办', '说什么也不能让群众吃亏'])
      expect(needsTheNext(clause), clause).toBe(false);
  });

  it('leaves the slide to the answer, not the question', () => {
    const cases = [
      '发展什么产业，农民最有发言权。我们在项目选址、设计、施工各个环节都召开村民代表会议，请群众全程监督，累计收到意见建议九百多条。',
      '建设什么样的公园，居民最有发言权。街道把三套设计方案摆到小区广场上，请居民投票选定，共收到选票四千二百余张。',
      '先办哪些实事，要让群众来定。街道每年初张榜公布候选项目，由居民代表投票选出十件，全部按期办结。',
    ];
    for (const paragraph of cases) {
      const slide = planSlides(passage(paragraph), '坚持群众参与，让群众成为主人')[0];
      expect(slide?.title, paragraph).toBeDefined();
      expect(slide?.title, paragraph).not.toMatch(/(什么|哪些|哪个|多少)\p{Script=Han}{0,4}$/u);
    }
  });
});
