// The slide plan: what slides the deck shows, in what order, with what numbers, footers and timing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOutline } from '../../src/outline/index.ts';
import { planDeck, renderSlides, spokenSeconds } from '../../src/deck/index.ts';
import type { DeckPlan } from '../../src/deck/index.ts';
import { ROOT, SAMPLE_OUTLINE } from '../support/sample.ts';
import path from 'node:path';
import { FLOOR_SIZE, TIGHTEST_QUOTE_SIZE, contentHeight, fillAt, stageRoom } from '../../src/deck/layout.ts';
import type { ContentSlide } from '../../src/deck/types.ts';
import { smallOnPaperFindings } from '../../src/check/handout.ts';

const plan = (source: string): DeckPlan => planDeck(parseOutline(source, 'talk.md'));
const sample = plan(readFileSync(SAMPLE_OUTLINE, 'utf8'));

const small = (front: string, body = '# 第一部分\n\n## 页一\n\n- 点\n\n# 第二部分\n\n## 页二\n\n- 点\n') =>
  plan(`---\ntitle: 小样\n${front}---\n\n${body}`);

describe('the sample talk', () => {
  it('is title, agenda, opening, four parts with their slides, closing', () => {
    expect(sample.slides.map((s) => s.kind)).toEqual([
      'title',
      'agenda',
      'content',
      'quote',
      'divider',
      'content',
      'content',
      'divider',
      'quote',
      'content',
      'content',
      'divider',
      'content',
      'content',
      'content',
      'content',
      'divider',
      'content',
      'content',
      'content',
      'closing',
    ]);
    expect(sample.parts.map((p) => `${p.number}、${p.title}`)).toEqual([
      '一、紧跟时代步伐，把群众变化把握得更准',
      '二、保持血肉联系，把群众感情培育得更深',
      '三、解决急难愁盼，把群众利益保障得更好',
      '四、善于宣传发动，把群众力量凝聚得更强',
    ]);
  });

  it("numbers slides from 1 and keeps each slide's source line", () => {
    expect(sample.slides.map((s) => s.number)).toEqual(sample.slides.map((_, i) => i + 1));
    const first = sample.slides.find((s) => s.title === '看清群众工作对象的新变化')!;
    // (split as any editor would: a checkout with Windows line ends has CRLF)
    const lines = readFileSync(SAMPLE_OUTLINE, 'utf8').split(/\r?\n/);
    expect(lines[first.line - 1]).toBe('## 看清群众工作对象的新变化');
  });

  it('shows a "---" continuation as the same title with （续）', () => {
    const continued = sample.slides.filter((s) => s.kind === 'content' && s.continued);
    expect(continued.map((s) => s.title)).toEqual(['以问题导向解民忧、纾民困、暖民心（续）']);
  });

  it("has notes on every slide the speaker speaks to, and times them at the outline's pace", () => {
    for (const slide of sample.slides.filter((s) => s.kind === 'content' || s.kind === 'quote')) {
      expect(slide.notes?.text, slide.title).toBeTruthy();
      expect(slide.seconds).toBeCloseTo(spokenSeconds(slide.notes!.text, 220));
    }
    expect(sample.seconds).toBeCloseTo(sample.slides.reduce((sum, s) => sum + s.seconds, 0));
    // the sample fits its 6-minute slot
    expect(sample.seconds / 60).toBeGreaterThan(3);
    expect(sample.seconds / 60).toBeLessThanOrEqual(6);
  });
});

describe('options', () => {
  it('numbers parts the chosen way', () => {
    expect(small('numbering: arabic\n').parts.map((p) => p.number)).toEqual(['01', '02']);
    expect(small('numbering: none\n').parts.map((p) => p.number)).toEqual(['', '']);
  });

  it('leaves out the agenda for fewer than two parts or when asked', () => {
    expect(small('', '# 唯一部分\n\n## 页\n\n- 点\n').slides.map((s) => s.kind)).toEqual([
      'title',
      'divider',
      'content',
      'closing',
    ]);
    expect(small('agenda: false\n').slides.some((s) => s.kind === 'agenda')).toBe(false);
  });

  it('leaves out the closing slide, or uses the given text', () => {
    expect(small('closing: false\n').slides.at(-1)!.kind).toBe('content');
    const closing = small('closing: 请各位指导\n').slides.at(-1)!;
    expect(closing.kind === 'closing' && closing.text).toBe('请各位指导');
  });
});

