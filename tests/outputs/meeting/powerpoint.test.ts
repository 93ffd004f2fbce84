// The meeting's PowerPoint: the sample and two talks of other themes and sizes, and a file a speaker sent, in the
// programme's order, one section per talk, each talk on the master of its own theme; opened by LibreOffice (skipped,
// saying so, where it is not installed), a page per slide with every talk's words in order.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDeckText, loadDeck, type LoadedDeck } from '../../../src/load/index.ts';
import { parseMeeting } from '../../../src/meeting/file.ts';
import { writeMeetingPptx, type MeetingPptxTalk } from '../../../src/outputs/meeting/powerpoint.ts';
import { SOFFICE, convertToPdf } from '../../support/office.ts';
import { readPdf, squash } from '../../support/pdf.ts';
import { elements, readPptx, shapesOf, slideNames, xml, type PptxPackage } from '../../support/pptx.ts';
import { SAMPLE_OUTLINE } from '../../support/sample.ts';
import { readFileSync } from 'node:fs';

const MEETING = parseMeeting(
  'title: 青年干部理论学习交流会\ndate: 2026-11-27\norganization: 某某单位\nplace: 三楼会议室\ntalks:\n  - outline: a.md\n',
  'meeting.yaml',
);
const talk = (title: string, speaker: string, more: string) =>
  `---\ntitle: ${title}\nspeaker: ${speaker}\n${more}---\n\n## 一、第一部分\n\n- 要点一在此\n- 要点二在此\n\n::: notes\n我讲第一部分。\n:::\n\n## 二、第二部分\n\n- 要点三在此\n`;

if (!SOFFICE)
  console.warn(
    'skipping the meeting PowerPoint in LibreOffice: soffice is not installed (apt-get install libreoffice-impress)',
  );

