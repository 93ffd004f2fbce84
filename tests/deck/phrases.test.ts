// Chinese line breaking on slides: breaks only between phrases, preferably after a comma, never a stray last line.
import { Parser, zhHansModel } from 'budoux';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CARD_PHRASES,
  PHRASE_RULES,
  keptPhrases,
  lineBreaksAllowed,
  phraseBreaks,
  phrasedNotes,
  phrasedPieces,
} from '../../src/deck/phrases.ts';
import type { PhraseRules } from '../../src/deck/phrases.ts';
import { lineCount, wraps } from '../../src/deck/measure.ts';
import { blocksPieces, escapeText, inlinesPieces, piecesHtml } from '../../src/outline/html.ts';
import { markdownFor } from '../../src/outline/markdown.ts';
import { richBlocks, richInlines } from '../../src/outline/rich-text.ts';

/** Inline Markdown (raw HTML allowed with `html`) as the outline's rich text, in pieces of HTML. */
function pieces(source: string, html = false) {
  const [inline] = markdownFor(html).parseInline(source, {});
  return inlinesPieces(richInlines(inline?.children ?? null, 1));
}

/** Inline Markdown written out phrased. */
const phrased = (source: string, rules?: PhraseRules, html = false) => phrasedPieces(pieces(source, html), rules);

/** The phrased HTML without its marks: <wbr> and the set phrases' boxes. */
const unmarked = (html: string) => html.replace(/<wbr>|<span class="sd-keep">|<\/span>/g, '');

/** The text with `|` where a line may break. */
function marked(text: string): string {
  let out = '';
  let from = 0;
  for (const at of phraseBreaks(text)) {
    out += `${text.slice(from, at)}|`;
    from = at;
  }
  return out + text.slice(from);
}

const budoux = new Parser(zhHansModel);
const TITLES = [
  '提升做好新时代群众工作的能力',
  '学习贯彻党的二十届四中全会精神',
  '奋力谱写中国式现代化新篇章',
  '搭建平台，让群众自我教育、自我管理、自我服务',
  '紧跟时代步伐，把群众变化把握得更准',
  '以问题导向解民忧、纾民困、暖民心',
  '坚持以人民为中心的发展思想，把实现好、维护好、发展好最广大人民根本利益作为出发点和落脚点',
];

describe('where a line of Chinese may break', () => {
  it('never inside a word: every break is one BudouX also makes, follows a clause mark, or ends a set phrase', () => {
    for (const title of TITLES) {
      const allowed = new Set([...budoux.parseBoundaries(title), ...keptPhrases(title).flatMap((p) => [p.from, p.to])]);
      for (const at of phraseBreaks(title))
        expect(allowed.has(at) || /[，、；：]/.test(title[at - 1]!), `${marked(title)}`).toBe(true);
    }
  });

  it('keeps the words the meeting room reads first whole: 新时代, 二十届, 自我教育, 把握', () => {
    expect(marked('提升做好新时代群众工作的能力')).toBe('提升|做好|新时代|群众|工作的能力');
    expect(marked('学习贯彻党的二十届四中全会精神')).not.toMatch(/二十\|届|新\|时代/);
    expect(marked('搭建平台，让群众自我教育、自我管理、自我服务')).not.toMatch(/自\|我|教\|育/);
    expect(marked('紧跟时代步伐，把群众变化把握得更准')).not.toMatch(/把\|握/);
  });

  it('breaks after a comma rather than inside a short clause', () => {
    expect(marked('紧跟时代步伐，把群众变化把握得更准')).toBe('紧跟时代步伐，|把群众变化把握得更准');
    expect(marked('年轻干部干事创业，一刻也离不开群众')).toBe('年轻干部干事创业，|一刻也离不开群众');
  });

  // (the long quote's 完成12345热线工单3, / 864件 on a 4:3 slide)
  it('never breaks inside a figure: 3,864, 10:30, 2023.5', () => {
    const text = '要推进基层治理体系和治理能力现代化，完成12345热线工单3,864件，时间是10:30，投入2023.5亿元。';
    for (const rules of [PHRASE_RULES, CARD_PHRASES])
      for (const at of phraseBreaks(text, rules)) expect(text.slice(at - 2, at + 1)).not.toMatch(/^\d[,.:]\d$/);
    expect(lineCount('完成12345热线工单3,864件', 40, 40 * 12.5)).toBe(2);
    expect(wraps('完成12345热线工单3,864件', 40, 40 * 12.5).map((wrap) => wrap.at)).not.toContain(13);
  });

  it('never leaves fewer than four characters for the last line, nor one for the first', () => {
    for (const title of TITLES) {
      const breaks = phraseBreaks(title);
      const last = title.slice(breaks.at(-1) ?? 0).replace(/[^\p{L}\p{N}]/gu, '');
      const first = title.slice(0, breaks[0] ?? title.length).replace(/[^\p{L}\p{N}]/gu, '');
      expect(last.length, marked(title)).toBeGreaterThanOrEqual(4);
      expect(first.length, marked(title)).toBeGreaterThanOrEqual(2);
    }
    expect(marked('以问题导向解民忧、纾民困、暖民心')).toMatch(/纾民困、暖民心$/);
  });

  it('leaves a narrow card no piece longer than a line of it when the dictionary has words to break at', () => {
    const card = (text: string) => {
      const breaks = phraseBreaks(text, CARD_PHRASES);
      return [0, ...breaks].map((from, i) => text.slice(from, breaks[i] ?? text.length));
    };
    // BudouX ends a phrase inside 统筹 (长远统|筹兼顾) and the lone 和 joined what followed: 当前 / 和长远统筹兼顾
    expect(card('当前和长远统筹兼顾')).toEqual(['当前', '和长远', '统筹兼顾']);
    const words = new Intl.Segmenter('zh-CN', { granularity: 'word' });
    for (const text of [
      ...TITLES,
      '当前和长远统筹兼顾',
      '总书记要求我们把群众的安危冷暖时刻放在心上',
      '网上网下同步发力',
    ]) {
      for (const piece of card(text)) {
        const letters = piece.replace(/[^\p{L}\p{N}]/gu, '').length;
        const inner = [...words.segment(piece)].filter(
          (w) => w.index > 0 && /\p{Script=Han}/u.test(piece[w.index - 1]!) && /\p{Script=Han}/u.test(w.segment[0]!),
        );
        if (letters > CARD_PHRASES.longest && !keptPhrases(piece).length)
          expect(inner, `${piece} in ${text}`).toEqual([]);
      }
    }
  });

  it('leaves text without Chinese to the browser, and very long text too', () => {
    expect(phraseBreaks('Serving the people, wholeheartedly')).toEqual([]);
    expect(phraseBreaks('群众'.repeat(1000))).toEqual([]);
  });
});

