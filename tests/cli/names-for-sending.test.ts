// Names for sending, end to end: `deck --name-for-sending` names every output 单位-姓名-题目 (Chinese, spaces, the
// characters Windows refuses made safe), `fileName:` names them as written, and a run replaces only its own files.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHINESE_MACHINE, runSpeechdeck } from '../support/cli.ts';

/** A project in a folder with a space and Chinese in its name, as on a Windows desktop. */
const project = mkdtempSync(path.join(os.tmpdir(), 'speechdeck-发言 材料-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));
const outline = path.join(project, 'slides/fayan.md');
const dist = path.join(project, 'dist');

function talk(extra: string, point: string): string {
  return [
    '---',
    // a title with the characters Windows refuses in a name: " : / ?
    `title: '提升做好"新时代"群众工作的能力: 问与答/体会?'`,
    'speaker: 张 某某',
    'organization: 某某区委组织部',
    extra,
    '---',
    '',
    '## 走到群众中去',
    '',
    `- ${point}`,
    '',
    '::: notes',
    '群众工作要走到群众中去，听真话、察实情。',
    ':::',
    '',
  ].join('\n');
}

/** 单位-姓名-题目, each forbidden character as its full-width form, the space kept. */
const X = '某某区委组织部-张 某某-提升做好＂新时代＂群众工作的能力： 问与答-体会？';
const SENDING = [X, `${X}.html`, `${X}.pdf`, `${X}-讲义.pdf`, `${X}-讲稿.pdf`, `${X}.pptx`];

/** The user's own files in dist/: never replaced, never removed. */
const OWN = { '我的说明.txt': '这是我自己的文件。\n', [`${X}-修改意见.pdf`]: '%PDF-1.4 我自己的批注\n' };

const deck = (args: string[]) => runSpeechdeck(project, CHINESE_MACHINE, ['deck', ...args, 'slides/fayan.md']);
const listing = () => readdirSync(dist).sort();
const changed = (file: string) => statSync(path.join(dist, file)).mtimeMs;

mkdirSync(path.dirname(outline), { recursive: true });
mkdirSync(dist, { recursive: true });
for (const [file, text] of Object.entries(OWN)) writeFileSync(path.join(dist, file), text);

describe('deck --name-for-sending', () => {
  writeFileSync(outline, talk('', '第一稿的要点'));
  const first = deck(['--name-for-sending']);

  it('names every output 单位-姓名-题目, safe on Windows, with Chinese suffixes', () => {
    expect(first.code, first.stderr).toBe(0);
    expect(listing()).toEqual([...SENDING, ...Object.keys(OWN)].sort());
    expect(statSync(path.join(dist, X)).isDirectory()).toBe(true);
    expect(readdirSync(path.join(dist, X))).toContain('index.html');
    for (const pdf of SENDING.filter((name) => name.endsWith('.pdf')))
      expect(readFileSync(path.join(dist, pdf)).subarray(0, 5).toString()).toBe('%PDF-');
    // what the terminal lists is what was written
    for (const name of SENDING.slice(1)) expect(first.stdout).toContain(name);
  });

  it('a second run replaces its own files and no other', () => {
    const before = Object.fromEntries(listing().map((file) => [file, changed(file)]));
    writeFileSync(outline, talk('', '第二稿的要点'));
    const second = deck(['--name-for-sending']);
    expect(second.code, second.stderr).toBe(0);
    expect(listing()).toEqual(Object.keys(before).sort());
    // the slide's words as a reader sees them (the deck sets phrases in spans of their own)
    const words = readFileSync(path.join(dist, `${X}.html`), 'utf8').replace(/<[^>]*>/g, '');
    expect(words.includes('第二稿的要点')).toBe(true);
    for (const name of SENDING.slice(1)) expect(changed(name), name).toBeGreaterThan(before[name]!);
    for (const [file, text] of Object.entries(OWN)) expect(readFileSync(path.join(dist, file), 'utf8')).toBe(text);
  });
});

describe('fileName: in the front matter', () => {
  it('names the outputs as written (its trailing dot dropped), English suffixes in English, leaving the others', () => {
    const before = Object.fromEntries(listing().map((file) => [file, changed(file)]));
    writeFileSync(outline, talk('fileName: 发言 终稿.', '第三稿的要点'));
    const run = deck(['--lang', 'en']);
    expect(run.code, run.stderr).toBe(0);
    const named = ['发言 终稿', '发言 终稿.html', '发言 终稿.pdf', '发言 终稿-handout.pdf', '发言 终稿-script.pdf'];
    expect(listing()).toEqual([...Object.keys(before), ...named, '发言 终稿.pptx'].sort());
    // the earlier run's outputs and the user's files as they were
    for (const [file, time] of Object.entries(before)) expect(changed(file), file).toBe(time);
  });
});
