// One talk at a time: a command given no outline works on the one speechdeck.json names, else on the outline
// changed last, and says which; `--all` works on every outline in slides/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLE_OUTLINE } from '../support/sample.ts';
import { runSpeechdeck, shown } from '../support/cli.ts';

const project = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-one-talk-'));
afterAll(() => fs.rmSync(project, { recursive: true, force: true }));
fs.mkdirSync(path.join(project, 'slides'));
fs.copyFileSync(SAMPLE_OUTLINE, path.join(project, 'slides/qunzhong.md'));
fs.utimesSync(path.join(project, 'slides/qunzhong.md'), 1_000_000, 1_000_000);
fs.writeFileSync(
  path.join(project, 'slides/fayan.md'),
  '---\ntitle: 我的发言\n---\n\n# 第一部分\n\n## 一页\n\n- 要点\n',
);

const speechdeck = (...args: string[]) => runSpeechdeck(project, {}, args);
const built = () =>
  fs
    .readdirSync(path.join(project, 'dist'))
    .filter((name) => !name.startsWith('.'))
    .sort();
const clean = () => fs.rmSync(path.join(project, 'dist'), { recursive: true, force: true });

describe('a command given no outline', () => {
  it('builds only the outline changed last, and says so and that --all builds every one', () => {
    clean();
    const run = speechdeck('--lang', 'en', 'build');
    expect(run.code, run.stderr).toBe(0);
    expect(built()).toEqual(['fayan', 'fayan.html']);
    expect(run.stderr).toContain(
      `speechdeck: ${shown('slides/fayan.md')}: the most recently changed of the 2 outlines in slides/; --all works on all 2\n`,
    );
  });

  it('says it in Chinese on a Chinese machine', () => {
    clean();
    const run = speechdeck('--lang', 'zh', 'build');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(
      `speechdeck: ${shown('slides/fayan.md')}：slides/ 里 2 份大纲中最近修改的一份；加 --all 处理全部 2 份\n`,
    );
  });

  it('builds the outline speechdeck.json names, even when another was changed later', () => {
    clean();
    fs.writeFileSync(path.join(project, 'speechdeck.json'), '{ "outline": "slides/qunzhong.md" }\n');
    try {
      const run = speechdeck('--lang', 'en', 'build');
      expect(run.code, run.stderr).toBe(0);
      expect(built()).toEqual(['qunzhong', 'qunzhong.html']);
      expect(run.stderr).toContain(
        `${shown('slides/qunzhong.md')}: the outline speechdeck.json names; --all works on all 2`,
      );
    } finally {
      fs.rmSync(path.join(project, 'speechdeck.json'));
    }
  });

  it('with --all builds every outline, and says nothing of a choice', () => {
    clean();
    const run = speechdeck('--lang', 'en', 'build', '--all');
    expect(run.code, run.stderr).toBe(0);
    expect(built()).toEqual(['fayan', 'fayan.html', 'qunzhong', 'qunzhong.html']);
    expect(run.stderr).not.toContain('most recently changed');
  });

  it('refuses outlines named beside --all', () => {
    const run = speechdeck('--lang', 'en', 'check', '--all', 'slides/fayan.md');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('name outlines or give --all, not both.');
  });

  it('stops at a speechdeck.json that names no outline there, naming the file', () => {
    fs.writeFileSync(path.join(project, 'speechdeck.json'), '{ "outline": "slides/gone.md" }\n');
    try {
      const run = speechdeck('--lang', 'en', 'check', '--no-layout');
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^speechdeck\.json {2}it names slides\/gone\.md, which is not there\./m);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    } finally {
      fs.rmSync(path.join(project, 'speechdeck.json'));
    }
  });
});
