// An export run again and again (the editor's button) makes a printed output again only when its inputs or its file
// changed: the script is kept when only slide text changed, and what was kept reads as a cold export of the new
// outline does (page count and text per page); a change to the notes or to the theme makes it again.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { OutputName } from '../../src/outputs/index.ts';
import { KeptOutputs } from '../../src/outputs/kept.ts';
import { makeInto } from '../support/make-outputs.ts';
import { browserTest } from '../support/servers.ts';
import { pageTexts } from '../support/pdf.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-kept-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('what an export keeps', () => {
  it('reuses what was made only while the inputs and the files are as they were', async () => {
    const file = path.join(root, 'unit', 'talk-script.pdf');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, 'pdf 1');
    const kept = new KeptOutputs();
    expect(await kept.reuse('script', 'a', [file])).toBeUndefined();
    await kept.keep('script', 'a', [file], { pages: 1 });
    expect(await kept.reuse('script', 'a', [file])).toEqual({ pages: 1 });
    expect(await kept.reuse('script', 'b', [file])).toBeUndefined();
    // forgotten once the inputs differed: the output is being made again
    expect(await kept.reuse('script', 'a', [file])).toBeUndefined();
    await kept.keep('script', 'a', [file], { pages: 1 });
    fs.writeFileSync(file, 'pdf 2, from someone else');
    expect(await kept.reuse('script', 'a', [file])).toBeUndefined();
    await kept.keep('script', 'a', [file], { pages: 1 });
    fs.rmSync(file);
    expect(await kept.reuse('script', 'a', [file])).toBeUndefined();
  });
});

const outline = ({ point = '要点甲', note = '全区建成了86个网格。', theme = 'light' } = {}) =>
  [
    '---',
    'title: 保留的讲稿',
    `theme: ${theme}`,
    '---',
    '',
    '## 第一页',
    '',
    `- ${point}`,
    '',
    '::: notes',
    note,
    ':::',
    '',
    '## 第二页',
    '',
    '- 要点乙',
    '',
  ].join('\n');

const changedAt = (file: string) => fs.statSync(file).mtimeMs;

describe('the script, exported again', () => {
  browserTest(
    'is kept when only slide text changed, made again when its notes or theme did',
    async ({ browser }) => {
      const outputs: OutputName[] = ['deck', 'script'];
      const kept = new KeptOutputs();
      const dir = path.join(root, 'again');
      const first = (await makeInto(browser, dir, outline(), outputs, kept)).get('script')!;
      const written = changedAt(first);

      // Only a point changed: the script is not printed again, and reads as a cold export of the new outline.
      const changed = outline({ point: '要点甲改过了' });
      await makeInto(browser, dir, changed, outputs, kept);
      expect(changedAt(first)).toBe(written);
      const cold = (await makeInto(browser, path.join(root, 'cold'), changed, outputs)).get('script')!;
      expect(pageTexts(first)).toEqual(pageTexts(cold));
      expect(pageTexts(first).join('')).toContain('全区建成了86个网格');

      // The notes changed: printed again, with the new notes.
      await makeInto(browser, dir, outline({ point: '要点甲改过了', note: '群众满意度达到98%。' }), outputs, kept);
      expect(changedAt(first)).not.toBe(written);
      expect(pageTexts(first).join('')).toContain('群众满意度达到98%');
      const again = changedAt(first);

      // The theme changed: printed again too.
      await makeInto(
        browser,
        dir,
        outline({ point: '要点甲改过了', note: '群众满意度达到98%。', theme: 'red' }),
        outputs,
        kept,
      );
      expect(changedAt(first)).not.toBe(again);
    },
    240_000,
  );
});
