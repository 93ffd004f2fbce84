// The front matter: every key of the format, its defaults, and the problems a typo or a wrong type gives.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CLOSING, DEFAULT_PACE, DEFAULT_THEME } from '../../src/outline/index.ts';
import { lines, parse, problemOf, problemsOf } from './support.ts';

const body = ['', '## 第一页'];

describe('front matter', () => {
  it('fills in the defaults when only the title is given', () => {
    expect(parse(lines('---', 'title: 提升调查研究能力', '---', ...body)).meta).toEqual({
      title: '提升调查研究能力',
      pace: DEFAULT_PACE,
      theme: DEFAULT_THEME,
      aspect: '16:9',
      agenda: true,
      numbering: 'chinese',
      fragments: false,
      closing: DEFAULT_CLOSING,
      html: false,
      online: false,
      controls: false,
    });
    expect([DEFAULT_PACE, DEFAULT_CLOSING, DEFAULT_THEME]).toEqual([220, '谢谢！敬请批评指正。', 'red']);
  });

  it('reads every key of the format', () => {
    const meta = parse(
      lines(
        '---',
        'title: 提升调查研究能力',
        'subtitle: 交流发言',
        'speaker: 李某某',
        'organization: 某某局办公室',
        'event: 青年干部读书班',
        'date: 2026-11-27',
        'duration: 8',
        'pace: 240',
        'theme: blue-2',
        'aspect: "4:3"',
        'agenda: false',
        'numbering: arabic',
        'fragments: true',
        'closing: 感谢聆听',
        'html: true',
        'online: true',
        'logo: images/emblem.png',
        'speakerLabel: 交流人：',
        'controls: true',
        '---',
        ...body,
      ),
    ).meta;
    expect(meta).toEqual({
      title: '提升调查研究能力',
      subtitle: '交流发言',
      speaker: '李某某',
      organization: '某某局办公室',
      event: '青年干部读书班',
      date: '2026-11-27',
      duration: 8,
      pace: 240,
      theme: 'blue-2',
      aspect: '4:3',
      agenda: false,
      numbering: 'arabic',
      fragments: true,
      closing: '感谢聆听',
      html: true,
      online: true,
      logo: 'images/emblem.png',
      speakerLabel: '交流人：',
      controls: true,
    });
  });

  it('keeps the lines of a title written on two lines for the title slide, and one line everywhere else', () => {
    const meta = parse(
      lines('---', 'title: |', '  学习贯彻党的二十届四中全会精神', '  奋力谱写中国式现代化新篇章', '---', ...body),
    ).meta;
    expect(meta.title).toBe('学习贯彻党的二十届四中全会精神奋力谱写中国式现代化新篇章');
    expect(meta.titleLines).toEqual(['学习贯彻党的二十届四中全会精神', '奋力谱写中国式现代化新篇章']);
    expect(parse(lines('---', 'title: |', '  Serving the people', '  well', '---', ...body)).meta.title).toBe(
      'Serving the people well',
    );
    expect(parse(lines('---', 'title: 一行的题目', '---', ...body)).meta.titleLines).toBeUndefined();
  });

  it('checks the logo like an image of the body: listed with the line of its value', () => {
    const outline = parse(lines('---', 'title: 题目', 'logo: images/emblem.png', '---', ...body));
    expect(outline.images[0]).toEqual({ line: 3, column: 7, src: 'images/emblem.png' });
  });

  it('keeps an unquoted date and an unquoted 16:9 as text', () => {
    const meta = parse(lines('---', 'title: 题目', 'date: 2026-11-27', 'aspect: 16:9', '---', ...body)).meta;
    expect(meta.date).toBe('2026-11-27');
    expect(meta.aspect).toBe('16:9');
  });

  it('reads `keep:` written as a YAML list, in either form, as its phrases', () => {
    expect(parse(lines('---', 'title: 题目', 'keep: [红色物业, 四个三|工作法]', '---', ...body)).meta.keep).toEqual([
      '红色物业',
      '四个三|工作法',
    ]);
    expect(parse(lines('---', 'title: 题目', 'keep:', '  - 红色物业', '---', ...body)).meta.keep).toEqual(['红色物业']);
    expect(problemsOf(lines('---', 'title: 题目', 'keep: [红色物业, 3]', '---', ...body))).toHaveLength(1);
  });

  it('takes `closing: false` as no closing slide, and `closing: true` as the default words', () => {
    expect(parse(lines('---', 'title: 题目', 'closing: false', '---', ...body)).meta.closing).toBe(false);
    expect(parse(lines('---', 'title: 题目', 'closing: true', '---', ...body)).meta.closing).toBe(DEFAULT_CLOSING);
  });

  it('treats a key left blank (as in a template) as not set', () => {
    const meta = parse(lines('---', 'title: 题目', 'subtitle:', 'duration:', 'closing:', '---', ...body)).meta;
    expect(meta.subtitle).toBeUndefined();
    expect(meta.duration).toBeUndefined();
    expect(meta.closing).toBe(DEFAULT_CLOSING);
  });

  it('allows comments in the YAML', () => {
    expect(parse(lines('---', '# 发言稿', 'title: 题目   # 必填', '---', ...body)).meta.title).toBe('题目');
  });
});

