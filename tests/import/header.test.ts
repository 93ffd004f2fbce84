// The head of a speech: the classes of title line a draft must read as the talk's title, kind (subtitle), event and
// byline. Every line here is made up for the test; none is taken from a speech of the reference set.
import { describe, expect, it } from 'vitest';
import { buildDocx, type DocxParagraph } from './support/docx.ts';
import { draftOf } from './support/outline.ts';
import { draftOutline } from '../../src/import/index.ts';
import { parseOutline, type Outline } from '../../src/outline/index.ts';

const BODY = [
  '各位领导、同志们：',
  '一、念好山水经',
  '我们梳理出可开发利用的资源点146处，成立了镇级生态资源运营公司。',
  '二、打好特色牌',
  '我们带动4200多户农户参与产业发展，线上销售额突破6000万元。',
];
const TITLE = '依托山水资源走好富民强村之路';
const BYLINE = '某某镇党委书记 黄某某';

interface Head {
  title: string;
  subtitle?: string;
  event?: string;
  speaker?: string;
}

function headOf(outline: Outline): Head {
  const { title, subtitle, event, speaker } = outline.meta;
  return {
    title,
    ...(subtitle ? { subtitle } : {}),
    ...(event ? { event } : {}),
    ...(speaker ? { speaker } : {}),
  };
}

const TEXT_CASES: Array<[string, string[], Head]> = [
  [
    'the kind before a colon',
    [`研讨发言：${TITLE}`, BYLINE],
    { title: TITLE, subtitle: '研讨发言', speaker: '黄某某' },
  ],
  [
    'in bold, the kind before it',
    [`**研讨发言：${TITLE}**`, BYLINE],
    { title: TITLE, subtitle: '研讨发言', speaker: '黄某某' },
  ],
  ['the kind before a bar', [`研讨发言 | ${TITLE}`], { title: TITLE, subtitle: '研讨发言' }],
  ['the kind before dashes', [`研讨发言——${TITLE}`], { title: TITLE, subtitle: '研讨发言' }],
  ['the kind in quotation marks', [`“研讨发言”：${TITLE}`], { title: TITLE, subtitle: '研讨发言' }],
  ['the kind on a line above', ['交流发言', TITLE, BYLINE], { title: TITLE, subtitle: '交流发言', speaker: '黄某某' }],
  ['the kind alone with its colon', ['研讨发言：', TITLE], { title: TITLE, subtitle: '研讨发言' }],
  ['the kind on a line below', [TITLE, '交流发言', BYLINE], { title: TITLE, subtitle: '交流发言', speaker: '黄某某' }],
  ['after a 标题 label', [`标题：${TITLE}`, BYLINE], { title: TITLE, speaker: '黄某某' }],
  ['after a 题目 label', [`题目：${TITLE}`], { title: TITLE }],
  [
    'over two lines',
    ['守护一江碧水', '建设美丽幸福河湖', BYLINE],
    { title: '守护一江碧水 建设美丽幸福河湖', speaker: '黄某某' },
  ],
  [
    'over two bold lines, the kind on the first',
    ['**交流发言：守护一江碧水**', '**建设美丽幸福河湖**', BYLINE],
    { title: '守护一江碧水 建设美丽幸福河湖', subtitle: '交流发言', speaker: '黄某某' },
  ],
  [
    'the kind line after the title, a byline between',
    [TITLE, BYLINE, '——在全县乡村振兴工作推进会上的交流发言'],
    { title: TITLE, subtitle: '交流发言', event: '全县乡村振兴工作推进会', speaker: '黄某某' },
  ],
  [
    'the event said before the title',
    ['在全县乡村振兴工作推进会上的交流发言', TITLE],
    { title: TITLE, subtitle: '交流发言', event: '全县乡村振兴工作推进会' },
  ],
  [
    'the event on the title’s line',
    [`${TITLE}——在全县乡村振兴工作推进会上的交流发言`],
    { title: TITLE, subtitle: '交流发言', event: '全县乡村振兴工作推进会' },
  ],
  [
    'the speaker inside the event line',
    [TITLE, `——${BYLINE}在全县乡村振兴工作推进会上的交流发言`],
    { title: TITLE, subtitle: '交流发言', event: '全县乡村振兴工作推进会', speaker: '黄某某' },
  ],
  [
    'a bare 发言 at a meeting held to share experience',
    [TITLE, '——在全市乡村振兴经验交流会上的发言'],
    { title: TITLE, subtitle: '交流发言', event: '全市乡村振兴经验交流会' },
  ],
  [
    'a bare 发言 at a 研讨班',
    [TITLE, '——在全县乡村振兴专题研讨班上的发言'],
    { title: TITLE, subtitle: '研讨发言', event: '全县乡村振兴专题研讨班' },
  ],
  [
    'a bare 发言 at a meeting that only has 交流 in its name',
    [TITLE, '——在县人大代表履职交流会上的发言'],
    { title: TITLE, event: '县人大代表履职交流会' },
  ],
  [
    'a meeting and its kind before the colon',
    [`全市乡村振兴现场会交流材料：${TITLE}`],
    { title: TITLE, subtitle: '交流材料', event: '全市乡村振兴现场会' },
  ],
  [
    'the event before the colon',
    [`在全县乡村振兴工作推进会上的发言：${TITLE}`],
    { title: TITLE, event: '全县乡村振兴工作推进会' },
  ],
  ['关于……的研讨发言', [`关于${TITLE}的研讨发言`], { title: TITLE, subtitle: '研讨发言' }],
  ['……的交流发言', [`${TITLE}的交流发言`], { title: TITLE, subtitle: '交流发言' }],
  ['with a full stop over a byline', [`${TITLE}。`, BYLINE], { title: TITLE, speaker: '黄某某' }],
  ['the byline in brackets on its line', [`${TITLE}（${BYLINE}）`], { title: TITLE, speaker: '黄某某' }],
  ['the byline after dashes on its line', [`${TITLE} ——${BYLINE}`], { title: TITLE, speaker: '黄某某' }],
  ['a short title over a byline', ['不负韶华', `共青团某某县委 张某某`], { title: '不负韶华', speaker: '张某某' }],
  [
    'a short title that opens on a surname, over a byline',
    ['和美乡村', BYLINE],
    { title: '和美乡村', speaker: '黄某某' },
  ],
  [
    'after a breadcrumb that ends on the article’s title',
    ['首页 > 工作动态 > 某某镇：依托山水资源走好富民强村之路的实践与思考', TITLE, BYLINE],
    { title: TITLE, speaker: '黄某某' },
  ],
  ['after a breadcrumb that ends on 正文', ['工作动态 > 基层之声 > 正文', TITLE], { title: TITLE }],
  ['after a breadcrumb with dashes', ['当前位置：首页 - 工作动态', TITLE, BYLINE], { title: TITLE, speaker: '黄某某' }],
  // Guards: what looks like a kind or a second line of the title and is not.
  ['a name over its unit, then the title', ['黄某某', '某某镇党委', TITLE], { title: TITLE, speaker: '黄某某' }],
  [
    'a title that ends on 经验 keeps it',
    ['提升服务企业能力的经验', BYLINE],
    { title: '提升服务企业能力的经验', speaker: '黄某某' },
  ],
  ['a title alone, then the greeting', [TITLE], { title: TITLE }],
];

