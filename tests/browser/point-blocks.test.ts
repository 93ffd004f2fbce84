// A quote or a table inside a point, as Chromium draws it in both themes at 16:9 and 4:3: the estimate counts them as
// the browser sets them (a quote's margins, indent and 1.6 lines; a table's rows of cells), so the slides the fit
// makes of them never run past the body, and nothing of them is lost. Counted as lines of the point, a point holding
// a quote ran 74 px past a 16:9 slide, and its cut parts still overflowed.
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
`;

/** Words the outline's quotes and tables hold, each to be found whole on some slide. */
const WORDS = [...SENTENCES, '——习近平', '我们要认真学习领会', ...ROWS.flat()];

const read = async ({ browser, built, page }: Parameters<Parameters<typeof drawnAtEachAspect>[2]>[0]) => {
  const measures = await measureLayout(browser, built);
  const slides: string[] = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.reveal .slides section.sd-slide .sd-body')].map((body) =>
      (body.textContent ?? '').replace(/\s+/g, ''),
    ),
  );
  return { measures, slides };
};

describe.each(['red', 'light'])('a quote or a table inside a point, %s theme', (theme) => {
  const drawn = drawnAtEachAspect(`point-blocks-${theme}`, outline(theme), read);

  describe.each(ASPECTS)('at %s', (aspect) => {
    it('runs past no slide', () => {
      const { measures } = drawn.get(aspect)!;
      expect(measures.filter((measure) => measure.overflow)).toEqual([]);
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
