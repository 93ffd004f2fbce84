// Parts a speaker makes in a speech without markers that the drafts missed: each part opens with a paragraph that sets
// the scene and states its thesis in a later clause, and runs over one to three paragraphs. Every text is made up in the
// genre's manner, on topics of its own (none from a speech of the reference set).
import { describe, expect, it } from 'vitest';
import { draftOf, everything, sentencesOf } from './support/outline.ts';

interface Case {
  text: string;
  /** Each part's name holds these words, in the order the speech says them. */
  parts: string[];
}

const BY_LATER_THESIS: Case[] = [
  {
    text: [
      '以产业需求为导向办好技工教育',
      '某某县人力资源和社会保障局 王某某',
      '近年来，我县坚持把技工教育作为稳就业、促发展的重要抓手，在办学方向、师资和就业上下功夫，取得了一定成效。',
      '过去我们的专业是按老师能教什么来开的，毕业生找不到对口的工作，技工学校的专业必须跟着企业的需求走。我们每年走访县内重点企业六十多家，停办了三个就业率低的专业，新开了电子商务、工业机器人等四个专业。',
      '这几年县里引进了一批装备制造企业，企业自己培训工人成本很高，学校和企业一起培养是提高质量的关键。我们与三十八家企业签订了合作协议，建成校内实训基地十一个。',
      '企业的师傅进课堂，学校的老师下车间，已经成为常态。全县共聘请企业技术骨干担任兼职教师五十六名。',
      '很多老师是从普通高中转过来的，没有进过工厂，懂理论又会动手的教师队伍是办学的保障。我们每年安排专业课教师到企业实践两个月，两年来培养“双师型”教师一百二十名。',
      '学生毕业后走得出去还要留得下来，毕业生在本地稳定就业是检验办学成效的标准。我们联合企业推行订单培养，今年毕业生本地就业率达到百分之八十三。',
      '以上是我的发言，不当之处，请批评指正。谢谢大家！',
    ].join('\n'),
    parts: ['专业必须跟着企业的需求走', '一起培养是提高质量的关键', '教师队伍是办学的保障', '本地稳定就业'],
  },
  {
    text: [
      '把老旧小区改造这件好事办好',
      '某某区住房和城乡建设局 李某某',
      '各位领导、同志们：按照会议安排，我就我区老旧小区改造工作作个交流。',
      '我区二〇〇〇年以前建成的小区有一百八十多个，很多小区管网老化、没有电梯，改什么要让居民自己说了算。我们在每个小区开改造议事会，全区共收集居民意见四千三百余条，形成“一小区一方案”。',
      '改造少不了钱，光靠政府投入远远不够，多方出资是改造能够持续的前提。我们推行政府补一点、单位出一点、居民筹一点的办法，两年共筹集社会资金一点二亿元。',
      '其中，管线单位投入燃气、供水管网改造资金三千六百万元，居民自筹加装电梯资金二千一百万元。',
      '改完以后如果没人管，用不了几年又会回到原样，长效管理是改造成果不走样的根本。我们在改造完成的小区全部引入物业服务或居民自治管理，一百零二个小区成立了业主委员会。',
      '下一步，我们将继续扩大改造范围，让更多居民住得舒心。',
    ].join('\n'),
    parts: ['居民自己说了算', '多方出资', '长效管理'],
  },
  {
    text: [
      '念好山区群众的“水经”',
      '某某县水利局 赵某某',
      '我县是典型的山区县，群众吃水问题一直是我们心头的一件大事。',
      '山区村子分散，很多地方打井找不到水。水源有保障是农村供水的基础。我们新建和改造小型水库九座，建成规模化水厂四座，全县农村供水保障人口达到三十二万人。',
      '水厂建起来以后，群众关心的是水好不好喝，水质达标是群众放心喝水的底线。我们在每座水厂配备净化消毒设备，去年抽检水样六百四十份，合格率百分之九十八。',
      '在水质检测上，我们还引入第三方机构，检测结果每月向群众公开。',
      '设施建好了不等于一劳永逸，有人管、有钱修才是工程长久运行的保证。我们组建了县级农村供水管护公司，维修资金每年列入财政预算八百万元。',
      '同志们，让群众喝上放心水是我们的责任，我们将继续努力，交出新的答卷！谢谢大家！',
    ].join('\n'),
    parts: ['水源有保障', '水质达标', '有人管、有钱修'],
  },
];

