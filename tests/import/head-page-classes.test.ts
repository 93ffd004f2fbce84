// The head of a speech copied from a web page or a reseller's file, where a speaker would correct the draft: the
// author's line of the page (post, name and source on one line), the site's name and the page's date further down its
// head, a speaker line with a long post over the title, a title with its kind before it or said over two lines, and
// watermark or advertising lines anywhere. Each class has several texts invented in the genre's manner (other topics,
// sites and orders of the lines), and counter-examples: a line that looks like furniture but carries the talk stays.
import { describe, expect, it } from 'vitest';
import { removeNoise } from '../../src/import/noise/index.ts';
import { draftOf, everything } from './support/outline.ts';

/** Three bodies of other topics, each with its parts, figures and closing. */
const BODIES: ReadonlyArray<{ title: string; body: string[] }> = [
  {
    title: '建好管好护好养好农村公路',
    body: [
      '各位领导，同志们：',
      '近年来，我县把农村公路建设作为民生实事来抓，全县农村公路总里程达到2860公里。',
      '一、规划先行，一张蓝图绘到底。我们编制了农村公路建设规划，三年新改建公路416公里。',
      '二、建管并重，让每条路都有人管。全县设立县乡村三级路长1280名，实现路长全覆盖。',
      '三、路产融合，把公路修到产业上。沿线发展特色产业基地32个，带动农户增收。',
      '同志们，农村公路是群众的致富路。我们将继续努力，把农村公路建得更好。',
    ],
  },
  {
    title: '用心用情做好退役军人服务保障',
    body: [
      '尊敬的各位领导：',
      '退役军人服务保障工作，关系到每一位退役军人的切身利益。',
      '一、建强服务体系。我们建成三级服务站点412个，配备专职人员836名。',
      '二、做实就业创业。去年帮助1530名退役军人实现就业，扶持创业项目87个。',
      '三、落实优待政策。全年发放各类优抚资金4200万元，走访慰问2.3万人次。',
      '我们将以这次会议为契机，把退役军人服务保障工作做得更实更细。',
    ],
  },
  {
    title: '以数字赋能提升基层治理效能',
    body: [
      '同志们：',
      '今年以来，我区以数字化改革为牵引，推动基层治理提质增效。',
      '一、建好一个平台。整合12个部门的数据，汇聚数据1.6亿条。',
      '二、织密一张网格。全区划分网格968个，配备专兼职网格员2140名。',
      '三、用好一套机制。群众诉求平均办结时间缩短到3.2天，满意率达到98%。',
      '下一步，我们将持续深化数字赋能，让基层治理更有温度。',
    ],
  },
];

/** The texts of lines the draft shows (titles and points), not the notes. */
async function shown(text: string) {
  const draft = await draftOf(text);
  return { ...draft, all: everything(draft.outline) };
}

describe('the author’s line of a web page (作者：post name　来源：…)', () => {
  const bylines: ReadonlyArray<[string, string, string]> = [
    ['作者：某某县交通运输局局长　唐某某　来源：某某日报', '唐某某', '某某县交通运输局'],
    ['作者：某某市退役军人事务局党组书记、局长 陈某某　来源：某某市人民政府网', '陈某某', '某某市退役军人事务局'],
    ['来源：某某融媒　作者：某某区数据资源管理局副主任　何某某', '何某某', '某某区数据资源管理局'],
    ['作者：某某县农业农村局局长　吕某某　　来源：某某晚报　　发布时间：2026-05-12', '吕某某', '某某县农业农村局'],
  ];

  it('is removed as the page’s furniture, and gives the speaker and the unit (without the post)', async () => {
    for (const [index, [byline, speaker, organization]] of bylines.entries()) {
      const { title, body } = BODIES[index % BODIES.length] ?? { title: '', body: [] };
      const heads = [
        ['某某县人民政府网', '首页 > 工作动态 > 经验交流', title, byline, '【字体：大 中 小】'],
        [title, byline],
        ['首页 > 新闻中心 > 基层动态', title, '2026-05-12 09:30', byline, '浏览次数：1352'],
      ];
      for (const head of heads) {
        const { outline, removed, all } = await shown([...head, ...body, '【打印本页】【关闭窗口】'].join('\n'));
        const said = head.join(' / ');
        expect(removed.find((r) => r.text === byline)?.rule, said).toBe('web-page');
        expect(outline.meta, said).toMatchObject({ title, speaker, organization });
        expect(all, said).not.toContain('作者');
      }
    }
  });

  it('gives way to the speaker the head names itself', async () => {
    const { title, body } = BODIES[0] ?? { title: '', body: [] };
    const head = [title, '某某县交通运输局 唐某某', '作者：某某日报记者 周某某　来源：某某日报'];
    const { outline, removed } = await shown([...head, ...body].join('\n'));
    expect(outline.meta).toMatchObject({ title, speaker: '唐某某', organization: '某某县交通运输局' });
    expect(removed.map((r) => r.text)).toContain(head[2]);
  });

  it('but a sentence of the speech that names a source or an author stays', () => {
    for (const said of [
      '作者：鲁迅，这是我们读书班读的第一篇文章。',
      '数据来源：县统计局，全县农村公路总里程达到2860公里。',
      '这本书的作者来自我们县，来源于基层的真实故事打动了很多人。',
    ])
      expect(removeNoise([said, ...(BODIES[0]?.body ?? [])].join('\n')).removed, said).toEqual([]);
  });
});

