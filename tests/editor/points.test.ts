// From notes to points: where a point chosen from a slide's notes is written, and the figures offered as points.
import { describe, expect, it } from 'vitest';
import { addPoint, unshownFigures } from '../../src/editor/points.ts';

const apply = (lines: string[], change: ReturnType<typeof addPoint>) => {
  const out = [...lines];
  out.splice(change!.from - 1, change!.to - change!.from + 1, ...change!.lines);
  return out;
};

describe('notes to points', () => {
  it("adds the words after the slide's last point, above its notes", () => {
    const lines = ['## 一', '', '- 甲', '- 乙', '  续', '', '::: notes', '我们建成了86个网格。', ':::', '', '## 二'];
    expect(apply(lines, addPoint(lines, 8, '建成了86个网格'))).toEqual([
      '## 一',
      '',
      '- 甲',
      '- 乙',
      '  续',
      '- 建成了86个网格',
      '',
      '::: notes',
      '我们建成了86个网格。',
      ':::',
      '',
      '## 二',
    ]);
  });

  it("drops the sentence's punctuation at either end of the words chosen, and keeps quotes and marks", () => {
    const lines = ['## 一', '', '- 甲', '', '::: notes', '讲的话', ':::'];
    const point = (chosen: string) => addPoint(lines, 6, chosen)!.lines.at(-1);
    expect(point('做到一把钥匙开一把锁。')).toBe('- 做到一把钥匙开一把锁');
    expect(point('，要把群众放在心上；')).toBe('- 要把群众放在心上');
    expect(point('“心无百姓莫为官”。')).toBe('- “心无百姓莫为官”');
    expect(point('群众满意吗？')).toBe('- 群众满意吗？');
    expect(point('98%.')).toBe('- 98%.');
  });

  it('adds nothing where the slide has that point already (the words chosen twice)', () => {
    const lines = ['## 一', '', '- 甲', '- 做到一把钥匙开一把锁', '', '::: notes', '做到一把钥匙开一把锁。', ':::'];
    expect(addPoint(lines, 7, '做到一把钥匙开一把锁。')).toBeUndefined();
    expect(addPoint(lines, 7, '一把钥匙')).toBeDefined();
  });

  it('starts a list under the heading of a slide that has none', () => {
    const lines = ['## 一', '', '::: notes', '讲的话', ':::'];
    expect(apply(lines, addPoint(lines, 4, '  讲的话 '))).toEqual([
      '## 一',
      '',
      '- 讲的话',
      '',
      '::: notes',
      '讲的话',
      ':::',
    ]);
  });

  it('adds to the page the cursor is on, a `---` continuation included, and nothing outside a slide', () => {
    const lines = ['## 一', '- 甲', '---', '- 丙', 'Note: 讲丁'];
    expect(apply(lines, addPoint(lines, 5, '丁'))).toEqual(['## 一', '- 甲', '---', '- 丙', '- 丁', 'Note: 讲丁']);
    expect(addPoint(['前言'], 1, '字')).toBeUndefined();
    expect(addPoint(['## 一'], 1, '   ')).toBeUndefined();
  });

  it('offers the figures the notes give and the slide does not show, each as the clause it is said in', () => {
    expect(unshownFigures('全区建成86个网格，群众满意度达到98%，共有2个方面。', '网格化管理')).toEqual([
      { figure: '86个网格', point: '全区建成86个网格' },
      { figure: '98%', point: '群众满意度达到98%' },
    ]);
    expect(unshownFigures('满意度达到98%。', '满意度 98%')).toEqual([]);
    // The clause ends at the figure: what comes after it is another thought.
    expect(unshownFigures('全年办结诉求1200件以上，满意率98%。', '')).toEqual([
      { figure: '1200件以上', point: '全年办结诉求1200件以上' },
      { figure: '98%', point: '满意率98%' },
    ]);
    // A clause too long for a point: the figure alone.
    const long = '通过专题调研走访座谈理论宣讲志愿服务等多种形式累计走访群众3000户。';
    expect(unshownFigures(long, '')).toEqual([{ figure: '3000户', point: '3000户' }]);
    // The first of a line of notes, and one after a line break.
    expect(unshownFigures('98%的群众满意\n新建86个网格', '')).toEqual([
      { figure: '98%', point: '98%' },
      { figure: '86个网格', point: '新建86个网格' },
    ]);
  });
});
