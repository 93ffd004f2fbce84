// The meeting file's `template:`: every talk's slides and the meeting's own on the organiser's layouts, in its colours.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDeckText } from '../../../src/load/index.ts';
import { parseMeeting } from '../../../src/meeting/file.ts';
import { writeMeetingPptx } from '../../../src/outputs/meeting/powerpoint.ts';
import { readTemplate } from '../../../src/outputs/pptx/template/read.ts';
import { readPptx } from '../../support/pptx.ts';
import { makeTemplate } from '../../support/template.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'speechdeck-meeting-template-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a meeting on the organiser’s template', () => {
  it('reads `template:` with its line', () => {
    const meeting = parseMeeting(
      'title: 交流会\ntemplate: received/模板.pptx\ntalks:\n  - outline: a.md\n',
      'meeting.yaml',
    );
    expect(meeting.template).toEqual({ file: 'received/模板.pptx', at: { line: 2, column: 11 } });
  });

  it('writes every talk and the meeting’s own slides on its layouts', async () => {
    const meeting = parseMeeting('title: 交流会\ntalks:\n  - outline: a.md\n  - outline: b.md\n', 'meeting.yaml');
    const outline = (title: string, theme: string) =>
      `---\ntitle: ${title}\ntheme: ${theme}\n---\n\n# 第一部分\n\n## 要点\n\n- 一条要点\n`;
    const decks = [
      await loadDeckText(path.join(dir, 'a.md'), outline('第一个发言', 'red')),
      await loadDeckText(path.join(dir, 'b.md'), outline('第二个发言', 'light')),
    ];
    const template = await readTemplate(makeTemplate(), 'received/模板.pptx');
    const target = path.join(dir, 'meeting.pptx');
    const written = await writeMeetingPptx(
      meeting,
      decks.map((deck) => ({ title: deck.plan.meta.title, deck })),
      target,
      new Date('2026-11-20T00:00:00Z'),
      template,
    );
    expect(written.warnings).toEqual([]);
    const { parts } = await readPptx(readFileSync(target));
    for (let n = 1; n <= written.slides; n++) {
      const rels = parts.get(`ppt/slides/_rels/slide${n}.xml.rels`)!;
      const layout = parts.get(`ppt/slideLayouts/${/slideLayouts\/([^"]+)"/.exec(rels)![1]}`)!;
      expect(layout, `slide ${n}`).toMatch(/<p:cSld name="Org /);
    }
    // One master (the template's), its theme the template's, whatever each talk's own theme.
    expect([...parts.keys()].filter((name) => /^ppt\/slideMasters\/[^/]+\.xml$/.test(name))).toHaveLength(1);
    // The cover's title in the template's own title style (no colour of a talk's theme over it).
    const cover = parts.get('ppt/slides/slide1.xml')!;
    const title = cover.slice(cover.indexOf('<p:ph type="ctrTitle"/>'));
    expect(title).toContain('</p:sp>');
    expect(title.slice(0, title.indexOf('</p:sp>'))).not.toContain('<a:solidFill>');
    expect(cover).not.toContain('B71C1C');
  });
});
