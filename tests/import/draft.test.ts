import { describe, expect, it } from 'vitest';
import { draftOutline } from '../../src/import/index.ts';
import { noiseName } from '../../src/messages/catalogue/import.ts';
import { planDeck, renderSlides, spokenUnits } from '../../src/deck/index.ts';
import { parseOutline } from '../../src/outline/index.ts';
import { buildDocx } from './support/docx.ts';
import { draftOf, everything, notesInOrder } from './support/outline.ts';
import * as speeches from './support/speeches.ts';

const TRICKY_LINES = [
  '#话题#讨论很热烈，大家都参与了进来。',
  '---',
  ':::',
  '::: notes',
  'Note: 这一句不是备注的开始。',
  'notes：这一句也不是。',
  '> 这不是引用，是原文。',
  '- 这不是要点，是原文。',
  '+ 这也不是。',
  '*强调*和_下划线_和`代码`都按原样保留。',
  '<b>标签</b>和&amp;和[链接](javascript:alert(1))都按原样保留。',
  '结尾的井号也要保留#',
  '标题属性的样子也要保留 {.big data-x="1"}',
];

describe('the draft outline', () => {
  it('escapes every line that the outline would read as structure or markup, so the words survive', async () => {
    const text = [
      '一份有特殊字符的发言',
      '',
      '一、第一部分',
      ...TRICKY_LINES,
      '二、第二部分',
      '要把工作做实做细，让群众满意。',
    ].join('\n');
    const { outline, markdown } = await draftOf(text);
    expect(outline.parts.map((p) => p.title)).toEqual(['第一部分', '第二部分']);
    const notes = notesInOrder(outline);
    for (const line of TRICKY_LINES) expect(notes).toContain(line);
    for (const lineStart of [
      '\\#话题#',
      '\\---',
      '\\:::',
      '\\::: notes',
      '&#78;ote: ',
      '&#110;otes：',
      '\\> ',
      '\\- ',
      '\\+ ',
      '\\<b>',
    ]) {
      expect(markdown).toContain(`\n${lineStart}`);
    }
    expect(markdown).toContain('保留\\#\n');
  });

  it('quotes the front matter as YAML needs, and keeps long titles on one line', async () => {
    const title = '#关于: “新时代” 群众工作的 *几点* 思考，以及一个很长很长很长很长很长很长很长很长的副题';
    const { outline, markdown } = await draftOf(`${title}\n\n要把群众工作做实做细。`);
    expect(outline.meta.title).toBe(title);
    expect(markdown.split('\n').filter((line) => line.startsWith('title: '))).toHaveLength(1);
  });

  it('keeps a title YAML would write as a block (`---`, `...`) on its line, quoted, its comment outside it', async () => {
    for (const title of ['---', '...']) {
      const { outline, markdown } = await draftOf(`${title}\n\n要把群众工作做实做细。`);
      expect(outline.meta.title, markdown).toBe(title);
    }
  });

  it('keeps a line of dashes under the title in the notes (it is no event line)', async () => {
    const { outline } = await draftOf('深入调查研究的体会\n---\n一、深入调查研究，做到心中有数\n（一）要做实做细。');
    expect(notesInOrder(outline)).toContain('---');
  });

  it('keeps every removed line in an HTML comment at the end of the draft, where no slide shows it', async () => {
    const text = [
      '仅供学习 禁止外传 --> 用后删除',
      '提升服务能力的体会',
      '要把服务做到群众心坎上，做到件件有着落、事事有回音。',
      '- 2 -',
      '---',
      '更多资料请关注公众号 ---',
    ].join('\n');
    const { outline, markdown, removed } = await draftOf(text, 'fuwu.txt');
    expect(removed.map((r) => r.line)).toEqual([1, 4, 6]);
    const comment = markdown.slice(markdown.lastIndexOf('<!--'));
    expect(comment.trimEnd().endsWith('-->')).toBe(true);
    // a `-->` inside a removed line is defused, so the comment cannot end early
    expect(comment.match(/-->/g)).toHaveLength(1);
    for (const line of removed)
      expect(comment).toContain(
        `  fuwu.txt:${line.line}  [${noiseName(line.rule)}]  ${line.text.replace('-->', '-\u200B->')}`,
      );
    // each reason in the draft's own language
    expect(comment).toContain('fuwu.txt:1  [水印]');
    const shown = everything(outline);
    for (const line of removed) expect(shown).not.toContain(line.text);
    expect(outline.meta.title).toBe('提升服务能力的体会');
  });

  it('has slides with a few short points each, and notes under every slide', async () => {
    for (const [name, text] of Object.entries(speeches)) {
      if (typeof text !== 'string') continue;
      const { outline } = await draftOf(text, name.startsWith('MARKDOWN') ? 'a.md' : 'a.txt');
      for (const slide of [...outline.opening, ...outline.parts.flatMap((p) => p.slides)]) {
        expect(slide.pages[0]?.notes?.text, `${name}: ${slide.title}`).toBeTruthy();
        const points = slide.pages[0]?.blocks.flatMap((b) => (b.kind === 'points' ? b.points : [])) ?? [];
        expect(points.length, `${name}: ${slide.title}`).toBeLessThanOrEqual(5);
        for (const point of points) expect(point.text.length, point.text).toBeLessThanOrEqual(26);
      }
    }
  });

  it('says an opening with a single point and no figure on the first divider, not on a slide of its own', async () => {
    const speech = [
      '办好民生实事的几点体会',
      '',
      '各位领导、同志们：',
      '近年来，某某镇坚持民生优先，把群众的急难愁盼作为工作的出发点。下面，我从两个方面作简要交流。',
      '一、聚焦群众需求，把实事办到心坎上',
      '我们每年年初向群众征集民生实事项目，由镇人大代表票决产生，去年共票决产生实事项目12件，全部按期完成，群众满意率达到97%。',
      '二、健全推进机制，把实事办成好事',
      '我们对每个项目明确一名班子成员牵头，实行周调度、月通报，项目完成后由群众代表验收，去年共组织验收36次，整改问题58个。',
      '谢谢大家！',
    ].join('\n');
    const { outline } = await draftOf(speech);
    expect(outline.opening).toEqual([]);
    expect(notesInOrder(outline)).toContain('某某镇坚持民生优先');
  });

  it('every draft parses and builds into a deck as it stands', async () => {
    const inputs: Array<[string, Uint8Array]> = Object.entries(speeches)
      .flatMap(([name, text]) => (typeof text === 'string' ? [[name, text] as const] : []))
      .map(([name, text]) => [`${name}.${name.startsWith('MARKDOWN') ? 'md' : 'txt'}`, new TextEncoder().encode(text)]);
    inputs.push(['word.docx', buildDocx([{ text: '题目', style: 'Title' }, { text: '正文第一段。' }])]);
    for (const [fileName, bytes] of inputs) {
      const draft = await draftOutline({ bytes, fileName });
      const outline = parseOutline(draft.markdown, fileName);
      const html = renderSlides(planDeck(outline));
      expect(html, fileName).toContain('<section');
    }
  });
});

