// Finds the YAML front matter between the `---` lines and parses it, keeping each key's file position.
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import type { Position, Problem } from './types.ts';
import { fenceTypo, settingTypos } from './front-matter-typing.ts';
import { frontMatterLines } from './lines.ts';
import { say } from '../messages/index.ts';

/** One `key: value` line of the front matter. */
export interface Setting {
  key: string;
  /** The value as YAML gave it: string, number, boolean, null, or an array/object for lists and mappings. */
  readonly value: unknown;
  /** Where the key is, for "unknown key" problems. */
  keyAt: Position;
  /** Where the value is (the key when it has none), for "wrong type" problems. */
  valueAt: Position;
}

export interface FrontMatter {
  /** Where the opening `---` is (1:1 when the file has no front matter). */
  at: Position;
  /** The settings in order; empty when the front matter is missing or is not valid YAML. */
  settings: Setting[];
  /** False when the YAML could not be read, so missing keys should not be reported on top of it. */
  readable: boolean;
  /** Index into the file's lines of the first body line, or null when the body cannot be told apart. */
  bodyStart: number | null;
  problems: Problem[];
}

export function readFrontMatter(lines: string[]): FrontMatter {
  // The `---` must be line 1; blank lines above it are reported but tolerated so the rest can still be checked. A
  // fence typed otherwise (indented, `———`) is reported, then read as the fence it was meant to be.
  const span = frontMatterLines(lines);
  if (!span) {
    return {
      at: { line: 1, column: 1 },
      settings: [],
      readable: false,
      bodyStart: 0,
      problems: [{ line: 1, column: 1, message: say('noFrontMatter'), hint: say('noFrontMatterFix') }],
    };
  }
  const open = span.first - 1;
  const at = { line: span.first, column: 1 };
  const openTypo = fenceTypo(lines[open]!, open);
  const problems: Problem[] = openTypo ? [openTypo] : [];
  if (open > 0) {
    problems.push({ ...at, message: say('frontMatterNotFirst'), hint: say('frontMatterNotFirstFix') });
  }
  if (!span.closed) {
    problems.push({ ...at, message: say('frontMatterUnclosed'), hint: say('frontMatterUnclosedFix') });
    return { at, settings: [], readable: false, bodyStart: null, problems };
  }
  const close = span.last - 1;
  const closeTypo = fenceTypo(lines[close]!, close);
  if (closeTypo) problems.push(closeTypo);

  const controls = controlCharacters(lines.slice(open + 1, close), open + 1);
  problems.push(...controls.problems);
  const typos = settingTypos(controls.lines, open + 1);
  const { settings, readable, problems: yamlProblems } = readYaml(typos.lines.join('\n'), open + 1);
  // YAML's complaint about a line already reported says less than the typo's own message.
  const explained = yamlProblems.filter((problem) => problem.line === undefined || !typos.typedLines.has(problem.line));
  return {
    at,
    settings,
    // Read as if fixed: the settings are still checked (an unknown key, a wrong type) beside the typo.
    readable,
    bodyStart: close + 1,
    problems: [...problems, ...typos.problems, ...explained],
  };
}

/** Control characters a setting cannot hold: YAML takes U+000B (Word's Shift+Enter), a backspace or an escape as
 *  text, and they would reach the PowerPoint's XML (where they are not allowed) and the terminal (where they are
 *  commands). Each is reported at its place, and the lines are read without them. A carriage return ending a line
 *  (a Windows file) is not one. */