describe('parts whose thesis is said after the background, without markers', () => {
  it('are found, each named by its thesis, with the paragraphs after it up to the next as its text', async () => {
    for (const { text, parts } of BY_LATER_THESIS) {
      const { outline } = await draftOf(text);
      const names = outline.parts.map((p) => p.title);
      expect(names, text.slice(0, 20)).toHaveLength(parts.length);
      parts.forEach((words, i) => expect(names[i], text.slice(0, 20)).toContain(words));
      // Each part's slides say its own paragraphs: the one after the thesis paragraph is said in its part.
      for (const part of outline.parts) expect(part.slides.length, part.title).toBeGreaterThanOrEqual(1);
      const held = everything(outline);
      // Nothing of the speech after its head (title and byline) is lost.
      const said = text.split('\n').slice(2).join('\n');
      for (const sentence of sentencesOf(said)) expect(held, sentence).toContain(sentence);
    }
  });

  it('keeps a paragraph without a thesis in the part before (a part runs over two paragraphs)', async () => {
    const [, second, third] = BY_LATER_THESIS;
    for (const [c, paragraph] of [
      [second, '其中，管线单位投入'],
      [third, '在水质检测上'],
    ] as const) {
      const { outline } = await draftOf(c?.text ?? '');
      const owner = outline.parts.find((p) =>
        p.slides.some((s) => s.pages.some((page) => page.notes?.text.includes(paragraph))),
      );
      expect(owner, paragraph).toBeDefined();
      expect(owner?.title, paragraph).toBe(outline.parts[1]?.title);
    }
  });

  it('are not read into a talk that states one thesis, nor where a part would run over four paragraphs', async () => {
    const one = [
      '社区食堂办出好口碑',
      '某某街道办事处 孙某某',
      '街道有老年人一万二千多人，很多老人中午吃饭不方便。',
      '我们利用社区闲置用房建起食堂三个，每天供餐六百余份，老人吃得上、吃得起是办食堂的出发点。',
      '食堂实行政府补一点、企业让一点、老人出一点，一餐十二元，老人只付八元。',
      '我们还请老人代表每月评菜，满意率达到百分之九十五。',
    ].join('\n');
    expect((await draftOf(one)).outline.parts).toHaveLength(0);
    const long = [
      '网格员队伍建设的几点做法',
      '某某镇 周某某',
      '我镇共划分网格八十六个，配备专职网格员九十名。',
      '网格员每天要走访住户，很多事情要靠脚板去跑，熟悉情况是做好网格工作的基础。我们要求网格员每月走访住户不少于两遍。',
      '网格员把走访中发现的问题录入平台，镇里统一分派。',
      '去年平台共受理问题五千二百件，办结率百分之九十七。',
      '群众有时候不理解，网格员受了委屈也要耐心解释。',
      '各村还评选了优秀网格员，给予奖励。',
      '网格员待遇低、流动大，稳定队伍是网格长期运转的保障。我们把网格员补贴提高到每月两千元。',
    ].join('\n');
    expect((await draftOf(long)).outline.parts).toHaveLength(0);
  });
});

