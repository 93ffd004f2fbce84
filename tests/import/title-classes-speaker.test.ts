// Titles, part names and the talk's title where a speaker rewrites what the draft would take from the speech: a long lead
// said by its key clause, a part named by its topic, a counted item's label over its detail, an announcement, a web
// page's site name, the byline's posts, a problem lead, a goal's 要. Sentences invented in the genre's manner (none from
// a held-out speech of the reference set).
import { describe, expect, it } from 'vitest';
import { planSlides } from '../../src/import/slides.ts';
import { readSpeakerLine } from '../../src/import/structure/speaker.ts';
import { leadTitle } from '../../src/import/structure/topic-groups.ts';
import { isAnnouncement, thesisTopic, unfitTitle } from '../../src/import/title-phrasing.ts';
import { keyClause } from '../../src/import/titles.ts';
import { draftOf } from './support/outline.ts';

const passage = (...paragraphs: string[]) => ({ paragraphs });

/** Two counted items said on one slide: nothing of theirs titles it, so the title the slide falls back on is cut. */
const TWO_ITEMS = [
  '二是科技监管。我们依托智慧平台，对服务对象实行电子定位，设置电子围栏，去年预警处置越界行为46次，实现了从人盯人到数据管人的转变。三是多方联动。我们联合公安、检察、法院建立信息共享机制，每月召开一次联席会议，通报对象动态，形成工作合力。',
];

describe('a long title is said by its key clause', () => {
  it('the clause that says what was done, past the openings, never a clause without its subject', () => {
    expect(keyClause('面对群众日益增长的多元化需求，我们坚持聚焦主责主业')).toBe('坚持聚焦主责主业');
    expect(keyClause('在推进过程中，我们突出问题导向，推动资源向基层倾斜')).toBe('突出问题导向');
    expect(keyClause('按照县委的统一部署和要求，全面推行河湖长制度')).toBe('全面推行河湖长制度');
    expect(keyClause('过去一段时间，我们建立了矛盾纠纷多元化解机制')).toBe('建立矛盾纠纷多元化解机制');
    expect(keyClause('乡村振兴的关键在人，必须把人才引回来留下来')).toBe('乡村振兴的关键在人');
    expect(keyClause('群众有诉求，可以直接向县农业农村局报告')).not.toBe('可以直接向县农业农村局报告');
  });

  it('on a slide whose title is drawn, not its opening phrase', () => {
    const [slide] = planSlides(passage(...TWO_ITEMS), '面对新形势新任务，我们坚持把安全稳定放在首位');
    expect(slide?.title).toBe('坚持把安全稳定放在首位');
    expect(slide?.points).toContain('科技监管');
  });

  it('what someone may or should do, without the someone, is a fragment', () => {
    for (const title of ['可以直接向县农业农村局报告', '能够及时发现问题', '应当在三日内答复'])
      expect(unfitTitle(title), title).toBe('fragment');
    for (const title of ['可持续发展生态农业', '让群众少跑腿']) expect(unfitTitle(title), title).toBeUndefined();
    const [slide] = planSlides(
      passage('群众有诉求，可以直接向县农业农村局报告，我们在三个工作日内答复。去年共受理群众诉求320件，办结率100%。'),
      '畅通诉求渠道',
    );
    expect(slide?.title).not.toMatch(/^可以/u);
  });
});

describe('a counted item said as a sentence of its own', () => {
  it('titles its slide by its label, and its detail is a point', () => {
    const [slide] = planSlides(
      passage(
        '一是分类管理。我们对每名服务对象进行风险评估，按照高、中、低三个等级实行分类管理，高风险对象每周见面一次，中风险对象每半月见面一次，做到底数清、情况明。',
      ),
      '精准管控',
    );
    expect(slide?.title).toBe('分类管理');
    expect(slide?.points.some((p) => p.includes('风险评估'))).toBe(true);
    expect(slide?.points.length).toBeGreaterThanOrEqual(2);
  });
});

