// `speechdeck meeting` with the meeting file's `template:`, as an organiser runs it: the path read against the meeting
// file's folder (not the folder the command runs in), every talk's PowerPoint slides on the template's layouts, and a
// template that is missing or refused named at the meeting file's line, exit 1, nothing written.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import officeCrypto from 'officecrypto-tool';
import { afterAll, describe, expect, it } from 'vitest';
import { literally, runSpeechdeck, shown } from '../support/cli.ts';
import { readPptx } from '../support/pptx.ts';
import { TEMPLATE_COLOURS, makeTemplate } from '../support/template.ts';

const cwd = mkdtempSync(path.join(os.tmpdir(), 'speechdeck-meeting-template-cli-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

// The meeting's folder has a space and Chinese in its name, as an office PC's folders do.
const FOLDER = '会议 材料';
const folder = path.join(cwd, FOLDER);
mkdirSync(path.join(folder, 'received'), { recursive: true });
mkdirSync(path.join(folder, 'slides'));
writeFileSync(path.join(folder, 'received/模板.pptx'), makeTemplate());
writeFileSync(
  path.join(folder, 'slides/talk.md'),
  '---\ntitle: 把基层治理的功夫下在平时\nspeaker: 李某某\n---\n\n# 第一部分\n\n## 做法\n\n- 先调研\n- 再试点\n\n## 成效\n\n- 覆盖十二个社区\n',
);
// What the same name means from the folder the command runs in: a damaged file, so that reading the path against the
// wrong folder fails.
mkdirSync(path.join(cwd, 'received'));
writeFileSync(path.join(cwd, 'received/模板.pptx'), 'not a presentation');

const meetingFile = (template: string) =>
  `title: 青年干部理论学习交流会\ntemplate: ${template}\nbound: slides\ntalks:\n  - outline: slides/talk.md\n`;
const dist = path.join(folder, 'dist');

/** Runs the meeting file written with `template`; the run, and the place it names the meeting file at. */
function run(template: string) {
  rmSync(dist, { recursive: true, force: true });
  writeFileSync(path.join(folder, '交流会.yaml'), meetingFile(template));
  return runSpeechdeck(cwd, {}, ['--lang', 'en', 'meeting', path.join(FOLDER, '交流会.yaml')]);
}
const atTemplateLine = new RegExp(`${literally(shown(`${FOLDER}/交流会.yaml`))}:2\\b`);

describe('speechdeck meeting with a template', () => {
  it('reads the template beside the meeting file and puts every slide of the PowerPoint on its layouts', async () => {
    const { code, stdout, stderr } = run('received/模板.pptx');
    expect(stderr).not.toMatch(/error/i);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^${literally(shown(`${FOLDER}/dist/交流会/交流会.pptx`))} {2}\\d+ slides`, 'm'));
    const { parts } = await readPptx(readFileSync(path.join(dist, '交流会/交流会.pptx')));
    let slides = 0;
    for (let n = 1; parts.has(`ppt/slides/slide${n}.xml`); n++, slides++) {
      const rels = parts.get(`ppt/slides/_rels/slide${n}.xml.rels`)!;
      const layout = parts.get(`ppt/slideLayouts/${/slideLayouts\/([^"]+)"/.exec(rels)![1]}`)!;
      expect(layout, `slide ${n}`).toMatch(/<p:cSld name="Org /);
    }
    // cover, programme, the divider naming the speaker, and the talk's five slides (title, agenda, divider, two)
    expect(slides).toBeGreaterThanOrEqual(8);
    // the talk's deck in the template's colours too
    const deck = readFileSync(path.join(dist, '交流会/交流会.html'), 'utf8');
    expect(deck.toLowerCase()).toContain(`--sd-accent: #${TEMPLATE_COLOURS.accent1.toLowerCase()}`);
  }, 240_000);

  it('names a template that is not there at the meeting file’s line, exits 1 and writes nothing', () => {
    const { code, stderr } = run('received/别的模板.pptx');
    expect(code).toBe(1);
    expect(stderr).toMatch(atTemplateLine);
    expect(stderr).toContain('received/别的模板.pptx');
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(dist)).toBe(false);
  });

  it('refuses a macro-enabled or password-protected template at the meeting file’s line, exits 1 and writes nothing', () => {
    writeFileSync(path.join(folder, 'received/宏.pptm'), makeTemplate());
    const macro = run('received/宏.pptm');
    expect(macro.code).toBe(1);
    expect(macro.stderr).toMatch(atTemplateLine);
    expect(macro.stderr).toMatch(/macro-enabled/);
    expect(existsSync(dist)).toBe(false);

    // A real password-protected PowerPoint: the template encrypted as PowerPoint encrypts it (ECMA-376 agile).
    writeFileSync(path.join(folder, 'received/加密.pptx'), encrypted());
    const locked = run('received/加密.pptx');
    expect(locked.code).toBe(1);
    expect(locked.stderr).toMatch(atTemplateLine);
    expect(locked.stderr).toMatch(/password-protected/);
    expect(locked.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(dist)).toBe(false);
  });

  it('refuses a password-protected template named in an outline’s front matter at its line, exits 1 and writes nothing', () => {
    writeFileSync(path.join(folder, 'received/加密.pptx'), encrypted());
    writeFileSync(
      path.join(folder, 'slides/locked.md'),
      '---\ntitle: 加了密码的模板\nspeaker: 李某某\ntemplate: ../received/加密.pptx\n---\n\n# 第一部分\n\n## 做法\n\n- 先调研\n',
    );
    rmSync(dist, { recursive: true, force: true });
    const { code, stderr } = runSpeechdeck(folder, {}, ['--lang', 'en', 'deck', 'slides/locked.md']);
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`${literally(shown('slides/locked.md'))}:4\\b`));
    expect(stderr).toMatch(/password-protected/);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(dist)).toBe(false);
  });
});

/** The test template encrypted with a password, as PowerPoint and WPS write a protected file (an OLE compound file
 *  holding the encrypted package). */
function encrypted(): Uint8Array {
  const bytes = officeCrypto.encrypt(Buffer.from(makeTemplate()), { password: '123456' });
  expect(officeCrypto.isEncrypted(bytes)).toBe(true);
  return bytes;
}
