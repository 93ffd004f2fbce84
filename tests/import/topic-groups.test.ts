// Speeches without markers: lead paragraphs grouped into parts as a speaker groups them, and titles drawn from the leads.
import { describe, expect, it } from 'vitest';
import { pointOf } from '../../src/import/points.ts';
import {
  askedAsStatement,
  goesOn,
  leadTitle,
  opensItsOwnPart,
  partStarts,
  plausibleParts,
  statesThesis,
} from '../../src/import/structure/topic-groups.ts';
import { isStockSaying, keyedTopic, keyOf, needsTheNext } from '../../src/import/title-phrasing.ts';
import { thesisTitle } from '../../src/import/titles.ts';
import { draftOf, notesInOrder } from './support/outline.ts';

describe('how many parts a talk holds', () => {
  it('three up to about eight minutes, four at ten, never more than five', () => {
    expect(plausibleParts(220 * 4)).toBe(3);
    expect(plausibleParts(220 * 6)).toBe(3);
    expect(plausibleParts(220 * 10)).toBe(4);
    expect(plausibleParts(220 * 13)).toBe(5);
    expect(plausibleParts(220 * 40)).toBe(5);
  });
});

describe('a lead that goes on with the one before', () => {
  it.each([
    '前端分得好，后端也要运得走、处理得了。',
    '审批提速的同时，我们也在监管上做减法。',
    '宣传还要抓住党员这个关键少数。',
    '同时，我们注重培养本土人才。',
  ])('“%s” goes on', (lead) => expect(goesOn(lead)).toBe(true));
  it.each([
    '分类设施要先配到位。',
    '技术是产业的生命。',
    '紧跟时代步伐，把群众变化把握得更准。',
    '习惯的养成，关键在宣传引导。',
  ])('“%s” opens a part', (lead) => expect(goesOn(lead)).toBe(false));
});

