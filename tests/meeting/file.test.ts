// The meeting file: its keys read, every mistake named at its line.
import { describe, expect, it } from 'vitest';
import { parseMeeting } from '../../src/meeting/file.ts';
import { OutlineError } from '../../src/outline/error.ts';
import { setLanguage } from '../../src/messages/index.ts';

const MEETING = `title: 青年干部理论学习交流会
date: 2026-11-27
organization: 某某单位
bound: slides
talks:
  - outline: slides/qunzhong.md
  - outline: slides/another.md
    duration: 8
  - file: received/李某某.pdf
    speaker: 李某某
`;

/** The line an error names, or the message when it is not an OutlineError. */
function lineOf(text: string): number | string {
  try {
    parseMeeting(text, 'meeting.yaml');
    return 'no error';
  } catch (error) {
    return error instanceof OutlineError ? (error.line ?? 'no line') : String(error);
  }
}

describe('the meeting file', () => {
  it('reads the meeting and its programme in order', () => {
    const meeting = parseMeeting(MEETING, 'meeting.yaml');
    expect(meeting).toMatchObject({ title: '青年干部理论学习交流会', date: '2026-11-27', organization: '某某单位' });
    expect(meeting.bound).toBe('slides');
    expect(meeting.talks.map((talk) => [talk.kind, talk.at.line])).toEqual([
      ['outline', 6],
      ['outline', 7],
      ['file', 9],
    ]);
    expect(meeting.talks[1]).toMatchObject({ outline: 'slides/another.md', duration: 8 });
    expect(meeting.talks[2]).toMatchObject({ file: 'received/李某某.pdf', speaker: '李某某' });
  });

  it('binds handouts unless told otherwise', () => {
    expect(parseMeeting(MEETING.replace('bound: slides\n', ''), 'm.yaml').bound).toBe('handout');
  });

  it('names each mistake at its line', () => {
    setLanguage('en');
    expect(lineOf(MEETING.replace('bound: slides', 'bound: both'))).toBe(4);
    expect(lineOf(MEETING.replace('    duration: 8', '    duration: long'))).toBe(8);
    expect(lineOf(MEETING.replace('    speaker: 李某某', '    spekaer: 李某某'))).toBe(10);
    expect(
      lineOf(MEETING.replace('  - outline: slides/qunzhong.md', '  - outline: slides/qunzhong.md\n    file: x.pdf')),
    ).toBe(6);
    expect(lineOf(MEETING.replace('title: 青年干部理论学习交流会\n', ''))).toBe(1);
    expect(lineOf('title: x\ntalks: []\n')).toBe(2);
    expect(lineOf('title: [unclosed\n')).toBeTypeOf('number');
  });
});