describe('the head of a speech: title, kind, event and byline', () => {
  for (const [name, head, expected] of TEXT_CASES) {
    it(`${name}: ${head.join(' / ')}`, async () => {
      const { outline } = await draftOf([...head, ...BODY].join('\n'));
      expect(headOf(outline)).toEqual(expected);
      // The head is not said again as the first part or a slide.
      expect(outline.parts.map((p) => p.title)).toEqual(['念好山水经', '打好特色牌']);
    });
  }

  const DOCX_CASES: Array<[string, DocxParagraph[], Head]> = [
    [
      'a bold 研讨发言： paragraph',
      [{ text: `研讨发言：${TITLE}`, bold: true }, { text: BYLINE }],
      { title: TITLE, subtitle: '研讨发言', speaker: '黄某某' },
    ],
    [
      'the Title style with its kind',
      [{ text: `研讨发言：${TITLE}`, style: 'Title' }],
      { title: TITLE, subtitle: '研讨发言' },
    ],
    [
      'a Heading 1 title over Heading 1 numbered parts',
      [{ text: TITLE, style: 'Heading1' }, { text: BYLINE }],
      { title: TITLE, speaker: '黄某某' },
    ],
    [
      'a Title over two paragraphs',
      [{ text: '守护一江碧水', style: 'Title' }, { text: '建设美丽幸福河湖', style: 'Title' }, { text: BYLINE }],
      { title: '守护一江碧水 建设美丽幸福河湖', speaker: '黄某某' },
    ],
    [
      'a bold kind over a bold title',
      [{ text: '研讨发言', bold: true }, { text: TITLE, bold: true }, { text: BYLINE }],
      { title: TITLE, subtitle: '研讨发言', speaker: '黄某某' },
    ],
  ];
  for (const [name, head, expected] of DOCX_CASES) {
    it(`.docx: ${name}`, async () => {
      const parts = BODY.map((text) => (/^[一二]、/u.test(text) ? { text, style: 'Heading1' as const } : { text }));
      const bytes = buildDocx([...head, ...parts]);
      const outline = parseOutline((await draftOutline({ bytes, fileName: 'a.docx' })).markdown, 'a.md');
      expect(headOf(outline)).toEqual(expected);
      expect(outline.parts.map((p) => p.title)).toEqual(['念好山水经', '打好特色牌']);
    });
  }
});
