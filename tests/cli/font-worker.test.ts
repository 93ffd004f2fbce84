// The fonts' cutting process (src/fonts/cutter.ts) from both ways the command runs: the prebuilt bundle, where it is an
// entry of its own beside the command line's (scripts/cli-bundle.mjs), and the TypeScript source through tsx. Each
// builds a deck whose characters were never cut (a random pick of the sample's), so its faces are cut anew, and the
// cut faces hold every character of its text.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { randomInt } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, SAMPLE_OUTLINE } from '../support/sample.ts';
import { runSpeechdeck } from '../support/cli.ts';

const project = mkdtempSync(path.join(os.tmpdir(), 'speechdeck-font-worker-'));
const CACHE = path.join(ROOT, 'node_modules/.cache/speechdeck');
const made: string[] = [];
afterAll(() => {
  rmSync(project, { recursive: true, force: true });
  // the faces these decks had cut: no other deck has their characters
  for (const name of made)
    for (const file of [name, `${name}.json`]) rmSync(path.join(CACHE, 'fonts', file), { force: true });
});

/** Forty of the sample's Chinese characters, drawn at random: a set of characters no deck had before. */
function unseenText(): string {
  const pool = [...new Set(readFileSync(SAMPLE_OUTLINE, 'utf8').match(/\p{Script=Han}/gu))];
  return Array.from({ length: 40 }, () => pool.splice(randomInt(pool.length), 1)[0]).join('');
}

function buildsWithNewFonts(name: string, env: Record<string, string>): void {
  const text = unseenText();
  writeFileSync(
    path.join(project, `${name}.md`),
    `---\ntitle: 字体\nspeaker: 某某\n---\n\n# 一\n\n## 二\n\n- ${text.slice(0, 20)}\n- **${text.slice(20)}**\n`,
  );
  const run = runSpeechdeck(project, env, ['--lang', 'en', 'build', `${name}.md`]);
  expect(run.code, run.stderr).toBe(0);
  const assets = path.join(project, 'dist', name, 'assets');
  const faces = readdirSync(assets).filter((file) => /^noto-sans-sc-(400|700)-.*\.woff2$/.test(file));
  expect(faces).toHaveLength(2);
  made.push(...faces);
  for (const face of faces) {
    const font = fontkit.create(readFileSync(path.join(assets, face))) as fontkit.Font;
    expect([...text].filter((char) => !font.hasGlyphForCodePoint(char.codePointAt(0)!)).join(''), face).toBe('');
  }
}

describe('the fonts cut in a process of their own', () => {
  it('from the prebuilt command line, whose bundle holds its entry beside the command line’s', () => {
    buildsWithNewFonts('bundled', {});
    const { entry } = JSON.parse(readFileSync(path.join(CACHE, 'cli.json'), 'utf8')) as { entry: string };
    expect(readdirSync(path.dirname(path.join(CACHE, entry)))).toContain('cut-worker.mjs');
  });

  it('from the TypeScript source', () => {
    buildsWithNewFonts('source', { SPEECHDECK_FROM_SOURCE: '1' });
  });
});
