// A quote or a table inside a point, as Chromium draws it in both themes at 16:9 and 4:3: the estimate counts them as
// the browser sets them (a quote's margins, indent and 1.6 lines; a table as the deck's own tables), so the slides the
// fit makes of them never run past the body, and nothing of them is lost. Counted as lines of the point, a point
// holding a quote ran 74 px past a 16:9 slide, and its cut parts still overflowed. A table inside a point is the
// deck's table (header on the accent, padded cells, figures right-aligned), and a cell without punctuation (a long
// run of letters and figures, a long run of Chinese) wraps within the slide: drawn as the browser's plain table it
// was unstyled, its columns touching, and such a cell ran past the slide's right edge.
import { describe, expect, it } from 'vitest';
import { measureLayout } from '../../src/outputs/layout.ts';
import { ASPECTS, drawnAtEachAspect } from '../support/drawn-decks.ts';

const SENTENCES = [
  '基层治理是国家治理的基石，要坚持和发展新时代“枫桥经验”，把矛盾纠纷化解在基层、化解在萌芽状态。',
  '要健全党组织领导的自治、法治、德治相结合的城乡基层治理体系，完善网格化管理、精细化服务、信息化支撑的基层治理平台。',
  '要推动社会治理重心向基层下移，把更多资源、服务、管理放到社区，更好为群众提供精准化、精细化服务。',
  '要加强基层政权建设，巩固党的执政基础，始终把人民群众的安危冷暖放在心上。',
];
const LONG_QUOTE = SENTENCES.join('');
const SHORT_QUOTE = SENTENCES[0]!;
const ROWS = [
  ['城关镇', '1,024', '96.5%', '网格员入户走访，矛盾纠纷就地化解'],
  ['东山乡', '856', '95.1%', '专兼职调解员队伍下沉一线'],
  ['西湖街道', '1,310', '97.2%', '网格员入户走访全覆盖'],
  ['南岭镇', '902', '94.8%', '源头化解见效明显，群众满意度持续提升'],
  ['北山乡', '776', '93.6%', '矛盾纠纷受理同比下降'],
  ['河口镇', '1,108', '96.1%', '达到省定目标'],
];
const table = (indent: string) =>
  [
    '| 乡镇 | 受理（件） | 化解率 | 主要做法 |',
    '| --- | --- | --- | --- |',
    ...ROWS.map((row) => `| ${row.join(' | ')} |`),
  ]
    .map((line) => indent + line)
    .join('\n');

