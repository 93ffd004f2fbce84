// The editor's findings offer only what the page can do: its export prints the default handout, so a notes box too
// small or points too small on paper are not told to use the command line's `--per-page`, which `check` offers.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SlideRenderer } from '../../src/server/editor/render.ts';
import { deckFindings } from '../../src/check/index.ts';
import { smallOnPaperFindings } from '../../src/check/handout.ts';
import { parseOutline } from '../../src/outline/index.ts';
import { planDeck } from '../../src/deck/index.ts';
import { setLanguage } from '../../src/messages/index.ts';
import type { Language } from '../../src/messages/index.ts';

const project = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-editor-findings-'));
afterAll(() => fs.rmSync(project, { recursive: true, force: true }));
const file = path.join(project, 'slides', 'talk.md');
const OVERFLOW = path.join(import.meta.dirname, '../fixtures/check/overflow.md');
fs.mkdirSync(path.dirname(file), { recursive: true });

/** A slide whose notes fill more than the default handout's box but fit at one a page. */
const text = [
  '---',
  'title: 讲义',
  '---',
  '',
  '## 备注很长的一页',
  '',
  '- 要点',
  '',
  '::: notes',
  '这一段备注讲得很长很长，讲义每页三张时放不下。'.repeat(30),
  ':::',
  '',
].join('\n');

describe.each(['zh', 'en'] as Language[])('in %s', (lang) => {
  it('the page’s findings name no `--per-page`; check’s do', async () => {
    setLanguage(lang);
    const renderer = new SlideRenderer();
    const linted = await renderer.findings(file, text);
    expect(linted.ok).toBe(true);
    const cut = linted.findings.filter((f) => f.code === 'notes-cut');
    expect(cut).toHaveLength(1);
    expect(cut[0]!.hint).not.toContain('--per-page');
    const checks = deckFindings(await renderer.deck(file, text)).filter((f) => f.code === 'notes-cut');
    expect(checks.map((f) => f.hint)).toEqual([expect.stringContaining('--per-page 1')]);
  });

  it('points too small on paper: told to shorten or split them, without another layout', () => {
    setLanguage(lang);
    const outline = parseOutline(fs.readFileSync(OVERFLOW, 'utf8'), 'slides/overflow.md');
    // (no plan sets a slide under the floor, and six a page gives a crowded slide a wide cell: a slide set at 36 px by
    // hand stands for one that would print small at three a page)
    const planned = planDeck(outline);
    const plan = {
      ...planned,
      slides: planned.slides.map((s) => (s.kind === 'content' ? { ...s, typeSize: 36, paperSize: 36 } : s)),
    };
    const offered = smallOnPaperFindings(plan, outline.file, 3);
    const page = smallOnPaperFindings(plan, outline.file, 3, false);
    expect(offered.length).toBeGreaterThan(0);
    expect(smallOnPaperFindings(planned, outline.file, 6)).toEqual([]);
    expect(offered.some((f) => f.hint?.includes('--per-page'))).toBe(true);
    expect(page.map((f) => f.slide)).toEqual(offered.map((f) => f.slide));
    for (const finding of page) expect(finding.hint).not.toContain('--per-page');
  });
});
