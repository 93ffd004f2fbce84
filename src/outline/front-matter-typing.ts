// Typing mistakes in the front matter that YAML cannot explain: a `---` fence that is indented or typed with other
// dashes, and a setting written `title：…` (full-width colon) or `title:…` (no space). Each is reported at its line
// with the fix, and the text is read as if fixed, so the rest of the front matter is still checked.
import { say } from '../messages/index.ts';
import type { Problem } from './types.ts';
import { fenceLookalike } from './lines.ts';

/** A line meant as the `---` fence but typed otherwise (indented, `———`, `----`): the problem, or undefined. */
export function fenceTypo(line: string, index: number): Problem | undefined {
  const dashes = fenceLookalike(line);
  if (dashes === undefined) return undefined;
  const at = { line: index + 1, column: 1 };
  const indented = dashes === '---';
  return {
    ...at,
    message: indented ? say('indentedFence', at.line) : say('fenceLookalike', dashes, at.line),
    hint: say('fenceFix'),
  };
}

/** `key：value` (full-width colon) or `key:value` (no space) at the start of a line. */
const FULL_WIDTH_COLON = /^([^\s:：﹕︰#'"{}[\],&*!|>%@`-][^\s:：﹕︰]*?)([ \t]*)([：﹕︰])[ \t]*/;
const NO_SPACE = /^([A-Za-z_][\w-]*):(?=[^\s/])/;

export interface SettingTypos {
  /** The front matter's lines as if the mistakes were fixed, for YAML to read. */
  lines: string[];
  problems: Problem[];
  /** File lines (1-based) that had a mistake: YAML's own complaints about them add nothing. */
  typedLines: Set<number>;
}

/** Finds settings typed with the wrong colon in the YAML lines whose first is file line `firstLine + 1`. */
export function settingTypos(yamlLines: string[], firstLine: number): SettingTypos {
  const problems: Problem[] = [];
  const typedLines = new Set<number>();
  const lines = yamlLines.map((text, index) => {
    const line = firstLine + index + 1;
    const fullWidth = FULL_WIDTH_COLON.exec(text);
    if (fullWidth) {
      const [whole, key] = [fullWidth[0], fullWidth[1]!];
      const value = text.slice(whole.length);
      const column = key.length + fullWidth[2]!.length + 1;
      problems.push({
        line,
        column,
        message: say('fullWidthColon', key, line),
        hint: say('settingColonFix', key, shown(value)),
      });
      typedLines.add(line);
      return `${key}: ${value}`;
    }
    const noSpace = NO_SPACE.exec(text);
    if (noSpace) {
      const key = noSpace[1]!;
      const value = text.slice(key.length + 1);
      problems.push({
        line,
        column: key.length + 1,
        message: say('noSpaceAfterColon', key, line),
        hint: say('settingSpaceFix', key, shown(value)),
      });
      typedLines.add(line);
      return `${key}: ${value}`;
    }
    return text;
  });
  return { lines, problems, typedLines };
}

/** The value quoted in a fix: short, and `…` where there is none yet. */
function shown(value: string): string {
  const trimmed = value.trim();
  return trimmed.length > 20 ? `${trimmed.slice(0, 20)}…` : trimmed || '…';
}
