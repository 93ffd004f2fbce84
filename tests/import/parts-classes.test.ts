// Parts, slides and points a speaker would make that the drafts missed: figures in units or words the importer did not
// count, and what a slide shows of its passage. Sentences invented in the genre's manner (none from a held-out speech of
// the reference set).
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/import/figures.ts';
import { countedIdeas, figureIdeas, namedItems } from '../../src/import/ideas.ts';
import { splitSentences } from '../../src/import/sentences.ts';
import { pointOf } from '../../src/import/points.ts';
import { planSlides } from '../../src/import/slides.ts';
import { unfitTitle } from '../../src/import/title-phrasing.ts';
import { opensItsOwnPart } from '../../src/import/structure/topic-groups.ts';
import { withoutFillers } from '../../src/import/words.ts';
import { pointProblem } from './support/keepable.ts';
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

/** Leads of a sentence each, alone in their paragraphs, over 一是/二是/三是 paragraphs that carry out each of them. */
const TEACHERS = [
  '让乡村教师留得住',
  '某某县教育局 张某某',
  '各位领导、同志们：',
  '近年来，我县围绕乡村教师队伍建设，做了一些探索。下面，我汇报三个方面的做法。',
  '让教师下得去，关键是把补充渠道打通。',
  '一是定向培养。我们与市师范学院合作，每年定向培养本土师范生60名，毕业后回到本乡任教。',
  '二是特岗招聘。三年来共招聘特岗教师320名，全部安排到村小和教学点。',
  '三是城乡交流。城区学校教师到乡村学校支教满一年，在职称评聘上优先考虑。',
  '让教师留得住，关键是把待遇提上去。',
  '一是提高补助。乡村教师生活补助按学校偏远程度分档发放，最高每月1200元。',
  '二是改善住房。新建教师周转宿舍460套，让乡村教师住有所居。',
  '让教师教得好，关键是把培训抓起来。',
  '一是名师带徒。全县组建名师工作室28个，每个工作室带徒不少于5人。',
  '二是送教下乡。每学期组织骨干教师送教下乡，累计培训乡村教师五千六百余人次。',
  '三是考核激励。把教学质量纳入绩效考核，乡村学校平均分提高了6.5分。',
  '以上发言，不当之处，请批评指正。',
].join('\n');

const MARKETS = [
  '守护群众“菜篮子”安全',
  '某某区市场监管局 刘某某',
  '各位领导、同志们：',
  '去年以来，我们围绕农贸市场食品安全，主要抓了两件事。',
  '抓好源头把关。',
  '一是建立进货台账。全区42家农贸市场全部实行进货查验，每一批蔬菜都能追到产地。',
  '二是开展快速检测。每个市场设立快检室，全年抽检农产品一万八千余批次，合格率99.2%。',
  '抓好日常监管。',
  '一是推行信用分级。按检查结果把经营户分为ABC三级，对C级经营户每月检查不少于两次。',
  '二是发动群众监督。在每个市场公布投诉电话，去年受理群众投诉316件，全部按时办结。',
  '以上汇报，请批评指正。',
].join('\n');

describe('counted paragraphs under a lead of one sentence', () => {
  it('are the items of the lead’s part, never parts of their own, and the lead names the part', async () => {
    for (const [text, parts, items] of [
      [TEACHERS, ['让教师下得去', '让教师留得住', '让教师教得好'], ['定向培养', '提高补助', '名师带徒']],
      [MARKETS, ['抓好源头把关', '抓好日常监管'], ['建立进货台账', '推行信用分级']],
    ] as const) {
      const { outline } = await draftOf(text);
      const names = outline.parts.map((p) => p.title);
      expect(names).toHaveLength(parts.length);
      parts.forEach((part, i) => expect(names[i]).toContain(part));
      const shown = [...pointsBySlide(outline)].flat(2).join('|');
      for (const item of items) expect(shown).toContain(item);
    }
  });

  it('titles two items said on one slide by their own labels, not by the part’s name', async () => {
    const { outline } = await draftOf(TEACHERS);
    const titles = outline.parts.flatMap((p) => p.slides.map((s) => s.title));
    expect(titles).toContain('特岗招聘、城乡交流');
    expect(titles).not.toContain(outline.parts[0]?.title);
    // A figure is what a point that repeats its item's label adds: "每年定向培养本土师范生60名" under "定向培养".
    expect(pointsBySlide(outline).get('定向培养')).toContain('每年定向培养本土师范生60名');
  });
});

