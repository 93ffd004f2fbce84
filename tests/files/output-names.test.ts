// Which name a deck's outputs get: the outline's file name as before, or a name for sending when asked.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { outputName, outputPaths } from '../../src/files/output-names.ts';
import type { NamedDeck } from '../../src/files/output-names.ts';
import { setLanguage } from '../../src/messages/index.ts';
import { OutlineError } from '../../src/outline/index.ts';

const deck = (meta: Partial<NamedDeck['outline']['meta']>, outlinePath = '/p/slides/fayan.md'): NamedDeck => ({
  outlinePath,
  outline: { meta: { title: '提升做好新时代群众工作的能力', ...meta }, keys: { fileName: { line: 4, column: 11 } } },
});
const sending = { organization: '某某区委组织部', speaker: '张某某' };

afterEach(() => setLanguage('en'));

describe('outputName', () => {
  it('is the outline’s file name with the English suffixes when nothing else is asked, in either language', () => {
    for (const lang of ['en', 'zh'] as const) {
      setLanguage(lang);
      const { name, suffixes } = outputName(deck(sending));
      expect(outputPaths(name, '/p/dist', suffixes)).toMatchObject({
        deckDir: path.join('/p/dist', 'fayan'),
        handout: path.join('/p/dist', 'fayan-handout.pdf'),
      });
    }
  });

  it('is 单位-姓名-题目 with --name-for-sending, the suffixes in the language spoken', () => {
    setLanguage('zh');
    const { name, suffixes } = outputName(deck(sending), { forSending: true });
    const x = '某某区委组织部-张某某-提升做好新时代群众工作的能力';
    expect(outputPaths(name, '/d', suffixes)).toEqual({
      name: x,
      deckDir: path.join('/d', x),
      oneFile: path.join('/d', `${x}.html`),
      pdf: path.join('/d', `${x}.pdf`),
      notesPdf: path.join('/d', `${x}-备注.pdf`),
      handout: path.join('/d', `${x}-讲义.pdf`),
      script: path.join('/d', `${x}-讲稿.pdf`),
      pptx: path.join('/d', `${x}.pptx`),
      pictures: path.join('/d', `${x}-png`),
      longImage: path.join('/d', `${x}-长图.jpg`),
    });
    setLanguage('en');
    const english = outputName(deck({ speaker: '张某某' }), { forSending: true });
    expect(outputPaths(english.name, '/d', english.suffixes).script).toBe(
      path.join('/d', '张某某-提升做好新时代群众工作的能力-script.pdf'),
    );
  });

  it('is fileName: when the front matter sets it, made safe, with or without --name-for-sending', () => {
    setLanguage('zh');
    for (const naming of [{}, { forSending: true }]) {
      const { name, suffixes } = outputName(deck({ ...sending, fileName: '交流材料: 第1稿/终稿' }), naming);
      expect(name + suffixes.handout).toBe('交流材料： 第1稿-终稿-讲义.pdf');
    }
  });

  it('refuses a fileName: that leaves nothing, at its line', () => {
    const error = (() => {
      try {
        return outputName(deck({ fileName: ' ... ' }));
      } catch (e) {
        return e;
      }
    })() as OutlineError;
    expect(error).toBeInstanceOf(OutlineError);
    expect(error.line).toBe(4);
  });

  it('refuses an outline file name that is not safe as it stands', () => {
    for (const file of ['/p/slides/...md', '/p/slides/.md', '/p/slides/aux.md', '/p/slides/a|b.md']) {
      expect(() => outputName(deck({}, file)), file).toThrow(OutlineError);
    }
  });
});
