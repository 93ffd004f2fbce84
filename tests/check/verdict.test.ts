// The one verdict as `deck` prints it after its outputs: at any size a few lines a person reads (the first findings,
// errors first, how many more and where to see them all), each no wider than the terminal; `check --json` keeps all.
import { describe, expect, it } from 'vitest';
import { parseOutline } from '../../src/outline/index.ts';
import { planDeck } from '../../src/deck/index.ts';
import { deckFindings, timingTable } from '../../src/check/index.ts';
import { checkJson, checkReport, deckVerdict, summaryLine } from '../../src/check/report.ts';
import type { OutlineCheck } from '../../src/check/report.ts';
import { setLanguage } from '../../src/messages/index.ts';
import type { Language } from '../../src/messages/index.ts';
import { displayWidth } from '../../src/messages/width.ts';

/** A talk of `slides` slides in 50 parts, every slide with findings: seven points (too many, set smaller), a point
 *  too long, no notes; the whole far over its one-minute slot; one slide with a character no face has (an error). */
function longTalk(slides: number): string {
  const out = ['---', 'title: 一千页的发言', 'duration: 1', '---', ''];
  for (let i = 0; i < slides; i++) {
    if (i % 20 === 0) out.push(`# 第${i / 20 + 1}部分`, '');
    out.push(`## 第${i + 1}页的标题`, '');
    for (let p = 1; p <= 7; p++)
      out.push(`- 第${p}条要点${p === 7 ? '写得特别特别长，超过了一行能放下的三十个字，后排的同志很难一眼看完' : ''}`);
    out.push('');
    if (i === 700) out.push('- 这个字“\u{31350}”哪套字体都没有', '');
  }
  return out.join('\n');
}

function checked(slides: number): OutlineCheck {
  const outline = parseOutline(longTalk(slides), 'slides/一千页.md');
  const deck = { outline, plan: planDeck(outline) };
  return {
    file: outline.file,
    timing: timingTable(deck.plan),
    findings: deckFindings(deck, { glyphs: { fallback: '', none: '\u{31350}' } }),
  };
}

describe.each(['zh', 'en'] as Language[])('deck at 1,000 slides, in %s', (lang) => {
  setLanguage(lang);
  const check = checked(1000);
  const lines = deckVerdict([check], 100);

  it('prints a few lines, none wider than the terminal (a Chinese character two columns)', () => {
    expect(check.findings.length).toBeGreaterThan(2000);
    // with the six outputs' lines above them: well under 30 lines in all
    expect(lines.length).toBeLessThanOrEqual(12);
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(100);
  });

  it('shows the error first, then says how many more and where to see every one', () => {
    expect(lines[0]).toMatch(lang === 'zh' ? /^错误 / : /^error /);
    expect(lines[0]).toContain('slides/一千页.md:');
    const more = check.findings.length - 10;
    expect(lines.at(-2)).toBe(
      lang === 'zh'
        ? `…… 等 ${more} 条（共 ${check.findings.length} 条），全部见 \`speechdeck check\`（或 \`check --json\`）`
        : `… and ${more} more (${check.findings.length} in all): see them all with \`speechdeck check\` (or \`check --json\`)`,
    );
  });

  it("ends with check's summary line", () => {
    setLanguage(lang);
    expect(lines.at(-1)).toBe(summaryLine([check], false));
    expect(checkReport([check], { strict: false }).trimEnd().split('\n').at(-1)).toBe(lines.at(-1));
  });

  it('loses nothing: check --json holds every finding', () => {
    const json = JSON.parse(checkJson([check], 1)) as { findings: unknown[] };
    expect(json.findings).toHaveLength(check.findings.length);
  });
});

describe('deck on a small talk', () => {
  it('prints every finding when there are ten or fewer, and no pointer when none was cut', () => {
    setLanguage('en');
    const check = checked(1);
    const lines = deckVerdict([check], 400);
    expect(check.findings.length).toBeLessThanOrEqual(10);
    expect(lines).toHaveLength(check.findings.length + 1);
    expect(lines.join('\n')).not.toMatch(/in all|speechdeck check/);
  });

  it('cuts a finding to the terminal, and then says where to read it in full', () => {
    setLanguage('zh');
    const lines = deckVerdict([checked(1)], 60);
    expect(lines.some((line) => line.endsWith('…'))).toBe(true);
    expect(lines.at(-2)).toBe('每条的全文见 `speechdeck check`');
    for (const line of lines.slice(0, -1)) expect(displayWidth(line)).toBeLessThanOrEqual(60);
  });
});