/** Cells no punctuation breaks: a code of letters and figures, a long run of Chinese. */
const UNBROKEN = [
  [
    '城关镇',
    'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ',
    '网格化服务管理信息平台统一身份认证编码长期有效无需重复申请办理',
  ],
  [
    '东山乡',
    '202605120930001234567890123456789012345678901234567890',
    '党组织领导的自治法治德治相结合的城乡基层治理体系建设试点单位',
  ],
];
/** Many rows: a slide the fit must set smaller or continue. */
const MANY = Array.from({ length: 11 }, (_, i) => [`第${i + 1}网格`, `${(i + 3) * 137}`, `${90 + (i % 9)}.${i}%`]);
const rowsTable = (indent: string, head: string[], rows: string[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ]
    .map((line) => indent + line)
    .join('\n');

const outline = (theme: string) => (aspect: string) =>
  `---
title: 要点里的引文和表格
aspect: "${aspect}"
theme: ${theme}
---

## 要点里的长引文

1. 领导在会上的讲话

   > ${LONG_QUOTE}
   >
   > ——习近平

   我们要认真学习领会
2. 后面的要点

## 要点里的短引文

1. 领导在会上的讲话

   > ${SHORT_QUOTE}
   >
   > ——习近平
2. 把讲话精神落到实处，推动基层治理工作走深走实
3. 坚持问题导向，聚焦群众急难愁盼

## 要点里的表

1. 各乡镇情况如下

${table('   ')}
2. 后面的要点

## 两个要点里的表

- 上半年

${table('  ')}
- 下半年各乡镇继续推进

## 要点里没有标点的格

1. 各单位的编码如下

${rowsTable('   ', ['单位', '编码', '说明'], UNBROKEN)}
2. 后面的要点

## 要点里的长表

1. 各网格受理和化解情况

${rowsTable('   ', ['网格', '受理（件）', '化解率'], MANY)}
2. 坚持问题导向，聚焦群众急难愁盼，推动基层治理工作走深走实
3. 把讲话精神落到实处
`;

/** Words the outline's quotes and tables hold, each to be found whole on some slide. */
const WORDS = [...SENTENCES, '——习近平', '我们要认真学习领会', ...ROWS.flat(), ...UNBROKEN.flat(), ...MANY.flat()];

const read = async ({ browser, built, page }: Parameters<Parameters<typeof drawnAtEachAspect>[2]>[0]) => {
  const measures = await measureLayout(browser, built);
  const slides: string[] = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.reveal .slides section.sd-slide .sd-body')].map((body) =>
      (body.textContent ?? '').replace(/\s+/g, ''),
    ),
  );
  // each table inside a point: how its header and cells are drawn, and how far it reaches past its point and the slide
  const tables = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.reveal .slides section.sd-slide .sd-points li table')].map((table) => {
      const li = table.closest('li')!.getBoundingClientRect();
      const slide = table.closest('section')!.getBoundingClientRect();
      const right = Math.max(
        table.getBoundingClientRect().right,
        ...[...table.querySelectorAll('th, td')].map((cell) => {
          // (a cell's words, not its box: text running out of a narrow cell)
          const range = document.createRange();
          range.selectNodeContents(cell);
          return range.getBoundingClientRect().right;
        }),
      );
      const th = getComputedStyle(table.querySelector('th')!);
      const td = table.querySelector('td')!;
      const figure = [...table.querySelectorAll('td')].find((cell) => /^[\d,.%]{1,8}$/.test(cell.textContent ?? ''));
      return {
        past: Math.round(Math.max(right - li.right, right - slide.right)),
        header: th.backgroundColor,
        headerColour: th.color,
        padding: parseFloat(getComputedStyle(td).paddingLeft) / parseFloat(getComputedStyle(td).fontSize),
        rule: getComputedStyle(table).borderBottomWidth,
        figureAlign: figure ? getComputedStyle(figure).textAlign : 'right',
      };
    }),
  );
  return { measures, slides, tables };
};

describe.each(['red', 'light'])('a quote or a table inside a point, %s theme', (theme) => {
  const drawn = drawnAtEachAspect(`point-blocks-${theme}`, outline(theme), read);

  describe.each(ASPECTS)('at %s', (aspect) => {
    it('runs past no slide', () => {
      const { measures } = drawn.get(aspect)!;
      expect(measures.filter((measure) => measure.overflow)).toEqual([]);
    });

    it('draws each table inside a point as the deck draws its tables, within the slide', () => {
      const { tables } = drawn.get(aspect)!;
      expect(tables.length).toBeGreaterThanOrEqual(5);
      for (const table of tables) {
        expect(table.header).not.toBe('rgba(0, 0, 0, 0)');
        expect(table.header).not.toBe(table.headerColour);
        expect(table.padding).toBeGreaterThanOrEqual(0.5);
        expect(table.rule).toBe('3px');
        expect(table.figureAlign).toBe('right');
        expect(table.past).toBeLessThanOrEqual(1);
      }
    });

    it('loses nothing: every sentence, attribution and cell is on some slide, in order', () => {
      const { slides } = drawn.get(aspect)!;
      const text = slides.join('|');
      const missing = WORDS.filter((word) => !slides.some((slide) => slide.includes(word.replace(/\s+/g, ''))));
      expect(missing).toEqual([]);
      const at = SENTENCES.map((sentence) => text.indexOf(sentence));
      expect(at).toEqual([...at].sort((a, b) => a - b));
    });
  });
});