describe('lead paragraphs grouped into parts', () => {
  const run = (lead: string, text = ''): { lead: string; text: string } => ({ lead, text: lead + text });
  it('a lead that goes on joins the part before; three leads at most a part', () => {
    expect(partStarts([run('设施要先建起来。'), run('后端也要跟上。'), run('宣传要跟上。')])).toEqual([
      true,
      false,
      true,
    ]);
    expect(partStarts([run('甲要先做好。'), run('乙也要做好。'), run('丙也要做好。'), run('丁也要做好。')])).toEqual([
      true,
      false,
      false,
      true,
    ]);
  });

  it('fewer than five leads, none leaning: each is a part, as the speech says', () => {
    const leads = ['学法是用法的前提。', '守法是为官的底线。', '用法是学法的目的。', '尊法是发自内心的信仰。'];
    expect(partStarts(leads.map((l) => run(l, '我们组织干部学习法律知识，开展普法活动。'.repeat(8))))).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it('seven leads of a six-minute talk become three parts, neighbours that share their words together', () => {
    const runs = [
      run('阵地是基础。', '我们建设文化阵地，文化阵地覆盖全镇，文化阵地免费开放。'.repeat(3)),
      run('阵地还要用起来。', '文化阵地每周开放，文化阵地活动丰富。'.repeat(3)),
      run('队伍是关键。', '我们培养文艺骨干，文艺骨干带动群众，文艺骨干常年排练。'.repeat(3)),
      run('骨干队伍要稳定。', '文艺骨干享受补贴，文艺骨干参加培训。'.repeat(3)),
      run('经费是保障。', '财政安排专项经费，专项经费专款专用。'.repeat(3)),
      run('经费要管好。', '专项经费公开透明，专项经费审计监督。'.repeat(3)),
      run('群众是主角。', '专项经费向群众倾斜，群众自办活动，群众评议打分。'.repeat(3)),
    ];
    const starts = partStarts(runs);
    expect(starts.filter(Boolean)).toHaveLength(3);
    expect(starts.slice(0, 4)).toEqual([true, false, true, false]);
  });
});

describe('a lead that opens its own part, whatever the talk’s length', () => {
  const run = (lead: string, text = ''): { lead: string; text: string } => ({ lead, text: lead + text });
  it.each([
    ['习惯的养成，关键在宣传引导。', ''],
    ['食品安全是食堂的生命线。', ''],
    ['人才工作说到底是服务工作。', ''],
    // The genre's thesis words stand after 是……的 as they do before 在/是: 落脚点, 出发点, 重中之重.
    ['办好群众身边的小事，是社区工作的落脚点。', ''],
    ['听得懂群众的话，是做好调解的出发点。', ''],
    ['安全生产是企业发展的重中之重。', ''],
    ['队伍要稳定。', '一是落实补贴，二是定期培训，三是评优表彰。'],
    ['经费要管好。', '第一，公开透明；第二，审计监督。'],
  ])('“%s” %s', (lead, text) => expect(opensItsOwnPart(run(lead, text))).toBe(true));
  it.each(['阵地还要用起来。', '骨干队伍要稳定。', '运营要有可持续的办法。'])('“%s” may be joined', (lead) =>
    expect(opensItsOwnPart(run(lead, '我们建设文化阵地，文化阵地免费开放。'))).toBe(false),
  );

  it('a six-minute talk of six leads that each state a thesis or count their items keeps six parts', () => {
    const body = '我们组织干部深入村组，文化阵地免费开放，群众参与热情很高。'.repeat(4);
    const runs = [
      run('阵地是文化服务的基础。', body),
      run('队伍是文化服务的关键。', body),
      run('经费要管好。', `一是专款专用，二是公开透明。${body}`),
      run('活动重在经常。', body),
      run('群众是文化服务的主体。', body),
      run('数字化是文化服务的突破口。', body),
    ];
    expect(partStarts(runs)).toEqual([true, true, true, true, true, true]);
    // Without those cues the same six are joined to the three parts a six-minute talk holds.
    const plain = runs.map((_r, i) =>
      run(
        ['阵地建起来。', '队伍带起来。', '经费用起来。', '活动办起来。', '群众动起来。', '平台连起来。'][i] ?? '',
        body,
      ),
    );
    expect(partStarts(plain).filter(Boolean)).toHaveLength(3);
  });
});

describe('what a thing turns on, said as a title', () => {
  it('a noun topic kept with its key as one statement; a topic of its own clause is not', () => {
    expect(keyedTopic('习惯的养成', '关键在宣传引导')).toBe('习惯的养成关键在宣传引导');
    expect(keyedTopic('改革要见效', '关键在窗口')).toBeUndefined();
    expect(leadTitle('习惯的养成，关键在宣传引导。')).toBe('习惯的养成关键在宣传引导');
  });

  it('the key itself where a verb states it, never "关键看" (a question, not a key) nor a key of one word', () => {
    expect(keyOf('关键是要有干事创业的平台')).toBe('要有干事创业的平台');
    expect(keyOf('关键在人')).toBeUndefined();
    expect(keyOf('关键看群众找不找得到人')).toBeUndefined();
    expect(
      thesisTitle(['人才引得进，还要留得住、用得好，关键是要有干事创业的平台。', '我们支持企业建设研发机构。']),
    ).toBe('要有干事创业的平台');
  });
});

describe('a lead said as a title', () => {
  it.each([
    ['分类设施要先配到位。', '分类设施先配到位'],
    ['激励约束要两手抓。', '激励约束两手抓'],
    ['前端分得好，后端也要运得走、处理得了。', '后端运得走、处理得了'],
    ['同时，我们注重培养本土人才。', '培养本土人才'],
  ])('“%s” → “%s”', (lead, title) => expect(leadTitle(lead)).toBe(title));

  it('keeps only the lead’s own characters, in order', () => {
    for (const lead of [
      '分类设施要先配到位。',
      '前端分得好，后端也要运得走、处理得了。',
      '习惯的养成，关键在宣传引导。',
    ]) {
      const title = [...leadTitle(lead).replace(/[，、]/gu, '')];
      let at = 0;
      for (const char of lead) if (char === title[at]) at++;
      expect(at, lead).toBe(title.length);
    }
  });
});

describe('a speech without markers', () => {
  const SPEECH = [
    '让社区食堂成为老人的“幸福餐桌”',
    '某某街道办事处 孙某某',
    '',
    '各位领导、同志们：',
    '社区食堂是老年人最关心的民生实事。去年以来，我们街道建成社区食堂12家，日均就餐老人1800多人次。下面我简要汇报。',
    '选址要先方便老人。我们把食堂建在老人最集中的小区里，步行十分钟就能到，12家食堂覆盖了全街道9个社区，每家食堂都配了无障碍通道和扶手，行动不便的老人也能自己来吃饭。',
    '饭菜还要合老人的口味。我们请营养师为老人设计菜单，少油少盐、软烂易嚼，每周更新一次菜单，每天提供荤素搭配的套餐8种，老人满意率达到95%。',
    '价格实惠才能长久。我们对80岁以上老人每餐补贴3元，低保老人每餐补贴5元，去年发放助餐补贴86万元，一顿饭老人只需花10元左右。',
    '运营要有可持续的办法。我们引入专业餐饮企业运营，街道提供场地、减免租金，企业同时向社区居民和上班族开放，靠客流量保本微利，目前12家食堂全部实现收支平衡。',
    '送餐上门解决行动不便老人的难题。我们组建送餐志愿队伍160人，为失能、半失能老人送餐上门，去年送餐2.3万份。',
    '志愿者也要管得好、留得住。我们建立志愿服务积分，积分可以兑换理发、家政等服务，志愿者流失率下降到5%以下。',
    '食品安全是食堂的生命线。我们实行明厨亮灶，食堂后厨全部安装监控，市场监管所每月检查一次，去年检查食堂48次，未发生一起食品安全事故。',
    '下一步，我们将继续办好社区食堂，让老人吃得放心、吃得舒心。',
    '谢谢大家！',
  ].join('\n');

  it('groups its seven lead paragraphs into three to five parts, each lead a slide titled from it, nothing lost', async () => {
    const { outline } = await draftOf(SPEECH);
    expect(outline.parts.length).toBeGreaterThanOrEqual(3);
    expect(outline.parts.length).toBeLessThanOrEqual(5);
    const titles = outline.parts.flatMap((p) => p.slides.map((s) => s.title));
    // The leaning leads are slides of their parts, titled by what they say, not copied whole.
    expect(titles).toContain('饭菜合老人的口味');
    // A part's first slide is titled by its lead as said, where the part's name shortened it; never twice the same.
    for (const part of outline.parts) expect(part.slides[0]?.title).not.toBe(part.title);
    expect(titles).toContain('选址要先方便老人');
    // No divider is a whole sentence of the speech copied: each is the lead's short phrase.
    for (const part of outline.parts) expect(part.title.length, part.title).toBeLessThanOrEqual(16);
    const notes = notesInOrder(outline);
    for (const sentence of [
      '选址要先方便老人。',
      '饭菜还要合老人的口味。',
      '志愿者也要管得好、留得住。',
      '去年检查食堂48次',
    ])
      expect(notes).toContain(sentence);
  });
});

describe('what is never a title or a point', () => {
  it('a proverb quoted on the way in is a stock saying, never a title', () => {
    expect(isStockSaying('没有规矩，不成方圆。')).toBe(true);
    expect(isStockSaying('火车跑得快，全靠车头带。')).toBe(true);
    expect(isStockSaying('建立村规民约。')).toBe(false);
    const title = thesisTitle(['没有规矩，不成方圆。', '我们指导各村修订村规民约，明确宴席规模和标准。']);
    expect(title).not.toMatch(/规矩|方圆/u);
  });

  it('a clause whose verb or main clause comes after is not a title alone', () => {
    expect(needsTheNext('全乡十二个村全部把红事新办、白事简办')).toBe(true);
    expect(needsTheNext('一些家庭为了办一场酒席')).toBe(true);
    expect(needsTheNext('请专家手把手教种茶、养猪、做电商')).toBe(false);
    expect(needsTheNext('把惠企政策汇编成册')).toBe(false);
    const title = thesisTitle([
      '全乡十二个村全部把红事新办、白事简办，写进了村规民约。',
      '红白理事会负责监督执行，每场宴席不超过十桌。',
    ]);
    expect(title).not.toBe('全乡十二个村全部把红事新办、白事简办');
  });

  it('a problem, a clause of time or one pointing back is no point', () => {
    expect(pointOf('审批慢、环节多，是企业反映最集中的问题。')).toBeUndefined();
    expect(pointOf('两年多来，')).toBeUndefined();
    expect(pointOf('针对这个问题，我们推行“站长+管理员”的管理模式。')).toBe('推行“站长+管理员”的管理模式');
  });
});

describe('a speech built on the questions it asks and answers', () => {
  const body = '我们组织村干部外出学习，回来后逐村制定方案，每个村都有一名乡镇干部包联，每季度开一次推进会。';
  const SPEECH = [
    '发展壮大村级集体经济',
    '',
    '各位领导、同志们：',
    '近年来，我镇把发展村级集体经济作为基层党建的重要任务，全镇18个村集体经营性收入全部超过10万元。下面，我汇报几点做法。',
    `产业从哪里来？我们的做法是，因村施策、一村一品。${body}去年新发展特色种植基地6个。`,
    `村民不愿意入股怎么办？我们的做法是先示范、后推开。${body}先由党员带头入股，看到分红后群众纷纷跟进。`,
    `钱从哪里来？这是大家最关心的问题。${body}我们整合涉农资金2300万元投入村集体项目。`,
    `收益怎么分？这个问题处理不好，就会影响群众积极性。${body}我们定下“442”的分配办法，按比例分红和留存。`,
    `怎样才能长久？归根到底，要把人才留在村里。${body}去年引回本土人才46名。`,
    '以上是我们的一些做法，不当之处请批评指正。谢谢大家！',
  ].join('\n');

  it('parts it by its questions; a question a difficulty raises on the way stays in its part', () => {
    const run = (lead: string): { lead: string; text: string } => ({ lead, text: lead + body });
    expect(opensItsOwnPart(run('钱从哪里来？'))).toBe(true);
    expect(opensItsOwnPart(run('收益怎么分？'))).toBe(true);
    expect(goesOn('村民不愿意入股怎么办？')).toBe(true);
    expect(opensItsOwnPart(run('村民不愿意入股怎么办？'))).toBe(false);
  });

  it('drafts a part a question, the answer that states its thesis naming it', async () => {
    const { outline } = await draftOf(SPEECH);
    expect(outline.parts.map((p) => p.title)).toEqual(['产业从哪里来', '钱从哪里来', '收益怎么分', '把人才留在村里']);
    expect(outline.parts[0]?.slides.length).toBe(2);
  });
});

describe('a question said as a statement', () => {
  it.each([
    ['人从哪里来，是我们遇到的第一道难题。', '人从哪里来'],
    ['场地放在哪儿，是大家最关心的事。', '场地放在哪儿'],
    ['群众愿不愿意参加，是活动能不能办下去的关键。', '群众愿不愿意参加'],
    ['矛盾纠纷怎么办，是摆在我们面前的难题。', '矛盾纠纷怎么办'],
    ['建成以后谁来管，也是绕不开的问题。', '建成以后谁来管'],
  ])('“%s” asks “%s”', (lead, question) => {
    expect(askedAsStatement(lead)).toBe(question);
    expect(opensItsOwnPart({ lead, text: `${lead}我们组织干部逐户走访，摸清了群众的需求。` })).toBe(true);
  });
  it.each([
    '钱从哪里来？',
    '这个问题怎么解决，我们想了很多办法。',
    '谁来管、怎么管，都有明确规定。',
    '审批慢、环节多，是企业反映最集中的问题。',
    '好不好，群众说了算。',
    '怎么让每一分钱都花在刀刃上，我们主要抓了三个环节，一是预算，二是采购。',
  ])('“%s” is no question said as a statement', (lead) => expect(askedAsStatement(lead)).toBeUndefined());
});

describe('the words of a thesis naming a problem', () => {
  it('说到底 or 归根到底 before a doubt, a fear or a lack states the problem, not the thesis', () => {
    expect(statesThesis('说到底，是群众对评选结果不放心。')).toBe(false);
    expect(statesThesis('归根到底，还是干部不敢担当。')).toBe(false);
    expect(statesThesis('说到底，是缺少稳定的资金来源。')).toBe(false);
    expect(statesThesis('说到底，是要让群众得实惠。')).toBe(true);
    expect(statesThesis('归根到底，要把质量放在第一位。')).toBe(true);
  });

  it('a question’s answer that names a problem does not name its part', async () => {
    const body = '我们组织村干部逐户走访，把群众的意见一条条记下来，每季度召开一次评议会。';
    const { outline } = await draftOf(
      [
        '让乡风评议评出正气',
        '',
        '各位领导、同志们：',
        '近年来，我镇在全镇23个村开展乡风文明评议，评出“好媳妇”“好婆婆”等典型460多人。下面，我汇报几点做法。',
        `评议评什么？我们的做法是，评身边人、身边事。${body}去年评出各类典型150人。`,
        `群众为什么不愿参评？说到底，是怕评不公平。${body}我们把评选过程全部公开。`,
        `评议由谁来评？我们的回答是，让群众自己评。${body}每个村都成立了由老党员、老教师组成的评议会。`,
        `评完以后怎么用？归根到底，要让好人有好报。${body}获评家庭在贷款、就业上优先，去年发放信用贷款1200万元。`,
        '以上是我们的一些做法，不当之处请批评指正。谢谢大家！',
      ].join('\n'),
    );
    expect(outline.parts.map((p) => p.title)).toEqual([
      '评议评什么',
      '群众为什么不愿参评',
      '评议由谁来评',
      '让好人有好报',
    ]);
  });
});

describe('a speech whose parts open with questions said as statements', () => {
  const SPEECH = [
    '让老旧小区用上电梯',
    '某某区住房和城乡建设局 冯某某',
    '',
    '各位领导、同志们：',
    '我区有老旧小区310个，六层以下没有电梯的住宅楼2100多栋，老人上下楼难是群众反映最多的问题之一。两年来，我们推动加装电梯186部。下面，我结合工作实际谈谈做法。',
    '居民意见怎么统一，是加装电梯遇到的第一道难题。低层住户担心采光和噪音，高层住户着急用电梯，一栋楼往往要商量好几个月。我们请社区干部、楼栋长挨家挨户做工作，算清楚每户出多少钱、得多少便利。',
    '我们还请已经装好电梯的小区居民现身说法，组织居民到现场参观，去年通过协商达成一致的楼栋有92栋。',
    '钱从哪里来，是绕不开的问题。一部电梯造价在60万元左右，居民一次拿出来压力很大。我们落实每部电梯20万元的财政补助，允许提取住房公积金，再由银行推出“加梯贷”。',
    '对困难家庭，社区再协调慈善资金帮助解决，去年帮助困难家庭37户。',
    '装好以后谁来管，也是群众关心的事。过去有的电梯装好了，坏了没人修。我们推行“物业托管+保险”的模式，每部电梯都买了安全责任保险，维保单位24小时响应。',
    '今年以来，全区加装电梯的故障率下降了四成，居民满意率达到96%。',
    '下一步，我们将继续把这件民生实事办好。谢谢大家！',
  ].join('\n');

  it('parts it by what it asks, each part going on into the paragraph after its lead', async () => {
    const { outline } = await draftOf(SPEECH);
    expect(outline.parts.map((p) => p.title)).toEqual(['居民意见怎么统一', '钱从哪里来', '装好以后谁来管']);
    const notes = notesInOrder(outline);
    for (const sentence of ['去年通过协商达成一致的楼栋有92栋', '去年帮助困难家庭37户', '居民满意率达到96%'])
      expect(notes).toContain(sentence);
  });
});

describe('parts the speaker counts with the framing of a lesson', () => {
  const SPEECH = [
    '在基层一线读懂群众',
    '某某县委组织部 郭某某',
    '',
    '今年3月，我被派到某某镇挂职，在镇里工作了半年，走访了全镇14个村、800多户群众。结合这段经历，我谈四点体会。',
    '第一点体会是，群众工作要先学会听。刚到镇里时，我总想着给群众讲政策，可群众关心的是孩子上学、老人看病这些身边事。后来我每次下村都带着本子，只听不讲，半年记了三本民情日记，梳理出群众急难愁盼问题63个。',
    '听，还要听得懂。村里老人说的方言，我一开始听不明白，就请村干部当“翻译”，慢慢地自己也能听懂了，和群众拉家常也不再冷场。',
    '第二点感受是：解决问题要一件一件办。群众反映的问题，有的一天就能办好，有的要跑好几个部门。我们把63个问题列成清单，能马上办的马上办，一时办不了的说明原因、明确时限，到目前已经办结58个。',
    '办事要讲规矩。有的群众提出的要求不符合政策，我们不能一口答应，而是把政策讲清楚，再帮他想别的办法，群众反倒更信任我们了。',
    '第三点体会是，干部要把自己当成群众的一员。在村里吃派饭、住农家，和群众一起干农活，群众才愿意跟你说心里话。半年来，我在村里住了60多个晚上，和群众交上了朋友。',
    '第四点体会是，基层是最好的课堂。在机关看文件，很多事情只是一个数字；到了基层，才知道一项政策落地要过多少道坎。这半年学到的东西，比过去几年在机关学到的还要多。',
    '挂职的时间是短暂的，收获却是长久的。今后，我将把在基层学到的东西用到工作中去。',
  ].join('\n');

  it('takes each counted lesson for a part, its framing left out, the short leads between them its slides', async () => {
    const { outline } = await draftOf(SPEECH);
    expect(outline.parts.map((p) => p.title)).toEqual([
      '群众工作要先学会听',
      '解决问题要一件一件办',
      '干部要把自己当成群众的一员',
      '基层是最好的课堂',
    ]);
  });
});

describe('parts a speech without markers opens with questions and topic words', () => {
  const speech = (leads: readonly string[]): string =>
    [
      '把矛盾纠纷化解在基层',
      '',
      '各位领导、同志们：',
      '近年来，我们坚持和发展新时代“枫桥经验”，全县矛盾纠纷调解成功率达到96%。下面，我谈几点体会。',
      '',
      `${leads[0]}我们的回答是，找身边的调解员。我们在每个村配齐了专职调解员，全县共选聘调解员386名，村里的老党员、老教师、乡贤都进了调解队伍。去年，村级调解员就地化解纠纷2100多件。`,
      '',
      `${leads[1]}我们把调解员的补贴纳入县财政预算，每人每月补贴800元，办结一件纠纷再给予奖励。三年来，调解员队伍没有一个人因为待遇问题离开，不少调解员一干就是十几年。`,
      '',
      `${leads[2]}关键在公道。我们建立了调解员培训制度，每年集中培训两次，邀请法官、律师讲案例。调解过程全程记录，调解结果当场公示，群众有意见可以申请复核，复核改变的案件去年只有3件。`,
      '',
      `${leads[3]}我们在每个乡镇建成了调解室，布置得像会客厅，群众进门有茶水，坐下来慢慢谈。调解室还开通了视频调解，外出务工的村民在外地也能参加调解，去年视频调解纠纷180多件。`,
      '',
      `${leads[4]}县法院在乡镇设立了诉讼服务站12个，调解不成的案件当天就能立案，调解达成的协议可以申请司法确认，去年司法确认调解协议560份。我们还请法官定期到村里开庭，以案说法，群众旁听一次，胜过听十次讲座。`,
      '',
      '谢谢大家！',
    ].join('\n');
  const leads = [
    '群众家门口遇到矛盾纠纷，第一时间能找谁来帮着化解？',
    '调解员的队伍要稳定下来。',
    '调解员靠什么让群众信服？',
    '调解的场所要让群众愿意来。',
    '诉调衔接要打通。',
  ];
  const partsOf = async (text: string): Promise<string[]> => (await draftOf(text)).outline.parts.map((p) => p.title);

  it('a word the whole talk keeps saying (调解) opens leads by chance: no lead is dropped as not parallel', async () => {
    const { speech: read } = await draftOf(speech(leads));
    expect(read.parts.length).toBeGreaterThanOrEqual(3);
    // Every lead's paragraph is in a part, the first (a question after the opening announced the parts) and the last
    // (诉调衔接, which does not open with 调解) too: none is left in the opening or said as a slide of the part before.
    expect(read.opening.flatMap((p) => p.paragraphs).join('')).not.toContain('找身边的调解员');
    expect(read.parts[0]?.paragraphs.join('')).toContain('第一时间能找谁');
    const opens = read.parts.flatMap((p) => [p.paragraphs[0] ?? '', ...p.sections.map((s) => s.paragraphs[0] ?? '')]);
    expect(opens.some((text) => text.startsWith('诉调衔接要打通'))).toBe(true);
    // A speech whose leads open alike with a word said only there still has its parallel parts (坚持……).
    const parallel = await partsOf(
      speech([
        '坚持就近可找，让群众遇事有人管。',
        '坚持待遇留人，让调解员安心干。',
        '坚持公道服人，让群众信得过。',
        '调解的场所要让群众愿意来。',
        '坚持诉调衔接，让纠纷有出口。',
      ]),
    );
    expect(parallel.every((p) => p.startsWith('坚持'))).toBe(true);
  });

  it('a part that asks a long question is named by its answer, not by the clause before its asking', async () => {
    const parts = await partsOf(speech(leads));
    expect(parts).not.toContain('群众家门口遇到矛盾纠纷');
    expect(parts[0]).toBe('找身边的调解员');
  });
});