describe('figures in units said after digits, and models counted in figures', () => {
  it('counts metres, weeks and marks after digits (1.6米, 12周, 6.5分) but not 十分 or 一周 said in passing', () => {
    expect(figuresOf('管道埋深提高到1.6米，新人接受12周培训，平均分提高了6.5分，用时3分钟。')).toEqual([
      '1.6米',
      '12周',
      '6.5分',
      '3分钟',
    ]);
    expect(figuresOf('这项工作十分重要，一周一调度，五分之一的村还没有覆盖，今年是建县30周年。')).toEqual([]);
  });

  it('counts a quoted model’s figures ("1+1+X", "5+2") as written', () => {
    expect(figuresOf('我们推行“1+1+X”管护模式，落实“5+2”工作制，“一村一策”不变。')).toEqual(['1+1+X', '5+2']);
  });

  it('counts Chinese numerals with 余/多 in the genre’s units', () => {
    expect(
      figuresOf(
        '走访两万一千余户次，解决问题一百五十多个，新建管网二百六十公里，更换水表四万六千多套，打井二百一十余眼。',
      ),
    ).toEqual(['两万一千余户次', '一百五十多个', '二百六十公里', '四万六千多套', '二百一十余眼']);
  });
});

describe('items a passage names in a list, then says one by one', () => {
  const passages = [
    '我们重点抓好“三个一”：一张清单、一套机制、一个平台。一张清单，就是把年用水量1万立方米以上的工业企业全部纳入重点监控名录，目前共纳入企业三百七十多家。一套机制，就是实行计划用水和超定额累进加价，去年加收水费二百多万元。一个平台，就是建成全市智慧节水监管平台，实时监测重点用水户用水数据。',
    '这些年我们摸索出“两张网”：一张服务网、一张监督网。一张服务网，即在每个村设立便民服务点，群众办事不出村。一张监督网，就是聘请村务监督员216名，对惠民资金发放全程跟踪。',
    '我们的办法可以概括为：早发现、早介入、早化解。早发现，就是发挥网格员熟悉情况的优势，每天走访不少于20户。早介入，就是矛盾一露头，调解员就上门。早化解，就是小事不出村、大事不出镇。',
  ];

  it('shows each item by its name with a whole clause of what it is or did, never a half sentence', () => {
    for (const passage of passages) {
      const sentences = splitSentences(passage);
      const items = [...namedItems(sentences).values()];
      const names = /[：:]([^。]+)。/u.exec(passage)?.[1]?.split('、') ?? [];
      expect(items, passage).toHaveLength(names.length);
      items.forEach((item, i) => {
        expect(item.startsWith(`${names[i]}，`), item).toBe(true);
        expect(item, item).not.toBe(names[i]);
        expect(pointProblem(item, passage), item).toBeUndefined();
      });
    }
  });

  it('puts them on the slide as its points', async () => {
    const text = [
      '节水型城市建设的几点做法',
      '各位领导：',
      `一、抓好节水管理。${passages[0]}`,
      `二、抓好基层治理。${passages[1]}`,
      '谢谢大家。',
    ].join('\n');
    const shown = [...pointsBySlide((await draftOf(text)).outline).values()].flat();
    expect(shown).toContain('一套机制，就是实行计划用水和超定额累进加价');
    expect(shown).toContain('一张服务网，即在每个村设立便民服务点');
    expect(shown.join('|')).not.toMatch(/(^|\|)就是把/u);
  });

  it('a figure’s list is never cut inside what 把 governs (就是把……企业、……全部纳入)', () => {
    expect(
      figureIdeas('一张清单，就是把年用水量1万立方米以上的工业企业、公共机构全部纳入监控。', 0).map((i) => i.text),
    ).toEqual([]);
  });
});

describe('a count whose noun is in the clause before', () => {
  it('carries the noun, from the verb the count says again, when the two clauses are too long together', () => {
    const cases: Array<[string, string]> = [
      ['我们和辖区内所有隐患点的受威胁群众逐户签订安全告知书，共签订3200余份。', '签订安全告知书，共签订3200余份'],
      [
        '乡镇干部挨家挨户上门为留守老人和困难群众发放防灾明白卡，累计发放一万二千余张。',
        '发放防灾明白卡，累计发放一万二千余张',
      ],
      ['各村利用农闲时节在村文化广场集中组织群众开展避险转移演练，共开展160场次。', '开展避险转移演练，共开展160场次'],
    ];
    for (const [sentence, point] of cases) {
      expect(figureIdeas(sentence, 0).map((i) => i.text)).toEqual([point]);
      expect(pointProblem(point, sentence), point).toBeUndefined();
    }
  });

  it('but a count that names its own noun stays alone', () => {
    expect(
      figureIdeas('我们和辖区内所有隐患点的受威胁群众逐户签订安全告知书，共签订告知书3200余份。', 0).map((i) => i.text),
    ).toEqual(['共签订告知书3200余份']);
  });
});

/** Speeches without markers where a lead concedes what the part before provided and says what still fails. */
const VETERANS = [
  '让退役军人安心 让社会放心',
  '某某县退役军人事务局 陈某某',
  '各位领导、同志们：',
  '退役军人为国家作出了重要贡献，做好退役军人服务保障工作，是我们义不容辞的责任。近年来，我们主要做了三方面工作。',
  '就业是退役军人最关心的事。我们每年举办退役军人专场招聘会，组织县内重点企业拿出适合退役军人的岗位，三年来帮助一千二百余名退役军人实现就业。',
  '岗位再多，技能跟不上，也难上岗。我们与县职业技术学校合作开办技能培训班，开设电工、焊工、驾驶等专业，累计培训退役军人九百多人次，取证率达到85%。',
  '有了技能，还要有创业的底气。我们联合县农商银行推出“兵创贷”，单笔最高可贷30万元，已发放贷款一百五十多笔，扶持创业项目三十七个。',
  '关爱帮扶，要做到家。我们建立了困难退役军人帮扶台账，逢年过节上门走访慰问，三年来走访慰问两万一千余户次。',
  '对生活特别困难的，我们启动临时救助，去年发放救助金四十六万元，帮助解决实际困难一百五十多个。',
  '以上发言，不当之处，请批评指正。',
].join('\n');