describe('a site’s name and the page’s dates further down its head', () => {
  it('the site under a breadcrumb or a title is removed and listed, as are the date, switch and share lines', async () => {
    const sites = ['某某政务服务平台', '某某融媒', '某某市交通运输网', '某某新闻网', '某某县融媒体中心', '某某发布'];
    const furniture = [
      '2026-05-12 09:30',
      '发布时间：2026年5月12日　浏览次数：1352',
      '【字体：大 中 小】',
      '打印本页 关闭窗口',
      '分享到：',
      '2026年05月12日 09:30:15',
    ];
    for (const [index, site] of sites.entries()) {
      const { title, body } = BODIES[index % BODIES.length] ?? { title: '', body: [] };
      const date = furniture[index % furniture.length] ?? '';
      const other = furniture[(index + 2) % furniture.length] ?? '';
      const heads = [
        ['首页 > 工作动态 > 经验交流', title, site, date],
        [site.replace(/^某某/u, '某某县'), '首页 > 工作动态 > 经验交流', site, title, date],
        ['当前位置：首页>信息公开>工作动态', site, date, title],
        [title, date, site, other],
      ];
      for (const head of heads) {
        const text = [...head, ...body, other, '分享到：'].join('\n');
        const { outline, removed, all } = await shown(text);
        const said = head.join(' / ');
        expect(outline.meta.title, said).toBe(title);
        for (const line of [site, date, other])
          expect(
            removed.some((r) => r.text === line),
            `${line} in ${said}`,
          ).toBe(true);
        expect(all, said).not.toContain(site);
        expect(all, said).not.toMatch(/\d{2}:\d{2}/u);
      }
    }
  });

  it('the site’s tool bar over the page (language, accessible and senior modes) is removed and is never the title', async () => {
    const bars = [
      '繁體 | 无障碍 | 长者模式 | 智能问答',
      '简体　繁體　English　无障碍浏览',
      '【关怀版】【无障碍】【网站地图】',
      '登录 注册 | 手机版 | 读屏',
    ];
    for (const [index, bar] of bars.entries()) {
      const { title, body } = BODIES[index % BODIES.length] ?? { title: '', body: [] };
      for (const head of [
        [bar, title],
        [bar, '首页 > 工作动态', title],
        ['某某市人民政府', bar, title, '发布时间：2026年5月12日　浏览次数：1352'],
      ]) {
        const said = head.join(' / ');
        const { outline, removed, all } = await shown([...head, ...body].join('\n'));
        expect(outline.meta.title, said).toBe(title);
        expect(
          removed.some((r) => r.text === bar),
          said,
        ).toBe(true);
        expect(all, said).not.toContain(bar);
      }
    }
    // a sentence that speaks of these services stays
    const { title, body } = BODIES[0] ?? { title: '', body: [] };
    const said = '我们开通了长者模式、无障碍浏览和智能问答，老年人办事不再求人。';
    expect(removeNoise([title, said, ...body].join('\n')).removed).toEqual([]);
  });

  it('but a unit under the title, a part heading or a sentence with figures stays', async () => {
    const { title, body } = BODIES[2] ?? { title: '', body: [] };
    for (const line of [
      '某某区数据资源管理局',
      '一、建好一个平台',
      '2026年，全区群众诉求办结率达到98%。',
      '分享到群众手中的是实实在在的便利。',
    ]) {
      const { removed } = await shown(['首页 > 工作动态', title, line, ...body, '打印本页 关闭窗口'].join('\n'));
      expect(
        removed.some((r) => r.text === line),
        line,
      ).toBe(false);
    }
  });
});

