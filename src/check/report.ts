// How `check` prints what it found: a readable report per outline (timing table with aligned columns), or JSON.
import { FINDING_TOPIC, LIMITS, countFindings, formatFinding } from './findings.ts';
import type { Finding, Severity } from './findings.ts';
import type { Timing } from './timing.ts';
import { displayWidth, fitWidth, padEndWidth, padStartWidth } from '../messages/width.ts';
import { formatMinutes } from '../deck/timing.ts';
import { say } from '../messages/index.ts';
import { DEFAULT_HANDOUT } from '../outputs/pdf/handout-html.ts';

/** What was found in one outline. `timing` is missing when the outline does not parse; `layout` when not measured. */
export interface OutlineCheck {
  file: string;
  timing?: Timing;
  layout?: { slides: number; width: number; height: number };
  findings: Finding[];
}

const TOPICS = ['outline', 'timing', 'layout', 'density', 'handout'] as const;
const LABEL_COLUMNS = 40;

export function checkReport(checks: OutlineCheck[], options: { strict: boolean }): string {
  const out: string[] = [];
  for (const check of checks) {
    out.push(check.file);
    for (const topic of TOPICS) {
      const findings = check.findings.filter((finding) => FINDING_TOPIC[finding.code] === topic);
      const summary = topicSummary(topic, check, findings);
      if (summary === undefined) continue;
      out.push(`  ${topic.padEnd(9)} ${summary}`);
      if (topic === 'timing' && check.timing) out.push(...timingLines(check.timing).map((line) => `              ${line}`));
      for (const finding of findings) {
        out.push(`    ${finding.severity.padEnd(8)} ${formatFinding({ ...finding, hint: undefined })}`);
        if (finding.hint) out.push(`             ${finding.hint}`);
      }
    }
    out.push('');
  }
  out.push(summaryLine(checks, options.strict));
  return `${out.join('\n')}\n`;
}

/** The findings as JSON: one flat list (for editors and CI), and per outline its timing and what was measured. */
export function checkJson(checks: OutlineCheck[], exitCode: number): string {
  const findings = checks.flatMap((check) => check.findings);
  const outlines = checks.map((check) => ({
    file: check.file,
    timing: check.timing ?? null,
    layout: check.layout ?? null,
    counts: countFindings(check.findings),
  }));
  return `${JSON.stringify({ findings, outlines, counts: countFindings(findings), exitCode }, null, 2)}\n`;
}

function topicSummary(topic: (typeof TOPICS)[number], check: OutlineCheck, findings: Finding[]): string | undefined {
  const counted = findings.length ? ` (${countText(countFindings(findings))})` : '';
  switch (topic) {
    case 'outline':
      return findings.length ? `${findings.length} ${findings.length === 1 ? 'problem' : 'problems'}: fix ${findings.length === 1 ? 'it' : 'them'} first, then check again` : 'ok';
    case 'timing': {
      const timing = check.timing;
      if (!timing) return undefined;
      const slot = timing.duration ? ` for ${minuteSlot(timing.duration)}` : ' (no `duration` set)';
      return `about ${formatMinutes(timing.total.seconds)}${slot}, at ${timing.pace} characters a minute${counted}`;
    }
    case 'layout':
      if (!check.timing) return undefined;
      if (!check.layout) return 'not measured (--no-layout)';
      return `${check.layout.slides} slides measured at ${check.layout.width}×${check.layout.height}: ${
        findings.length ? countText(countFindings(findings)) : `nothing overflows, no text under ${LIMITS.textPx} px`
      }`;
    case 'density':
      if (!check.timing) return undefined;
      return findings.length ? countText(countFindings(findings)) : `ok (at most ${LIMITS.points} points a slide, none over ${LIMITS.pointLength} characters)`;
    case 'handout':
      if (!check.timing) return undefined;
      return findings.length ? countText(countFindings(findings)) : say('handoutOk', DEFAULT_HANDOUT.perPage);
  }
}

/** The timing table: one row per part, with aligned columns whatever the titles' script. */
function timingLines(timing: Timing): string[] {
  const rows = [...timing.rows, timing.total];
  const cells = rows.map((row) => [fitWidth(row.label, LABEL_COLUMNS), String(row.slides), String(row.spoken), formatMinutes(row.seconds)]);
  const header = ['part', 'slides', 'characters', 'minutes'];
  const widths = header.map((title, i) => cells.reduce((widest, cell) => Math.max(widest, displayWidth(cell[i]!)), displayWidth(title)));
  const line = (cell: string[]) =>
    cell.map((text, i) => (i === 0 ? padEndWidth(text, widths[i]!) : padStartWidth(text, widths[i]!))).join('  ').trimEnd();
  return [line(header), ...cells.map(line)];
}

function summaryLine(checks: OutlineCheck[], strict: boolean): string {
  const counts = countFindings(checks.flatMap((check) => check.findings));
  const outlines = `${checks.length} ${checks.length === 1 ? 'outline' : 'outlines'}`;
  if (counts.error + counts.warning + counts.hint === 0) return `no problems in ${outlines}`;
  const strictNote = strict && counts.warning > 0 ? ' (--strict: warnings count as errors)' : '';
  return `${countText(counts)} in ${outlines}${strictNote}`;
}

/** "an 8-minute slot", "a 10-minute slot": the article goes by how the number is said (eight, eleven, eighteen). */
export function minuteSlot(minutes: number): string {
  const whole = String(Math.trunc(minutes));
  const an = whole.startsWith('8') || (/^1[18]/.test(whole) && (whole.length - 2) % 3 === 0);
  return `${an ? 'an' : 'a'} ${minutes}-minute slot`;
}

/** "1 error, 2 hints": the severities that occur. */
function countText(counts: Record<Severity, number>): string {
  const plural = (n: number, word: string) => (n === 0 ? '' : `${n} ${word}${n === 1 ? '' : 's'}`);
  return [plural(counts.error, 'error'), plural(counts.warning, 'warning'), plural(counts.hint, 'hint')].filter(Boolean).join(', ');
}
