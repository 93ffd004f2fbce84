// Which outline a command works on when none is named: the one speechdeck.json names, else the one changed last.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chooseOutline, chosenOutline, everyOutline } from '../../src/commands/outlines.ts';
import { OutlineError } from '../../src/outline/error.ts';

describe('chooseOutline', () => {
  const talks = [
    { file: '/p/slides/qunzhong.md', changed: 1_000 },
    { file: '/p/slides/fayan.md', changed: 3_000 },
    { file: '/p/slides/talk.md', changed: 2_000 },
  ];

  it('takes the most recently changed outline, whatever order the folder lists them in', () => {
    expect(chooseOutline(talks)).toEqual({ file: '/p/slides/fayan.md', why: 'recent', of: 3 });
    expect(chooseOutline([...talks].reverse())).toEqual({ file: '/p/slides/fayan.md', why: 'recent', of: 3 });
  });

  it('takes the first by name of two changed at the same moment', () => {
    const same = [
      { file: '/p/slides/b.md', changed: 5 },
      { file: '/p/slides/a.md', changed: 5 },
    ];
    expect(chooseOutline(same)?.file).toBe('/p/slides/a.md');
  });

  it('takes the outline the settings name over a newer one', () => {
    expect(chooseOutline(talks, '/p/slides/qunzhong.md')).toEqual({
      file: '/p/slides/qunzhong.md',
      why: 'settings',
      of: 3,
    });
  });

  it('has nothing to choose from an empty folder', () => {
    expect(chooseOutline([])).toBeUndefined();
  });
});

describe('chosenOutline, in a project folder', () => {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-outlines-'));
  afterAll(() => fs.rmSync(project, { recursive: true, force: true }));
  const slides = path.join(project, 'slides');
  fs.mkdirSync(slides);
  const write = (name: string, seconds: number) => {
    fs.writeFileSync(path.join(slides, name), '---\ntitle: 题目\n---\n');
    fs.utimesSync(path.join(slides, name), seconds, seconds);
  };
  write('qunzhong.md', 1_000_000);
  write('fayan.md', 2_000_000);
  fs.mkdirSync(path.join(slides, 'old.md'));
  fs.writeFileSync(path.join(slides, 'notes.txt'), '');

  it('is the outline changed last, a folder named .md aside', async () => {
    expect(await chosenOutline(project)).toEqual({ file: path.join(slides, 'fayan.md'), why: 'recent', of: 2 });
  });

  it('is the one speechdeck.json names, relative to its folder', async () => {
    fs.writeFileSync(path.join(project, 'speechdeck.json'), '\uFEFF{"outline": "slides/qunzhong.md"}');
    try {
      expect(await chosenOutline(project)).toEqual({ file: path.join(slides, 'qunzhong.md'), why: 'settings', of: 2 });
    } finally {
      fs.rmSync(path.join(project, 'speechdeck.json'));
    }
  });

  it.each([
    ['not JSON', '{outline: slides/qunzhong.md}', /not valid JSON/],
    ['an outline that is not text', '{"outline": 3}', /must be the path of an outline/],
    ['an outline that is not there', '{"outline": "slides/gone.md"}', /slides\/gone\.md, which is not there/],
  ])('refuses settings with %s, naming speechdeck.json', async (_, text, message) => {
    fs.writeFileSync(path.join(project, 'speechdeck.json'), text);
    try {
      const error = await chosenOutline(project).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(OutlineError);
      expect((error as OutlineError).file).toBe('speechdeck.json');
      expect((error as OutlineError).message).toMatch(message);
    } finally {
      fs.rmSync(path.join(project, 'speechdeck.json'));
    }
  });

  it('says what to do when slides/ holds no outline', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-outlines-empty-'));
    try {
      const error = await chosenOutline(empty).catch((caught: unknown) => caught);
      expect((error as OutlineError).report()).toContain('npx speechdeck new talk');
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('everyOutline', () => {
  it('is every slides/*.md of the working folder, by name', async () => {
    const project = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-outlines-all-'));
    const cwd = process.cwd();
    try {
      fs.mkdirSync(path.join(project, 'slides'));
      for (const name of ['b.md', 'a.md', '.hidden.md']) fs.writeFileSync(path.join(project, 'slides', name), '');
      process.chdir(project);
      expect((await everyOutline()).map((file) => path.basename(file))).toEqual(['a.md', 'b.md']);
    } finally {
      process.chdir(cwd);
      fs.rmSync(project, { recursive: true, force: true });
    }
  });
});