describe('what the draft says around the slides', () => {
  it('puts the closing remarks on the closing slide (`::: notes closing`), not on the last content slide', async () => {
    const { outline, markdown } = await draftOf(speeches.NUMBERED_HEADINGS);
    expect(
      markdown.trimEnd().endsWith('::: notes closing\n以上是我的发言，不当之处，请批评指正。谢谢大家！\n:::'),
    ).toBe(true);
    expect(outline.closingNotes?.text).toBe('以上是我的发言，不当之处，请批评指正。谢谢大家！');
    const last = outline.parts.at(-1)?.slides.at(-1);
    expect(last?.pages[0]?.notes?.text).not.toContain('谢谢大家');
    const deck = planDeck(outline);
    expect(deck.slides.at(-1)).toMatchObject({
      kind: 'closing',
      notes: { text: '以上是我的发言，不当之处，请批评指正。谢谢大家！' },
    });
  });

  it('takes a long last paragraph that turns to the room and thanks it as the closing', async () => {
    const closing =
      '同志们，抓党建、促治理，永远在路上。我们将以这次推进会为契机，认真学习兄弟乡镇的好经验好做法，持续用力、久久为功，推动全镇基层治理再上新台阶。谢谢大家！';
    const { outline } = await draftOf(`${speeches.LEAD_SENTENCES}\n${closing}`);
    expect(outline.closingNotes?.text).toBe(closing);
  });

  it('takes the paragraph that turns to the room as the closing when the thanks stand on a line of their own: its slogans are no slide', async () => {
    const closing = '同志们，山区的振兴之路还很长。我们将继续守好生态底线，让群众在家门口就能过上好日子。';
    const { outline } = await draftOf(`${speeches.LEAD_SENTENCES}\n${closing}\n谢谢大家！`);
    expect(outline.closingNotes?.text).toBe(`${closing}\n\n谢谢大家！`);
    const said = outline.parts.flatMap((p) => p.slides).flatMap((s) => [s.title, ...s.pages.map((p) => p.notes?.text)]);
    expect(said.join('\n')).not.toContain('家门口');
  });

  it('leaves `duration` (the slot) marked for the speaker, and says in a comment how long the text takes to read', async () => {
    for (const text of [
      speeches.NUMBERED_HEADINGS,
      speeches.LEAD_SENTENCES,
      '要把工作做实做细，'.repeat(60) + '让群众满意。',
    ]) {
      const { outline, markdown } = await draftOf(text);
      expect(outline.meta.duration).toBeUndefined();
      const units = spokenUnits(notesInOrder(outline));
      const minutes = Math.max(1, Math.ceil(units / outline.meta.pace));
      expect(markdown).toMatch(/^duration: +# 待填：限时几分钟，如 8（原文读完约 \d+ 分钟）$/mu);
      expect(markdown).toContain(`（原文读完约 ${minutes} 分钟）`);
      expect(markdown).toContain(
        `# 原文朗读约 ${units} 字（数字、字母按读音计），按每分钟 ${outline.meta.pace} 字约需 ${minutes} 分钟。`,
      );
      expect(planDeck(outline).seconds / 60).toBeLessThanOrEqual(minutes);
    }
  });

  it('writes the slot asked for (--duration) as `duration`', async () => {
    const draft = await draftOutline({
      bytes: new TextEncoder().encode(speeches.NUMBERED_HEADINGS),
      fileName: 'talk.txt',
      duration: 8,
    });
    expect(parseOutline(draft.markdown, 'talk.md').meta.duration).toBe(8);
  });

  it("writes every setting `new` writes, each explained, the speech's own filled in and no example names", async () => {
    const { markdown, outline } = await draftOf(speeches.NUMBERED_HEADINGS);
    const settings = markdown.slice(0, markdown.indexOf('\n---', 4));
    for (const key of [
      'subtitle',
      'speaker',
      'organization',
      'event',
      'date',
      'pace',
      'theme',
      'aspect',
      'agenda',
      'closing',
      'online',
    ]) {
      expect(settings, key).toMatch(new RegExp(`^${key}:.* # \\S`, 'mu'));
    }
    const values = settings.split('\n').map((line) => line.replace(/\s+#.*$/u, ''));
    expect(values.join('\n')).not.toMatch(/张三|某某单位|某某学习交流会/u);
    expect(outline.meta.theme).toBe('red');
  });
});

describe('a Markdown source’s own syntax', () => {
  const source = [
    '# 题目',
    '',
    '## 第一部分 {#p1 .big onclick=alert(1)}',
    '',
    '### 要点页 {.wide}',
    '',
    '- 要点一',
    '* 要点二',
    '+ 要点三',
    '',
    '## 第二部分 {data-x=1}',
    '',
    '- 关注不同群体的思想情绪',
    '- 把群众的事当成自己的事',
    '',
  ].join('\n');

  it('keeps each list marker once and leaves heading attributes out of the draft, which parses', async () => {
    const draft = await draftOutline({ bytes: Buffer.from(source), fileName: 'talk.md' });
    expect(draft.markdown).not.toMatch(/^- [-*+] /mu);
    expect(draft.markdown).not.toMatch(/^#+ [-*+] /mu);
    expect(draft.markdown).not.toMatch(/^#+ .*\{[^}]*\}\s*$/mu);
    expect(draft.markdown).not.toMatch(/onclick/u);
    const outline = parseOutline(draft.markdown, 'talk.md');
    const text = JSON.stringify(outline);
    for (const words of ['第一部分', '要点一', '要点二', '要点三', '关注不同群体的思想情绪'])
      expect(text).toContain(words);
  });
});
