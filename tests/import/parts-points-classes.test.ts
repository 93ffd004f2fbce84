// Parts, points and figures a speaker would make that the drafts missed (second round): the closing's rallying call,
// items named in a list and defined by who acts, parts that open with the problem they answer. Every text is made up in
// the genre's manner, on topics of its own (none from a speech of the reference set).
import { describe, expect, it } from 'vitest';
import { figureIdeas, namedItems } from '../../src/import/ideas.ts';
import { pointOf } from '../../src/import/points.ts';
import { splitSentences } from '../../src/import/sentences.ts';
import { pointProblem } from './support/keepable.ts';
import { draftOf, pointsBySlide } from './support/outline.ts';

/** A short talk of three 首先/其次/最后 parts, each with its figures, to put a last paragraph after. */
const BODY = [
  '让老年人学有所乐',
  '某某市老年大学 钱某某',
  '老年教育是应对人口老龄化的重要内容。下面，我从三个方面介绍我们的做法。',
  '首先，扩大办学覆盖面。过去老年大学一座难求，报名要排队。我们在街道和社区设立教学点，全市教学点达到二百一十个，在校学员三万八千余人。',
  '其次，丰富课程内容。我们根据学员需求开设书画、声乐、智能手机应用等课程一百二十门，两年培训老年人一万五千人次。',
  '最后，提升办学质量。我们建立了教师库，聘请专兼职教师四百六十名，每学期开展教学评议，学员满意率达到百分之九十六。',
];

describe('the closing’s rallying call', () => {
  const closings = [
    '让我们携手努力，为老年教育事业发展作出新的更大贡献！',
    '我们将以这次会议为新的起点，奋力谱写老年教育高质量发展新篇章。',
    '老有所学没有终点，我们将继续扩大供给、提升质量，让更多老年人乐享晚年。',
    '办好老年教育，功在当下、利在长远。让我们一起努力，把老年大学办成老年人的幸福家园。',
  ];

  it('is the closing, said on the closing slide and shown on no slide of the last part', async () => {
    for (const closing of closings) {
      const { outline } = await draftOf([...BODY, closing].join('\n'));
      expect(outline.parts, closing).toHaveLength(3);
      const shown = [...pointsBySlide(outline).values()].flat().join('|');
      const titles = outline.parts.flatMap((p) => p.slides.map((s) => s.title)).join('|');
      for (const clause of closing.split(/[，。！]/u).filter((c) => c.length >= 4)) {
        expect(shown, closing).not.toContain(clause);
        expect(titles, closing).not.toContain(clause);
      }
      expect(outline.closingNotes?.text ?? '', closing).toContain(closing.slice(0, 8));
    }
  });

  it('is no point where the last part’s paragraph ends with it', () => {
    for (const sentence of [
      '让我们携手并进，共同书写乡村振兴的新篇章。',
      '为建设美丽家园作出新的更大贡献。',
      '以更加饱满的热情，奋力开创文明实践工作新局面，交出新答卷。',
    ])
      expect(pointOf(sentence), sentence).toBeUndefined();
    // What the part did is still a point.
    expect(pointOf('全年新建教学点三十个，学员满意率达到百分之九十六。')).toBeDefined();
  });

  it('a last paragraph that pledges with its figures is still a part’s text, not the closing', async () => {
    const text = [...BODY.slice(0, -1), `${BODY.at(-1)}我们将继续新建教学点三十个。`].join('\n');
    const { outline } = await draftOf(text);
    expect([...pointsBySlide(outline).values()].flat().join('|')).toContain('百分之九十六');
  });
});

describe('items named in a list and defined by who acts first', () => {
  const passages = [
    '我们重点抓好“三个一”：一批站点、一支队伍、一套制度。一批站点，就是市财政安排资金一千二百万元，在全市新建便民服务站八十六个。一支队伍，就是招募志愿者三千余名，每个站点配备五人以上。一套制度，就是制定服务规范十二项，做到服务有标准。',
    '我们推行“两张清单”：一张责任清单、一张任务清单。一张责任清单，就是县里统一印发责任目录，把四十二项职责逐项落实到人。一张任务清单，就是每月梳理重点任务，全年共交办任务五百六十项。',
    '概括起来是“两个中心”：一个调度中心、一个服务中心。一个调度中心，即由街道统一调配车辆，高峰时段增派运力三成。一个服务中心，就是区交通局牵头设立的咨询窗口，全年接待群众咨询九千余次。',
  ];

  it('shows each item by its name and what it makes or did, never the half that says who pays or acts', () => {
    for (const passage of passages) {
      const items = [...namedItems(splitSentences(passage)).values()];
      const names = /[：:]([^。]+)。/u.exec(passage)?.[1]?.split('、') ?? [];
      expect(items, passage).toHaveLength(names.length);
      items.forEach((item, i) => {
        expect(item.startsWith(`${names[i]}，`), item).toBe(true);
        expect(item, item).not.toMatch(/^[^，]+，(就是|即)由?(市|县|区|街道)/u);
        expect(pointProblem(item, passage), item).toBeUndefined();
      });
    }
  });

  it('keeps a definition that says what the item is, with no actor before it', () => {
    const items = [...namedItems(splitSentences(passages[0] ?? '')).values()];
    expect(items).toContain('一支队伍，就是招募志愿者三千余名');
    expect(items).toContain('一批站点，在全市新建便民服务站八十六个');
  });
});

