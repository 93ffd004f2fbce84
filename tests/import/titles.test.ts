// The title chooser: the sentence or clause of a passage that states its thesis. Sentences from the issue and invented
// ones in the genre's manner (none from a held-out speech of the reference set).
import { describe, expect, it } from 'vitest';
import {
  achieved,
  answeredQuestion,
  asTitle,
  causeAndResult,
  contrastThesis,
  decidedBy,
  hasFigureOutsideQuotes,
  hasQuotedName,
  isDescribedNoun,
  isFigureOfSpeech,
  isProblem,
  isStockSaying,
  purposeOf,
  quotedNameTitle,
  unfitTitle,
} from '../../src/import/title-phrasing.ts';
import { isSalutation, pointOf } from '../../src/import/points.ts';
import { planSlides } from '../../src/import/slides.ts';
import { shortenedSentence, thesisTitle, weighedTitle } from '../../src/import/titles.ts';
import { wordsOf } from '../../src/import/words.ts';
import { parseOutline } from '../../src/outline/index.ts';
import { draftOutline } from '../../src/import/index.ts';
import { loadReferences, scoredDraft } from './support/references.ts';

describe('a slide title drawn from its passage', () => {
  it('takes a first sentence that states the thesis, its topic with it (a question it asks left out)', () => {
    expect(
      thesisTitle([
        '养老服务好不好，关键在人。',
        '我们与职业院校合作开展护理员技能培训，累计培训1200余人次。',
        '目前，全区持证上岗的护理员达到860名。',
      ]),
    ).toBe('养老服务关键在人');
    expect(thesisTitle(['有了设施，还要有服务。', '我们引入了14家专业机构运营站点，由专业的人干专业的事。'])).toBe(
      '有了设施，还要有服务',
    );
    expect(thesisTitle(['河湖长制的核心是责任。', '我们建立了区、镇、村三级河湖长体系，全区共设立河湖长286名。'])).toBe(
      '河湖长制的核心是责任',
    );
  });

  it('says a contrast by its topic and the half that states the thesis, never by the first half alone', () => {
    expect(
      thesisTitle([
        '护林不能只靠林业部门，还要发动群众。',
        '我们在全县招募护林志愿者600余名，发现火情随手拍、随时报。',
      ]),
    ).toBe('护林还要发动群众');
    const title = thesisTitle([
      '台账不能只是“记下来”，更要“用起来”。',
      '我们每月对台账进行分析，梳理出群众反映集中的问题，交有关部门办理。',
    ]);
    expect(title).toBe('台账更要“用起来”');
    expect(contrastThesis('不能只是被动接单', '更要主动出击')).toBe('主动出击');
    expect(contrastThesis('护林不能只靠林业部门', '发动群众')).toBeUndefined();
  });

  it('answers a question the lead sentence asks, its topic kept, where the topic is a noun', () => {
    expect(thesisTitle(['政策好不好，关键看能不能兑现。', '我们建立了政策兑现服务平台，部门联审联办。'])).toBe(
      '政策关键看能不能兑现',
    );
    expect(answeredQuestion('食堂的饭菜怎么样', '职工说了算')).toBe('食堂的饭菜职工说了算');
    // "网格划得" says nothing alone: the question stays.
    expect(answeredQuestion('网格划得好不好', '关键看群众找不找得到人')).toBeUndefined();
  });

  it('takes the topic of a sentence that only says what it is part of', () => {
    expect(shortenedSentence('资金保障也是机制的重要一环。')).toBe('资金保障');
    expect(shortenedSentence('队伍建设同样是基层治理的关键环节。')).toBe('队伍建设');
    expect(shortenedSentence('这也是工作的重要一环。')).toBeUndefined();
  });

  it('states a method by its quoted name, shortened to the name when the clause is too long', () => {
    // A method the speech names in quotation marks outweighs a plain one said later.
    expect(
      thesisTitle([
        '我们对全县的旧厂房进行了全面摸底，建立了闲置资产“一本账”，共梳理出可利用的厂房46处。',
        '在此基础上，我们成立了县级资产运营公司，统一招商、统一运营。',
      ]),
    ).toBe('建立闲置资产“一本账”');
    expect(quotedNameTitle('推行“站长+管理员+志愿者”的管理模式', 16)).toBe('“站长+管理员+志愿者”管理模式');
    expect(quotedNameTitle('建立了“网格发现、社区吹哨、部门报到”的工作机制', 16)).toBe('网格发现、社区吹哨、部门报到');
    // A figure inside the name counts nothing: "“30条”" names a policy.
    expect(hasFigureOutsideQuotes('出台人才新政“30条”')).toBe(false);
    expect(hasFigureOutsideQuotes('出台人才新政30条')).toBe(true);
    // A quoted problem is no method.
    expect(hasQuotedName('存在“挂牌子、摆样子”的现象', false)).toBe(false);
    expect(hasQuotedName('从“要我巡”变成了“我要巡”', false)).toBe(true);
  });

  it('never takes a problem, a figure of speech or a set-up as the thesis', () => {
    expect(isProblem('审批慢、环节多，是企业反映最集中的问题。')).toBe(true);
    expect(isProblem('融资难、用工难是中小企业的两大痛点。')).toBe(true);
    expect(isProblem('过去一些村的服务站存在“挂牌子、摆样子”的现象，平时大门紧锁。')).toBe(true);
    expect(isProblem('我们推行“一件事一次办”，申报材料平均减少了40%。')).toBe(false);
    expect(isFigureOfSpeech('老屋还是那些老屋')).toBe(true);
    expect(isFigureOfSpeech('老屋变成了民宿')).toBe(false);
    const title = thesisTitle([
      '对留在村里的农民，我们同样注重提升他们的本领。',
      '镇里请专家手把手教种茶、养猪，三年来累计培训3000余人次。',
    ]);
    expect(title ?? '').not.toMatch(/^对/u);
  });

  it('says what turns from the passage before ("……的同时，我们也……") and leaves out effort, scope and set phrases', () => {
    expect(
      thesisTitle([
        '审批提速的同时，我们也在监管上做减法。',
        '我们对守法经营的企业推行“无事不扰”，让企业感受到执法的温度。',
      ]),
    ).toBe('在监管上做减法');
    expect(asTitle('特别注重发挥“五老”人员的作用')).toBe('发挥“五老”人员的作用');
    expect(asTitle('着力营造尊重人才的社会氛围')).toBe('营造尊重人才的社会氛围');
    expect(asTitle('更注重修复')).toBe('注重修复');
    expect(asTitle('对全街道网格重新进行划分')).toBe('对网格重新进行划分');
    // a scope that is what is said stays: left out, the title would say something else (我县是的产粮大县)
    expect(asTitle('我县是全省的产粮大县')).toBe('我县是全省的产粮大县');
    expect(asTitle('群众满意度位居全市第一')).toBe('群众满意度位居全市第一');
    expect(asTitle('办结率连续三年保持全区前列')).toBe('办结率连续三年保持全区前列');
    expect(asTitle('把引回人才作为头等大事来抓')).toBe('把引回人才作为头等大事');
    expect(asTitle('全面推行电子证照')).toBe('全面推行电子证照');
    expect(achieved('做到了小事不出网格、大事不出社区')).toBe('小事不出网格、大事不出社区');
  });

  it('passes over a first sentence that only leads in, for the method the passage states', () => {
    // From the issue: "制度再完善，最终还要靠人来执行" was a title for want of a better one.
    const title = thesisTitle([
      '制度再完善，最终还要靠人来执行。',
      '我们坚持把干部队伍建设作为基础工程，建立了镇村干部分级培训制度，全年培训村干部860人次。',
    ]);
    expect(title).toMatch(/^(坚持把干部队伍建设作为基础工程|建立了?镇村干部分级培训制度)$/u);
    // From the issue: "过去一段时间" is never a title.
    expect(
      thesisTitle([
        '过去一段时间，群众办事要跑好几个部门。',
        '我们推行“一窗受理”，把23个部门的事项集中到一个窗口办理。',
      ]),
    ).toBe('推行“一窗受理”');
  });

  it('never opens with a pronoun, a place that tells who did it, or a word leaning on the sentence before', () => {
    const title = thesisTitle([
      '对留在村里的农民，我们同样注重提升他们的本领。',
      '镇里专门建了一个实训基地，请专家手把手教种茶、养猪、做电商，三年来累计培训3000余人次。',
    ]);
    expect(title).toBeDefined();
    expect(title).not.toMatch(/^(同样|镇里|他们)|他们/u);
  });

  it('leads a title with what is done, not how often ("每个季度开展一次……评比")', () => {
    expect(asTitle('每个季度开展一次“星级窗口”评比')).toBe('开展“星级窗口”评比');
    expect(asTitle('每月发布志愿服务“菜单”')).toBe('发布志愿服务“菜单”');
    // Too little would be left: how often is then the point.
    expect(asTitle('每周开放')).toBe('每周开放');
    expect(
      thesisTitle([
        '我们还每个季度开展一次“星级窗口”评比，评上的窗口张榜表扬，有的窗口还自发组织了业务比武，让服务水平提起来。',
      ]),
    ).toBe('开展“星级窗口”评比');
  });

  it('takes the goal a passage opens with ("为了让……，我们……") as its thesis, without its 为了让', () => {
    expect(purposeOf('为了让群众办事少跑腿')).toBe('群众办事少跑腿');
    expect(purposeOf('为了打消这个顾虑')).toBeUndefined();
    expect(purposeOf('为了让他们')).toBeUndefined();
    expect(thesisTitle(['为了让群众办事少跑腿，我们把23个部门的窗口集中到一个大厅，办结时间平均缩短一半。'])).toBe(
      '群众办事少跑腿',
    );
  });

  it('never makes the speaker greeting the room a title or a point', () => {
    const greetings = [
      '尊敬的各位领导，亲爱的团员青年朋友们：',
      '各位领导、同志们：',
      '亲爱的同学们、老师们：',
      '大家好！',
      '各位来宾，上午好！',
      '非常荣幸作为受表彰的代表在这里发言。',
    ];
    for (const greeting of greetings) {
      expect(isSalutation(greeting), greeting).toBe(true);
      expect(pointOf(greeting), greeting).toBeUndefined();
    }
    // A passage that opens by greeting the room takes its title and points from what it then says.
    const [slide] = planSlides(
      {
        paragraphs: [
          '尊敬的各位领导，亲爱的青年朋友们：',
          '大家好！两年来，我跑遍了全乡14个村，记下了三本民情日记。基层是最好的课堂，群众是最好的老师。',
        ],
      },
      '开场',
    );
    const shown = [slide?.title ?? '', ...(slide?.points ?? [])];
    expect(shown.filter((text) => /尊敬|亲爱|朋友们|大家好/u.test(text))).toEqual([]);
    // Addressing the room inside a statement is not a salutation.
    expect(isSalutation('同志们，乡村振兴关键在人。')).toBe(false);
    expect(isSalutation('群众的满意度大幅提高。')).toBe(false);
  });

  it('puts no figure in a title and gives none for a story', () => {
    expect(thesisTitle(['一位做食品生意的个体户说，现在办证只要跑一次。'])).toBeUndefined();
    expect(thesisTitle(['全年共化解纠纷540余起。'])).toBeUndefined();
  });

  it('weighs a passage’s own words above those every speech says (TF-IDF)', () => {
    // The same shape of passage, once about 机制 (said in every speech), once about 助餐 (said in few).
    const general = weighedTitle(['健全服务机制。', '服务机制覆盖全部社区，服务机制按月考核。']);
    const own = weighedTitle(['健全助餐网络。', '助餐网络覆盖全部社区，助餐网络按月考核。']);
    expect(general?.text).toBe('健全服务机制');
    expect(own?.text).toBe('健全助餐网络');
    expect(own?.score ?? 0).toBeGreaterThan(general?.score ?? 0);
  });

  it('passes over a stock saying of how long or hard the work is, for what the passage does', () => {
    expect(isStockSaying('服务群众没有最好，只有更好。')).toBe(true);
    for (const saying of [
      '作风建设没有休止符。',
      '生态环境保护任重道远。',
      '档案工作是一项长期的基础工作。',
      '安全生产只有起点，没有终点。',
    ])
      expect(isStockSaying(saying), saying).toBe(true);
    expect(isStockSaying('开发的前提是保护。')).toBe(false);
    expect(
      thesisTitle([
        '应急管理工作没有完成时。',
        '我们将持续加强应急队伍建设，提升基层应急处置能力，守护群众生命财产安全。',
      ]),
    ).toMatch(/^(加强应急队伍建设|提升基层应急处置能力)$/u);
    // Nor a noun its verbs only describe ("发生的几起生产安全事故").
    expect(isDescribedNoun(wordsOf('发生的几起生产安全事故'))).toBe(true);
    expect(isDescribedNoun(wordsOf('营造尊重人才的社会氛围'))).toBe(false);
  });
});