describe('the meeting’s PowerPoint', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'speechdeck-meeting-pptx-'));
  const target = path.join(dir, 'meeting.pptx');
  let decks: LoadedDeck[];
  let talks: MeetingPptxTalk[];
  let pkg: PptxPackage;
  let written: { slides: number };

  beforeAll(async () => {
    decks = [
      await loadDeck(SAMPLE_OUTLINE),
      await loadDeckText(path.join(dir, 'jiceng.md'), talk('把基层治理的功夫下在平时', '李某某', 'theme: light\n')),
      await loadDeckText(path.join(dir, 'keji.md'), talk('用数据跑路代替群众跑腿', '王某某', 'aspect: "4:3"\n')),
    ];
    talks = [
      ...decks.map((deck) => ({ title: deck.plan.meta.title, speaker: deck.plan.meta.speaker, deck })),
      { title: '发来的材料', speaker: '赵某某', sentFile: '赵某某.pptx' },
    ];
    written = await writeMeetingPptx(MEETING, talks, target, new Date('2026-11-20T00:00:00Z'));
    pkg = await readPptx(readFileSync(target));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const talkSlides = () => decks.reduce((sum, deck) => sum + deck.plan.slides.length, 0);

  it('holds the cover, the programme, a divider before each talk, every talk’s slides and a slide for the file sent', () => {
    // cover + programme + (divider + slides) per talk + (divider + stand-in) for the sent file
    expect(written.slides).toBe(2 + talkSlides() + decks.length + 2);
    const slides = slideNames(pkg.parts);
    expect(slides).toHaveLength(written.slides);
    const text = (i: number) =>
      shapesOf(pkg.parts.get(slides[i]!)!)
        .flatMap((shape) => shape.paragraphs.map((p) => p.text))
        .join(' ');
    expect(text(0)).toContain('青年干部理论学习交流会');
    expect(text(1)).toContain('议程');
    for (const t of talks) expect(text(1)).toContain(t.title);
    expect(text(2)).toContain('首先，请');
    expect(text(2)).toContain('张某某');
    expect(text(3)).toContain('提升做好新时代群众工作的能力');
    const second = 2 + 1 + decks[0]!.plan.slides.length;
    expect(text(second)).toContain('下面，请');
    expect(text(second)).toContain('李某某');
    expect(text(written.slides - 1)).toContain('赵某某.pptx');
  });

  it('numbers each talk’s slides by its own pages, as text, and the meeting’s own slides not at all', () => {
    // A field would show the place in the whole file (第 37 页) on the slide its speaker calls 第 5 页, as their deck
    // and their handout in the bound PDF number it.
    const slides = slideNames(pkg.parts);
    const pageOf = (i: number) =>
      shapesOf(pkg.parts.get(slides[i]!)!)
        .flatMap((shape) => shape.paragraphs.map((p) => p.text))
        .find((text) => /^第 \d+ 页$/.test(text));
    let at = 2;
    for (const deck of decks) {
      expect(pageOf(at), `divider at slide ${at + 1}`).toBeUndefined();
      for (const slide of deck.plan.slides)
        expect(pageOf(at + slide.number), `slide ${at + 1 + slide.number}`).toBe(
          slide.kind === 'title' ? undefined : `第 ${slide.number} 页`,
        );
      at += 1 + deck.plan.slides.length;
    }
    expect(pageOf(0)).toBeUndefined();
    expect(pageOf(1)).toBeUndefined();
    for (const slide of slides) expect(pkg.parts.get(slide)!).not.toContain('type="slidenum"');
  });

  it('has a section per talk in the programme’s order, each starting at its divider', () => {
    const presentation = pkg.parts.get('ppt/presentation.xml')!;
    const sections = elements(xml(presentation), 'p14:section');
    expect(sections.map((s) => s.attribs.name)).toEqual([
      '青年干部理论学习交流会',
      '1. 提升做好新时代群众工作的能力（张某某）',
      '2. 把基层治理的功夫下在平时（李某某）',
      '3. 用数据跑路代替群众跑腿（王某某）',
      '4. 发来的材料（赵某某）',
    ]);
    const counts = sections.map((s) => elements(s, 'p14:sldId').length);
    expect(counts).toEqual([2, ...decks.map((deck) => deck.plan.slides.length + 1), 2]);
    expect(counts.reduce((a, b) => a + b)).toBe(written.slides);
    // one slide size: the first talk's (16:9)
    expect(presentation).toMatch(/<p:sldSz cx="12192000" cy="6858000"\/>/);
  });

  it('puts each talk on a master of its own theme, the red talks and the meeting’s slides sharing one', () => {
    const masters = [...pkg.parts.keys()].filter((name) => /^ppt\/slideMasters\/slideMaster\d+\.xml$/.test(name));
    expect(masters).toHaveLength(2);
    // every slide's layout belongs to the master of its theme: the light talk's slides to the second
    const masterOf = (slide: string) => {
      const rels = pkg.parts.get(slide.replace('slides/', 'slides/_rels/') + '.rels')!;
      const layout = /Target="\.\.\/slideLayouts\/(slideLayout\d+\.xml)"/.exec(rels)![1]!;
      const layoutRels = pkg.parts.get(`ppt/slideLayouts/_rels/${layout}.rels`)!;
      return /slideMaster\d+\.xml/.exec(layoutRels)![0];
    };
    const slides = slideNames(pkg.parts);
    const light = 2 + 1 + decks[0]!.plan.slides.length + 1;
    expect(masterOf(slides[0]!)).toBe('slideMaster1.xml');
    expect(masterOf(slides[light]!)).toBe('slideMaster2.xml');
    expect(masterOf(slides[light - 1]!)).toBe('slideMaster1.xml'); // the divider is the meeting's own
    expect(masterOf(slides[light + decks[1]!.plan.slides.length + 1]!)).toBe('slideMaster1.xml');
    // each master its theme, with the light theme's own page colour
    const themes = masters.map((master) => {
      const rels = pkg.parts.get(master.replace('slideMasters/', 'slideMasters/_rels/') + '.rels')!;
      return pkg.parts.get(`ppt/theme/${/theme\d+\.xml/.exec(rels)![0]}`)!;
    });
    expect(themes[0]).not.toBe(themes[1]);
    // master and layout ids unique across the masters
    const ids = masters.flatMap((master) =>
      elements(xml(pkg.parts.get(master)!), 'p:sldLayoutId').map((e) => e.attribs.id),
    );
    const masterIds = elements(xml(pkg.parts.get('ppt/presentation.xml')!), 'p:sldMasterId').map((e) => e.attribs.id);
    expect(new Set([...ids, ...masterIds]).size).toBe(ids.length + masterIds.length);
  });

  describe.skipIf(!SOFFICE)('in LibreOffice Impress', () => {
    it('shows a page per slide, 16:9, every talk’s titles in the programme’s order', async () => {
      const pages = await readPdf(await convertToPdf(target, dir));
      expect(pages).toHaveLength(written.slides);
      for (const page of pages) expect(page.width / page.height).toBeCloseTo(16 / 9, 2);
      const all = squash(pages.map((page) => page.text).join(' '));
      let from = 0;
      for (const words of ['青年干部理论学习交流会', '议程', '首先，请', ...talks.map((t) => t.title), '赵某某.pptx']) {
        const at = all.indexOf(squash(words), from);
        expect(at, `“${words}” after ${from}`).toBeGreaterThanOrEqual(0);
        from = at;
      }
      // the 4:3 talk laid out anew on the meeting's 16:9 slides: its points there
      expect(all).toContain(squash('要点三在此'));
    });
  });
});