describe('the closing slide’s notes', () => {
  const body =
    '# 部分\n\n## 页\n\n- 点\n\n::: notes\n这一页的话。\n:::\n\n::: notes closing\n同志们，让我们一起努力。谢谢大家！\n:::\n';

  it('go to the closing slide, and its time counts them at the pace', () => {
    const deck = small('pace: 200\n', body);
    const closing = deck.slides.at(-1)!;
    expect(closing.kind).toBe('closing');
    expect(closing.notes?.text).toBe('同志们，让我们一起努力。谢谢大家！');
    expect(closing.seconds).toBeCloseTo(spokenSeconds('同志们，让我们一起努力。谢谢大家！', 200));
    expect(deck.slides.at(-2)!.notes?.text).toBe('这一页的话。');
    expect(deck.seconds).toBeCloseTo(deck.slides.reduce((sum, s) => sum + s.seconds, 0));
  });

  it('are rendered as the closing section’s notes', () => {
    const html = renderSlides(small('', body));
    const closing = html.split('<section ').at(-1)!;
    expect(closing).toContain('data-kind="closing"');
    // phrased as the script's: <wbr> between its phrases
    expect(closing.replace(/<wbr>/g, '')).toMatch(/<aside class="notes">.*同志们，让我们一起努力。谢谢大家！/su);
  });

  it('leave a closing slide without them silent', () => {
    expect(small('').slides.at(-1)!.seconds).toBe(0);
  });
});

describe('the slides as HTML', () => {
  const html = renderSlides(sample);
  const sections = html.split('<section ').slice(1);

  it('renders one section per planned slide, with its kind, line and timing', () => {
    expect(sections).toHaveLength(sample.slides.length);
    sample.slides.forEach((slide, i) => {
      expect(sections[i]).toContain(`data-kind="${slide.kind}"`);
      expect(sections[i]).toContain(`data-line="${slide.line}"`);
      expect(sections[i]).toMatch(/data-timing="\d+"/);
    });
  });

  it('gives every slide after the title a footer with the part, the event and the page number', () => {
    expect(sections[0]).not.toContain('sd-footer');
    const i = sample.slides.findIndex((s) => s.title === '看清群众工作对象的新变化');
    expect(sections[i]).toContain('<span class="sd-footer-part">一、紧跟时代步伐，把群众变化把握得更准</span>');
    expect(sections[i]).toContain('青年干部理论学习交流会');
    expect(sections[i]).toContain(`第 ${i + 1} 页`);
  });

  it('keeps notes in an aside for the speaker view, never on the slide', () => {
    const i = sample.slides.findIndex((s) => s.title === '看清群众工作对象的新变化');
    const [visible, notes] = sections[i]!.split('<aside class="notes">');
    expect(notes).toContain('群众工作面对的对象');
    expect(visible).not.toContain('群众工作面对的对象');
  });

  it("scales pacing to the duration: the speaker view's timings add up to the slot", () => {
    const timings = [...html.matchAll(/data-timing="(\d+)"/g)].map((m) => Number(m[1]));
    const total = timings.reduce((a, b) => a + b, 0);
    expect(Math.abs(total - 6 * 60)).toBeLessThanOrEqual(timings.length);
  });

  it('makes points fragments when asked', () => {
    const fragments = renderSlides(small('fragments: true\n'));
    expect(fragments).toContain('<li class="fragment sd-phrased">点</li>');
  });

  it('escapes the front matter where it is shown', () => {
    const escaped = renderSlides(small('speaker: "<b>张</b>"\nevent: "A & B"\n'));
    expect(escaped).toContain('&lt;b&gt;张&lt;/b&gt;');
    expect(escaped).toContain('A &amp; B');
    expect(escaped).not.toContain('<b>张</b>');
  });
});

/** A content slide's stage, as the plan fitted it. */
const stageOf = (slide: ContentSlide, aspect: '4:3' | '16:9') => ({
  blocks: slide.blocks,
  layout: slide.layout,
  titleHtml: slide.titleHtml,
  aspect,
  continued: slide.continued,
});

/** The parts of one quote all set at one size (on the projector and on paper), each fitting its body there by the
 *  estimator's height (the share a size may fill: all of the body up to the regular size, less above it). */
