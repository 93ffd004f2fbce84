// `speechdeck check` on fixture outlines, run as a user runs it: the report, the JSON, the exit codes.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/check/findings.ts';
import { ROOT } from '../support/sample.ts';
import { literally, shown } from '../support/cli.ts';

const FIXTURES = path.join(ROOT, 'tests/fixtures/check');
/** A project folder of its own with the fixtures in slides/: `check` must not write a dist/ there. */
const project = mkdtempSync(path.join(os.tmpdir(), 'speechdeck-check-'));
cpSync(FIXTURES, path.join(project, 'slides'), { recursive: true });
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** `speechdeck check` in English, whatever the machine's locale (the assertions read its words). */
function check(...args: string[]) {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'bin/speechdeck.js'), '--lang', 'en', 'check', ...args], {
    cwd: project,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, pid: run.pid };
}

interface CheckJson {
  findings: Finding[];
  outlines: Array<{
    file: string;
    timing: { total: { slides: number } } | null;
    layout: { slides: number; width: number; height: number } | null;
  }>;
  counts: { error: number; warning: number; hint: number };
  exitCode: number;
}

describe('speechdeck check on every outline in slides/, as JSON', () => {
  const run = check('--all', '--json');
  const result = JSON.parse(run.stdout) as CheckJson;
  const of = (name: string) => result.findings.filter((finding) => finding.file === `slides/${name}.md`);

  it('exits 1 because some outlines have errors, and leaves no dist/ and no temporary folder behind', () => {
    expect(run.code).toBe(1);
    expect(result.exitCode).toBe(1);
    expect(existsSync(path.join(project, 'dist'))).toBe(false);
    // Only this run's scratch folder: other speechdeck runs on the machine have their own.
    expect(readdirSync(os.tmpdir()).filter((name) => name.startsWith(`.speechdeck-tmp-${run.pid}-`))).toEqual([]);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('names the slide too full to fit even in smaller type, continued on the next so that nothing is cut off', () => {
    const found = of('overflow').filter((finding) => finding.code === 'overflow' || finding.code === 'continued');
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'continued',
        slide: 3,
        title: '这一页要点太多',
        line: 13,
        column: 1,
      }),
    ]);
    expect(found[0]!.message).toMatch(/continued on the next slide/);
  });

  it('measures at the real size (4:3 here): text under 24 px, a table too wide; a title that pushes points off continues them', () => {
    const layout = of('layout').filter((finding) =>
      ['overflow', 'small-text', 'continued', 'set-smaller'].includes(finding.code),
    );
    expect(layout.map((finding) => [finding.severity, finding.code, finding.slide, finding.line])).toEqual([
      ['warning', 'small-text', 2, 7],
      ['error', 'overflow', 3, 13],
      ['warning', 'continued', 4, 19],
    ]);
    expect(layout[0]!.message).toContain('16 px');
    expect(layout[1]!.message).toMatch(/px past the right edge/);
    expect(result.outlines.find((outline) => outline.file === shown('slides/layout.md'))?.layout).toEqual({
      slides: 7,
      width: 1440,
      height: 1080,
    });
  });

  it('warns that the over-time outline runs over its duration, at the `duration` line', () => {
    expect(of('over-time')).toEqual([expect.objectContaining({ severity: 'warning', code: 'over-time', line: 3 })]);
  });

  it('finds nothing in the clean outline, and measured all its slides', () => {
    expect(of('clean')).toEqual([]);
    const clean = result.outlines.find((outline) => outline.file === shown('slides/clean.md'))!;
    expect(clean.layout?.slides).toBe(clean.timing?.total.slides);
  });

  it('reports all three independent errors of the broken outline, not only the first', () => {
    expect(of('three-errors').map((finding) => [finding.severity, finding.line, finding.column])).toEqual([
      ['error', 3, 7],
      ['error', 10, 1],
      ['error', 14, 1],
    ]);
    expect(result.outlines.find((outline) => outline.file === shown('slides/three-errors.md'))?.timing).toBeNull();
  });
});

describe('speechdeck check as a report', () => {
  it('exits 0 on the clean outline, with a timing table and nothing to fix', () => {
    const { code, stdout } = check('slides/clean.md');
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^${literally(shown('slides/clean.md'))}\n {2}outline {3}ok\n`));
    expect(stdout).toMatch(/part\s+slides\s+characters\s+minutes/);
    expect(stdout).toMatch(/一、沉下去，摸清实情\s+2\s+83\s+0:23/);
    expect(stdout).toMatch(/layout {4}7 slides measured at 1920×1080: nothing overflows/);
    // the summary line (deck's last line too): the talk's length against its slot, then what was found
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('about 0:41 for a 1-minute slot · no problems in 1 outline');
  });

  it('lists every problem as file:line:col  message', () => {
    const { code, stdout } = check('slides/three-errors.md');
    expect(code).toBe(1);
    expect(stdout).toContain(`error    ${shown('slides/three-errors.md')}:3:7  \`pace\` must be a number`);
    expect(stdout).toContain(`error    ${shown('slides/three-errors.md')}:10:1  unknown block \`::: summary\``);
    expect(stdout).toContain(`error    ${shown('slides/three-errors.md')}:14:1  slide heading has no title`);
  });

  it('exits 0 on warnings, and 1 with --strict', () => {
    expect(check('slides/over-time.md', '--no-layout').code).toBe(0);
    const strict = check('slides/over-time.md', '--no-layout', '--strict');
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('--strict: warnings count as errors');
    expect(strict.stdout).toContain('layout    not measured (--no-layout)');
  });

  it('refuses binary garbage and invalid UTF-8 at their line, with no stack trace', () => {
    const other = path.join(project, 'other');
    mkdirSync(other, { recursive: true });
    const garbage = Buffer.alloc(200_000);
    for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 7919 + 13) % 251 || 1;
    writeFileSync(path.join(other, 'garbage.md'), garbage);
    writeFileSync(path.join(other, 'nul.md'), '---\ntitle: 测试\n---\n\n## 页\0\n');
    const { code, stdout, stderr } = check('other/garbage.md', 'other/nul.md', '--no-layout');
    expect(code).toBe(1);
    expect(stdout).toMatch(
      new RegExp(`${literally(shown('other/garbage.md'))}:\\d+:\\d+ {2}the file is not valid UTF-8\\.`),
    );
    expect(stdout).toContain(`${shown('other/nul.md')}:5:5  the file contains NUL bytes`);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('says so in one line when an outline is missing', () => {
    const { code, stdout, stderr } = check('slides/none.md', '--no-layout');
    expect(code).toBe(1);
    expect(stdout).toMatch(
      new RegExp(`${literally(shown('slides/none.md'))} {2}cannot open the outline: no such file`),
    );
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('speechdeck check --per-page', () => {
  it('judges the handout at the layout asked for, and says so when all is well', () => {
    const report = check('slides/clean.md', '--no-layout', '--per-page', '6');
    expect(report.code).toBe(0);
    expect(report.stdout).toMatch(/handout +ok \(every slide prints large enough at 6 slides a page\)/);
    expect(check('slides/clean.md', '--no-layout', '--per-page', '2').stdout).toMatch(
      /handout +ok \(every slide's notes fit at 2 slides a page\)/,
    );
    const wrong = check('slides/clean.md', '--no-layout', '--per-page', '5');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('1, 2, 3, 4 or 6');
  });
});