describe('a slide of counted items after a problem', () => {
  it('takes its title from the items that solve the problem, never from the problem', () => {
    const [slide] = planSlides(
      {
        paragraphs: [
          '看病难、看病贵，是群众反映最集中的问题。一是推行“先诊疗后付费”，全县23家医院实现全覆盖，累计服务群众12万人次；二是推行检查结果互认，为群众节约费用860万元；三是开设夜间门诊，方便上班族就医。',
        ],
      },
      '提升医疗服务',
    );
    expect(slide?.title).toBe('推行“先诊疗后付费”');
    expect(slide?.points.length).toBeGreaterThanOrEqual(2);
  });

  it('does not make a stock saying the slide’s heading', () => {
    const slides = planSlides(
      {
        paragraphs: [
          '我们先后建成了县级应急指挥中心和乡镇应急服务站18个，实现了应急指挥一张图、调度一键通，去年成功处置各类突发事件230余起。',
          '应急管理工作没有完成时。我们建立了“县乡村组户”五级应急责任体系，全县共组建应急救援队伍126支，开展应急演练460余场次，群众的避险意识明显增强。',
        ],
      },
      '提升应急能力',
    );
    expect(slides.map((s) => s.title)).not.toContain('应急管理工作没有完成时');
  });
});

// Classes of title a speaker rewrote in drafts of earlier rounds, each with made-up sentences of the genre.
describe('a title a speaker would not rewrite', () => {
  it('is never a story’s opening: how things were, a character brought on, a story announced', () => {
    for (const story of [
      '过去村里种的都是小麦',
      '刚开始大家都不理解',
      '一位老党员天天来巡河',
      '一个老人吃饭难',
      '我想讲一个例子',
      '给大家讲个故事',
    ])
      expect(unfitTitle(story), story).toBe('story');
    // "一户一策" counts households, it brings no character on; a method stays a title.
    expect(unfitTitle('一户一策精准帮扶')).toBeUndefined();
    const slides = planSlides(
      {
        paragraphs: [
          '过去村里种的都是小麦。一亩地一年到头挣不了几个钱，年轻人都出去打工了。我们引进龙头企业发展订单农业，推行“企业+合作社+农户”模式，带动820户农户种上了高山蔬菜，户均增收1.6万元。',
        ],
      },
      '发展特色产业',
    );
    expect(slides.map((s) => s.title)).not.toContain('过去村里种的都是小麦');
    expect(slides[0]?.title).toMatch(/引进龙头企业|订单农业|企业\+合作社\+农户/u);
  });

  it('never starts mid-clause nor is cut before its verb or object', () => {
    for (const fragment of [
      '的队伍用三个月完成摸排',
      '也没有停下',
      '也让村民参与进来',
      '菜价就不愁卖不出去',
      '并且做到全覆盖',
    ])
      expect(unfitTitle(fragment), fragment).toBe('fragment');
    for (const half of ['成立了由乡贤理事会', '组建了服务队和', '组建了由村民'])
      expect(unfitTitle(half), half).toBe('half clause');
    // Whole phrases: a word that only begins with such a character, a topic and what is needed, a preposition with its verb.
    for (const whole of [
      '促进就业',
      '地方特色产品进超市',
      '护林还要发动群众',
      '后端也要运得走',
      '给年轻干部压担子',
      '组建由律师牵头的调解队伍',
      '对网格重新进行划分',
      '群众需要什么就提供什么',
    ])
      expect(unfitTitle(whole), whole).toBeUndefined();
    // A short sentence leaning on the one before ("也没有停下。") heads no slide of its own.
    const slides = planSlides(
      {
        paragraphs: [
          '我们组建了12支“红马甲”巡查队，每天对全镇河道巡查一遍。遇到下雨天，队员们也没有停下。去年共发现并处置各类问题310个，河道垃圾比前年减少了六成，群众满意率达到95%。',
        ],
      },
      '巡河护河',
    );
    expect(slides.map((s) => s.title).filter((t) => unfitTitle(t) !== undefined)).toEqual([]);
  });

  it('leaves the speaker’s frame of a lesson out ("第一点体会是，……", "我们体会，……")', () => {
    expect(asTitle('第二点体会是，要把规矩立在前面')).toBe('要把规矩立在前面');
    expect(asTitle('我们体会，服务要走在前面')).toBe('服务要走在前面');
    expect(asTitle('我的体会')).toBe('我的体会');
    expect(unfitTitle('第三点体会是')).toBe('frame');
    const title = thesisTitle([
      '我们体会最深的是，坚持把群众满意作为标准。',
      '每办一件实事，都先上门听意见，办完再请群众打分。',
    ]);
    expect(title).toBe('坚持把群众满意作为标准');
  });

  it('never takes a problem for the thesis, however it is cued ("说到底，是……不放心")', () => {
    expect(unfitTitle('说到底，是群众对维修质量不放心')).toBe('problem');
    expect(unfitTitle('老人看病跑断腿')).toBe('problem');
    expect(unfitTitle('群众怕麻烦')).toBe('problem');
    const title = thesisTitle([
      '说到底，是群众对维修质量不放心。',
      '我们推行“先维修后付费”，维修结果由业主签字确认，一年来共完成维修1200余单。',
    ]);
    expect(title).toBe('推行“先维修后付费”');
  });

  it('says a cause and its result, or a question and who answers it, as one statement in the speech’s words', () => {
    expect(causeAndResult('口碑打响之后', '订单也多起来了')).toBe('口碑打响，订单多起来');
    expect(causeAndResult('我们来了之后', '事情也好办了')).toBeUndefined();
    expect(decidedBy('活动办在哪里', '我们都听居民的')).toBe('活动办在哪里听居民的');
    expect(decidedBy('活动办在哪里', '我们做了调查')).toBeUndefined();
    expect(
      thesisTitle(['口碑打响之后，订单也多起来了。', '过去一年，合作社接到的订单超过3000单，比前年翻了一番。']),
    ).toBe('口碑打响，订单多起来');
    expect(
      thesisTitle(['活动办在哪里，我们都听居民的。', '每办一场活动，都先在楼栋群里征集意见，再定时间和地点。']),
    ).toBe('活动办在哪里听居民的');
  });

  it('takes its characters from its passage, in order (the tuned speeches’ drafts)', async () => {
    const outOfOrder: string[] = [];
    for (const test of loadReferences(true)) {
      const draft = await draftOutline({ bytes: test.bytes, fileName: test.fileName });
      const lines = test.source.split('\n');
      for (const part of scoredDraft(parseOutline(draft.markdown, 'draft.md')).parts)
        for (const slide of part.slides)
          if (!lines.some((line) => inOrder(slide.title, line))) outOfOrder.push(`${test.name}: ${slide.title}`);
    }
    expect(outOfOrder).toEqual([]);
  });
});