function oneSize(parts: ContentSlide[], aspect: '4:3' | '16:9'): void {
  expect(new Set(parts.map((slide) => slide.typeSize)).size).toBe(1);
  expect(new Set(parts.map((slide) => slide.paperSize)).size).toBe(1);
  for (const slide of parts) {
    const stage = stageOf(slide, aspect);
    expect(contentHeight(stage, slide.typeSize)).toBeLessThanOrEqual(stageRoom(stage) * fillAt(slide.typeSize));
  }
}

describe('a quote alone on a slide', () => {
  const words = '坚持以人民为中心的发展思想，把群众利益放在首位，始终保持同人民群众的血肉联系，';
  const quoted = (length: number) =>
    small('aspect: "4:3"\n', `## 引文\n\n> ${words.repeat(20).slice(0, length - 1)}。\n> —— 某某\n`).slides.find(
      (slide) => slide.title === '引文',
    )!;

  it('is a quote slide, its type large for a short quote and smaller as it grows, never under the floor', () => {
    const short = quoted(60);
    const longer = quoted(200);
    expect(short.kind).toBe('quote');
    expect(longer.kind).toBe('quote');
    if (short.kind !== 'quote' || longer.kind !== 'quote') return;
    expect(longer.typeSize).toBeLessThan(short.typeSize);
    expect(longer.typeSize).toBeGreaterThanOrEqual(FLOOR_SIZE);
  });

  // (on the quote slide it was set at 36 px, which printed at 6.3 pt at three slides a page)
  it('too long for a quote slide at the floor, is a content slide’s quote, fitted as any body', () => {
    const long = quoted(250);
    expect(long.kind).toBe('content');
    if (long.kind !== 'content') return;
    expect(long.blocks.map((block) => block.kind)).toEqual(['quote']);
    expect(long.typeSize).toBeGreaterThanOrEqual(FLOOR_SIZE);
    expect(long.fit).not.toBe('too-long');
  });

  // (a quote slide at 36 px printed at 6.3 pt at three slides a page)
  it.each(['4:3', '16:9'])(
    'too long for a content slide as well, is continued on （续） slides sentence by sentence at %s, nothing lost',
    (aspect) => {
      const sentences = [
        '坚持以人民为中心的发展思想，把群众利益放在首位。',
        '始终保持同人民群众的血肉联系；',
        '全年投入2023.5亿元，用在刀刃上！',
        '这是中国特色社会主义制度的显著优势？',
        '我们要“把为人民服务落到实处。”',
      ];
      const text = sentences.join('').repeat(12);
      const deck = small(
        `aspect: "${aspect}"
`,
        `## 引文

> ${text}
> —— 某某
`,
      );
      const slides = deck.slides.filter((slide) => slide.title.startsWith('引文'));
      expect(slides.length).toBeGreaterThan(1);
      const quotes = slides.map((slide) => {
        expect(slide.kind).toBe('content');
        if (slide.kind !== 'content') throw new Error('not a content slide');
        expect(slide.typeSize).toBeGreaterThanOrEqual(FLOOR_SIZE);
        expect(slide.fit).toBe('continued');
        expect(slide.blocks.map((block) => block.kind)).toEqual(['quote']);
        return slide.blocks[0] as Extract<(typeof slide.blocks)[number], { kind: 'quote' }>;
      });
      expect(slides.map((slide) => slide.title)).toEqual(['引文', ...slides.slice(1).map(() => '引文（续）')]);
      // every part ends a sentence (its closing quotation mark with it), the attribution on the last part only
      expect(quotes.map((quote) => quote.text).join('')).toBe(text);
      for (const quote of quotes) expect(quote.text).toMatch(/[。！？；]”?$/);
      expect(quotes.map((quote) => quote.attribution)).toEqual([...quotes.slice(1).map(() => undefined), '某某']);
      expect(smallOnPaperFindings(deck, 'talk.md', 3)).toEqual([]);
      expect(smallOnPaperFindings(deck, 'talk.md', 6)).toEqual([]);
      oneSize(slides as ContentSlide[], aspect as '4:3' | '16:9');
    },
  );

  // (shared out by count, the stress outline's long quote was set at 42 px and then 48 px at 16:9)
  it.each(['4:3', '16:9'] as const)(
    'continued, its parts are shared out by height: all set at one size, at which each fits, at %s',
    (aspect) => {
      const source = readFileSync(path.join(ROOT, 'tests/fixtures/layout/stress.md'), 'utf8');
      const stress = plan(source.replace('theme: red', `theme: red\naspect: "${aspect}"`));
      const parts = stress.slides.filter(
        (slide): slide is ContentSlide => slide.kind === 'content' && slide.title.startsWith('总书记的嘱托'),
      );
      expect(parts.length).toBeGreaterThan(1);
      oneSize(parts, aspect);
      // no part much fuller than another at that size: the parts' heights differ by less than the longest sentence's
      const heights = parts.map((slide) => contentHeight(stageOf(slide, aspect), slide.typeSize));
      expect(Math.max(...heights) - Math.min(...heights)).toBeLessThan(4 * 1.6 * parts[0]!.typeSize);
    },
  );

  // (a list inside a quote stayed one piece: a quote of a long list was one slide too long for the floor)
  it.each(['4:3', '16:9'] as const)(
    'with a list too long for one slide, is continued between the list’s items, numbered on, at %s',
    (aspect) => {
      const items = Array.from(
        { length: 14 },
        (_, i) => `第${i + 1}项：坚持以人民为中心的发展思想，把群众利益放在首位，始终保持血肉联系。`,
      );
      const deck = small(
        `aspect: "${aspect}"\n`,
        `## 引文\n\n> 总书记强调：\n>\n${items.map((item, i) => `> ${i + 1}. ${item}`).join('\n')}\n>\n> —— 某某\n`,
      );
      const parts = deck.slides.filter(
        (slide): slide is ContentSlide => slide.kind === 'content' && slide.title.startsWith('引文'),
      );
      expect(parts.length).toBeGreaterThan(1);
      for (const part of parts) expect(part.fit).toBe('continued');
      const lists = parts.map((part) => {
        const quote = part.blocks[0]!;
        const list = quote.kind === 'quote' ? quote.blocks.find((block) => block.kind === 'list') : undefined;
        if (list?.kind !== 'list') throw new Error(`no list on ${part.title}`);
        return list;
      });
      // every item once, in order, each part's list numbered on from where the last stopped
      expect(lists.flatMap((list) => list.items.map((item) => item.line))).toEqual(
        items.map((_, i) => lists[0]!.items[0]!.line + i),
      );
      let next = 1;
      for (const list of lists) {
        expect(list.start ?? 1).toBe(next);
        next += list.items.length;
      }
      const last = parts.at(-1)!.blocks[0]!;
      expect(last.kind === 'quote' && last.attribution).toBe('某某');
      oneSize(parts, aspect);
      expect(smallOnPaperFindings(deck, 'talk.md', 3)).toEqual([]);
    },
  );

  it('one sentence too long for a slide is continued between its clauses, never inside a figure', () => {
    const long = quoted(300);
    expect(long.kind).toBe('content');
    const deck = small('aspect: "4:3"\n', `## 引文\n\n> ${words.repeat(20).slice(0, 299)}。\n> —— 某某\n`);
    const quotes = deck.slides.flatMap((slide) =>
      slide.kind === 'content' && slide.title.startsWith('引文') ? slide.blocks : [],
    );
    expect(quotes.length).toBeGreaterThan(1);
    expect(quotes.map((quote) => (quote.kind === 'quote' ? quote.text : '')).join('')).toBe(
      `${words.repeat(20).slice(0, 299)}。`,
    );
    expect(smallOnPaperFindings(deck, 'talk.md', 3)).toEqual([]);
  });

  it('too long for a slide even between its clauses, stays a quote slide at its tightest size, which the handout names', () => {
    const unbroken = '坚持以人民为中心的发展思想把群众利益放在首位始终保持同人民群众的血肉联系'.repeat(10);
    const deck = small('aspect: "4:3"\n', `## 引文\n\n> ${unbroken}。\n> —— 某某\n`);
    const longest = deck.slides.find((slide) => slide.title === '引文')!;
    expect(longest.kind).toBe('quote');
    if (longest.kind !== 'quote') return;
    expect(longest.typeSize).toBe(TIGHTEST_QUOTE_SIZE);
    const named = smallOnPaperFindings(deck, 'talk.md', 3);
    expect(named.map((finding) => finding.title)).toEqual(['引文']);
    expect(
      smallOnPaperFindings({ ...deck, slides: deck.slides.filter((s) => s.kind !== 'quote') }, 'talk.md', 3),
    ).toEqual([]);
  });
});
