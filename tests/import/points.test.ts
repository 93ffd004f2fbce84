import { describe, expect, it } from 'vitest';
import {
  enumeratedPoints,
  pointAfter,
  pointOf,
  POINT_WIDTH,
  unnumbered,
  withoutModal,
} from '../../src/import/points.ts';
import { slideWidth, splitSentences } from '../../src/import/sentences.ts';
import { beyondTitle, planSlides } from '../../src/import/slides.ts';
import { countedIdeas } from '../../src/import/ideas.ts';

/** The points of each slide the importer drafts from a speech of these lines. */
async function slidePoints(lines: readonly string[]): Promise<string[][]> {
  const { draftOf, pointsBySlide } = await import('./support/outline.ts');
  const { outline } = await draftOf(lines.join('\n'));
  return [...pointsBySlide(outline).values()];
}

describe('slide points from sentences', () => {
  const cases: Array<[string, string | undefined]> = [
    ['要畅通群众意见表达的渠道。', '畅通群众意见表达的渠道'],
    ['年轻干部要善于把握群众需求的新变化，针对不同对象采用不同方法，解决好各类问题。', '善于把握群众需求的新变化'],
    ['领导在讲话中指出，要心中装着群众，时刻把群众冷暖放在心上。', '心中装着群众，时刻把群众冷暖放在心上'],
    ['随着城镇化加快推进，人口流动日益频繁，基层治理面临许多新情况。', '人口流动日益频繁，基层治理面临许多新情况'],
    [
      '对于涉及群众切身利益的事项，更是要坚持公开透明、广泛征求意见，确保决策科学。',
      '坚持公开透明、广泛征求意见，确保决策科学',
    ],
    ['做好基层工作，首先要了解基层。', '做好基层工作，首先要了解基层'],
    ['调查研究很重要，需要我们认真对待。', '调查研究很重要，需要我们认真对待'],
    // a sentence that points back ("这件事……") or tells a story ("我问他，……") gives no point
    ['这件事很重要，需要我们认真对待。', undefined],
    ['我问他，这么点粮食还捡它干什么？', undefined],
    // after a longer subject 要 says what someone has to do: no instruction is made of it
    ['过去，群众办一件事要跑好几个部门、交好几份材料。', '群众办一件事要跑好几个部门、交好几份材料'],
    ['不要搞形式主义，不要做表面文章，要把功夫下在平时。', '把功夫下在平时'],
    ['各位领导、同志们：', undefined],
    // someone of the public's words retold are a story ("过去有群众反映，……"), not a point
    ['过去有群众反映，我们跑了好几趟都没办成。', undefined],
    ['有位老大爷跟我说，现在看病方便多了。', undefined],
    ['结合工作实际，我谈三点认识。', undefined],
    // an opener of time or a connective is never the point by itself ("去年", "比如")
    ['去年，全镇有4名村干部因工作实绩突出受到县委表彰。', '全镇有4名村干部因工作实绩突出受到县委表彰'],
    // a contrast stays whole rather than give its second half ("但求知欲……")
    ['乡村孩子见识少，但求知欲一点不比城里孩子差。', '乡村孩子见识少，但求知欲一点不比城里孩子差'],
    // the speaker's side as subject is taken off, as 要 is
    ['我们还建立了村级后备力量库，每个村储备2至3名后备人选，确保事业后继有人。', '建立了村级后备力量库'],
    // a bad example, or a view the speech argues against, is no point
    ['这几年，我们身边也有一些干部，因为法治意识淡薄，在征地拆迁、项目审批中违规操作，最终受到了严肃处理。', undefined],
    ['有些同志觉得程序太多、太慢，影响效率。', undefined],
    // "其中……" leans on the sentence before it
    ['两年来共引回各类人才430多名，其中有68人进入村“两委”班子。', '两年来共引回各类人才430多名'],
    // "……认识到，" introduces the point, which is what follows
    [
      '要让广大党员干部从思想深处认识到，纪律是带电的高压线，任何时候都不能心存侥幸。',
      '纪律是带电的高压线，任何时候都不能心存侥幸',
    ],
    // announcing the talk is no point, however it is worded
    ['下面，我从三个方面作简要汇报。', undefined],
    ['近年来，我们做了一些探索，下面我汇报三点思考。', undefined],
    // a set phrase is not cut, and the topic before "就是要" is no point: better none
    ['做好群众工作，归根结底就是要把最广大人民群众的根本利益实现好、维护好、发展好。', undefined],
    // the speaker's view said as a frame before it: the point is the view
    ['我们体会，服务群众要从细微处入手。', '从细微处入手'],
    ['我们深深感到，网格化管理让矛盾就地化解。', '网格化管理让矛盾就地化解'],
    ['我认为党建引领是基层治理的关键。', '党建引领是基层治理的关键'],
    ['我想，基层治理归根到底要靠群众。', '基层治理归根到底要靠群众'],
    // …but "我想讲一个例子" frames nothing, and 我想办法 is no view
    ['我想讲一个例子。', undefined],
    // a one-word predicate keeps what it is said of: "服务要精准", not "精准"
    ['服务要精准。', '服务要精准'],
    // a purpose or a basis said first is a frame: the point is what was done
    ['为防止河长“挂名不管事”，我们制定了河长履职清单，明确各级河长的巡河次数和内容。', '制定了河长履职清单'],
    ['我们在原有热线的基础上，整合了区长信箱、网络问政等渠道，统一归集到一个平台。', '整合了区长信箱、网络问政等渠道'],
    ['作为全省试点县，我们在每个乡镇都建起了文明实践所。', '在每个乡镇都建起了文明实践所'],
    // a story's opening (who came with what) is no point
    ['有居民反映小区消防通道被长期占用。', undefined],
    // a clause that sets a time or points back ends the point before it
    ['我们建立了小区改造回访制度，改造完成一年内，每季度上门回访一次。', '建立了小区改造回访制度'],
    ['我们还设立了“读书日”，这一天全市图书馆免费开放。', '设立了“读书日”'],
    // an adverb that leans on a subject said before is not where a point starts
    [
      '每开一个便民服务点，都先在社区、商圈和学校周边征集群众意见，再定下选址。',
      '先在社区、商圈和学校周边征集群众意见',
    ],
  ];
  for (const [sentence, point] of cases) {
    it(`"${sentence}" → ${point === undefined ? 'no point' : `"${point}"`}`, () => {
      expect(pointOf(sentence)).toBe(point);
    });
  }

  it('never starts a point with a word that ties it to the clause before (也, 但, 而, 就…)', () => {
    expect(
      pointAfter('我们一个月里走访了46家企业，既看龙头企业，也看小微企业。', '走访了46家企业，既看龙头企业'),
    ).toBeUndefined();
    expect(pointOf('也看小微企业，还听一线员工讲。')).toBeUndefined();
  });

  it('keeps every point about 20 Han characters wide, cutting only at punctuation', () => {
    const long =
      '要统筹协调解决好老年群体的养老需求、青年群体的就业需求、儿童群体的教育需求、困难群体的救助需求，让各方面都满意。';
    const point = pointOf(long);
    expect(point).toBe('统筹协调解决好老年群体的养老需求');
    expect(slideWidth(point ?? '')).toBeLessThanOrEqual(POINT_WIDTH);
    expect(long).toContain(point ?? '?');
  });

  it('gives no point rather than cut a clause with no punctuation in the middle of a word', () => {
    expect(
      pointOf('在推进中国式现代化的新征程上年轻干部必须以更加昂扬向上的精神状态投身到火热的实践中去。'),
    ).toBeUndefined();
  });

  it('takes the first sentence of a long quotation, in its quotation marks', () => {
    expect(
      pointOf('他提出，“干部要练好基本功。要坚持从实践中来、到实践中去，做群众的知心人，把工作做到群众心坎上。”'),
    ).toBe('“干部要练好基本功”');
  });

  it('reads 要 as a point marker only where it is not part of a word', () => {
    expect(withoutModal('要把握变化')).toBe('把握变化');
    expect(withoutModal('更是要坚持开门问策')).toBe('坚持开门问策');
    expect(withoutModal('重要的是行动')).toBeUndefined();
    expect(withoutModal('要求大家按时完成')).toBeUndefined();
    expect(withoutModal('不要搞特殊')).toBeUndefined();
  });

  it('takes the speaker’s side off only where a word ends: no subject cut off in the middle of a name', () => {
    // From the issue: "我们县委办作为牵头部门" once became "委办作为牵头部门".
    expect(pointOf('我们县委办作为牵头部门，每月召开一次调度会。')).toBe('县委办作为牵头部门，每月召开一次调度会');
    expect(pointOf('我们市委组织部牵头建立了人才库。')).toBe('市委组织部牵头建立了人才库');
    expect(pointOf('我县建立了网格化管理体系，覆盖全部村居。')).toBe('建立了网格化管理体系，覆盖全部村居');
    expect(pointOf('我县今年新建了12所学校。')).toBe('新建了12所学校');
  });

  it('keeps a series of numerals whole: "一、二年级" is not numbering', () => {
    // From the issue: "一、二年级不布置……" once became "二年级不布置……".
    expect(unnumbered('一、二年级不布置书面作业')).toBe('一、二年级不布置书面作业');
    expect(pointOf('一、二年级不布置书面作业，三至六年级控制在一小时以内。')).toBe('一、二年级不布置书面作业');
    expect(unnumbered('三、四月份是防汛的关键期')).toBe('三、四月份是防汛的关键期');
    expect(unnumbered('一、压实责任')).toBe('压实责任');
    // A heading may open with a numeral of its own ("三级河长体系"): only a grade, a month or a list is a series.
    expect(unnumbered('二、三级河长体系全面建立')).toBe('三级河长体系全面建立');
  });

  it('gives no point for a sentence that announces the talk, whichever way round it says it', () => {
    for (const sentence of [
      '我从三个方面谈一谈体会。',
      '结合实践，我从四个方面谈谈自己的认识。',
      '今天我主要从两个方面作个交流。',
      '下面，我从三个方面谈谈我们的做法。',
    ])
      expect(pointOf(sentence), sentence).toBeUndefined();
    // Not an announcement: the aspects are what was done.
    expect(pointOf('从三个方面加强保障。')).toBe('从三个方面加强保障');
  });

  it('"一是……二是……三是……" inside a sentence gives one point each', () => {
    expect(enumeratedPoints('具体做法有三条：一是开展读书分享，二是组织实地参观，三是要邀请先进典型讲故事。')).toEqual([
      '开展读书分享',
      '组织实地参观',
      '邀请先进典型讲故事',
    ]);
  });
});