/** Whether the title's characters (punctuation aside) stand in `text` in that order. */
function inOrder(title: string, text: string): boolean {
  const chars = [...title.replace(/[\p{P}\s]/gu, '')];
  let at = 0;
  for (const ch of text) if (ch === chars[at]) at++;
  return at >= chars.length;
}

describe('a short sentence read as a run’s heading', () => {
  it('titles its run only when it says what is done or holds; a state of things gives way to the run’s thesis', () => {
    const slides = planSlides(
      {
        paragraphs: [
          '我们把产业发展作为头等大事来抓，全村流转土地1200亩，建起了高山蔬菜基地。村里的年轻人越来越少。我们在镇上建起返乡创业园，为返乡青年免费提供场地、培训和贷款贴息，请农技专家和电商老师常年驻园指导，两年来共有46名青年回村创业，带动就业300多人。',
        ],
      },
      '发展产业留住人',
    );
    const titles = slides.map((s) => s.title);
    expect(titles).not.toContain('村里的年轻人越来越少');
    expect(titles).toContain('在镇上建起返乡创业园');
  });
});

describe('a heading the structure drew from a lead', () => {
  it('is no slide title when it leans on the lead before or opens a story: the slide draws its own', () => {
    for (const heading of ['也没有停下', '过去村里种的都是小麦']) {
      const [slide] = planSlides(
        {
          heading,
          paragraphs: [
            `${heading}。我们组建了12支“红马甲”巡查队，推行“河道巡查日志”制度，每天对全镇河道巡查一遍，去年共发现并处置各类问题310个，群众满意率达到95%。`,
          ],
        },
        '巡河护河',
      );
      expect(slide?.title, heading).not.toBe(heading);
      expect(unfitTitle(slide?.title ?? ''), heading).toBeUndefined();
    }
    // A problem may be the speech's own heading, and stays one.
    const [slide] = planSlides(
      {
        heading: '水从哪里来',
        paragraphs: ['水从哪里来？我们新建了3座水厂，把自来水接到了218个行政村，全县农村自来水普及率达到91%。'],
      },
      '农村供水',
    );
    expect(slide?.title).toBe('水从哪里来');
  });
});