/** Leads that state a topic and what it is to the work (…，是……的底线), with counted items under them. */
const THREE_TOPICS = [
  '以“三个精准”推动社区服务提质增效',
  '某某县司法局党组书记、局长 李某某',
  '各位领导、同志们：',
  '社区服务工作关系到社会和谐稳定，做好这项工作，能让一个家庭重新站起来。下面，我简要汇报我县的三点做法。',
  '精准管控，是社区服务的底线。一是分类管理。我们对每名对象进行风险评估，按照高、中、低三个等级实行分类管理。二是科技监管。我们依托智慧平台，对服务对象实行电子定位，去年预警处置越界行为46次。三是多方联动。我们联合公安、检察、法院建立信息共享机制，形成工作合力。',
  '精准教育，是社区服务的核心。一是专业辅导。我们引入心理咨询师12名，为服务对象开展心理辅导300余人次。二是分类教育。我们按照对象类型开设法治课程，让服务对象知法懂法。',
  '精准帮扶，是社区服务的落脚点。我们建立过渡性安置基地7个，帮助136名对象实现就业，为41户困难家庭争取救助资金近30万元。',
  '同志们，社区服务工作任重道远。我们将继续努力，为平安建设作出新的贡献。',
].join('\n');

describe('a part named by its topic', () => {
  it('not by the whole lead that says what the topic is to the work', async () => {
    const { outline } = await draftOf(THREE_TOPICS);
    expect(outline.parts.map((p) => p.title)).toEqual(['精准管控', '精准教育', '精准帮扶']);
  });

  it('only where the second clause says what the topic is, in the genre’s words', () => {
    expect(thesisTopic('精准管控，是社区矫正的底线。')).toBe('精准管控');
    expect(thesisTopic('减轻群众负担，是医保工作的落脚点。')).toBe('减轻群众负担');
    expect(thesisTopic('改革要见效，关键在窗口。')).toBeUndefined();
    expect(thesisTopic('我们要坚持，是工作的关键。')).toBeUndefined();
    expect(thesisTopic('精准管控是底线。')).toBeUndefined();
  });
});

describe('the byline', () => {
  it('reads the posts it joins by 、 as one post after the unit, which is the organization', () => {
    expect(readSpeakerLine('某某县教育局党组书记、局长 张某某')).toMatchObject({
      organization: '某某县教育局',
      speaker: '张某某',
    });
    expect(readSpeakerLine('某某县教育局党组书记、某某学校校长 张某某')).toMatchObject({
      organization: '某某县教育局党组书记、某某学校校长',
    });
    expect(readSpeakerLine('县人大代表 某某村党支部书记 朱某某')).toMatchObject({
      organization: '县人大代表 某某村党支部书记',
    });
  });

  it('and the draft shows them so', async () => {
    const { outline } = await draftOf(THREE_TOPICS);
    expect(outline.meta.organization).toBe('某某县司法局');
  });
});

/** An opening whose first sentence only announces the talk. */
const ANNOUNCED = [
  '**交流发言：以数字赋能推动乡村全面振兴**',
  '某某县农业农村局 王某某',
  '各位领导、同志们：',
  '下面简要汇报我县数字乡村建设情况。近年来，我县认真贯彻落实党中央关于数字乡村建设的决策部署，全县数字经济规模突破30亿元。',
  '一、建设数字基础设施，打通信息“最后一公里”',
  '我们投入资金2.3亿元，实现行政村5G网络全覆盖，建成村级数字服务站186个，群众在家门口就能办理社保、医保等业务43项。',
  '二、发展数字产业，让农产品卖出好价钱',
  '我们培育农村电商主播320名，建成直播基地12个，去年农产品网络销售额达到5.6亿元。',
  '三、推进数字治理，提升乡村治理效能',
  '我们搭建县乡村三级数字治理平台，整合12个部门43项数据，群众诉求平均办结时间缩短到2天。',
  '同志们，数字乡村建设永远在路上。我们将继续努力，为乡村振兴贡献力量。',
].join('\n');

describe('an announcement of the talk', () => {
  it('is never a title or a point', async () => {
    const { outline } = await draftOf(ANNOUNCED);
    const slides = [...outline.opening, ...outline.parts.flatMap((p) => p.slides)];
    const shown = slides.flatMap((s) => [
      s.title,
      ...s.pages.flatMap((p) => p.blocks.flatMap((b) => (b.kind === 'points' ? b.points.map((pt) => pt.text) : []))),
    ]);
    expect(shown.length).toBeGreaterThan(4);
    for (const text of shown) expect(text, text).not.toMatch(/汇报/u);
  });

  it('in the genre’s ways of saying it', () => {
    for (const text of [
      '下面简要汇报',
      '下面简要汇报我县数字乡村建设情况',
      '下面，我从三个方面汇报',
      '接下来，就我县的做法作个介绍',
      '现将有关情况报告如下',
    ])
      expect(isAnnouncement(text), text).toBe(true);
    for (const text of ['下一步，我们将继续努力', '下面的群众很满意', '以下三个方面的做法值得推广'])
      expect(isAnnouncement(text), text).toBe(false);
  });
});