describe('front matter problems', () => {
  it('a control character in a setting, at its place, never read into the talk (Word’s U+000B, a backspace, an escape)', () => {
    const problems = problemsOf(
      lines('---', 'title: 提升\u000b能力', 'speaker: 张\u0008三', 'event: 会议\u001b]52;c;bad\u0007', '---', ...body),
    );
    expect(problems.map(({ line, column, message }) => ({ line, column, message }))).toEqual([
      { line: 2, column: 10, message: 'an invisible control character (U+000B) in the settings' },
      { line: 3, column: 11, message: 'an invisible control character (U+0008) in the settings' },
      { line: 4, column: 10, message: 'an invisible control character (U+001B) in the settings' },
      { line: 4, column: 20, message: 'an invisible control character (U+0007) in the settings' },
    ]);
    // a Windows line end and a tab are not control characters here
    expect(parse(['---', 'title: 题目', 'speaker: 张三\t', '---', ...body].join('\r\n')).meta.title).toBe('题目');
  });

  it('a missing title, at the opening `---`', () => {
    expect(problemOf(lines('---', 'subtitle: 交流发言', '---', ...body))).toEqual({
      line: 1,
      column: 1,
      message: 'the front matter has no `title`',
      hint: 'add a line `title: 你的题目` between the `---` lines.',
    });
  });

  it('an empty title, at its key', () => {
    expect(problemOf(lines('---', 'title:', '---', ...body))).toMatchObject({
      line: 2,
      column: 1,
      message: '`title` is empty',
    });
    expect(problemOf(lines('---', 'title: "  "', '---', ...body))).toMatchObject({
      line: 2,
      column: 8,
      message: '`title` is empty',
    });
  });

  it('an unknown key, with the known key it was probably meant to be', () => {
    // The title is then missing too, and said so at the front matter's first line.
    expect(problemsOf(lines('---', 'titel: 题目', '---', ...body))).toEqual([
      {
        line: 1,
        column: 1,
        message: 'the front matter has no `title`',
        hint: 'add a line `title: 你的题目` between the `---` lines.',
      },
      { line: 2, column: 1, message: 'unknown front matter key `titel`', hint: 'did you mean `title`?' },
    ]);
    expect(problemOf(lines('---', 'title: 题目', 'Theme: red', '---', ...body)).hint).toBe('did you mean `theme`?');
    expect(problemOf(lines('---', 'title: 题目', 'durration: 8', '---', ...body))).toMatchObject({
      line: 3,
      column: 1,
      hint: 'did you mean `duration`?',
    });
  });

  it('an unknown key unlike any known one, with the list of known keys', () => {
    expect(problemOf(lines('---', 'title: 题目', 'author: 李某某', '---', ...body))).toMatchObject({
      line: 3,
      message: 'unknown front matter key `author`',
      hint: 'known keys: title, subtitle, speaker, organization, event, date, duration, fileName, pace, theme, aspect, agenda, numbering, fragments, closing, html, online, logo, logoOnEverySlide, template, speakerLabel, controls, keep.',
    });
  });

  it('a number written as a quoted string, at the value', () => {
    expect(problemOf(lines('---', 'title: 题目', 'duration: "10"', '---', ...body))).toEqual({
      line: 3,
      column: 11,
      message: '`duration` must be a number (minutes), got string',
      hint: 'write it without quotes: `duration: 10`.',
    });
  });

  it('a number with a unit, and a number that is not positive', () => {
    expect(problemOf(lines('---', 'title: 题目', 'duration: 10分钟', '---', ...body)).message).toBe(
      '`duration` must be a number (minutes), got string',
    );
    expect(problemOf(lines('---', 'title: 题目', 'pace: 0', '---', ...body)).message).toBe(
      '`pace` must be a positive number (Chinese characters per minute), got 0',
    );
  });

  it('"yes" where true or false is wanted', () => {
    expect(problemOf(lines('---', 'title: 题目', 'agenda: yes', '---', ...body))).toEqual({
      line: 3,
      column: 9,
      message: '`agenda` must be true or false, got string',
      hint: 'write `agenda: true` or `agenda: false`.',
    });
  });

  it('values outside the choices the format allows', () => {
    const problems = problemsOf(
      lines(
        '---',
        'title: 2026',
        'date: 2026/11/27',
        'theme: Red Flag',
        'aspect: 16:10',
        'numbering: roman',
        'closing: 3',
        'html: 1',
        '---',
        ...body,
      ),
    );
    expect(problems.map((problem) => [problem.line, problem.message])).toEqual([
      [2, '`title` must be text, got number'],
      [3, '`date` must be a date written YYYY-MM-DD, got "2026/11/27"'],
      [4, '`theme` must be a theme name (lowercase letters, digits and -), got "Red Flag"'],
      [5, '`aspect` must be "16:9" or "4:3", got "16:10"'],
      [6, '`numbering` must be "chinese" or "arabic" or "none", got "roman"'],
      [7, '`closing` must be text or false, got number'],
      [8, '`html` must be true or false, got number'],
    ]);
    expect(problems[0]!.hint).toBe('put it in quotes: `title: "2026"`.');
  });

  it('a date that is not on the calendar', () => {
    expect(problemOf(lines('---', 'title: 题目', 'date: 2026-02-30', '---', ...body)).message).toBe(
      '`date` must be a date written YYYY-MM-DD, got "2026-02-30"',
    );
  });

  it('a list where text is wanted', () => {
    expect(problemOf(lines('---', 'title: [甲, 乙]', '---', ...body)).message).toBe('`title` must be text, got a list');
  });

  it('a key set twice, at the second one', () => {
    expect(problemOf(lines('---', 'title: 甲', 'duration: 5', 'title: 乙', '---', ...body))).toMatchObject({
      line: 4,
      column: 1,
      message: '`title` is set twice (first on line 2)',
    });
  });

  it('YAML that does not parse, at its line in the file', () => {
    const problem = problemOf(lines('---', 'title: 题目', 'subtitle: "交流发言', '---', ...body));
    expect(problem.line).toBe(3);
    expect(problem.message).toMatch(/^the front matter is not valid YAML: /);
    expect(problemOf(lines('---', 'title: 题目', '  speaker: 李某某', '---', ...body))).toMatchObject({
      line: 2,
      column: 8,
    });
  });

  it('front matter that is not `key: value` lines', () => {
    expect(problemOf(lines('---', '- title', '- 题目', '---', ...body))).toMatchObject({
      line: 2,
      column: 1,
      message: 'the front matter must be `key: value` lines',
    });
  });

  it('no front matter at all, at 1:1', () => {
    expect(problemOf(lines('# 第一部分', '## 第一页'))).toEqual({
      line: 1,
      column: 1,
      message: 'the outline has no front matter',
      hint: 'start the file with a line `---`, then `title: 你的题目`, then another `---`.',
    });
  });

  it('a front matter that is never closed', () => {
    expect(problemOf(lines('---', 'title: 题目', '', '# 第一部分'))).toEqual({
      line: 1,
      column: 1,
      message: 'the front matter is never closed',
      hint: 'add a line `---` after the last setting.',
    });
  });

  it('blank lines above the front matter', () => {
    expect(problemOf(lines('', '---', 'title: 题目', '---', ...body))).toMatchObject({
      line: 2,
      column: 1,
      message: 'the front matter must start on line 1',
    });
  });

  it('an empty file, or one with only spaces, with what a minimal outline looks like', () => {
    for (const source of ['', '   \n\n\t\n', '\uFEFF']) {
      // a problem of the whole file: no line or column to point at
      expect(problemOf(source)).toEqual({
        message: 'the outline is empty',
        hint: 'a minimal outline is `---`, `title: 你的题目`, `---`, then `# 第一部分` and `## 第一页`, each on its own line.',
      });
    }
  });
});
