// The talk's head and the lines that are no part of it, where a speaker would correct the draft: a title set in 【】 or
// with its kind in brackets, a byline that gives the speaker's post after the unit, an author's line copied from a page,
// a site's name further down the page's head or in words of its own, and a document's "内部资料" stamp. Sentences
// invented in the genre's manner (none from a held-out speech of the reference set).
import { describe, expect, it } from 'vitest';
import { removeNoise } from '../../src/import/noise/index.ts';
import { readSpeakerLine } from '../../src/import/structure/speaker.ts';
import { draftOf } from './support/outline.ts';

const BODY = [
  '各位领导、同志们：',
  '近年来，我县把农村寄递物流作为乡村振兴的基础工程，快递进村覆盖率达到100%。',
  '一、整合资源，推动共同配送。我们引导7家快递企业成立共同配送中心，单件成本下降0.8元。',
  '二、建好站点，打通最后一公里。我们在行政村建设村级服务站186个，群众在家门口就能收发快递。',
  '三、带动产业，让农产品走出去。去年全县农产品寄递量达到300万单。',
  '同志们，农村寄递物流建设永远在路上。我们将继续努力，为乡村振兴作出新的贡献。',
];
const TITLE = '快递进村打通农村物流最后一公里';

describe('the talk’s title and kind', () => {
  it('a title set in 【】 is the title without its brackets, and a kind in brackets on its own line is the kind', async () => {
    const heads: Array<[string[], string | undefined]> = [
      [[`【${TITLE}】`, '——在全市邮政管理工作会议上的交流发言', '某某县邮政管理局 王某某'], '交流发言'],
      [['【交流发言】', `【${TITLE}】`, '某某县邮政管理局 王某某'], '交流发言'],
      [[`**${TITLE}**`, '（交流发言）', '某某县邮政管理局 王某某'], '交流发言'],
      [[`**【经验交流】${TITLE}**`, '某某县邮政管理局 王某某'], '经验交流'],
      [[`〖${TITLE}〗`, '某某县邮政管理局 王某某'], undefined],
    ];
    for (const [head, kind] of heads) {
      const { outline } = await draftOf([...head, ...BODY].join('\n'));
      expect(outline.meta.title, head.join(' / ')).toBe(TITLE);
      expect(outline.meta.subtitle, head.join(' / ')).toBe(kind);
      expect(outline.meta.speaker, head.join(' / ')).toBe('王某某');
    }
  });
});

describe('the byline’s organization', () => {
  it('is the unit, without the post said after it', () => {
    const lines: Array<[string, string]> = [
      ['某某县邮政管理局局长 王某某', '某某县邮政管理局'],
      ['某某市文化和旅游局副局长 林某某', '某某市文化和旅游局'],
      ['某某县教育局党组书记、局长 张某某', '某某县教育局'],
      ['某某街道党工委副书记 何某某', '某某街道'],
      ['某某市国资委党委书记、主任 刘某某', '某某市国资委'],
    ];
    for (const [line, organization] of lines)
      expect(readSpeakerLine(line), line).toMatchObject({ organization, speaker: line.split(' ')[1] });
  });

  it('but posts in their own right, or a unit alone, stay as written', () => {
    expect(readSpeakerLine('县人大代表 某某镇某某村党支部书记 朱某某')?.organization).toBe(
      '县人大代表 某某镇某某村党支部书记',
    );
    expect(readSpeakerLine('某某县某某村驻村第一书记 刘某某')?.organization).toBe('某某县某某村驻村第一书记');
    expect(readSpeakerLine('某某县应急管理局 马某某')?.organization).toBe('某某县应急管理局');
  });

  it('an author’s line copied from a page gives the speaker and the unit; where it was found gives nothing', async () => {
    expect(readSpeakerLine('作者：某某县邮政管理局局长 王某某 来源：某某网')).toEqual({
      organization: '某某县邮政管理局',
      speaker: '王某某',
    });
    expect(readSpeakerLine('作者：李某某')).toEqual({ speaker: '李某某' });
    expect(readSpeakerLine('来源：某某县人民政府网')).toBeUndefined();
    const { outline, removed } = await draftOf(
      [TITLE, '作者：某某县邮政管理局局长 王某某 来源：某某县人民政府网', ...BODY].join('\n'),
    );
    expect(outline.meta).toMatchObject({ title: TITLE, organization: '某某县邮政管理局', speaker: '王某某' });
    // The line is the page's furniture, removed and listed; who it names still reaches the head.
    expect(removed.find((r) => r.line === 2)?.rule).toBe('web-page');
  });
});

/** A page's head: its furniture around the article's title, the site's name among it. */
function page(site: string, above: boolean): string {
  const crumb = '首页 > 工作动态 > 经验交流';
  const data = '发布时间：2025-06-12 09:30  浏览次数：1326';
  return [...(above ? [site, crumb] : [crumb, site]), TITLE, data, ...BODY, '【打印本页】【关闭窗口】'].join('\n');
}

describe('a web page’s site name', () => {
  it('under the breadcrumb, or in a name of its own kind (在线, 之窗, 发布), is the page’s furniture', async () => {
    for (const [site, above] of [
      ['某某市邮政管理局', false],
      ['某某县人民政府门户网站', false],
      ['某某邮政在线', true],
      ['某某政务之窗', false],
      ['某某市政府发布', true],
    ] as const) {
      const { outline, removed } = await draftOf(page(site, above));
      expect(outline.meta.title, site).toBe(TITLE);
      expect(
        removed.find((r) => r.text === site),
        site,
      ).toMatchObject({ rule: 'web-page' });
    }
  });

  it('but the speech’s own lines below the title stay', async () => {
    const { removed } = await draftOf(
      ['某某县人民政府网', TITLE, '某某县邮政管理局', '发布时间：2025-06-12 09:30', ...BODY].join('\n'),
    );
    expect(removed.some((r) => r.text === '某某县邮政管理局')).toBe(false);
  });
});

describe('a document’s stamp', () => {
  it('内部资料 注意保存, in the ways it is printed, is a watermark line, removed and listed', () => {
    for (const stamp of ['内部资料 注意保存', '内部资料，注意保存', '【内部资料】', '内部材料 妥善保管', '注意保存']) {
      const { removed } = removeNoise([stamp, ...BODY].join('\n'));
      expect(removed, stamp).toEqual([{ line: 1, text: stamp, rule: 'watermark' }]);
    }
  });

  it('but the speech’s own words about records stay', () => {
    for (const said of ['内部资料管理', '注意保存好原始凭证', '我们把内部资料整理成册，注意保存原件。'])
      expect(removeNoise([said, ...BODY].join('\n')).removed, said).toEqual([]);
  });
});
