// The footer reads from the back row: its size, and its contrast computed from each theme's own colours (WCAG).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrast as contrastOf } from '../../src/outputs/pptx/template/backdrop.ts';
import { ROOT } from '../support/sample.ts';

const THEMES = path.join(ROOT, 'themes');
const themes = readdirSync(THEMES).filter((file) => file.endsWith('.css') && !file.startsWith('_'));

function variable(css: string, name: string): string {
  const match = new RegExp(`${name}:\\s*([^;]+);`).exec(css);
  if (!match) throw new Error(`${name} is not set`);
  return match[1]!.trim();
}

/** WCAG's contrast of two CSS colours `#rrggbb`, as the PowerPoint's template check computes it. */
const contrast = (a: string, b: string) => contrastOf(a.slice(1), b.slice(1));

describe.each(themes)('the footer of theme %s', (theme) => {
  const css = readFileSync(path.join(THEMES, theme), 'utf8');

  it('has text and band colours with a contrast of 7:1 or more, on content slides and on the red/white field slides', () => {
    for (const [text, band] of [
      ['--sd-footer-text', '--sd-footer'],
      ['--sd-field-footer', '--sd-field-footer-band'],
    ] as const) {
      const [fore, back] = [variable(css, text), variable(css, band)];
      expect(fore, `${text} is a solid colour`).toMatch(/^#[0-9a-f]{6}$/i);
      expect(back, `${band} is a solid colour`).toMatch(/^#[0-9a-f]{6}$/i);
      expect(contrast(fore, back), `${text} on ${band}`).toBeGreaterThanOrEqual(7);
    }
  });
});

describe('the footer’s size', () => {
  it('is 26–28 px at the slide’s size', () => {
    const size = Number(
      variable(readFileSync(path.join(THEMES, '_layout.css'), 'utf8'), '--sd-footer-size').replace('px', ''),
    );
    expect(size).toBeGreaterThanOrEqual(26);
    expect(size).toBeLessThanOrEqual(28);
  });
});