describe('phrase breaks in the slide’s rich text', () => {
  it('puts <wbr> between phrases across bold and the like, and writes the text as markdown-it does', () => {
    expect(phrased('牢记**“国之大者”**，增强**政治判断力**，做到"两个维护"')).toBe(
      '牢记<strong>“国之大者”</strong>，<wbr>增强<strong>政治判断力</strong>，<wbr>做到&quot;两个维护&quot;',
    );
  });

  it('breaks each line after a <br> on its own', () => {
    expect(phrased('提升做好\\\n新时代群众工作的能力')).toBe('提升做好<br>\n新时代<wbr>群众<wbr>工作的能力');
  });

  it('leaves text without Chinese untouched', () => {
    expect(phrased('*R&D* in 2026')).toBe('<em>R&amp;D</em> in 2026');
  });

  it('reads the words inside the writer’s own HTML (`html: true`) as part of the line', () => {
    expect(
      phrased('全党上下，<span class="x">以习近平同志为核心的党中央</span>保持高度一致', undefined, true),
    ).toContain('<span class="x"><wbr><span class="sd-keep">以习近平同志为<wbr>核心的党中央</span></span><wbr>保持');
    // 始终同 goes with the phrase (below): no break between them, though the writer's tag stands there
    expect(phrased('始终同<span class="x">以习近平同志为核心的党中央</span>保持', undefined, true)).toMatch(
      /^始终同<span class="x"><span class="sd-keep">/,
    );
  });

  it('phrases notes a paragraph at a time, so that long notes are phrased all through', () => {
    // Each paragraph ~12,000 characters of HTML: phrased as one, the notes would be past what phrasing takes.
    const paragraph = '提升做好新时代群众工作的能力，调查研究。'.repeat(600);
    const md = markdownFor(false);
    const blocks = richBlocks(md.parse(`${paragraph}\n\n${paragraph}`, {}), md, 0);
    const [first, second] = phrasedNotes(blocksPieces(blocks)).split('</p>');
    expect(first).toContain('新时代<wbr>群众');
    expect(second).toContain('新时代<wbr>群众');
    expect(unmarked(phrasedNotes(blocksPieces(blocks)))).toBe(piecesHtml(blocksPieces(blocks)));
  });

  it('only adds marks: without them the HTML is the outline’s own, whatever the text', () => {
    const word = fc.constantFrom(
      '调查研究',
      '群众',
      '以习近平同志为核心的党中央',
      '，',
      '。',
      'R&D',
      '<',
      '"',
      ' ',
      '新时代',
    );
    const markup = fc.constantFrom('**', '*', '`', '\\\n', '\n', '[链接](a.md)', '![图](a.png)');
    fc.assert(
      fc.property(fc.array(fc.oneof(word, word, markup), { maxLength: 24 }), (parts) => {
        const source = parts.join('');
        expect(unmarked(phrased(source))).toBe(piecesHtml(pieces(source)));
      }),
      { numRuns: 300 },
    );
  });

  it('writes text the default writer leaves alone as it is, marked as text written character by character is', () => {
    // The same writer, but not the default one: every character written alone, as any other writer's text is.
    const byCharacter = (text: string) => escapeText(text);
    const word = fc.constantFrom(
      '调查研究',
      '群众',
      '以习近平同志为核心的党中央',
      '，',
      '。',
      '𠮷',
      '𪚥大爷',
      'R&D',
      '<',
      ' ',
    );
    // lone halves of surrogate pairs, and a pair cut apart by markup
    const odd = fc.constantFrom('\ud842', '\udfb7', '\ud842**\udfb7**');
    const markup = fc.constantFrom('**', '*', '\n', '[链接](a.md)');
    fc.assert(
      fc.property(fc.array(fc.oneof(word, word, odd, markup), { maxLength: 20 }), (parts) => {
        const written = pieces(parts.join(''));
        expect(phrasedPieces(written)).toBe(phrasedPieces(written, PHRASE_RULES, byCharacter));
        expect(phrasedNotes(written)).toBe(phrasedPieces(written, PHRASE_RULES, byCharacter));
      }),
      { numRuns: 200 },
    );
  });
});

