// Property (fast-check, so a failure shrinks to a smallest outline): on thousands of generated outlines, parsing gives an
// Outline or an OutlineError whose every problem has a line in the file, never any other exception; what parses also
// plans, renders and checks.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OutlineError, parseOutline } from '../../src/outline/index.ts';
import { planDeck, renderSlides } from '../../src/deck/index.ts';
import { deckFindings, timingTable } from '../../src/check/index.ts';
import { SAMPLE_OUTLINE } from '../support/sample.ts';

const CASES = 3000;
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

const code = (min: number, max: number) => fc.integer({ min, max }).map((n) => String.fromCharCode(n));
/** Han, ASCII, line ends and odd characters, lone surrogates, any code point. */
const character = fc.oneof(
  { weight: 4, arbitrary: code(0x4e00, 0x9fff) },
  { weight: 3, arbitrary: code(0x20, 0x7e) },
  { weight: 1, arbitrary: fc.constantFrom('\n', '\r\n', '\r', '\t', '\0', '\u2028', '\uFEFF', '\u0085') },
  { weight: 1, arbitrary: code(0xd800, 0xdfff) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0x10ffff }).map((n) => String.fromCodePoint(n)) },
);
const randomChars = (minLength: number, maxLength: number) =>
  fc.array(character, { minLength, maxLength }).map((characters) => characters.join(''));

/** A line under 0–2 prefixes (quotes, indents, list markers), now and then under 10–300. */
const nested = (line: fc.Arbitrary<string>) =>
  fc
    .tuple(
      fc.constantFrom(...PREFIXES),
      fc.oneof(
        { weight: 19, arbitrary: fc.integer({ min: 0, max: 2 }) },
        { weight: 1, arbitrary: fc.integer({ min: 10, max: 300 }) },
      ),
      line,
    )
    .map(([prefix, depth, text]) => prefix.repeat(depth) + text);

const setting = fc.constantFrom(...SETTINGS);
const bodyLine = nested(fc.constantFrom(...BODY));

/** An outline made of the lines above: mostly a front matter (sometimes unclosed), then up to 60 lines. */
const generated = fc
  .record({
    front: fc.option(fc.record({ settings: fc.array(setting, { maxLength: 8 }), closed: fc.boolean() }), { freq: 6 }),
    lines: fc.array(
      fc.oneof(
        { weight: 16, arbitrary: bodyLine },
        { weight: 3, arbitrary: nested(randomChars(1, 40)) },
        { weight: 1, arbitrary: setting },
      ),
      { maxLength: 60 },
    ),
    end: fc.constantFrom('\n', '\n', '\r\n'),
  })
  .map(({ front, lines, end }) =>
    [...(front ? ['---', ...front.settings, ...(front.closed ? ['---'] : [])] : []), ...lines].join(end),
  );

/** One change to the sample, at a line (positions are taken modulo the length). */
const change = fc.oneof(
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), line: fc.oneof(bodyLine, setting) }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), from: fc.nat() }),
  fc.record({
    kind: fc.constant('garble' as const),
    at: fc.nat(),
    cut: fc.nat(),
    drop: fc.nat({ max: 3 }),
    text: randomChars(1, 5),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);
type Change = typeof change extends fc.Arbitrary<infer T> ? T : never;

function applied(changes: Change[]): string {
  const lines = sample.split('\n');
  for (const edit of changes) {
    const at = edit.at % Math.max(lines.length, 1);
    if (edit.kind === 'remove') lines.splice(at, 1);
    else if (edit.kind === 'insert') lines.splice(at, 0, edit.line);
    else if (edit.kind === 'repeat') lines.splice(at, 0, lines[edit.from % Math.max(lines.length, 1)] ?? '');
    else if (edit.kind === 'garble') {
      const line = lines[at] ?? '';
      const cut = edit.cut % (line.length + 1);
      lines[at] = line.slice(0, cut) + edit.text + line.slice(cut + edit.drop);
    } else lines.length = at;
  }
  return lines.join('\n');
}

/** The sample with 1–12 changes, a generated outline, or garbage (under a front matter or not). */
const outlineText = fc.oneof(
  { weight: 8, arbitrary: fc.array(change, { minLength: 1, maxLength: 12 }).map(applied) },
  { weight: 9, arbitrary: generated },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.boolean(), randomChars(0, 2000))
      .map(([front, text]) => (front ? '---\ntitle: 乱码\n---\n' : '') + text),
  },
);

/** Why an OutlineError is not one a user can act on (a crash turned into a problem, or a problem without its line). */
function unplaced(error: OutlineError, source: string): string | undefined {
  const lineCount = source.replace(/^\uFEFF/, '').split(/\r\n?|\n/).length;
  // parseOutline turns its own crashes into this problem: for the fuzz test that is a crash.
  const crash = error.problems.find((p) => p.message.startsWith('the outline could not be read'));
  if (crash) return crash.message;
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
  if (error.problems.length === 0 || bad.length > 0)
    return `problem without a line in the file: ${JSON.stringify(bad[0] ?? error.problems)}`;
  return undefined;
}

describe('the outline parser on generated input', () => {
  it(`gives an Outline or an OutlineError with lines in the file, for ${CASES} inputs`, { timeout: 300_000 }, () => {
    let parsed = 0;
    let runs = 0;
    fc.assert(
      fc.property(outlineText, (source) => {
        runs++;
        try {
          const outline = parseOutline(source, 'fuzz.md');
          const plan = planDeck(outline);
          renderSlides(plan);
          timingTable(plan);
          deckFindings({ outline, plan });
          parsed++;
        } catch (error) {
          if (!(error instanceof OutlineError)) throw error;
          const why = unplaced(error, source);
          if (why) throw new Error(why);
        }
      }),
      { numRuns: CASES },
    );
    // Both sides were exercised: the generator is not so wild that nothing parses.
    expect(runs).toBeGreaterThanOrEqual(CASES);
    expect(parsed).toBeGreaterThan(CASES / 10);
  });
});
