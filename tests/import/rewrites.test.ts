// What a speaker would otherwise rewrite in a draft, one rule per class of input: questions the speech asks and answers,
// the speaker's frame and courtesy, halves of a contrast, problems said as points, figures as headings, 要 in a part's
// heading, posts in a byline. Sentences invented in the genre's manner (none from a held-out speech of the reference set).
import { describe, expect, it } from 'vitest';
import { asPoint, isSalutation, pointOf, withoutOpeningModal, withoutSpeakersFrame } from '../../src/import/points.ts';
import { planPart, planSlides } from '../../src/import/slides.ts';
import { readSpeakerLine } from '../../src/import/structure/speaker.ts';
import { contrastThesis, isProblem, needsTheNext } from '../../src/import/title-phrasing.ts';
import { thesisTitle } from '../../src/import/titles.ts';
import { draftOf } from './support/outline.ts';

describe('a question the speech asks and answers', () => {
  /** Four parts, each opening with a question its paragraph answers; no markers. */
  const QUESTIONS = [
    '把社区食堂办到居民心坎上',
    '',
    '各位领导、同志们：',
    '社区食堂是老百姓家门口的民生工程。两年来，我们建成社区食堂26个，每天服务居民一万多人次。下面，我谈几点认识。',
    '食堂开在哪里，由谁来定？我们的回答是，居民说了算。每个食堂选址前，社区都要开议事会、发问卷，征求意见的居民达到8000多户，最后定下的点位都在老人步行十分钟的范围内。',
    '饭菜价格怎么定？我们的做法是保本微利。食堂的房租由街道减免，水电按居民价收取，一荤两素一汤只要12元，比周边饭店便宜三成左右，去年累计让利居民360万元。',
    '食堂怎样才能办得长久？关键在运营。我们引入专业餐饮企业运营，街道负责监管，企业自负盈亏，现在26个食堂有22个实现了收支平衡，没有一个因为亏损关门。',
    '居民满不满意，靠什么来评？靠居民自己打分。每个食堂都设了评价二维码，每月公布一次满意度，连续两个月低于90%的，约谈运营企业，去年调整菜品400多道。',
    '同志们，社区食堂连着千家万户。我们将继续努力，让更多居民吃得方便、吃得实惠、吃得放心。',
  ].join('\n');

  it('leads a part as a statement does, and its answer titles the slide, not the question', async () => {
    const { outline } = await draftOf(QUESTIONS);
    const titles = outline.parts.flatMap((p) => p.slides.map((s) => s.title));
    expect(outline.parts.length).toBeGreaterThanOrEqual(3);
    expect(outline.parts[0]?.title).toBe('食堂开在哪里，由谁来定');
    expect(titles).toContain('居民说了算');
    expect(titles).toContain('保本微利');
    for (const title of titles) expect(title, title).not.toMatch(/[？?]|怎么定|靠什么来评$/u);
  });

  it('is never a point, and the answer after it is no sub-heading of a slide of its own', () => {
    expect(pointOf('钱从哪里来？')).toBeUndefined();
    const slides = planSlides(
      {
        paragraphs: [
          '意见不统一怎么办？我们的做法是多商量、不硬推。加装电梯最容易出现低层和高层住户意见不一的情况，我们请社区、律师和设计单位一起上门，一户一户算账、一户一户沟通，实在谈不拢的宁可缓一缓。',
        ],
      },
      '加装电梯',
    );
    expect(slides.map((s) => s.title)).toEqual(['多商量、不硬推']);
    expect(slides[0]?.points.length).toBeGreaterThanOrEqual(1);
  });

  it('titles a passage by a short answer only: a figure, a problem or a sentence pointing back is no answer', () => {
    expect(thesisTitle(['改什么，由谁说了算？', '我们的体会是，群众说了算。', '我们把方案交给居民议定。'])).toBe(
      '群众说了算',
    );
    expect(thesisTitle(['钱从哪里来？', '这是最难的一道题。', '我们争取资金4.6亿元。'])).not.toBe('这是最难的一道题');
  });
});

describe('the speaker framing what follows', () => {
  it('leaves out 我们的体会是 / 做法是 / 回答是 before what is said', () => {
    expect(withoutSpeakersFrame('我们的体会是，群众说了算。')).toBe('群众说了算。');
    expect(withoutSpeakersFrame('我们的做法是多商量、不硬推')).toBe('多商量、不硬推');
    expect(withoutSpeakersFrame('我的回答是：靠身边人。')).toBe('靠身边人。');
    // Not a frame: what the speaker did, said in the same words.
    expect(withoutSpeakersFrame('我们的做法得到了群众认可')).toBe('我们的做法得到了群众认可');
    expect(pointOf('我们的做法是多商量、不硬推。')).toBe('多商量、不硬推');
  });

  it('never makes a courtesy to the room ("不当之处，敬请批评指正", "供大家参考") a title or a point', () => {
    for (const sentence of [
      '以上发言，不妥之处，请批评指正。',
      '按照会议安排，我作个交流发言，不当之处，敬请批评指正。',
      '下面谈几点做法，供大家参考。',
      '不足之处，敬请各位领导指正。',
    ]) {
      expect(isSalutation(sentence), sentence).toBe(true);
      expect(pointOf(sentence), sentence).toBeUndefined();
    }
    expect(isSalutation('我们坚持把群众批评作为改进工作的动力。')).toBe(false);
  });
});

