// A talk's title that ends like a unit (……的技工学校, ……便民服务中心), with a byline under it: the title is the title,
// not the speaker's organization, and the talk is not named after its file. Real units, with a name after them, still
// read as units. Made-up titles and units in the genre's manner.
import { describe, expect, it } from 'vitest';
import { readSpeakerLine } from '../../src/import/structure/speaker.ts';
import { draftOf } from './support/outline.ts';

const BODY = [
  '近年来，我们坚持把这项工作作为重要抓手，在方向、队伍和服务上下功夫，取得了一定成效。',
  '一、坚持需求导向。我们每年走访重点企业六十多家，停办了三个就业率低的专业，新开了四个专业。',
  '二、坚持校企合作。我们与三十八家企业签订了合作协议，建成校内实训基地十一个。',
  '以上发言，请批评指正。',
];

const TITLES: Array<[title: string, byline: string, organization: string, speaker: string]> = [
  ['以产业需求为导向办好家门口的技工学校', '某某县人社局 王某某', '某某县人社局', '王某某'],
  ['用心用情办好人民满意的学校', '某某县教育局　张某某', '某某县教育局', '张某某'],
  ['打造群众满意的便民服务中心', '某某镇人民政府 李某', '某某镇人民政府', '李某'],
  ['争当乡村振兴排头兵 建设宜居宜业和美乡村', '某某村党支部书记 赵某某', '某某村', '赵某某'],
];

describe('a title that ends like a unit, a byline under it', () => {
  for (const [title, byline, organization, speaker] of TITLES) {
    it(title, async () => {
      const { outline } = await draftOf([title, byline, '', ...BODY].join('\n'), '发言稿.txt');
      expect(outline.meta.title).toBe(title);
      expect(outline.meta.organization).toBe(organization);
      expect(outline.meta.speaker).toBe(speaker);
    });
  }

  it('units read as units still, 党的建设 and 建设银行 among them', () => {
    const units: Array<[line: string, organization: string]> = [
      ['中共某某县委党的建设工作领导小组办公室 王某', '中共某某县委党的建设工作领导小组办公室'],
      ['中国建设银行某某支行 张某某', '中国建设银行某某支行'],
      ['某某市第一中学 李某某', '某某市第一中学'],
      ['某某县便民服务中心 刘某', '某某县便民服务中心'],
    ];
    for (const [line, organization] of units) expect(readSpeakerLine(line)?.organization, line).toBe(organization);
  });
});
