// Property: on thousands of generated outlines (fixed seed), parsing gives an Outline or an OutlineError whose every
// problem has a line in the file, never any other exception; what parses also plans, renders and checks.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OutlineError, parseOutline } from '../../src/outline/index.ts';
import { planDeck, renderSlides } from '../../src/deck/index.ts';
import { deckFindings, timingTable } from '../../src/check/index.ts';
import { prng } from '../support/prng.ts';
import { SAMPLE_OUTLINE } from '../support/sample.ts';

const CASES = 3000;
const random = prng(5_2026_11_27);
const sample = readFileSync(SAMPLE_OUTLINE, 'utf8');

const SETTINGS = [
  '---',
  'title: 提升群众工作能力',
  'title:',
  'title: ""',
  'title: [甲, 乙]',
  'title: {a: 1}',
  'title: &t 标题',
  'subtitle: *t',
  'titel: 错字',
  'duration: 8',
  'duration: -3',
  'duration: "8"',
  'duration: .inf',
  'pace: 快',
  'pace: 0',
  'theme: red',
  'theme: ../../etc',
  'theme: Red',
  'aspect: "4:3"',
  'aspect: 16:9',
  'date: 2026-02-30',
  'date: 2026-11-27',
  'agenda: yes',
  'numbering: roman',
  'fragments: true',
  'closing: false',
  'closing: true',
  'closing:',
  'html: true',
  'html: 1',
  'title: "没有结束的引号',
  "title: '单引号",
  '? [复杂, 键]',
  ': 没有键',
  '- 列表',
  'title: |',
  '  多行',
  '\ttab: 1',
  'title: 标题 # 注释',
  'speaker: 张某某',
  'organization:',
  'key: {',
  '[',
  '%YAML 1.2',
  '!!binary',
  'a: !!str 1',
];

const BODY = [
  '# 紧跟时代步伐',
  '#',
  '# ',
  '#标题',
  '## 把握群众的新变化',
  '##',
  '## ',
  '### 小标题',
  '#### 更小',
  '- 社会结构在变',
  '  - 子要点',
  '    - 孙要点',
  '      - 曾孙要点',
  '* 星号要点',
  '+ 加号要点',
  '1. 第一',
  '2) 第二',
  '- ',
  '-',
  '> 年轻干部要提高群众工作能力。',
  '> —— 习近平',
  '> -- 某某',
  '>',
  '> > 嵌套引用',
  '> - 引用里的要点',
  '::: notes',
  ':::',
  '::: note',
  '::: summary',
  ':::notes',
  'Note: 这是备注。',
  'Notes：',
  'note:',
  'NOTE: 大写',
  '---',
  '***',
  '___',
  '- - -',
  '```',
  '```js',
  '~~~',
  '    缩进代码',
  '| 甲 | 乙 |',
  '|---|---|',
  '| 1 | 2 |',
  '|',
  '<div class="x">',
  '</div>',
  '<script>alert(1)</script>',
  '<!-- 注释 -->',
  '<img src=x onerror=alert(1)>',
  '## 标题 {.warm data-background-color="#fff"}',
  '## 标题 {#id onclick=alert(1) style="x"}',
  '## {',
  '## }',
  '{.class}',
  '{',
  '![图](images/a.png)',
  '![图](../../etc/passwd)',
  '![](/abs.png)',
  '![图](data:image/png;base64,AAAA)',
  '[链接](javascript:alert(1))',
  '[链接](vbscript:x)',
  '[链接](data:text/html,x)',
  '<javascript:alert(1)>',
  '**粗体**',
  '*斜体',
  '`代码',
  '\\',
  '&amp;',
  '&#0;',
  '&#x110000;',
  '[^1]',
  '[ref]: http://x',
  '',
  '',
  '',
  ' ',
  '\u3000',
  '\u200b',
  '\u00a0',
  '　　两个全角空格开头的段落。',
  '群众工作能力是干部最基础、最核心的能力。',
  '2026年，我们服务了3000名群众。',
];

const PREFIXES = ['', '', '', '> ', '  ', '    ', '- ', '1. ', '> - ', '\t'];

