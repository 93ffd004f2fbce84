// Helpers for the outline tests: build a source line by line, parse it, and read the problems it has.
import { expect } from 'vitest';
import { blocksHtml, pointHtml } from '../../src/outline/html.ts';
import { OutlineError, parseOutline } from '../../src/outline/index.ts';
import type { Block, Outline, Problem } from '../../src/outline/index.ts';

/** Joins lines with `\n` (and ends the file with one), so a test can count lines by eye. */
export function lines(...text: string[]): string {
  return `${text.join('\n')}\n`;
}

/** An outline with a three-line front matter: the first body line given is file line 4. */
export function talk(...body: string[]): string {
  return lines('---', 'title: 测试', '---', ...body);
}

export function parse(source: string): Outline {
  return parseOutline(source, 'talk.md');
}

/** The problems parsing reports; fails the test when parsing succeeds. */
export function problemsOf(source: string): Problem[] {
  try {
    parseOutline(source, 'talk.md');
  } catch (error) {
    expect(error).toBeInstanceOf(OutlineError);
    return (error as OutlineError).problems;
  }
  throw new Error('expected the outline to have problems, but it parsed');
}

/** The only problem parsing reports. */
export function problemOf(source: string): Problem {
  const problems = problemsOf(source);
  expect(problems).toHaveLength(1);
  return problems[0]!;
}

/** What a block says, as plain text; a list gives its points one per line. */
export function textOf(block: Block): string {
  return block.kind === 'points' ? block.points.map((point) => point.text).join('\n') : block.text;
}

/** Blocks, points and notes (or anything holding them) with the HTML each shows beside it as `html` (outline/html.ts
 *  writes it from the tree), so a test can say what Markdown renders as. A block's own tree is left as it is. */
export function rendered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rendered);
  if (typeof value !== 'object' || value === null) return value;
  const object = value as Record<string, unknown>;
  const blocks = object.blocks as Parameters<typeof blocksHtml>[0];
  if (object.kind === 'quote' || object.kind === 'markdown') return { ...object, html: blocksHtml(blocks) };
  if (object.kind === undefined && Array.isArray(object.points) && 'text' in object)
    return { ...object, html: pointHtml(blocks), points: rendered(object.points) };
  if (object.kind === undefined && 'text' in object && Array.isArray(blocks))
    return { ...object, html: blocksHtml(blocks) };
  return Object.fromEntries(Object.entries(object).map(([key, inner]) => [key, rendered(inner)]));
}
