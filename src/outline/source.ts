// The outline's text made uniform (no BOM, `\n` line ends) and split into lines, so every position is counted one way.

/** The outline as lines: `lines[n]` is file line n + 1. */
export interface SourceLines {
  text: string;
  lines: string[];
}

export function readSource(source: string): SourceLines {
  // Editors on Windows save a BOM and CRLF; markdown-it and yaml must see the same lines we count.
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return { text, lines: text.split('\n') };
}

/** 1-based column of the first non-blank character of a line (1 for a blank or missing line). */
export function columnOf(line: string | undefined): number {
  if (line === undefined) return 1;
  const match = /[^ \t]/.exec(line);
  return match ? match.index + 1 : 1;
}

export function isBlank(line: string): boolean {
  return /^[ \t]*$/.test(line);
}