describe('halves and problems', () => {
  it('keeps a contrast whole or says it by its topic and the half it affirms; a half alone is no point', () => {
    expect(contrastThesis('阅读推广推的不是书', '是读书的习惯')).toBe('阅读推广推的是读书的习惯');
    expect(contrastThesis('减负不是减责任', '而是减形式')).toBe('减负而是减形式');
    expect(pointOf('阅读推广推的不是书，是读书的习惯。')).toBe('阅读推广推的不是书，是读书的习惯');
    expect(asPoint('是读书的习惯')).toBe('是读书的习惯');
    expect(pointOf('是基层负担重的另一个重要原因。')).toBeUndefined();
    expect(pointOf('不是工作的标准。')).toBeUndefined();
  });

  it('reads "光靠……，……不……" and how things were, without a figure, as the problem, not a point', () => {
    expect(isProblem('光靠财政投入，改不了几个小区')).toBe(true);
    expect(isProblem('只靠政府一家，很难把河管好')).toBe(true);
    expect(pointOf('过去群众反映问题要找好几个部门。')).toBeUndefined();
    // What is needed besides is the thesis; a figure of before sets against now.
    expect(isProblem('光靠身边人还不够，还要有专业的力量撑腰')).toBe(false);
    expect(isProblem('过去每亩收入不到800元')).toBe(false);
  });

  it('gives no point for a sentence that points back ("这是……", "这个问题……") or a preposition with its object only', () => {
    expect(pointOf('这是改造中最难的一道题。')).toBeUndefined();
    expect(pointOf('这个问题不解决，改造的成果就保不住。')).toBeUndefined();
    expect(pointOf('对老年人等不会使用智能手机的群体，我们开通了电话预约。')).toBe('开通了电话预约');
  });

  it('takes no clause whose main clause comes after it ("每建一个……，都先……") for a title', () => {
    expect(needsTheNext('每建一个城市书房')).toBe(true);
    expect(needsTheNext('每当接到群众求助')).toBe(true);
    expect(needsTheNext('书房建在哪里')).toBe(true);
    expect(needsTheNext('每个社区配备一名专职网格员')).toBe(false);
  });
});

describe('headings a speaker would reword', () => {
  it('makes no heading of a result with its figure', () => {
    const slides = planSlides(
      {
        paragraphs: [
          '我们出台了鼓励社会力量参与的办法，企业、商场、咖啡馆都可以申请建设城市书房，由图书馆统一配书、统一管理。目前社会力量建设的城市书房已有14个。队伍有了，还要让他们干得好，我们每年组织两期领读人培训，请省里的阅读推广专家授课，对活动开展得好的读书会给予表彰和奖励。',
        ],
      },
      '阅读推广',
    );
    for (const slide of slides) expect(slide.title).not.toMatch(/14个/u);
  });

  it('leaves the exhorting 要 off a part’s heading ("要让……" → "让……"), not a subject’s 要 nor a word of 要', () => {
    expect(withoutOpeningModal('要让群众走几步就能借到书')).toBe('让群众走几步就能借到书');
    expect(withoutOpeningModal('要把矛盾化解在基层')).toBe('把矛盾化解在基层');
    expect(withoutOpeningModal('年轻干部要敢于担当')).toBe('年轻干部要敢于担当');
    expect(withoutOpeningModal('要素保障')).toBe('要素保障');
    const part = planPart({
      heading: '要让好书找到想读的人',
      paragraphs: ['要让好书找到想读的人'],
      sections: [
        {
          paragraphs: [
            '书多了，还要读得进去。我们按读者需求采购图书4.8万册，全年举办读书会、讲座等活动1900多场，参与群众达到26万人次。',
          ],
        },
      ],
    });
    expect(part.heading).toBe('让好书找到想读的人');
    expect(part.notes).toEqual(['要让好书找到想读的人']);
  });

  it('reads a byline whose post ends in 馆长, 行长, 厂长 … as unit, post and name (the unit is the organization)', () => {
    expect(readSpeakerLine('某某市图书馆馆长 冯某某')).toMatchObject({
      organization: '某某市图书馆',
      speaker: '冯某某',
    });
    expect(readSpeakerLine('某某农商银行某某支行行长张某某')).toMatchObject({ speaker: '张某某' });
  });
});

describe('counted items that carry out a method the speech names', () => {
  const titleOf = (paragraph: string): string | undefined =>
    planSlides({ paragraphs: [paragraph] }, '村级集体经济')[0]?.title;

  it('take the name that introduces them as their title', () => {
    expect(
      titleOf(
        '村集体没有钱，是过去最大的难处。我们推行“村村有产业、户户有分红”的路子：一是盘活闲置资产，去年出租闲置校舍12处；二是发展物业经济，建成标准厂房3栋；三是领办合作社，带动农户860户。',
      ),
    ).toContain('村村有产业、户户有分红');
  });
});
