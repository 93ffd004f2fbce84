// Property (fast-check: a failure shrinks to a speech of fewer, simpler choices): for a few hundred generated speeches,
// the draft parses, removes only the noise, and every sentence of every other line is in the draft's notes, in order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftOutline } from '../../src/import/index.ts';
import { parseOutline } from '../../src/outline/index.ts';
import { choicesFrom, tapes } from '../support/choices.ts';
import type { Choices } from '../support/choices.ts';
import { everything, expectInOrder, notesInOrder, sentencesOf } from './support/outline.ts';

/** The choices of the speech being generated (one tape per run). */
let random: Choices;

const FRAMES = [
  '随着形势的发展',
  '在新的历史条件下',
  '通过专题调研',
  '对于群众反映的问题',
  '面对新情况新问题',
  '今年以来',
];
const SUBJECTS = ['我们', '年轻干部', '各级组织', '基层党员', '机关干部', ''];
const MODALS = ['要坚持', '要善于', '必须', '要注重', '始终', '切实', '要'];
const ACTIONS = [
  '深入调查研究',
  '倾听群众呼声',
  '解决实际问题',
  '提高服务水平',
  '加强理论学习',
  '改进工作作风',
  '完善工作机制',
  '落实工作责任',
  '总结推广经验',
  '关心困难群众',
  '用好APP和小程序',
];
const TAILS = [
  '做到心中有数',
  '让群众满意',
  '把工作做实做细',
  '形成长效机制',
  '取得实实在在的成效',
  '不断开创工作新局面',
  '真正做到学用结合、知行合一',
];
const ENDS = ['。', '。', '。', '！', '？'];
/** Sentences that mention what advertising mentions, and must stay. */
const TEMPTING = [
  '要通过微信群收集群众意见。',
  '工会要维护会员合法权益。',
  '请大家扫码签到。',
  '这些做法仅供参考的说法不对，要结合实际。',
  '2025年，我们服务了3000名群众。',
];
/** Lines whose characters mean something to Markdown or to the outline, written as a speech might. */
const TRICKY = [
  'Note: 这是原文。',
  '---',
  ':::',
  '*重点*在于落实<br>。',
  '#热点#问题要回应。',
  '> 引用的原文。',
  '1. 不是列表的原文。',
  '[注]见附件_一_。',
];
/** In a Markdown speech, `*`, `>` and `1.` are the author's markup; only what the outline reads as structure must stay text. */
const TRICKY_IN_MARKDOWN = ['Note: 这是原文。', '---', ':::', '#热点#问题要回应。'];
const NOISE = [
  '仅供学习 禁止外传 用后删除',
  '本资料仅供学习参考，请勿转载',
  '更多精彩范文请关注公众号获取',
  '扫码添加客服微信：xz2025abc',
  '开通会员，海量资料免费下载',
  '【严禁倒卖资料】',
  '整理不易，完整版资料咨询QQ 987654321',
];
const CN = ['一', '二', '三', '四', '五', '六'];

function sentence(): string {
  if (random.next() < 0.06) return random.pick(TEMPTING);
  if (random.next() < 0.05) return `他说：“${random.pick(ACTIONS)}。${random.pick(TAILS)}。”`;
  const frame = random.next() < 0.3 ? `${random.pick(FRAMES)}，` : '';
  return `${frame}${random.pick(SUBJECTS)}${random.pick(MODALS)}${random.pick(ACTIONS)}，${random.pick(TAILS)}${random.pick(ENDS)}`;
}

let markdown = false;

function paragraph(): string {
  if (random.next() < 0.04) return random.pick(markdown ? TRICKY_IN_MARKDOWN : TRICKY);
  return Array.from({ length: random.int(1, 5) }, sentence).join('');
}

function heading(): string {
  return `${random.pick(ACTIONS)}，${random.pick(TAILS)}`;
}

type Style = 'numbered' | 'ordinal' | 'lead' | 'markdown' | 'bold' | 'plain';

interface Generated {
  fileName: string;
  lines: string[];
  /** 1-based line numbers of the noise lines. */
  noise: Set<number>;
  titleLine?: number;
}

