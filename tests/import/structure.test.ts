import { describe, expect, it } from 'vitest';
import { buildDocx } from './support/docx.ts';
import { draftOf, everything, notesInOrder, pointsBySlide, sentencesOf, expectInOrder } from './support/outline.ts';
import {
  FIRST_NEXT_LAST,
  LEAD_HEADINGS,
  LEAD_SENTENCES,
  MARKDOWN_HEADINGS,
  NO_STRUCTURE,
  NUMBERED_HEADINGS,
  ORDINAL_OPENINGS,
} from './support/speeches.ts';
import { draftOutline } from '../../src/import/index.ts';
import { parseOutline } from '../../src/outline/index.ts';

/** Every sentence of the lines after the head is in the notes, in order. */
function expectAllSaid(text: string, notes: string, skipLines: number): void {
  const body = text.split('\n').slice(skipLines).join('\n');
  expectInOrder(notes, sentencesOf(body));
}

describe('finding the structure of a speech', () => {
  it('"一、" headings with "（一）" sub-points: parts and slides, head and closing', async () => {
    const { outline, summary } = await draftOf(NUMBERED_HEADINGS);
    expect(summary.style).toBe('headings');
    expect(outline.meta).toMatchObject({
      title: '加强调查研究 提高履职本领',
      subtitle: '交流发言',
      event: '机关青年读书会',
      speaker: '李明',
      organization: '市发展改革委',
      date: '2025-03-18',
    });
    expect(outline.parts.map((p) => p.title)).toEqual(['把调研当作必修课', '把问题带回办公室', '把成果转化为行动']);
    expect(outline.parts[0]?.slides.map((s) => s.title)).toEqual(['摸清真实情况', '找准问题症结']);
    expect(outline.parts[1]?.slides.map((s) => s.title)).toEqual(['建立问题清单', '跟踪解决进度']);
    // The opening only greets the room and announces the parts: nothing to show, so it is said on the first divider.
    expect(outline.opening).toEqual([]);
    expect(outline.parts[0]?.notes?.text).toBe(
      '各位领导、同志们：\n\n调查研究是做好各项工作的基本功。结合近期参加蹲点调研的经历，我谈三点认识。\n\n一、把调研当作必修课',
    );
    const notes = notesInOrder(outline);
    expectAllSaid(NUMBERED_HEADINGS, notes, 3);
    expect(notes.endsWith('以上是我的发言，不当之处，请批评指正。谢谢大家！')).toBe(true);
  });

  it('"第一，" paragraph openings are parts; "一是……二是……" inside a paragraph are points', async () => {
    const { outline, summary } = await draftOf(ORDINAL_OPENINGS);
    expect(summary.style).toBe('ordinals');
    expect(outline.meta.title).toBe('关于做好新时代青年工作的几点思考');
    // "第一，要在思想上引领青年。": the heading states what is done, without its exhorting 要 (said on the divider).
    expect(outline.parts.map((p) => p.title)).toEqual(['在思想上引领青年', '在实践中锻炼青年', '在生活上关心青年']);
    expect(outline.opening).toEqual([]);
    expect(outline.parts[0]?.notes?.text).toMatch(/^青年是事业发展的生力军。/u);
    // The counted items are one slide's points; what introduces them is its title.
    expect(pointsBySlide(outline).get('用他们喜闻乐见的方式讲道理')).toEqual([
      '开展读书分享',
      '组织实地参观',
      '邀请先进典型讲故事',
    ]);
    expectAllSaid(ORDINAL_OPENINGS, notesInOrder(outline), 1);
  });

  it('"首先，……其次，……最后，" openings are parts, and "学习心得：" becomes the subtitle', async () => {
    const { outline, summary } = await draftOf(FIRST_NEXT_LAST);
    expect(summary.style).toBe('ordinals');
    expect(outline.meta.title).toBe('把学习成果转化为工作实效');
    expect(outline.meta.subtitle).toBe('学习心得');
    expect(outline.parts.map((p) => p.title)).toEqual(['学习要有计划', '学习要联系实际', '学习要讲求实效']);
    expectAllSaid(FIRST_NEXT_LAST, notesInOrder(outline), 1);
  });

  it('a paragraph whose short first sentence is its heading is a part; the first paragraph is the opening', async () => {
    const { outline, summary } = await draftOf(LEAD_SENTENCES);
    expect(summary.style).toBe('lead-sentences');
    expect(outline.meta).toMatchObject({ title: '在基层一线锤炼过硬作风', subtitle: '交流发言' });
    expect(outline.parts.map((p) => p.title)).toEqual(LEAD_HEADINGS);
    // The opening's "到基层去，是……必由之路" gives only a title and a half clause ("是……"): it is said, not shown.
    expect(everything(outline)).not.toContain('- 是年轻干部成长的必由之路');
    expect(outline.parts[0]?.notes?.text).toContain('扑下身子，把情况摸得更透。');
    expectAllSaid(LEAD_SENTENCES, notesInOrder(outline), 1);
  });

  it('a heading on a line of its own, without numbering or punctuation, over its paragraph', async () => {
    const text = [
      '学好用好调查研究这个传家宝',
      '',
      ...LEAD_HEADINGS.flatMap((h, i) => [
        h,
        `这是第${i + 1}部分的正文，要结合实际工作认真落实，把每一项任务都做细做实，让群众满意。`,
      ]),
    ].join('\n');
    const { outline } = await draftOf(text);
    expect(outline.parts.map((p) => p.title)).toEqual(LEAD_HEADINGS);
  });

  it('Markdown headings: `#` title, `##` parts, `###` slides', async () => {
    const { outline, summary } = await draftOf(MARKDOWN_HEADINGS, 'shuzi.md');
    expect(summary.style).toBe('headings');
    expect(outline.meta.title).toBe('推进数字政务建设的实践与思考');
    expect(outline.parts.map((p) => p.title)).toEqual(['打通数据壁垒', '优化服务流程']);
    expect(outline.parts[0]?.slides.map((s) => s.title)).toEqual(['统一数据标准', '建立共享平台']);
    expectAllSaid(MARKDOWN_HEADINGS.replace(/^#+ /gmu, ''), notesInOrder(outline), 1);
  });

  it('a Markdown speech with front matter keeps its title and speaker', async () => {
    const text = `---\ntitle: 用好数字工具\nspeaker: 周敏\ndate: 2025/3/8\n---\n\n## 先学会\n\n要先学会常用的数字工具，再谈推广。\n\n## 再推广\n\n学会了就要带动身边的同事一起用。`;
    const { outline } = await draftOf(text, 'tools.md');
    expect(outline.meta).toMatchObject({ title: '用好数字工具', speaker: '周敏', date: '2025-03-08' });
    expect(outline.parts.map((p) => p.title)).toEqual(['先学会', '再推广']);
  });

  it('Word bold lines and headings (a .docx) give parts and slides', async () => {
    const bytes = buildDocx([
      { text: '把服务做到群众心坎上', style: 'Title' },
      { text: '一、听得见', bold: true },
      { text: '开门纳谏', bold: true },
      { text: '要设立意见箱，定期召开座谈会，让群众有话有处说。' },
      { text: '二、办得好', bold: true },
      { text: '办事要有回音，件件有着落，事事有回音。' },
    ]);
    const draft = await draftOutline({ bytes, fileName: 'fuwu.docx' });
    const outline = parseOutline(draft.markdown, 'fuwu.md');
    expect(outline.meta.title).toBe('把服务做到群众心坎上');
    expect(outline.parts.map((p) => p.title)).toEqual(['听得见', '办得好']);
    expect(outline.parts[0]?.slides.map((s) => s.title)).toEqual(['开门纳谏']);
  });

  it('text with no structure still gives a valid outline, one slide per paragraph group, nothing lost', async () => {
    const { outline, summary } = await draftOf(NO_STRUCTURE, '读书会发言.txt');
    expect(summary.style).toBe('paragraphs');
    expect(outline.meta.title).toBe('读书会发言');
    expect(outline.parts).toEqual([]);
    expect(outline.opening.length).toBeGreaterThanOrEqual(1);
    expectAllSaid(NO_STRUCTURE, notesInOrder(outline), 0);
  });

  it('a long unstructured text is cut into several slides at paragraph ends', async () => {
    const paragraph = (i: number) =>
      `这是第${i}段，讲的是把工作做细做实的道理。要从小事做起，从身边做起，一件一件抓落实，一步一步见成效，让群众看到实实在在的变化。`;
    const text = Array.from({ length: 20 }, (_, i) => paragraph(i + 1)).join('\n');
    const { outline } = await draftOf(text);
    expect(outline.opening.length).toBeGreaterThan(2);
    for (const slide of outline.opening) expect(slide.pages[0]?.notes?.text.length).toBeLessThanOrEqual(520);
    expect(everything(outline)).toContain(paragraph(20));
  });

  it('re-joins lines a PDF copy broke at a fixed width', async () => {
    const sentence =
      '要把群众的事当成自己的事，想群众之所想，急群众之所急，千方百计解决群众最关心最直接最现实的利益问题，让群众真正感受到党和政府的温暖。';
    const wrapped = [...sentence.repeat(3)].reduce<string[]>(
      (lines, ch, i) => (i % 24 === 0 ? [...lines, ch] : [...lines.slice(0, -1), `${lines.at(-1)}${ch}`]),
      [],
    );
    const { outline } = await draftOf(['为民办实事的几点体会', '', ...wrapped].join('\n'));
    expect(notesInOrder(outline)).toContain(sentence + sentence + sentence);
  });
});

describe('edge cases that must still give a valid outline', () => {
  const cases: Array<[string, string]> = [
    ['a title and nothing else', '提升履职能力'],
    ['a title and a speaker line only', '提升履职能力\n市发展改革委 李明 2025年3月18日'],
    ['a heading of punctuation only', '题目\n一、。\n要把工作做实。\n二、！\n要把工作做细。'],
    ['only closing words', '谢谢大家！'],
    ['one very long paragraph', '要把工作做实做细，'.repeat(400) + '让群众满意。'],
    ['Markdown headings with nothing under them', '# 题目\n\n## 第一部分\n\n## 第二部分'],
  ];
  for (const [name, text] of cases) {
    it(name, async () => {
      const fileName = text.startsWith('#') ? 'edge.md' : 'edge.txt';
      const { outline } = await draftOf(text, fileName);
      const said = everything(outline);
      for (const sentence of sentencesOf(text.replace(/^#+ /gmu, '')))
        expect(said).toContain(sentence.replace(/^[一二]、/u, ''));
    });
  }
});

describe('lead sentences and titles of the genre', () => {
  it('a lead sentence may put a word or two in quotation marks; a lead that does not open like the others is a paragraph of its part', async () => {
    const text = [
      '念好山水经 走好致富路',
      '念好“山水经”，让生态资源变成发展资本。我们对全镇山林、水面等资源全面摸底，建立了生态资源“一本账”，梳理出可开发利用的资源点146处。',
      '开发的前提是保护。我们划定了禁止开发区域，凡是可能破坏水源、山体的项目一律不上，聘请生态护林员112名，每天巡山护林。',
      '念好“特色经”，让农产品卖出好价钱。我们立足高山云雾茶、山地黑猪两大特色产业，带动4200多户农户参与产业发展，线上销售额突破6000万元。',
      '念好“人才经”，让人才回得来留得住。三年来，共有127名在外能人返乡创业，领办创办各类经营主体58个，带动就业1500多人，镇里还专门建了一个返乡创业园。',
    ].join('\n');
    const { outline } = await draftOf(text);
    expect(outline.parts.map((p) => p.title)).toEqual([
      '念好“山水经”，让生态资源变成发展资本',
      '念好“特色经”，让农产品卖出好价钱',
      '念好“人才经”，让人才回得来留得住',
    ]);
  });

  it('a bold title line with its kind before it is the title, and the kind the subtitle, in a text file too', async () => {
    const text = [
      '**研讨发言：依托山水资源走好富民强村之路**',
      '某某镇党委书记 黄某某',
      '',
      '各位领导、同志们：',
      '一、念好山水经',
      '我们梳理出可开发利用的资源点146处，成立了镇级生态资源运营公司。',
      '二、打好特色牌',
      '我们带动4200多户农户参与产业发展，线上销售额突破6000万元。',
    ].join('\n');
    const { outline } = await draftOf(text);
    expect(outline.meta.title).toBe('依托山水资源走好富民强村之路');
    expect(outline.meta.subtitle).toBe('研讨发言');
    expect(outline.meta.speaker).toBe('黄某某');
  });

  it('a lead that leans on the part before (还要, 我们也) goes on with it, and a last paragraph that looks ahead is the closing', async () => {
    const text = [
      '让节水成为全社会的自觉行动',
      '某某市水务局 丁某某',
      '',
      '节水设施要先建起来。我们在全市机关、学校和小区安装节水器具2.6万套，改造老旧供水管网45公里，管网漏损率下降到9%。',
      '节水宣传还要抓住学校这个课堂。我们在中小学开设节水课，让孩子当“节水小卫士”，带动家长一起节水，全年开展节水进校园活动120多场。',
      '用水计量要管得住。我们对年用水量一万吨以上的单位全部安装在线计量设备，实行超定额累进加价，去年全市万元产值用水量下降了12%。',
      '价格杠杆要用起来。我们推行居民阶梯水价，第一阶梯覆盖九成以上家庭，多用多付、少用少付，节水的家庭得到了实惠。',
      '节水工作贵在坚持。下一步，我们将继续在常态长效上下功夫，让节水成为每个市民的习惯。',
      '谢谢大家！',
    ].join('\n');
    const { outline } = await draftOf(text);
    // The leaning lead made the leads a grouping: each part is named by a short phrase of its lead, and the lead as said
    // titles its first slide; the leaning lead has a slide of its own in the part before.
    expect(outline.parts.map((p) => p.title)).toEqual(['节水设施先建起来', '用水计量管得住', '价格杠杆用起来']);
    expect(outline.parts[0]?.slides.map((s) => s.title)).toEqual(['节水设施要先建起来', '节水宣传抓住学校这个课堂']);
    expect(notesInOrder(outline)).toContain('节水宣传还要抓住学校这个课堂');
    expect(outline.parts.flatMap((p) => p.slides.map((s) => s.title)).join('|')).not.toMatch(/贵在坚持|常态长效/u);
  });

  it('a title that ends like a unit is no byline ("……在乡村处处绽放")', async () => {
    const { outline } = await draftOf(
      [
        '让文明实践之花在乡村处处绽放',
        '某某县委宣传部 林某某',
        '',
        '阵地建起来，更要用起来。我们推行“站长+管理员+志愿者”的管理模式，每周开放不少于5天。',
        '队伍壮起来，活动才能常态化。全县注册志愿者达到8.6万人。',
      ].join('\n'),
    );
    expect(outline.meta.title).toBe('让文明实践之花在乡村处处绽放');
    expect(outline.meta.organization).toBe('某某县委宣传部');
  });
});

describe('the byline, wherever and however the speech writes it', () => {
  const BODY = [
    '扑下身子，把情况摸得更透。刚到村里时，我走遍了全村的农户，边走边记。要多到田间地头去，多同群众拉家常，把每家每户的困难都写在本子上，情况才能摸得准。',
    '真抓实干，把事情办得更实。村里的道路年久失修，我们多方筹措资金，三个月就让新路通了车。要把群众的事当成自己的事，说到做到，件件有着落。',
  ];
  const cases: Array<[string, string[], { organization: string; speaker: string; date?: string }]> = [
    [
      'on one line with spaces, the date to the month',
      ['在基层一线锤炼过硬作风', '某某市某某局 王某某 2026年3月', ...BODY],
      { organization: '某某市某某局', speaker: '王某某', date: '2026-03' },
    ],
    [
      'on one line without spaces',
      ['在基层一线锤炼过硬作风', '某某市某某局王某某2026年3月12日', ...BODY],
      { organization: '某某市某某局', speaker: '王某某', date: '2026-03-12' },
    ],
    [
      'with a dotted date',
      ['在基层一线锤炼过硬作风', '某某市某某局 王某某 2026.3.12', ...BODY],
      { organization: '某某市某某局', speaker: '王某某', date: '2026-03-12' },
    ],
    [
      'with the date in Chinese numerals',
      ['在基层一线锤炼过硬作风', '某某市某某局 王某某 二〇二六年三月', ...BODY],
      { organization: '某某市某某局', speaker: '王某某', date: '2026-03' },
    ],
    [
      'above the title',
      ['某某市某某局 王某某 2026年3月12日', '在基层一线锤炼过硬作风', ...BODY],
      { organization: '某某市某某局', speaker: '王某某', date: '2026-03-12' },
    ],
    [
      'signed at the end',
      ['在基层一线锤炼过硬作风', ...BODY, '某某市某某局 王某某 2026年3月'],
      { organization: '某某市某某局', speaker: '王某某', date: '2026-03' },
    ],
    [
      'signed at the end over two lines',
      ['在基层一线锤炼过硬作风', ...BODY, '某某市某某局 王某某', '2026年3月12日'],
      { organization: '某某市某某局', speaker: '王某某', date: '2026-03-12' },
    ],
    [
      'with a post and a role',
      ['在基层一线锤炼过硬作风', '县人大代表 某某村党支部书记 朱某某', ...BODY],
      { organization: '县人大代表 某某村党支部书记', speaker: '朱某某' },
    ],
  ];
  for (const [name, lines, byline] of cases) {
    it(`${name}: goes to the front matter and nowhere in the body`, async () => {
      const { speech, outline } = await draftOf(lines.join('\n'));
      expect(speech).toMatchObject({ title: '在基层一线锤炼过硬作风', ...byline });
      expect(outline.parts.map((p) => p.title)).toEqual(['扑下身子，把情况摸得更透', '真抓实干，把事情办得更实']);
      const body = [
        ...pointsBySlide(outline).keys(),
        ...[...pointsBySlide(outline).values()].flat(),
        notesInOrder(outline),
      ].join('\n');
      expect(body).not.toContain(byline.speaker);
    });
  }

  it('a date without its day is a remark in the front matter for the speaker to complete, not a wrong day', async () => {
    const { markdown, outline } = await draftOf(
      ['在基层一线锤炼过硬作风', '某某市某某局 王某某 2026年3月', ...BODY].join('\n'),
    );
    expect(outline.meta.date).toBeUndefined();
    expect(markdown).toMatch(/^date: +# 原文只写到月份（2026-03）：补上日期/mu);
  });

  it('a title that ends like a unit ("……开遍城乡") is a title, not a byline', async () => {
    const { speech } = await draftOf(['让文明实践之花开遍城乡', '某某区委宣传部 郑某某', ...BODY].join('\n'));
    expect(speech).toMatchObject({
      title: '让文明实践之花开遍城乡',
      organization: '某某区委宣传部',
      speaker: '郑某某',
    });
  });
});

describe('the title line', () => {
  const BODY = '要把群众的事当成自己的事，说到做到，件件有着落，事事有回音。';
  const cases: Array<[string, string, string | undefined]> = [
    ['【心得体会】读原著 悟原理 强本领', '读原著 悟原理 强本领', '心得体会'],
    ['[研讨发言]读原著 悟原理 强本领', '读原著 悟原理 强本领', '研讨发言'],
    ['〔交流材料〕当好服务企业的“店小二”', '当好服务企业的“店小二”', '交流材料'],
    ['【原创】当好服务企业的“店小二”', '【原创】当好服务企业的“店小二”', undefined],
  ];
  for (const [line, title, kind] of cases) {
    it(`"${line}": the kind in brackets is the subtitle, the spaces in the title stay`, async () => {
      const { outline } = await draftOf(`${line}\n${BODY}`);
      expect(outline.meta.title).toBe(title);
      expect(outline.meta.subtitle).toBe(kind);
    });
  }

  it('"——在……上的发言" gives the event; a bare 发言 is no kind, a 交流发言 is', async () => {
    const plain = await draftOf(`守护好绿水青山\n——在全区生态环境保护工作会议上的发言\n${BODY}`);
    expect(plain.outline.meta).toMatchObject({ event: '全区生态环境保护工作会议' });
    expect(plain.outline.meta.subtitle).toBeUndefined();
    const kind = await draftOf(`守护好绿水青山\n——在全区生态环境保护工作会议上的交流发言\n${BODY}`);
    expect(kind.outline.meta).toMatchObject({ event: '全区生态环境保护工作会议', subtitle: '交流发言' });
  });

  it('a .docx without a kind keeps no subtitle', async () => {
    const bytes = buildDocx([
      { text: '守正创新 做好新时代宣传工作', style: 'Title' },
      { text: '区委宣传部 王芳 2025年6月2日' },
      { text: BODY },
    ]);
    const outline = parseOutline((await draftOutline({ bytes, fileName: 'a.docx' })).markdown, 'a.md');
    expect(outline.meta.subtitle).toBeUndefined();
  });
});

describe('bold lead sentences and counted points', () => {
  it('a bold sentence that opens a paragraph is its part heading, without the markers', async () => {
    const text = [
      '以优良作风保障各项决策部署落地见效',
      '**压紧责任链条，让每个岗位都有明白人。**责任不落实，作风建设就会流于形式。我们制定了作风建设责任清单，把任务分解到每个科室、每个岗位。',
      '**紧盯突出问题，让每一项整治都见实效。**我们聚焦群众反映强烈的办事推诿、效率低下等问题，开展专项整治，形成了有力震慑。',
    ].join('\n');
    const { outline, markdown } = await draftOf(text);
    expect(outline.parts.map((p) => p.title)).toEqual([
      '压紧责任链条，让每个岗位都有明白人',
      '紧盯突出问题，让每一项整治都见实效',
    ]);
    expect(markdown).not.toContain('\\*');
    expectAllSaid(text.replace(/\*\*/gu, ''), notesInOrder(outline), 1);
  });

  it('"一是……二是……" paragraphs under a lead sentence are that part’s points, not parts', async () => {
    const text = [
      '优化税费服务 助力经营主体轻装前行',
      '精简办税流程，让纳税人少跑腿。我们主要采取了三项措施。',
      '一是推行“非接触式”办税，95%以上的涉税事项实现网上办、掌上办。',
      '二是推行“一表集成”申报，申报表填报项目平均减少了四成。',
      '三是推行容缺办理，让纳税人少跑冤枉路。',
      '加强权益保护，让纳税人更安心。我们设立了纳税人权益保护工作站，畅通投诉渠道，对纳税人反映的问题实行首问负责、限时办结。',
    ].join('\n');
    const { outline } = await draftOf(text);
    expect(outline.parts.map((p) => p.title)).toEqual(['精简办税流程，让纳税人少跑腿', '加强权益保护，让纳税人更安心']);
    const slides = outline.parts[0]?.slides ?? [];
    expect(slides).toHaveLength(1);
    // The counted items, and the figure of the first one's result beside it (figures first).
    expect(pointsBySlide(outline).get(slides[0]?.title ?? '')).toEqual([
      '推行“非接触式”办税',
      '95%以上的涉税事项实现网上办、掌上办',
      '推行“一表集成”申报',
      '推行容缺办理，让纳税人少跑冤枉路',
    ]);
  });
});
