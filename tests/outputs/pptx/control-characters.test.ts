// Control characters never reach the PowerPoint's XML raw: in the front matter they are refused at their line, in
// the body they are left out of every part (XML 1.0 does not allow them; PowerPoint calls the file unreadable).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDeck } from '../../../src/load/index.ts';
import { OutlineError } from '../../../src/outline/index.ts';
import { writePptxFile } from '../../../src/outputs/pptx/file.ts';
import { readPptx } from '../../support/pptx.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-pptx-control-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

function outline(name: string, text: string): string {
  const file = path.join(dir, `${name}.md`);
  fs.writeFileSync(file, text);
  return file;
}

describe('control characters', () => {
  it('in the front matter are refused at their line, so they never reach docProps/core.xml', async () => {
    const file = outline('front', '---\ntitle: 提升\u000b能力\nspeaker: 张\u0008三\n---\n\n## 一页\n\n- 一点\n');
    const error = (await loadDeck(file).catch((e: unknown) => e)) as OutlineError;
    expect(error).toBeInstanceOf(OutlineError);
    expect(error.problems.map((p) => p.line)).toEqual([2, 3]);
  });

  it('in the body are left out of every part of the PowerPoint', async () => {
    const file = outline(
      'body',
      '---\ntitle: 题目\n---\n\n## 一\u000b页\n\n- 一\u0008点\u001b[2J\n\n::: notes\n要说\u000c的话\n:::\n',
    );
    const pptx = await writePptxFile(await loadDeck(file), path.join(dir, 'body.pptx'));
    const { parts } = await readPptx(fs.readFileSync(pptx.path));
    for (const [name, text] of parts) if (/\.(xml|rels)$/.test(name)) expect(NOT_IN_XML.test(text), name).toBe(false);
    expect([...parts.values()].some((text) => text.includes('一点[2J'))).toBe(true);
  });
});
