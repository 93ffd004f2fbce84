// Parts, points and figures a speaker would make that the drafts missed (second round): the closing's rallying call,
// items named in a list and defined by who acts, parts that open with the problem they answer. Every text is made up in
// the genre's manner, on topics of its own (none from a speech of the reference set).
import { describe, expect, it } from 'vitest';
import { namedItems } from '../../src/import/ideas.ts';
import { pointOf } from '../../src/import/points.ts';
import { splitSentences } from '../../src/import/sentences.ts';
import { pointProblem } from './support/keepable.ts';
import { draftOf, pointsBySlide } from './support/outline.ts';

/** A short talk of three 首先/其次/最后 parts, each with its figures, to put a last paragraph after. */
const BODY = [
  '让老年人学有所乐',
  '某某市老年大学 钱某某',
  '老年教育是应对人口老龄化的重要内容。下面，我从三个方面介绍我们的做法。',
  '首先，扩大办学覆盖面。过去老年大学一座难求，报名要排队。我们在街道和社区设立教学点，全市教学点达到二百一十个，在校学员三万八千余人。',
  '其次，丰富课程内容。我们根据学员需求开设书画、声乐、智能手机应用等课程一百二十门，两年培训老年人一万五千人次。',
  '最后，提升办学质量。我们建立了教师库，聘请专兼职教师四百六十名，每学期开展教学评议，学员满意率达到百分之九十六。',
];

describe('the closing’s rallying call', () => {
  const closings = [
    '让我们携手努力，为老年教育事业发展作出新的更大贡献！',
    '我们将以这次会议为新的起点，奋力谱写老年教育高质量发展新篇章。',
    '老有所学没有终点，我们将继续扩大供给、提升质量，让更多老年人乐享晚年。',
    '办好老年教育，功在当下、利在长远。让我们一起努力，把老年大学办成老年人的幸福家园。',
  ];

  it('is the closing, said on the closing slide and shown on no slide of the last part', async () => {
    for (const closing of closings) {
      const { outline } = await draftOf([...BODY, closing].join('\n'));
      expect(outline.parts, closing).toHaveLength(3);
      const shown = [...pointsBySlide(outline).values()].flat().join('|');
      const titles = outline.parts.flatMap((p) => p.slides.map((s) => s.title)).join('|');
      for (const clause of closing.split(/[，。！]/u).filter((c) => c.length >= 4)) {
        expect(shown, closing).not.toContain(clause);
        expect(titles, closing).not.toContain(clause);
      }
      expect(outline.closingNotes?.text ?? '', closing).toContain(closing.slice(0, 8));
    }
  });

  it('is no point where the last part’s paragraph ends with it', () => {
    for (const sentence of [
      '让我们携手并进，共同书写乡村振兴的新篇章。',
      '为建设美丽家园作出新的更大贡献。',
      '以更加饱满的热情，奋力开创文明实践工作新局面，交出新答卷。',
    ])
      expect(pointOf(sentence), sentence).toBeUndefined();
    // What the part did is still a point.
    expect(pointOf('全年新建教学点三十个，学员满意率达到百分之九十六。')).toBeDefined();
  });

  it('a last paragraph that pledges with its figures is still a part’s text, not the closing', async () => {
    const text = [...BODY.slice(0, -1), `${BODY.at(-1)}我们将继续新建教学点三十个。`].join('\n');
    const { outline } = await draftOf(text);
    expect([...pointsBySlide(outline).values()].flat().join('|')).toContain('百分之九十六');
  });
});

describe('items named in a list and defined by who acts first', () => {
  const passages = [
    '我们重点抓好“三个一”：一批站点、一支队伍、一套制度。一批站点，就是市财政安排资金一千二百万元，在全市新建便民服务站八十六个。一支队伍，就是招募志愿者三千余名，每个站点配备五人以上。一套制度，就是制定服务规范十二项，做到服务有标准。',
    '我们推行“两张清单”：一张责任清单、一张任务清单。一张责任清单，就是县里统一印发责任目录，把四十二项职责逐项落实到人。一张任务清单，就是每月梳理重点任务，全年共交办任务五百六十项。',
    '概括起来是“两个中心”：一个调度中心、一个服务中心。一个调度中心，即由街道统一调配车辆，高峰时段增派运力三成。一个服务中心，就是区交通局牵头设立的咨询窗口，全年接待群众咨询九千余次。',
  ];

  it('shows each item by its name and what it makes or did, never the half that says who pays or acts', () => {
    for (const passage of passages) {
      const items = [...namedItems(splitSentences(passage)).values()];
      const names = /[：:]([^。]+)。/u.exec(passage)?.[1]?.split('、') ?? [];
      expect(items, passage).toHaveLength(names.length);
      items.forEach((item, i) => {
        expect(item.startsWith(`${names[i]}，`), item).toBe(true);
        expect(item, item).not.toMatch(/^[^，]+，(就是|即)由?(市|县|区|街道)/u);
        expect(pointProblem(item, passage), item).toBeUndefined();
      });
    }
  });

  it('keeps a definition that says what the item is, with no actor before it', () => {
    const items = [...namedItems(splitSentences(passages[0] ?? '')).values()];
    expect(items).toContain('一支队伍，就是招募志愿者三千余名');
    expect(items).toContain('一批站点，在全市新建便民服务站八十六个');
  });
});