function controlCharacters(lines: string[], firstLine: number): { lines: string[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const cleaned = lines.map((line, i) => {
    const text = line.replace(/\r$/, '');
    for (const found of text.matchAll(CONTROL)) {
      const code = `U+${found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
      problems.push({
        line: firstLine + i + 1,
        column: found.index + 1,
        message: say('controlInSettings', code),
        hint: say('controlInSettingsFix'),
      });
    }
    return text.replace(CONTROL, '');
  });
  return { lines: cleaned, problems };
}

/** A text as a setting may hold it, for a writer of settings such as import's draft: no control characters (a
 *  damaged file's title can carry them), tabs as spaces, no spaces around it. */
export function settingText(text: string): string {
  return text.replace(CONTROL, '').replace(/\t/g, ' ').trim();
}

/** Every control character but the tab (C0, DEL, C1), and the noncharacters XML refuses. */
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\ufffe\uffff]/g;

/** Parses the YAML text whose first line is file line `firstLine + 1`. */
function readYaml(yaml: string, firstLine: number): { settings: Setting[]; readable: boolean; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, {
    lineCounter,
    prettyErrors: false,
    // YAML 1.2 core: `2026-11-27` and `16:9` stay strings, `yes` is not a boolean.
    version: '1.2',
    schema: 'core',
    // yaml's own check compares every key with every other (minutes on a huge front matter); duplicates are found below.
    uniqueKeys: false,
  });
  const where = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine, column: col };
  };

  if (document.errors.length > 0) {
    const problems = document.errors.map((error) => ({
      ...where(error.pos[0]),
      message: say('notYaml', firstSentence(error.message)),
      hint: say('settingLinesFix'),
    }));
    return { settings: [], readable: false, problems: onePerLine(problems) };
  }

  const contents = document.contents;
  if (contents === null || contents === undefined) return { settings: [], readable: true, problems: [] };
  if (!isMap(contents)) {
    const problem = {
      ...where(contents.range?.[0] ?? 0),
      message: say('notSettingLines'),
      hint: say('notSettingLinesFix'),
    };
    return { settings: [], readable: false, problems: [problem] };
  }

  const settings: Setting[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, Position>();
  for (const pair of contents.items) {
    const keyAt = where(rangeOf(pair.key)?.[0] ?? 0);
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key ?? '');
    const first = seen.get(key);
    if (first) {
      problems.push({ ...keyAt, message: say('setTwice', key, first.line), hint: say('setTwiceFix') });
      continue;
    }
    seen.set(key, keyAt);
    const node = pair.value;
    // `key:` with nothing after it has a zero-length value; point at the key then.
    const isEmpty = node === null || node === undefined || (isScalar(node) && node.value === null);
    const valueAt = isEmpty ? keyAt : where(rangeOf(node)?.[0] ?? 0);
    settings.push({
      key,
      keyAt,
      valueAt,
      // Read on demand: resolving an alias walks the whole document, so only the known keys should pay for it.
      get value() {
        return plainValue(node, document);
      },
    });
  }
  return { settings, readable: problems.length === 0, problems };
}

/** The plain value of a node: a list's items (`keep: [红色物业, 四个三工作法]`); a mapping only needs to be told apart. */
function plainValue(node: unknown, document: Document): unknown {
  if (node === null || node === undefined) return null;
  if (isScalar(node)) return node.value;
  if (isAlias(node)) return plainValue(node.resolve(document) ?? null, document);
  // (one level: a list inside a list reads as a list, whatever it holds)
  if (isSeq(node)) return node.items.map((item) => (isSeq(item) ? [] : plainValue(item, document)));
  if (isMap(node)) return {};
  return undefined;
}

function rangeOf(node: unknown): readonly number[] | undefined {
  return isScalar(node) || isSeq(node) || isMap(node) || isAlias(node) ? (node.range ?? undefined) : undefined;
}

/** One mistake often makes yaml report a cascade of errors at the same place; the first says it best. */
function onePerLine(problems: Array<Problem & Position>): Array<Problem & Position> {
  const seen = new Set<number>();
  return problems.filter((problem) => !seen.has(problem.line) && seen.add(problem.line));
}

/** yaml's messages may go on with a source excerpt; a problem is one sentence. */
function firstSentence(message: string): string {
  if (/maximum call stack/i.test(message)) return say('nestedTooDeeply');
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
}