/** Speeches without markers whose first part opens with the difficulty it answers, after an opening paragraph. */
const DIFFICULTY_FIRST = [
  [
    '打通快递进村最后一公里',
    '某某县邮政管理局 孙某某',
    '各位领导：',
    '近年来，我县把快递进村作为服务乡村振兴的重要抓手，取得了一定成效。',
    '快递进村最难的是成本高、网点少。过去，一家快递公司单独进村，一趟跑下来亏多赚少，很多村群众取件要跑十几公里。我们推动邮政与民营快递合作共配，在全县建成村级服务站186个，建制村快递服务覆盖率达到百分之百。',
    '共配之后，效率要提上来。我们建设了县级分拣中心，统一分拣、统一配送，日均处理快件五万余件，单件派送成本下降百分之三十五。',
    '让农产品出村进城，是快递进村的另一头。我们引导快递企业与合作社对接，打造快递服务现代农业项目12个，去年寄递农产品八百六十万件。',
    '以上发言，不当之处请批评指正。',
  ],
  [
    '让老旧小区焕发新颜',
    '某某区住建局 周某某',
    '同志们：',
    '三年来，全区累计改造老旧小区一百二十个，惠及居民四万余户。',
    '老旧小区改造难在资金。单靠财政，改不了几个小区。我们推行政府补助、企业投入、居民出资相结合，两年引入社会资本一点六亿元，居民出资占比达到百分之二十。',
    '改造之后，管理要跟上来。我们在每个改造小区引入物业或成立自管小组，物业覆盖率达到百分之九十五，改造后的小区没有一个“返旧”。',
    '让居民满意，是改造的最终标准。我们每个项目完工后都请居民代表打分验收，打分不合格的限期整改，群众满意率达到百分之九十七。',
    '以上汇报，请批评指正。',
  ],
  [
    '把家庭医生签约做实',
    '某某县卫健局 吴某某',
    '各位领导、同志们：',
    '我县从二〇二二年起全面推行家庭医生签约服务，目前签约居民二十三万人。',
    '基层最头疼的是人手不够。一个村医要管上千名群众，签了约也服务不过来。我们组建县乡村三级签约团队三百一十个，每个团队配备医生、护士和公卫人员，人均服务群众降到四百人以下。',
    '团队组起来，服务要跟上去。我们为慢病患者提供定期随访，去年随访高血压、糖尿病患者八万六千余人次，规范管理率达到百分之七十二。',
    '让群众愿意签，是签约服务的关键。我们把医保报销、优先转诊与签约挂钩，签约居民到县医院住院可以优先安排床位，签约居民续签率达到百分之九十一。',
    '以上发言，请批评指正。',
  ],
].map((lines) => lines.join('\n'));

describe('a first part that opens with the difficulty it answers (……最难的是……, ……难在资金)', () => {
  it('is a part of its own, not the opening, named by what was done about it', async () => {
    for (const text of DIFFICULTY_FIRST) {
      const { outline } = await draftOf(text);
      expect(outline.parts, text.slice(0, 12)).toHaveLength(3);
      const first = outline.parts[0];
      // The part's figures are on its own slides, not the opening's.
      const figure = /(\d+个|一点六亿元|三百一十个)/u.exec(text.split('\n')[4] ?? '')?.[0] ?? '';
      expect(first?.slides.flatMap((s) => [...(pointsBySlide(outline).get(s.title) ?? [])]).join('|')).toContain(
        figure,
      );
      // A difficulty names no part.
      expect(first?.title).not.toMatch(/最难|难在|头疼/u);
    }
  });

  it('but a difficulty said before anything else is the opening’s', async () => {
    const lines = (DIFFICULTY_FIRST[0] ?? '').split('\n');
    const { outline } = await draftOf([...lines.slice(0, 3), ...lines.slice(4)].join('\n'));
    expect(outline.parts.map((p) => p.title).join('|')).not.toContain('合作共配');
  });
});

describe('someone’s words quoted (群众说：“……”)', () => {
  const sayings = [
    '群众说：“现在在家门口就能取快递，比以前方便多了。”',
    '居民纷纷点赞：“环境变好了，住着舒心。”',
    '有的商户说：“一年能多赚两万元。”',
    '用村民的话说，“家门口就能挣钱”。',
    '正如一位网格员所说：“群众的事再小也是大事。”',
    '“现在看病不用跑县城了。”村民们高兴地说。',
  ];

  it('is no point, and its figure is the speaker’s words, not the passage’s result', () => {
    for (const saying of sayings) {
      expect(pointOf(saying), saying).toBeUndefined();
      expect(figureIdeas(saying, 0), saying).toEqual([]);
    }
  });

  it('the speaker’s own clause, and a motto in quotation marks, stay points', () => {
    expect(pointOf('我们推行“一号响应、一网通办”，群众诉求统一归集。')).toBeDefined();
    expect(figureIdeas('群众反映“取件难”的问题，我们建成村级服务站186个。', 0).map((i) => i.text)).toContain(
      '建成村级服务站186个',
    );
  });
});

describe('a count with a time before its verb (全年更换2600余处), its noun in the clause before', () => {
  it('carries the noun, from the verb the count says again', () => {
    for (const [sentence, point] of [
      ['组织志愿者为低保家庭上门更换老化灯具线路，全年更换2600余处。', '更换老化灯具线路，全年更换2600余处'],
      ['我们在各乡镇集中开展反诈宣讲进村入户，去年宣讲一千三百余场。', '宣讲进村入户，去年宣讲一千三百余场'],
    ] as const) {
      expect(
        figureIdeas(sentence, 0).map((i) => i.text),
        sentence,
      ).toContain(point);
      expect(pointProblem(point, sentence), point).toBeUndefined();
    }
  });
});
