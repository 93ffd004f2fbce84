// A talk of many parts: its agenda goes over as many slides as hold every part, in even shares, never off the slide.
import { describe, expect, it } from 'vitest';
import { agendaPages } from '../../src/deck/layout.ts';
import { planDeck } from '../../src/deck/plan.ts';
import { parseOutline } from '../../src/outline/index.ts';

const titles = [
  '坚持党建引领',
  '强化服务意识',
  '创新工作方法',
  '加强队伍建设',
  '完善制度机制',
  '推动数字赋能',
  '营造良好氛围',
  '深化交流合作',
];
const entries = (count: number, title = (i: number) => titles[i % titles.length]!) =>
  Array.from({ length: count }, (_, i) => ({ titleHtml: title(i), i }));

describe("the agenda's slides", () => {
  it('hold up to six one-line parts on one slide, in both aspects', () => {
    for (const aspect of ['16:9', '4:3'] as const) {
      expect(agendaPages(entries(2), aspect)).toHaveLength(1);
      expect(agendaPages(entries(6), aspect)).toHaveLength(1);
    }
  });

  it('share seven or more parts evenly over slides, every part once and in order', () => {
    for (const [count, shares] of [
      [7, [4, 3]],
      [8, [4, 4]],
      [12, [6, 6]],
      [16, [6, 6, 4]],
    ] as const) {
      const pages = agendaPages(entries(count), '16:9');
      expect(pages.map((page) => page.length)).toEqual(shares);
      expect(pages.flat().map((entry) => entry.i)).toEqual(Array.from({ length: count }, (_, i) => i));
    }
  });

  it('hold fewer parts where their titles wrap onto a second line', () => {
    const long = (i: number) =>
      `${titles[i % titles.length]}，把群众的安危冷暖时刻放在心上，做到件件有回音、事事有着落`;
    expect(agendaPages(entries(6, long), '16:9').length).toBeGreaterThan(1);
    expect(agendaPages(entries(6, long), '4:3').length).toBeGreaterThanOrEqual(
      agendaPages(entries(6, long), '16:9').length,
    );
  });

  it('are planned after the title slide, the second and later ones marked continued', () => {
    const source = [
      '---',
      'title: 测试',
      '---',
      '',
      ...titles.flatMap((t) => [`# ${t}`, '', `## ${t}的做法`, '', '- 要点', '']),
    ].join('\n');
    const plan = planDeck(parseOutline(source, 'talk.md'));
    const agendas = plan.slides.filter((slide) => slide.kind === 'agenda');
    expect(agendas.map((slide) => slide.entries.length)).toEqual([4, 4]);
    expect(agendas.map((slide) => slide.continued ?? false)).toEqual([false, true]);
    expect(plan.slides.slice(1, 3).map((slide) => slide.kind)).toEqual(['agenda', 'agenda']);
  });
});