function randomChars(count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) {
    const roll = random.next();
    if (roll < 0.4) text += String.fromCharCode(random.int(0x4e00, 0x9fff));
    else if (roll < 0.7) text += String.fromCharCode(random.int(0x20, 0x7e));
    else if (roll < 0.8) text += random.pick(['\n', '\r\n', '\r', '\t', '\0', '\u2028', '\uFEFF', '\u0085']);
    else if (roll < 0.9)
      text += String.fromCharCode(random.int(0xd800, 0xdfff)); // lone surrogates
    else text += String.fromCodePoint(random.int(0, 0x10ffff));
  }
  return text;
}

function nested(line: string): string {
  const depth = random.next() < 0.05 ? random.int(10, 300) : random.int(0, 2);
  return random.pick(PREFIXES).repeat(depth) + line;
}

function generated(): string {
  const lines: string[] = [];
  if (random.next() < 0.85) {
    lines.push('---');
    for (let i = random.int(0, 8); i > 0; i--) lines.push(random.pick(SETTINGS));
    if (random.next() < 0.9) lines.push('---');
  }
  for (let i = random.int(0, 60); i > 0; i--) {
    const roll = random.next();
    if (roll < 0.8) lines.push(nested(random.pick(BODY)));
    else if (roll < 0.95) lines.push(nested(randomChars(random.int(1, 40))));
    else lines.push(random.pick(SETTINGS));
  }
  return lines.join(random.pick(['\n', '\n', '\r\n']));
}

function mutated(): string {
  const lines = sample.split('\n');
  for (let i = random.int(1, 12); i > 0; i--) {
    const at = random.int(0, lines.length - 1);
    const roll = random.next();
    if (roll < 0.25) lines.splice(at, 1);
    else if (roll < 0.45) lines.splice(at, 0, nested(random.pick(BODY)));
    else if (roll < 0.6) lines.splice(at, 0, random.pick(SETTINGS));
    else if (roll < 0.75) lines.splice(at, 0, lines[random.int(0, lines.length - 1)]!);
    else if (roll < 0.9) {
      const line = lines[at] ?? '';
      const cut = random.int(0, line.length);
      lines[at] = line.slice(0, cut) + randomChars(random.int(1, 5)) + line.slice(cut + random.int(0, 3));
    } else lines.length = at;
  }
  return lines.join('\n');
}

function input(): string {
  const roll = random.next();
  if (roll < 0.4) return mutated();
  if (roll < 0.85) return generated();
  return (random.next() < 0.5 ? '---\ntitle: 乱码\n---\n' : '') + randomChars(random.int(0, 2000));
}

describe('the outline parser on generated input', () => {
  it(`gives an Outline or an OutlineError with lines in the file, for ${CASES} inputs`, () => {
    const failures: string[] = [];
    let parsed = 0;
    for (let n = 0; n < CASES; n++) {
      const source = input();
      const lineCount = source.replace(/^\uFEFF/, '').split(/\r\n?|\n/).length;
      try {
        const outline = parseOutline(source, 'fuzz.md');
        const plan = planDeck(outline);
        renderSlides(plan);
        timingTable(plan);
        deckFindings({ outline, plan });
        parsed++;
      } catch (error) {
        if (!(error instanceof OutlineError)) {
          failures.push(`case ${n}: ${String(error)}\n${JSON.stringify(source.slice(0, 400))}`);
          continue;
        }
        const bad = error.problems.filter(
          (p) =>
            !p.message ||
            // a problem of the whole file (an empty outline) has no position; any other has a real one
            (p.line === undefined
              ? p.column !== undefined
              : !Number.isInteger(p.line) ||
                p.line < 1 ||
                p.line > lineCount ||
                !Number.isInteger(p.column) ||
                p.column! < 1),
        );
        // parseOutline turns its own crashes into this problem: for the fuzz test that is a crash.
        const crash = error.problems.find((p) => p.message.startsWith('the outline could not be read'));
        if (crash) failures.push(`case ${n}: ${crash.message}\n${JSON.stringify(source.slice(0, 400))}`);
        else if (error.problems.length === 0 || bad.length > 0) {
          failures.push(
            `case ${n}: problem without a line in the file: ${JSON.stringify(bad[0] ?? error.problems)}\n${JSON.stringify(source.slice(0, 400))}`,
          );
        }
      }
      if (failures.length >= 5) break;
    }
    expect(failures).toEqual([]);
    // Both sides were exercised: the generator is not so wild that nothing parses.
    expect(parsed).toBeGreaterThan(CASES / 10);
  });
});
