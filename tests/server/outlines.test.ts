// The outlines the editor's page may switch to, and a new one made from it: only the project's slides/*.md (and the
// one opened), a new name made safe and kept inside slides/, an existing file never overwritten.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chosenOutline, newOutline, outlineChoices } from '../../src/server/editor/outlines.ts';
import { starterOutline } from '../../src/outline/starter.ts';

let project: string;
let talk: string;
beforeEach(() => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-outlines-'));
  fs.mkdirSync(path.join(project, 'slides'));
  talk = path.join(project, 'slides', 'talk.md');
  fs.writeFileSync(talk, '## 甲\n');
  fs.writeFileSync(path.join(project, 'slides', '学习.md'), '## 乙\n');
  fs.writeFileSync(path.join(project, 'slides', 'notes.txt'), 'not an outline');
  fs.writeFileSync(path.join(project, 'secret.md'), 'outside slides/');
});
afterEach(() => fs.rmSync(project, { recursive: true, force: true }));

describe('the outlines to switch to', () => {
  it('are the slides/*.md of the project, the one edited marked', async () => {
    expect(await outlineChoices(project, talk)).toEqual([
      { file: 'slides/talk.md', current: true },
      { file: 'slides/学习.md', current: false },
    ]);
  });

  it('include the one opened when it is not in slides/', async () => {
    const elsewhere = path.join(project, 'secret.md');
    expect(await outlineChoices(project, elsewhere)).toContainEqual({ file: 'secret.md', current: true });
  });

  it('are the only files a switch may name', async () => {
    expect(await chosenOutline(project, talk, 'slides/学习.md')).toBe(path.join(project, 'slides', '学习.md'));
    for (const name of ['secret.md', '../secret.md', 'slides/notes.txt', talk, 'slides/../secret.md'])
      expect(await chosenOutline(project, talk, name)).toBeUndefined();
  });
});

describe('a new outline from the page', () => {
  it('is the template `new` writes, under a name safe on Windows', async () => {
    const made = await newOutline(project, ' 学习/体会:一.md ');
    expect(made).toEqual({ made: path.join(project, 'slides', '学习-体会：一.md') });
    expect(fs.readFileSync(path.join(project, 'slides', '学习-体会：一.md'), 'utf8')).toBe(starterOutline('editor'));
  });

  it('stays in slides/, whatever the name', async () => {
    const made = await newOutline(project, '../../escape');
    expect('made' in made && path.dirname(made.made)).toBe(path.join(project, 'slides'));
  });

  it('never overwrites a file, and refuses a name with nothing left of it', async () => {
    expect(await newOutline(project, '学习')).toEqual({ refused: 'exists', name: '学习' });
    expect(fs.readFileSync(path.join(project, 'slides', '学习.md'), 'utf8')).toBe('## 乙\n');
    expect(await newOutline(project, '...')).toEqual({ refused: 'name', name: '...' });
  });
});
