// The editor's answers at each keystroke come from caches kept since the last one (the parse's pieces, the plan's
// pages, the slides sent to the tab, the notes already set for the handout): after any edits, the slides the page
// holds and the findings it is sent are those a whole render and a whole `check` of the same text give.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { SlideRenderer } from '../../src/server/editor/render.ts';
import type { SlideInfo } from '../../src/editor/protocol.ts';
import { outline } from '../../scripts/bench-decks.ts';

const REPO = path.resolve(import.meta.dirname, '../..');
const project = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-editor-incremental-'));
afterAll(() => fs.rmSync(project, { recursive: true, force: true }));
const file = path.join(project, 'slides', 'talk.md');
fs.mkdirSync(path.dirname(file), { recursive: true });

/** What an edit may insert: typing, lines, slides, notes, the marks findings are about. */
const INSERTS = [
  '字',
  '群众满意度达到98%',
  '\n',
  '\n\n',
  '\n- ',
  '\n- － 群众',
  '\n\n## 新的一页\n\n- 要点\n',
  '\n\n# 第三部分\n\n',
  '\n::: notes\n讲稿\n',
  `\n::: notes\n${'这一段备注讲得很长很长，讲义每页三张时放不下。'.repeat(20)}\n:::\n`,
  '\n:::\n',
  '\n- 这一条要点写得非常非常长，长到投影出来后排的人一眼读不完它到底说了什么\n',
  'ê̌',
  '：',
];
const edit = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 40 }),
  insert: fc.oneof(fc.constantFrom(...INSERTS), fc.string({ maxLength: 3 })),
});

/** The page's side: the slides it holds, updated from each answer as the page updates them. */
class PageSlides {
  have = 0;
  sections: string[] = [];
  slides: SlideInfo[] = [];
  async follow(renderer: SlideRenderer, text: string): Promise<boolean> {
    const rendered = await renderer.render(file, text, 'tab', this.have);
    if (!rendered.ok) return false;
    if (rendered.whole) this.sections = this.slides = [];
    this.sections.length = this.slides.length = rendered.count;
    for (const { index, html, slide } of rendered.changed) {
      this.sections[index] = html;
      this.slides[index] = slide;
    }
    this.have = rendered.version;
    return true;
  }
}

describe("the editor's answers at each keystroke", () => {
  it.each([
    ['the sample', () => fs.readFileSync(path.join(REPO, 'slides/qunzhong.md'), 'utf8')],
    ['a 40-slide talk', () => outline(40)],
  ])('are, for %s after any edits, a whole render’s and a whole check’s', async (_name, start) => {
    const first = start();
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 6 }), async (edits) => {
        const renderer = new SlideRenderer();
        const page = new PageSlides();
        let text = first;
        for (const step of [undefined, ...edits]) {
          if (step) {
            const from = step.at % (text.length + 1);
            text = text.slice(0, from) + step.insert + text.slice(from + step.remove);
          }
          const shown = await page.follow(renderer, text);
          const whole = new PageSlides();
          expect(await whole.follow(new SlideRenderer(), text)).toBe(shown);
          if (shown) {
            expect(page.sections).toEqual(whole.sections);
            expect(page.slides).toEqual(whole.slides);
          }
          expect(await renderer.findings(file, text)).toEqual(await new SlideRenderer().findings(file, text));
        }
      }),
      { numRuns: 6 },
    );
  });
});