const WATER = [
  '让农村群众喝上放心水',
  '某某县水利局 周某某',
  '各位领导、同志们：',
  '近年来，我县把农村供水作为民生实事来抓，下面简要汇报。',
  '水源是供水的根本。我们对全县38处集中供水水源地划定保护范围，设立界桩和警示牌，每季度开展一次水质检测。',
  '设施再好，没人管护也用不长。我们在每个行政村聘请一名专职管护员，管护经费由县财政兜底，全县共聘用管护员216名。',
  '水价改革，是长效运行的关键。我们推行基本水价加计量水价的两部制水价，水费收缴率从六成提高到95%。',
  '服务群众，要打通最后一公里。我们开通24小时报修热线，承诺城镇2小时、农村12小时到场维修，去年受理报修1300余件。',
  '以上发言，请批评指正。',
].join('\n');

describe('a lead that concedes what the part before provided (岗位再多，……也难上岗)', () => {
  it('goes on with that part, names no part, and leaves the topics after it their own parts', async () => {
    for (const [text, conceded, later] of [
      [VETERANS, '岗位再多', '关爱帮扶'],
      [WATER, '设施再好', '服务群众'],
    ] as const) {
      const { outline } = await draftOf(text);
      const names = outline.parts.map((p) => p.title);
      expect(
        names.some((n) => n.includes(conceded)),
        names.join('|'),
      ).toBe(false);
      expect(
        names.some((n) => n.includes(later)),
        names.join('|'),
      ).toBe(true);
      const titles = outline.parts.flatMap((p) => p.slides.map((s) => s.title));
      expect(
        titles.some((t) => t.startsWith(conceded)),
        titles.join('|'),
      ).toBe(false);
    }
  });
});

describe('the last or first lead, built unlike the others, that states a thesis of its own', () => {
  const FIELDS = [
    '把高标准农田建成农民满意工程',
    '某某县农业农村局 孙某某',
    '各位领导、同志们：',
    '近年来，我县累计建成高标准农田42万亩，粮食亩产平均提高了80公斤。下面，结合工作实际，谈几点体会。',
    '农民最有发言权。建不建、怎么建，我们都先听农民的，每个项目开工前都召开村民代表会议，把沟渠怎么走、道路怎么修交给群众商量，三年来共采纳群众意见1300余条。',
    '建设质量是工程的生命线。我们引入第三方监理，对每个标段实行质量终身责任制，聘请农民监督员216名全程参与，发现问题及时整改。',
    '建成以后，管护是关键。我们明确了县、乡、村三级管护责任，每个村都有专职管护员，管护经费纳入县财政预算，每亩每年补助20元。',
    '以上发言，不当之处，请批评指正。',
  ].join('\n');
  const CANTEENS = [
    '办好老年助餐 温暖群众心窝',
    '某某区民政局 吴某某',
    '各位领导：',
    '去年以来，我区新建老年助餐点46个，日均服务老人3200余人次。我从三个方面作交流。',
    '选址，要方便老人。我们把助餐点建在社区服务中心和老人集中的小区，老人从家里走过来不超过15分钟，行动不便的老人由志愿者送餐上门。',
    '价格，要让老人吃得起。我们对80岁以上老人每餐补助3元，低保和特困老人每餐再补2元，一份两荤一素的午餐老人只需花8元。',
    '食品安全是助餐服务的生命线。我们给每个助餐点装上“明厨亮灶”摄像头，每月抽检食材，两年来没有发生一起食品安全事故。',
    '谢谢大家。',
  ].join('\n');

  it('is a part, not a closing or opening statement', async () => {
    for (const [text, last] of [
      [FIELDS, '管护是关键'],
      [CANTEENS, '安全'],
    ] as const) {
      const names = (await draftOf(text)).outline.parts.map((p) => p.title);
      expect(names.length, names.join('|')).toBe(3);
      expect(names.at(-1), names.join('|')).toContain(last);
    }
  });
});

describe('a point that repeats the title', () => {
  it('a point that repeats the title with a figure after it keeps only what it adds', () => {
    const [slide] = planSlides(
      { paragraphs: ['我们推行家庭医生签约服务，组建签约团队86个。今年签约率达到65%。'] },
      '标题',
    );
    expect(slide?.title).toBe('推行家庭医生签约服务');
    expect(slide?.points).toEqual(['组建签约团队86个', '签约率达到65%']);
  });
});