describe('sentences', () => {
  it('are cut at 。！？ but never inside a quotation, and join back to the paragraph exactly', () => {
    const paragraph = '他说：“要多听。要多看。”我们记住了！这是真的吗？是的. 2.5 倍的增长';
    const sentences = splitSentences(paragraph);
    expect(sentences).toEqual(['他说：“要多听。要多看。”', '我们记住了！', '这是真的吗？', '是的. ', '2.5 倍的增长']);
    expect(sentences.join('')).toBe(paragraph);
  });

  it('fall back to plain cutting when a quotation mark is never closed', () => {
    const paragraph = '他说：“要多听。要多看。我们记住了。';
    expect(splitSentences(paragraph)).toEqual(['他说：“要多听。', '要多看。', '我们记住了。']);
  });
});

describe('a point beside its title', () => {
  it('is left out when it repeats the title but for fillers, and keeps what it adds past the title', () => {
    expect(beyondTitle('建设了街道智慧治理平台', '建设街道智慧治理平台')).toBeUndefined();
    expect(beyondTitle('建立了网格员积分考核制度，每月公布积分排名', '建立网格员积分考核制度')).toBe(
      '每月公布积分排名',
    );
    // What is left must say something by itself: the second half of a contrast does not.
    expect(beyondTitle('营商环境没有最好，只有更好', '营商环境没有最好')).toBeUndefined();
    expect(beyondTitle('全区共设立河湖长286名', '建立三级河湖长体系')).toBe('全区共设立河湖长286名');
  });
});

