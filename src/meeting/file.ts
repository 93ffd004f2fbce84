// The meeting file (`meeting.yaml`): the meeting's name, date, place and organisation, and its programme, an ordered
// list of talks, each an outline or a file a speaker sent. Read by hand-written YAML, so every mistake is named at its
// line. Pure: the caller reads the file.
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node, Pair } from 'yaml';
import { OutlineError } from '../outline/error.ts';
import type { Position } from '../outline/types.ts';
import { say } from '../messages/index.ts';

/** One talk of the programme. */
export type Talk =
  | { kind: 'outline'; outline: string; duration?: number; at: Position }
  | { kind: 'file'; file: string; speaker?: string; title?: string; duration?: number; at: Position };

export interface Meeting {
  title: string;
  date?: string;
  place?: string;
  organization?: string;
  /** What the bound PDF holds of each talk: its handout (the default) or its slides. */
  bound: 'handout' | 'slides';
  /** The organiser's PowerPoint template for every talk, as written, and where. */
  template?: { file: string; at: Position };
  talks: Talk[];
}

const MEETING_KEYS = ['title', 'date', 'place', 'organization', 'bound', 'template', 'talks'] as const;
const TALK_KEYS = ['outline', 'file', 'speaker', 'title', 'duration'] as const;

/** The meeting file's text, read; `file` is how the user named it (messages say it). Talks' paths stay as written. */
export function parseMeeting(text: string, file: string): Meeting {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const at = (offset: number | undefined): Position => {
    const { line, col } = lines.linePos(offset ?? 0);
    return { line, column: col };
  };
  const fail = (offset: number | undefined, message: string, hint?: string): never => {
    throw OutlineError.at(file, at(offset), message, hint);
  };
  if (doc.errors.length) {
    const error = doc.errors[0]!;
    fail(error.pos[0], say('meetingYaml', error.message.split('\n')[0]!));
  }
  const root = doc.contents;
  if (!isMap(root)) return fail(0, say('meetingNotMap'), say('meetingExample'));
  const text_ = (pair: Pair, key: string): string => {
    const value = pair.value;
    if (!isScalar(value) || value.value === null || typeof value.value === 'object')
      fail(offsetOf(value ?? pair.key), say('meetingText', key));
    const scalar = value as { value: unknown };
    return String(scalar.value instanceof Date ? scalar.value.toISOString().slice(0, 10) : scalar.value).trim();
  };
  const minutes = (pair: Pair): number => {
    const value = isScalar(pair.value) ? Number(pair.value.value) : Number.NaN;
    if (!Number.isFinite(value) || value <= 0 || value > 600) fail(offsetOf(pair.value), say('meetingDuration'));
    return value;
  };
  const meeting: Partial<Meeting> & { talks: Talk[] } = { bound: 'handout', talks: [] };
  let talksAt: number | undefined;
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!(MEETING_KEYS as readonly string[]).includes(key))
      fail(offsetOf(pair.key), say('meetingUnknownKey', key, MEETING_KEYS.join(', ')));
    if (key === 'talks') {
      talksAt = offsetOf(pair.key);
      if (!isSeq(pair.value))
        return fail(offsetOf(pair.value ?? pair.key), say('meetingTalksList'), say('meetingExample'));
      for (const item of pair.value.items) meeting.talks.push(readTalk(item as Node, text_, minutes, fail, at));
    } else if (key === 'bound') {
      const bound = text_(pair, key);
      if (bound !== 'handout' && bound !== 'slides') fail(offsetOf(pair.value), say('meetingBound', bound));
      meeting.bound = bound as Meeting['bound'];
    } else if (key === 'template') {
      meeting.template = { file: text_(pair, key), at: at(offsetOf(pair.value)) };
    } else meeting[key as 'title' | 'date' | 'place' | 'organization'] = text_(pair, key);
  }
  if (!meeting.title) fail(0, say('meetingNoTitle'), say('meetingExample'));
  if (!meeting.talks.length) fail(talksAt, say('meetingNoTalks'), say('meetingExample'));
  return meeting as Meeting;
}

function readTalk(
  item: Node,
  text: (pair: Pair, key: string) => string,
  minutes: (pair: Pair) => number,
  fail: (offset: number | undefined, message: string, hint?: string) => never,
  at: (offset: number | undefined) => Position,
): Talk {
  if (!isMap(item)) return fail(offsetOf(item), say('meetingTalkMap'), say('meetingExample'));
  const values: Partial<Record<(typeof TALK_KEYS)[number], string>> = {};
  let duration: number | undefined;
  for (const pair of item.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!(TALK_KEYS as readonly string[]).includes(key))
      fail(offsetOf(pair.key), say('meetingUnknownKey', key, TALK_KEYS.join(', ')));
    if (key === 'duration') duration = minutes(pair);
    else values[key as Exclude<(typeof TALK_KEYS)[number], 'duration'>] = text(pair, key);
  }
  const where = at(offsetOf(item));
  const slot = duration === undefined ? {} : { duration };
  if (values.outline && values.file) return fail(offsetOf(item), say('meetingOutlineOrFile'));
  if (values.outline) return { kind: 'outline', outline: values.outline, ...slot, at: where };
  if (values.file)
    return {
      kind: 'file',
      file: values.file,
      ...(values.speaker ? { speaker: values.speaker } : {}),
      ...(values.title ? { title: values.title } : {}),
      ...slot,
      at: where,
    };
  return fail(offsetOf(item), say('meetingOutlineOrFile'));
}

function offsetOf(node: unknown): number | undefined {
  return (node as { range?: [number, number, number] } | null)?.range?.[0];
}