/** A speech copied from a web page: the site's name over its title, then the page's furniture. */
const WEB_PAGE = [
  '某某市住房和城乡建设局',
  '老旧小区改造要改到群众心坎上',
  '首页 >> 工作动态 >> 经验交流',
  '发布时间：2025-06-12 09:30  来源：市住建局  浏览次数：1326',
  '各位领导、同志们：',
  '近年来，我市把老旧小区改造作为重大民生工程，累计改造小区312个，惠及居民4.6万户。下面，我从三个方面作简要汇报。',
  '一、坚持问需于民，改什么由群众定。我们推行“菜单选择”改造模式，由居民投票确定改造项目，居民参与率达到百分之九十二。',
  '二、坚持党建引领，怎么改大家商量。我们在每个改造小区成立临时党支部，协调解决加装电梯、停车位等难题1200余件。',
  '三、坚持共建共享，改完以后有人管。我们引入物业服务企业86家，居民满意度达到百分之八十七。',
  '【打印本页】【关闭窗口】',
].join('\n');

describe('a web page’s site name', () => {
  it('is the page’s furniture, never the talk’s title or part of it', async () => {
    const { outline, removed } = await draftOf(WEB_PAGE);
    expect(outline.meta.title).toBe('老旧小区改造要改到群众心坎上');
    expect(removed.find((r) => r.line === 1)?.rule).toBe('web-page');
  });

  it('but a unit over the title of a speech that is no web page stays', async () => {
    const typed = WEB_PAGE.split('\n')
      .filter((line) => !/^(首页|发布时间|【打印)/u.test(line))
      .join('\n');
    const { removed } = await draftOf(typed);
    expect(removed.some((r) => r.line === 1)).toBe(false);
  });
});

/** Four leads without markers (too few to group): one states a problem, two a goal with 要有. */
const FIELDS = [
  '建好管好高标准农田',
  '某某县农业农村局 赵某某',
  '各位领导、同志们：',
  '我县是全省的产粮大县，近年来累计建成高标准农田52万亩。下面，我简要汇报几点做法。',
  '规划要先问农民。我们在项目规划阶段逐村召开群众会，让农民说清楚哪里缺水、哪里缺路，全县共收集意见建议1860条，采纳率达到85%。',
  '过去一些地方建设质量不高，群众意见很大。我们推行“农民监督员”制度，每个项目从受益村选聘3名监督员全程参与，去年整改质量问题127个。',
  '建后管护要有钱。我们从土地出让收益中每年安排管护资金2000万元，按照每亩每年30元的标准落实到村。',
  '管护要有办法。我们推行“田长制”，县乡村三级田长分片包干，全县设立田长1200名，做到每块田都有人管。',
  '同志们，高标准农田建设是一项长期任务。我们将继续努力，为保障国家粮食安全作出新的贡献。',
].join('\n');

describe('leads of a speech without markers', () => {
  it('a problem names no part: what the paragraph does about it does', async () => {
    const { outline } = await draftOf(FIELDS);
    const names = outline.parts.map((p) => p.title);
    expect(names.length).toBeGreaterThanOrEqual(2);
    for (const name of names) {
      expect(name, name).not.toMatch(/质量不高|意见很大/u);
      expect(unfitTitle(name), name).not.toBe('problem');
    }
    expect(names).toContain('推行“农民监督员”制度');
  });

  it('a goal keeps the 要 before 有, which says it is needed', async () => {
    expect(leadTitle('管护要有钱。')).toBe('管护要有钱');
    expect(leadTitle('建后管护也要有人、有钱、有办法。')).toBe('建后管护要有人、有钱、有办法');
    expect(leadTitle('我们还建立了网格员积分考核制度。')).toBe('建立网格员积分考核制度');
    const { outline } = await draftOf(FIELDS);
    const said = [...outline.parts.map((p) => p.title), ...outline.parts.flatMap((p) => p.slides.map((s) => s.title))];
    expect(said).toContain('管护要有办法');
    for (const title of said) expect(title, title).not.toMatch(/管护有(钱|办法)/u);
  });
});