/** Three parts, each a long lead sentence alone in its paragraph over 一是…… paragraphs; the middle one counts four. */
function ledItems(leads: readonly string[]): string {
  const items = [
    [
      '一是因村选准产业。我们逐村分析土地和市场条件，帮助四十二个村确定了茶叶、食用菌等主导产业。',
      '二是引进经营主体带动。我们引进龙头企业九家，带动农户一千六百余户。',
      '三是壮大村集体经济。我们建设标准化厂房和冷库，村集体经济收入全部超过十万元。',
    ],
    [
      '一是开展技能培训。我们开设电工、焊工、家政等培训班，三年培训三千八百人次。',
      '二是搭建就业平台。每年举办专场招聘会四场，提供岗位二千余个。',
      '三是扶持创业。对创业者给予贴息贷款，累计发放贷款二千六百万元。',
      '四是开发公益岗位。在村里设置保洁、护林等公益岗位三百二十个。',
    ],
    [
      '一是资金直补到户。我们通过“一卡通”发放直补资金，做到不截留、不挪用。',
      '二是项目全程公开。项目从申报到验收，全程在村务公开栏公示。',
      '三是强化审计监督。审计部门每年开展专项审计，发现问题限期整改。',
    ],
  ];
  return [
    '做好后续帮扶 让群众稳得住能致富',
    '某某县乡村振兴局 陈某某',
    '我县共有搬迁群众二万三千余人，分布在十二个乡镇。近年来，我们把后续帮扶作为重点，取得了明显成效。',
    ...leads.flatMap((lead, i) => [lead, ...(items[i] ?? [])]),
    '以上是我的发言，不当之处请批评指正。',
  ].join('\n');
}

describe('parts whose leads are long sentences over counted paragraphs (一是……四是)', () => {
  const cases = [
    [
      '产业是长远的事，后续帮扶不能只顾眼前，要在培育产业上多用力、下长功夫。',
      '就业是群众增收最直接的途径，我们把帮助群众就近就业放在后续帮扶的突出位置。',
      '帮扶资金是群众的“保命钱”，每一分都必须用在明处、管在严处、花在实处。',
    ],
    [
      '搬得出只是第一步，要让群众稳得住、能致富，根本还在于把产业发展起来。',
      '一人就业、全家脱贫，我们始终把稳岗就业作为后续帮扶最重要的一项工作来抓。',
      '资金管得好不好直接关系群众切身利益，我们坚持公开透明，让每一笔钱都经得起检验。',
    ],
  ];

  it('are the parts, the first one too, and no counted item is a part of its own', async () => {
    for (const leads of cases) {
      const { outline, speech } = await draftOf(ledItems(leads));
      expect(outline.parts, leads[0]).toHaveLength(3);
      speech.parts.forEach((part, i) => expect(part.paragraphs.join(''), leads[i]).toBe(leads[i]));
      for (const name of outline.parts.map((p) => p.title))
        expect(name, name).not.toMatch(/^(一|二|三|四)是|开发公益岗位|因村选准产业/u);
      // The four counted items of the middle part are all said in it.
      const middle = outline.parts[1]?.slides.flatMap((s) => s.pages.map((p) => p.notes?.text ?? '')).join('') ?? '';
      expect(middle).toContain('四是开发公益岗位');
    }
  });

  it('are named short, by what the lead says to do, never the whole long sentence', async () => {
    for (const leads of cases) {
      const { outline } = await draftOf(ledItems(leads));
      for (const part of outline.parts) expect(part.title.length, part.title).toBeLessThanOrEqual(20);
    }
  });

  it('gives a part that counts four items a slide for each, titled by its own label, never the next one’s', async () => {
    for (const leads of cases) {
      const { outline } = await draftOf(ledItems(leads));
      const slides = outline.parts[1]?.slides ?? [];
      const labels = ['开展技能培训', '搭建就业平台', '扶持创业', '开发公益岗位'];
      expect(slides.map((s) => s.title)).toEqual(labels);
      slides.forEach((slide, i) => {
        const notes = slide.pages.map((p) => p.notes?.text ?? '').join('');
        expect(notes.startsWith(`${'一二三四'[i]}是${labels[i]}`), slide.title).toBe(true);
      });
    }
  });
});

