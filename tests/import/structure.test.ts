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
    expect(outline.parts[0]?.notes?.text).toBe('各位领导、同志们：\n\n调查研究是做好各项工作的基本功。结合近期参加蹲点调研的经历，我谈三点认识。\n\n一、把调研当作必修课');
    const notes = notesInOrder(outline);
    expectAllSaid(NUMBERED_HEADINGS, notes, 3);
    expect(notes.endsWith('以上是我的发言，不当之处，请批评指正。谢谢大家！')).toBe(true);
  });

  it('"第一，" paragraph openings are parts; "一是……二是……" inside a paragraph are points', async () => {
    const { outline, summary } = await draftOf(ORDINAL_OPENINGS);
    expect(summary.style).toBe('ordinals');
    expect(outline.meta.title).toBe('关于做好新时代青年工作的几点思考');
    expect(outline.parts.map((p) => p.title)).toEqual(['要在思想上引领青年', '要在实践中锻炼青年', '要在生活上关心青年']);
    expect(outline.opening).toEqual([]);
    expect(outline.parts[0]?.notes?.text).toMatch(/^青年是事业发展的生力军。/u);
    // The counted items are one slide's points; what introduces them is its title.
    expect(pointsBySlide(outline).get('用他们喜闻乐见的方式讲道理')).toEqual(['开展读书分享', '组织实地参观', '邀请先进典型讲故事']);
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
    expect(outline.opening).toHaveLength(1);
    expect(outline.parts[0]?.notes?.text).toBe('扑下身子，把情况摸得更透。');
    expectAllSaid(LEAD_SENTENCES, notesInOrder(outline), 1);
  });

  it('a heading on a line of its own, without numbering or punctuation, over its paragraph', async () => {
    const text = ['学好用好调查研究这个传家宝', '', ...LEAD_HEADINGS.flatMap((h, i) => [h, `这是第${i + 1}部分的正文，要结合实际工作认真落实，把每一项任务都做细做实，让群众满意。`])].join('\n');
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
    const paragraph = (i: number) => `这是第${i}段，讲的是把工作做细做实的道理。要从小事做起，从身边做起，一件一件抓落实，一步一步见成效，让群众看到实实在在的变化。`;
    const text = Array.from({ length: 20 }, (_, i) => paragraph(i + 1)).join('\n');
    const { outline } = await draftOf(text);
    expect(outline.opening.length).toBeGreaterThan(2);
    for (const slide of outline.opening) expect(slide.pages[0]?.notes?.text.length).toBeLessThanOrEqual(520);
    expect(everything(outline)).toContain(paragraph(20));
  });

  it('re-joins lines a PDF copy broke at a fixed width', async () => {
    const sentence = '要把群众的事当成自己的事，想群众之所想，急群众之所急，千方百计解决群众最关心最直接最现实的利益问题，让群众真正感受到党和政府的温暖。';
    const wrapped = [...sentence.repeat(3)].reduce<string[]>((lines, ch, i) => (i % 24 === 0 ? [...lines, ch] : [...lines.slice(0, -1), `${lines.at(-1)}${ch}`]), []);
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
      for (const sentence of sentencesOf(text.replace(/^#+ /gmu, ''))) expect(said).toContain(sentence.replace(/^[一二]、/u, ''));
    });
  }
});
