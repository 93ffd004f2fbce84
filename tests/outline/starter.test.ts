// The outline `speechdeck new` writes: every front matter key the parser knows, explained in Chinese, and a body
// that shows the format's parts (a part, two slides, points, a quote, notes); it parses as it stands.
import { describe, expect, it } from 'vitest';
import { FRONT_MATTER_KEYS } from '../../src/outline/meta.ts';
import { EXPLAINED, starterOutline } from '../../src/outline/starter.ts';
import { parse } from './support.ts';

const text = starterOutline();
const frontMatter = text.split('\n---\n')[0]!.split('\n');

describe('the starter outline', () => {
  it('shows every key the parser knows, each on its own line with a short Chinese comment', () => {
    for (const key of FRONT_MATTER_KEYS) {
      expect(EXPLAINED[key], `${key} has no explanation in src/outline/starter.ts`).toBeDefined();
      const line = frontMatter.find((candidate) => candidate.startsWith(`${key}:`));
      expect(line, key).toMatch(/ # \S*[\u4e00-\u9fff]/);
    }
  });

  it('parses as it stands, with the defaults the parser would give', () => {
    const outline = parse(text);
    expect(outline.meta).toMatchObject({
      title: '发言的题目',
      pace: 220,
      theme: 'red',
      aspect: '16:9',
      agenda: true,
      closing: '谢谢！敬请批评指正。',
    });
    expect(outline.meta.duration).toBeUndefined();
  });

  it('has one part with two slides, points, a quote, and notes on the part and on every slide', () => {
    const { opening, parts } = parse(text);
    expect(opening).toEqual([]);
    expect(parts).toHaveLength(1);
    const [part] = parts;
    expect(part!.notes?.text).toBeTruthy();
    expect(part!.slides.map((slide) => slide.pages[0]!.blocks.map((block) => block.kind))).toEqual([
      ['points'],
      ['quote'],
    ]);
    for (const slide of part!.slides) expect(slide.pages[0]!.notes?.text, slide.title).toBeTruthy();
  });

  it('sends the speaker who made it in the editor to no terminal: no command, no command name', () => {
    const made = starterOutline('editor');
    expect(made).not.toMatch(/npx|speechdeck|\bcheck\b/);
    expect(made).toContain('波浪线');
    expect(parse(made).parts).toHaveLength(1);
    // From `new` in a terminal, the one command that checks it.
    expect(text).toContain('npx speechdeck check');
    expect(text.replace('npx speechdeck check', '')).not.toMatch(/\bcheck\b/);
  });
});