describe('the site’s footer', () => {
  it('备案号, 主办/承办 and 技术支持 lines at the page’s end are removed and listed', async () => {
    const footers = [
      ['主办：某某县人民政府办公室　承办：某某县大数据中心', '备案号：某ICP备12345678号-1'],
      ['主办单位：某某市交通运输局', '技术支持：某某信息技术有限公司', '网站标识码：1234000012'],
      ['备案编号：某公网安备 12345602000123号', '承办：某某区融媒体中心'],
    ];
    for (const [index, footer] of footers.entries()) {
      const { title, body } = BODIES[index % BODIES.length] ?? { title: '', body: [] };
      const { removed, all } = await shown(
        ['首页 > 工作动态', title, ...body, '【打印本页】【关闭窗口】', ...footer].join('\n'),
      );
      for (const line of footer) {
        expect(removed.find((r) => r.text === line)?.rule, line).toBe('web-page');
        expect(all, line).not.toContain(line);
      }
    }
  });

  it('but the speech’s own words on who hosts or supports stay', () => {
    for (const said of [
      '主办：县文旅局，承办：各乡镇文化站，活动一共开展了32场。',
      '技术支持方面，我们与高校合作，建成了数据平台。',
      '备案号码要一户一档，做到底数清、情况明。',
    ])
      expect(removeNoise([said, ...(BODIES[1]?.body ?? [])].join('\n')).removed, said).toEqual([]);
  });
});

describe('a speaker line with a long post over the title', () => {
  const lines: ReadonlyArray<[string, string, string]> = [
    ['中共某某县委常委、组织部部长　李某某', '李某某', '中共某某县委组织部'],
    ['某某市某某区人民政府副区长 王某某（2026年6月）', '王某某', '某某市某某区人民政府'],
    ['某某市市场监督管理局党组成员、副局长 范某某', '范某某', '某某市市场监督管理局'],
    ['某某县人民政府党组成员、副县长　赵某某', '赵某某', '某某县人民政府'],
    // a committee's member heading one of its commissions works there (政法委, 编委)
    ['中共某某区委常委、政法委书记　陈某某', '陈某某', '中共某某区委政法委'],
    ['中共某某市委常委、市委编委办主任 周某某', '周某某', '中共某某市委编委办'],
  ];
  it('is the speaker and organization, and the next line is the title', async () => {
    for (const [index, [line, speaker, organization]] of lines.entries()) {
      const { title, body } = BODIES[index % BODIES.length] ?? { title: '', body: [] };
      for (const head of [
        [line, title],
        [line, title, '——在全市经验交流会上的发言'],
      ]) {
        const { outline } = await shown([...head, ...body].join('\n'));
        const said = head.join(' / ');
        expect(outline.meta.title, said).toBe(title);
        expect(outline.meta.speaker, said).toBe(speaker);
        expect(outline.meta.organization, said).toBe(organization);
      }
    }
  });
});

describe('the byline under the title', () => {
  it('set off by dashes is the speaker and unit, not the kind', async () => {
    for (const [index, [line, speaker, organization]] of [
      ['——某某县委办公室主任 刘某某', '刘某某', '某某县委办公室'],
      ['——某某市退役军人事务局 陈某某', '陈某某', '某某市退役军人事务局'],
      ['—— 某某区数据资源管理局副局长　何某某', '何某某', '某某区数据资源管理局'],
    ].entries()) {
      const { title, body } = BODIES[index % BODIES.length] ?? { title: '', body: [] };
      const { outline } = await shown([title, line, ...body].join('\n'));
      expect(outline.meta, line).toMatchObject({ title, speaker, organization });
      expect(outline.meta.subtitle, line).toBeUndefined();
    }
  });

  it('a post that heads two departments gives the first unit; a member of the body heading a department, that department', async () => {
    for (const [line, organization] of [
      ['中共某某县委办公室副主任、县委督查室主任 刘某某', '中共某某县委办公室'],
      ['中共某某市委常委、宣传部部长 孙某某', '中共某某市委宣传部'],
      ['某某县委委员、办公室主任 钱某某', '某某县委办公室'],
    ]) {
      const { title, body } = BODIES[0] ?? { title: '', body: [] };
      const { outline } = await shown([line, title, ...body].join('\n'));
      expect(outline.meta, line).toMatchObject({ title, organization });
    }
  });
});

