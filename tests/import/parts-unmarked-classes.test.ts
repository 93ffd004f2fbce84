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