describe('what a passage set up, beside its figures', () => {
  it('a slide of figures also shows the method its passage set up ("建立了……体系"), up to four points', async () => {
    const slides = await slidePoints([
      '守护一方碧水',
      '一、压实巡河责任',
      '河长制的核心是责任。我们建立了县、乡、村三级河长体系，全县共设立河长312名。去年，全县各级河长累计巡河2.1万余次，发现并解决问题930多个。',
      '二、发动群众护河',
      '护河还要发动群众。我们在全县招募护河志愿者1500余名，共受理群众反映问题2600余件，办结率达到98.5%。',
    ]);
    const points = slides.flat();
    expect(points).toContain('建立了县、乡、村三级河长体系');
    expect(points.some((p) => p.includes('312名'))).toBe(true);
    for (const slide of slides) expect(slide.length).toBeLessThanOrEqual(4);
  });
});

describe('counted items as complete phrases', () => {
  const texts = (sentence: string): string[] => countedIdeas(sentence, 0).map((idea) => idea.text);

  it('a bare label (一是定菜单) keeps the clause that says what it does', () => {
    expect(
      texts(
        '一是定菜单，由老人代表每月投票选出下月菜谱；二是严监管，市场监管部门每周抽检一次；三是听意见，每个站点设意见箱。',
      ),
    ).toEqual([
      '定菜单，由老人代表每月投票选出下月菜谱',
      '严监管，市场监管部门每周抽检一次',
      '听意见，每个站点设意见箱',
    ]);
  });

  it('a label that says something alone stays alone, and a label too long to join stays a label', () => {
    expect(texts('一是建立网格员积分制度，每月公布排名；二是健全考核办法，年底兑现奖惩。')).toEqual([
      '建立网格员积分制度',
      '健全考核办法',
    ]);
    expect(
      texts('一是强队伍，从退休教师、老党员和返乡大学生中选聘专职网格员；二是建机制，每周召开一次网格议事会。'),
    ).toEqual(['强队伍', '建机制，每周召开一次网格议事会']);
  });

  it('an item with a figure shows the figure beside its label', () => {
    expect(texts('一是定菜单，老人代表每月投票，满意率达到97%；二是严监管，每周抽检一次。')).toEqual([
      '定菜单，满意率达到97%',
      '严监管，每周抽检一次',
    ]);
  });

  it('on a slide, each item is a point of at most 20 characters whose words stand in the item in order', async () => {
    const points = (
      await slidePoints([
        '办好老年助餐',
        '一、管好一日三餐',
        '管好一日三餐，关键在制度。我们建立了三项制度：一是定菜单，由老人代表每月投票选出下月菜谱；二是严监管，市场监管部门每周抽检一次；三是听意见，每个助餐点设意见箱和评议日。',
        '二、让服务长久办下去',
        '让助餐服务长久办下去，关键是可持续。区财政每年安排补贴资金800万元，合作企业按成本价供餐，老人每餐只需支付8元。',
      ])
    ).flat();
    for (const label of ['定菜单', '严监管', '听意见']) {
      const point = points.find((p) => p.startsWith(label));
      expect(point, label).toBeDefined();
      expect(point?.length, point).toBeGreaterThan(label.length + 4);
      expect(slideWidth(point ?? ''), point).toBeLessThanOrEqual(POINT_WIDTH);
    }
  });
});

describe('every paragraph of a slide covered', () => {
  const figures =
    '我们把养老服务设施建在群众家门口，全区建成综合养老服务中心达到12个，社区养老服务站达到86个，助餐点达到45家，服务老人累计达到38万人次，老人满意率达到98%。';

  it('a short paragraph said on the slide of one full of figures still shows what it did', () => {
    const did = '我们还组建了“时间银行”志愿服务队，低龄老人服务高龄老人，服务时间存起来将来兑换。';
    const [slide] = planSlides({ paragraphs: [figures, did] }, '养老');
    expect(slide?.points.length).toBeLessThanOrEqual(4);
    expect(slide?.points.some((p) => p.includes('时间银行'))).toBe(true);
    expect(slide?.points.some((p) => /\d/u.test(p))).toBe(true);
  });

  it('a story told beside the figures shows nothing of its own', () => {
    const story = '有一位七十多岁的王阿姨，一个人住在六楼，过去吃饭全靠凑合，现在天天到助餐点吃热乎饭。';
    const [slide] = planSlides({ paragraphs: [figures, story] }, '养老');
    expect(slide?.points.some((p) => p.includes('王阿姨'))).toBe(false);
  });
});