describe('set phrases of official usage', () => {
  const LINES = [
    '始终同以习近平同志为核心的党中央保持高度一致',
    '推动基层党组织建设全面进步全面过硬',
    '坚持和发展中国特色社会主义，发展全过程人民民主',
    '深刻领悟“两个确立”的决定性意义，增强“四个意识”',
    '心怀“国之大者”，坚持和发展新时代“枫桥经验”',
    '学深悟透习近平新时代中国特色社会主义思想，做到学思践悟、落到实处',
  ];
  const PHRASES = [
    '以习近平同志为核心的党中央',
    '基层党组织',
    '中国特色社会主义',
    '全过程人民民主',
    '两个确立',
    '四个意识',
    '国之大者',
    '枫桥经验',
    '学深悟透',
    '学思践悟',
    '落到实处',
  ];

  it('never breaks inside one, whatever the rules (slides, cards, the PowerPoint’s allowed breaks)', () => {
    for (const line of LINES) {
      for (const breaks of [
        phraseBreaks(line),
        phraseBreaks(line, { clause: 4, lastLine: 2, longest: 6 }),
        lineBreaksAllowed(line),
      ]) {
        for (const phrase of PHRASES) {
          const at = line.indexOf(phrase);
          if (at < 0) continue;
          expect(
            breaks.filter((b) => b > at && b < at + phrase.length),
            `${line}: ${phrase}`,
          ).toEqual([]);
        }
      }
    }
  });

  it('lets a phrase wider than its line break only at its own inner boundary, in a box that moves whole', () => {
    expect(phrased('全党上下，以习近平同志为核心的党中央为榜样')).toContain(
      '<span class="sd-keep">以习近平同志为<wbr>核心的党中央</span>',
    );
  });

  it('keeps a short word with the long set phrase after it: no line holds 坚持 alone before the phrase', () => {
    // the box holds both, and breaks only at the phrase's inner boundary: 坚持以习近平同志为 / 核心的党中央
    expect(phrased('坚持以习近平同志为核心的党中央集中统一领导，推动中国特色社会主义事业')).toBe(
      '<span class="sd-keep">坚持以习近平同志为<wbr>核心的党中央</span><wbr>集中统一领导，<wbr>推动中国特色社会主义事业',
    );
    expect(marked('始终同以习近平同志为核心的党中央保持高度一致')).toBe(
      '始终同以习近平同志为核心的党中央|保持|高度一致',
    );
    expect(marked('坚持中国特色社会主义道路')).toBe('坚持中国特色社会主义道路');
    // not before a short phrase (it fits after the word), not after a clause's end, not past `longest`
    expect(marked('推动工作的四个意识落实')).toMatch(/\|四个意识/);
    expect(marked('学习贯彻党的二十届四中全会精神')).toBe('学习|贯彻|党的二十届四中全会精神');
    expect(phraseBreaks('坚持中国特色社会主义', { clause: 4, lastLine: 2, longest: 6 })).toContain(2);
  });

  it('never breaks 集中统一领导, after 以习近平同志为核心的党中央 too', () => {
    const line = '坚持以习近平同志为核心的党中央集中统一领导，推动中国特色社会主义事业';
    const at = line.indexOf('集中统一领导');
    for (const breaks of [phraseBreaks(line), lineBreaksAllowed(line)])
      expect(breaks.filter((b) => b > at && b < at + 6)).toEqual([]);
  });

  it('puts the words a set phrase carries with it in its box, so that no line ends with them alone', () => {
    // (a box's edges are places a line may break: 把 must not stay behind at the end of a line)
    expect(phrased('干在一起，把以习近平同志为核心的党中央的要求落到实处。')).toContain(
      '<span class="sd-keep">把以习近平同志为<wbr>核心的党中央</span><wbr>',
    );
  });

  it('takes the outline’s own (`keep:`) too', () => {
    expect(
      lineBreaksAllowed('推行四个三工作法和红色物业', ['四个三工作法', '红色|物业']).filter((b) => b > 2 && b < 8),
    ).toEqual([]);
    expect(phrased('推行红色物业管理模式', { clause: 12, lastLine: 4, longest: 12, keep: ['红色|物业'] })).toContain(
      '<span class="sd-keep">红色<wbr>物业</span>',
    );
  });
});