describe('a last lead whose passage is short', () => {
  const talks = [
    [
      '把专家请下来。县医院每周派出专家到乡镇坐诊，两年来共派出专家三千二百人次，接诊群众四万一千人次，门诊量增长了百分之三十五。',
      '把设备配起来。我们为十八家卫生院配齐了数字化X光机、彩超等设备，投入资金二千六百万元，群众在家门口就能做检查。',
      '把人才留下来。全县招聘定向医学生八十六名。',
    ],
    [
      '让老人吃得好。我们在每个社区建起长者食堂，全区共建成四十二个，每天供餐三千余份，八十岁以上老人每餐补贴三元。',
      '让老人住得安。我们为独居老人家庭安装烟感报警器和紧急呼叫设备，共安装五千六百套，全年处置紧急呼叫一百二十次。',
      '让老人乐得起来。各社区开设了老年兴趣班。',
    ],
    [
      '打通审批堵点。我们把企业开办涉及的六个环节压缩为一个环节，开办时间由五天缩短到半天，全年新登记企业二千一百户。',
      '降低办事成本。我们为新开办企业免费刻制公章、免费邮寄证照，全年为企业节约成本三百六十万元，群众满意度明显提升。',
      '做优帮办服务。每个窗口都配了帮办代办员。',
    ],
  ];
  const talk = (parts: readonly string[]): string =>
    ['把好事办实', '某某县 郑某某', '近年来，我们围绕群众关心的事，做了一些探索。', ...parts, '谢谢大家！'].join('\n');

  it('is the last part where it is built as the leads before it, not a paragraph of the part before', async () => {
    for (const parts of talks) {
      const { speech } = await draftOf(talk(parts));
      expect(
        speech.parts.map((p) => p.paragraphs.join('')),
        parts[2],
      ).toEqual(parts.map((p) => p.split('。')[0] + '。'));
    }
  });

  it('stays in the part before where it is a result with its figure or is built unlike the leads', async () => {
    const [first = []] = talks;
    for (const last of [
      '目前全县已有定向医学生八十六名。群众看病方便了许多。',
      '医生多了，设备新了，群众看病更方便了。老百姓都说好。',
    ]) {
      const { speech } = await draftOf(talk([first[0] ?? '', first[1] ?? '', last]));
      expect(speech.parts, last).toHaveLength(2);
    }
  });
});

describe('a slogan the last part ends on, before the closing', () => {
  const parts = [
    '第一，织密责任网。我们建立县乡村三级林长制，设立各级林长五百八十名，聘用专职护林员四百二十名。',
    '第二，织密监测网。我们在重点林区建设视频监控点一百一十个，全年处置热点报警三十六起。',
  ];
  const lasts = [
    ['第三，织密扑救网。我们组建专业扑火队伍十二支，确保小火不过夜。', '防火就是保生命，护林就是护家园。'],
    ['第三，守住安全底线。我们每月开展隐患排查，全年整改隐患一千二百余处。', '安全是底线，发展是目标。'],
    [
      '第三，护好一江清水。我们建立河湖长制，全县设立河湖长三百六十名。',
      '绿水青山就是金山银山，冰天雪地也是金山银山。',
    ],
  ];
  const talk = (last: string): string =>
    [
      '守护好绿水青山',
      '某某县 何某某',
      '近年来，我们重点抓好三件事。',
      ...parts,
      last,
      '以上是我的发言，谢谢大家！',
    ].join('\n');

  it('is said on the closing slide, not shown on the last part’s slides', async () => {
    for (const [last = '', slogan = ''] of lasts) {
      const { outline } = await draftOf(talk(last + slogan));
      const shown = outline.parts.flatMap((p) =>
        p.slides.flatMap((s) => [
          s.title,
          ...s.pages.flatMap((page) =>
            page.blocks.flatMap((b) => (b.kind === 'points' ? b.points.map((pt) => pt.text) : [])),
          ),
        ]),
      );
      for (const clause of slogan.split(/[，。]/u).filter((c) => c !== ''))
        expect(shown.join('|'), slogan).not.toContain(clause);
      expect(outline.closingNotes?.text ?? '', slogan).toContain(slogan);
      for (const sentence of sentencesOf(last)) expect(everything(outline)).toContain(sentence);
    }
  });

  it('stays in its part when no closing follows, or when it is no slogan', async () => {
    const [last = '', slogan = ''] = lasts[0] ?? [];
    const bare = ['守护好绿水青山', '某某县 何某某', '近年来，我们重点抓好三件事。', ...parts, last + slogan].join(
      '\n',
    );
    expect((await draftOf(bare)).outline.closingNotes?.text ?? '').not.toContain(slogan);
    const plain = '我们还组建了半专业扑火队伍。';
    expect((await draftOf(talk(last + plain))).outline.closingNotes?.text ?? '').not.toContain(plain);
  });
});
