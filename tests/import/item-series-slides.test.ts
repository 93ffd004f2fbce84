// A part whose lead sentence (two clauses, said on the divider) is followed by counted items, each a paragraph
// ("一是抓源头减污。……" "二是……" "三是……"), the last one short: each item is a slide of its own, titled by its label, and
// no item's label is made a point under another item's title. Made-up texts in the genre's manner, on topics of their own.
import { describe, expect, it } from 'vitest';
import { scoredDraft } from './support/references.ts';
import { draftOf } from './support/outline.ts';

interface Case {
  text: string;
  /** The part's items, in order: each titles a slide of its own. */
  items: string[];
}

const head = (title: string, unit: string): string[] => [title, unit, ''];

const CASES: Case[] = [
  {
    text: [
      ...head('河湖长制工作经验交流', '某某县水利局'),
      '一、压实责任链条，让河湖长真正履职',
      '河湖长制能不能落地，关键在于各级河湖长是否真正动起来。我县建立县、乡、村三级河湖长体系，共设立河湖长四百一十二名，实现全县河流、湖泊全覆盖。',
      '',
      '二、系统治理水环境，让河湖变得清美',
      '治水不能头痛医头、脚痛医脚，必须上下游、左右岸统筹治理。',
      '一是抓源头减污。全县完成入河排污口排查整治二百八十六个，新建农村生活污水处理设施一百四十座。',
      '二是抓生态修复。实施河道清淤疏浚一百零八公里，建设生态缓冲带二十六公里，补种水生植物一千二百亩。',
      '三是抓执法监管。开展非法采砂专项整治，查处案件四十三起，拆除违建一万二千平方米。',
      '',
      '以上发言，请批评指正。',
    ].join('\n'),
    items: ['抓源头减污', '抓生态修复', '抓执法监管'],
  },
  {
    text: [
      ...head('以改革精神推进医保服务', '某某市医疗保障局'),
      '一、织密医保经办网络，让群众少跑腿',
      '医保服务好不好，群众说了算。全市建成医保服务站三百二十个，实现乡镇街道全覆盖，群众办事平均距离缩短到三公里以内。',
      '',
      '二、守好群众看病钱，严查欺诈骗保行为',
      '基金是群众的救命钱，监管只能加强、不能削弱，既要查得准，也要罚得狠。',
      '一是开展专项检查。联合卫健、公安部门检查定点医药机构一千一百余家，追回医保基金二千三百万元，移交司法机关案件九起。',
      '二是推行智能监控。上线医保智能审核系统，全年拦截疑似违规费用四百六十多万元，审核效率提高三倍。',
      '三是发动社会监督。聘请社会监督员八十名，兑现举报奖励十二万元。',
      '',
      '谢谢大家。',
    ].join('\n'),
    items: ['开展专项检查', '推行智能监控', '发动社会监督'],
  },
  {
    text: [
      ...head('让农村寄递物流畅通起来', '某某县商务局'),
      '一、统筹规划，搭好县乡村三级网络',
      '寄递物流是农村电商的血管，血管不通，产品就出不了山。我县建成县级物流分拨中心一个、乡镇物流站十四个、村级服务点二百零六个，快递进村覆盖率达到百分之百。',
      '',
      '二、整合资源，降低寄递成本',
      '农村快递件少路远，单靠一家企业送不起，必须把分散的力量拢到一起。',
      '首先是整合快递企业。推动七家快递企业共用分拨场地和车辆，每件快递的进村成本下降零点八元。',
      '其次是客货邮融合。利用农村客运班线捎带邮件快件，开通融合线路二十三条，年节约运输成本一百一十万元。',
      '最后是建好末端网点。依托村级便民超市设立代收点，新增快递柜六十组。',
      '',
      '我的发言完毕，谢谢。',
    ].join('\n'),
    items: ['整合快递企业', '客货邮融合', '建好末端网点'],
  },
];

describe('a part of counted items after a lead sentence', () => {
  for (const { text, items } of CASES) {
    it(`makes a slide of each item: ${items.join('、')}`, async () => {
      const draft = scoredDraft((await draftOf(text)).outline);
      const slides = draft.parts.flatMap((part) => part.slides);
      for (const item of items) {
        const titled = slides.filter((slide) => slide.title.includes(item));
        expect(titled, `${item} in ${JSON.stringify(slides)}`).toHaveLength(1);
        const pointed = slides.flatMap((slide) => slide.points).filter((point) => point.includes(item));
        expect(pointed, `${item} as a point`).toEqual([]);
      }
    });
  }
});