function speech(index: number): Generated {
  const style = random.pick<Style>(['numbered', 'ordinal', 'lead', 'markdown', 'bold', 'plain']);
  markdown = style === 'markdown';
  const lines: string[] = [];
  const noise = new Set<number>();
  const addNoise = () => {
    lines.push(
      random.pick(random.next() < 0.2 ? [`- ${random.int(1, 30)} -`, `第 ${random.int(1, 5)} 页 共 6 页`] : NOISE),
    );
    noise.add(lines.length);
  };
  const body = (text: string) => {
    lines.push(text);
    if (random.next() < 0.1) addNoise();
    if (random.next() < 0.2) lines.push('');
  };
  for (let i = random.int(0, 2); i > 0; i--) addNoise();
  let titleLine: number | undefined;
  if (random.next() < 0.8) {
    lines.push(`${style === 'markdown' ? '# ' : ''}${random.next() < 0.3 ? '交流发言：' : ''}${heading()}的体会`);
    titleLine = lines.length;
    lines.push('');
  }
  for (let i = random.int(0, 2); i > 0; i--) body(paragraph());
  const parts = random.int(2, 5);
  for (let p = 0; p < parts; p++) {
    const sections = random.int(1, 3);
    if (style === 'numbered') {
      body(`${CN[p]}、${heading()}`);
      for (let s = 0; s < sections; s++) body(`（${CN[s]}）${heading()}。${paragraph()}`);
    } else if (style === 'ordinal') {
      body(`第${CN[p]}，${heading()}。${paragraph()}`);
      for (let s = 1; s < sections; s++) body(paragraph());
    } else if (style === 'lead') {
      body(`${heading()}。${paragraph()}${sentence()}`);
      for (let s = 1; s < sections; s++) body(paragraph());
    } else if (style === 'markdown') {
      body(`## ${heading()}`);
      for (let s = 0; s < sections; s++) {
        body(`### ${heading()}`);
        body(paragraph());
      }
    } else if (style === 'bold') {
      body(`**${heading()}**`);
      for (let s = 0; s < sections; s++) body(paragraph());
    } else {
      for (let s = 0; s < sections; s++) body(paragraph());
    }
  }
  for (let i = random.int(0, 3); i > 0; i--) addNoise();
  return {
    fileName: `speech-${index}.${style === 'markdown' ? 'md' : 'txt'}`,
    lines,
    noise,
    ...(titleLine ? { titleLine } : {}),
  };
}

/** A line's words without the Markdown markup the importer reads (`#`, `**`). */
function words(line: string): string {
  return line.replace(/^#{1,6}\s+/u, '').replace(/^\*\*(.+)\*\*$/u, '$1');
}

/** Far longer than most speeches need (a few hundred choices), so most are drawn wholly at random. */
const TAPE = 4000;

describe('nothing is lost', () => {
  it('in 300 generated speeches: only noise is removed, all of it, and every other sentence is in the notes in order', async () => {
    let sentencesChecked = 0;
    let i = 0;
    await fc.assert(
      fc.asyncProperty(tapes(TAPE), async (tape) => {
        random = choicesFrom(tape);
        const generated = speech(i++);
        const text = generated.lines.join(random.next() < 0.2 ? '\r\n' : '\n');
        const draft = await draftOutline({ bytes: new TextEncoder().encode(text), fileName: generated.fileName });
        const context = `${generated.fileName}:\n${text}\n\n${draft.markdown}`;
        const outline = parseOutline(draft.markdown, generated.fileName);
        expect(
          draft.removed.map((r) => r.line),
          context,
        ).toEqual([...generated.noise]);

        const kept = generated.lines.filter((line, n) => line.trim() !== '' && !generated.noise.has(n + 1));
        // The first line may be read as the title even when it was not meant as one: then it is in the front matter.
        const firstIsTitle = kept[0] !== undefined && words(kept[0]).replace(/^交流发言：/u, '') === outline.meta.title;
        const spoken = firstIsTitle ? kept.slice(1) : kept;
        const sentences = spoken.flatMap((line) => sentencesOf(words(line)));
        expectInOrder(notesInOrder(outline), sentences, context);
        sentencesChecked += sentences.length;
        if (generated.titleLine) {
          const title = words(generated.lines[generated.titleLine - 1] ?? '').replace(/^交流发言：/u, '');
          expect(outline.meta.title, context).toBe(title);
          expect(everything(outline)).toContain(title);
        }
      }),
      { numRuns: 300 },
    );
    expect(sentencesChecked).toBeGreaterThan(3000);
  });
});