describe('the title with its kind', () => {
  it('in bold or in brackets with the kind before it: the title, and the kind as subtitle', async () => {
    const forms: ReadonlyArray<[(title: string) => string, string]> = [
      [(t) => `**经验交流：${t}**`, '经验交流'],
      [(t) => `【交流材料】${t}`, '交流材料'],
      [(t) => `〔典型发言〕${t}`, '典型发言'],
      [(t) => `典型发言 | ${t}`, '典型发言'],
      [(t) => `**研讨发言｜${t}**`, '研讨发言'],
    ];
    for (const [index, [form, kind]] of forms.entries()) {
      const { title, body } = BODIES[index % BODIES.length] ?? { title: '', body: [] };
      for (const head of [
        [form(title), '某某县某某局 孙某某'],
        ['某某县人民政府网', '首页 > 工作动态', form(title), '发布时间：2026-05-12 09:30'],
        ['内部资料 注意保存', form(title)],
      ]) {
        const { outline } = await shown([...head, ...body].join('\n'));
        const said = head.join(' / ');
        expect(outline.meta.title, said).toBe(title);
        expect(outline.meta.subtitle, said).toBe(kind);
      }
    }
  });

  it('a title over two lines, and a title with its kind on the next line', async () => {
    const { body } = BODIES[0] ?? { title: '', body: [] };
    const two = await shown(
      ['建好管好护好养好', '让农村公路通到群众心坎上', '某某县交通运输局 唐某某', ...body].join('\n'),
    );
    expect(two.outline.meta.title).toBe('建好管好护好养好 让农村公路通到群众心坎上');
    for (const [event, kind] of [
      ['——在全市农村公路工作推进会上的交流发言', '交流发言'],
      ['——在全市退役军人工作座谈会上的典型发言', '典型发言'],
    ] as const) {
      const { title, body: other } = BODIES[1] ?? { title: '', body: [] };
      const { outline } = await shown([title, event, ...other].join('\n'));
      expect(outline.meta, event).toMatchObject({ title, subtitle: kind });
    }
  });
});

describe('the unit said on the title’s line', () => {
  it('after the dashes with the kind, or before a colon, is the organization; the title is the rest', async () => {
    for (const [index, [line, title, organization, kind]] of [
      [
        '建好管好护好养好农村公路——某某县交通运输局经验交流材料',
        '建好管好护好养好农村公路',
        '某某县交通运输局',
        '经验交流材料',
      ],
      [
        '某某市退役军人事务局：用心用情做好退役军人服务保障',
        '用心用情做好退役军人服务保障',
        '某某市退役军人事务局',
        undefined,
      ],
      [
        '某某区数据资源管理局：以数字赋能提升基层治理效能',
        '以数字赋能提升基层治理效能',
        '某某区数据资源管理局',
        undefined,
      ],
      ['用心用情做好退役军人服务保障——某某街道典型发言', '用心用情做好退役军人服务保障', '某某街道', '典型发言'],
    ].entries()) {
      const { body } = BODIES[index % BODIES.length] ?? { body: [] };
      const { outline } = await shown([line ?? '', ...body].join('\n'));
      expect(outline.meta, line).toMatchObject({ title, organization });
      expect(outline.meta.subtitle, line).toBe(kind);
    }
  });

  it('but a title whose first words are a theme, not a unit, stays whole', async () => {
    for (const line of ['乡村振兴：让农民的腰包鼓起来', '数字赋能：让基层治理更有温度']) {
      const { outline } = await shown([line, ...(BODIES[2]?.body ?? [])].join('\n'));
      expect(outline.meta.title, line).toBe(line);
      expect(outline.meta.organization, line).toBeUndefined();
    }
  });
});

describe('watermark and advertising lines anywhere', () => {
  const stamps = [
    '内部资料 注意保存',
    '仅供参考',
    '严禁外传',
    '扫码关注',
    '本文来源于网络 如有侵权请联系删除',
    '第3页 共8页',
    '责任编辑：王某某',
    '本文来源于网络，如有侵权请联系删除',
  ];
  it('are removed and listed, never a title or a point, at the head, between paragraphs and at the end', async () => {
    for (const [index, stamp] of stamps.entries()) {
      const { title, body } = BODIES[index % BODIES.length] ?? { title: '', body: [] };
      for (const at of [0, 1, 4, body.length + 1]) {
        const lines = [title, ...body];
        lines.splice(at, 0, stamp);
        const { outline, removed, all } = await shown(lines.join('\n'));
        expect(
          removed.some((r) => r.text === stamp),
          `${stamp} at ${at}`,
        ).toBe(true);
        expect(outline.meta.title, `${stamp} at ${at}`).toBe(title);
        expect(all, `${stamp} at ${at}`).not.toContain(stamp);
      }
    }
  });

  it('but the speech’s own sentences on the same words stay', () => {
    for (const said of [
      '这些经验仅供参考，各地要结合实际抓好落实。',
      '群众扫码关注公众号后，就能随时查询办理进度。',
      '我们把第3页的台账和第8页的清单对照起来，一项一项销号。',
    ])
      expect(removeNoise([said, ...(BODIES[0]?.body ?? [])].join('\n')).removed, said).toEqual([]);
  });
});
