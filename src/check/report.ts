// How `check` prints what it found: a readable report per outline (timing table with aligned columns), or JSON.
import { FINDING_TOPIC, LIMITS, countFindings, formatFinding } from './findings.ts';
import type { Finding, Severity } from './findings.ts';
import type { Timing } from './timing.ts';
import { displayWidth, fitWidth, padEndWidth, padStartWidth } from '../messages/width.ts';
import { formatMinutes } from '../deck/timing.ts';
import { say } from '../messages/index.ts';
import { DEFAULT_HANDOUT, LAYOUTS } from '../deck/handout-layout.ts';
import type { HandoutOptions } from '../deck/handout-layout.ts';

/** What was found in one outline. `timing` is missing when the outline does not parse; `layout` when not measured. */
export interface OutlineCheck {
  file: string;
  timing?: Timing;
  layout?: { slides: number; width: number; height: number };
  findings: Finding[];
}

const TOPICS = ['outline', 'timing', 'layout', 'fonts', 'density', 'handout'] as const;
const LABEL_COLUMNS = 40;

export function checkReport(
  checks: OutlineCheck[],
  options: { strict: boolean; handout?: HandoutOptions | undefined },
): string {
  const handout = options.handout ?? DEFAULT_HANDOUT;
  const out: string[] = [];
  for (const check of checks) {
    out.push(check.file);
    for (const topic of TOPICS) {
      const findings = check.findings.filter((finding) => FINDING_TOPIC[finding.code] === topic);
      const summary = topicSummary(topic, check, findings, handout);
      if (summary === undefined) continue;
      out.push(`  ${padEndWidth(say('topic', topic), 9)} ${summary}`);
      if (topic === 'timing' && check.timing)
        out.push(...timingLines(check.timing).map((line) => `              ${line}`));
      for (const finding of findings) {
        out.push(
          `    ${padEndWidth(say('severity', finding.severity), 8)} ${formatFinding({ ...finding, hint: undefined })}`,
        );
        if (finding.hint) out.push(`             ${finding.hint}`);
      }
    }
    out.push('');
  }
  out.push(summaryLine(checks, options.strict));
  return `${out.join('\n')}\n`;
}

/** The findings as JSON: one flat list (for editors and CI), and per outline its timing and what was measured. */
/** Why a check could not finish (no browser, a disk that is full, a stop), as `check --json` reports it. */
export interface CheckError {
  exit: number;
  message: string;
  file?: string;
  line?: number;
}

/** `check --json`: `ok` is false, with the `error` that ended the check, when it could not run to its end; the
 *  findings are those made until then. */
export function checkJson(checks: OutlineCheck[], exitCode: number, error?: CheckError): string {
  const findings = checks.flatMap((check) => check.findings);
  const outlines = checks.map((check) => ({
    file: check.file,
    timing: check.timing ?? null,
    layout: check.layout ?? null,
    counts: countFindings(check.findings),
  }));
  return `${JSON.stringify({ ok: error === undefined, ...(error ? { error } : {}), findings, outlines, counts: countFindings(findings), exitCode }, null, 2)}\n`;
}

function topicSummary(
  topic: (typeof TOPICS)[number],
  check: OutlineCheck,
  findings: Finding[],
  handout: HandoutOptions,
): string | undefined {
  const counted = findings.length ? countText(countFindings(findings)) : '';
  switch (topic) {
    case 'outline':
      return findings.length ? say('outlineProblems', findings.length) : say('topicOk');
    case 'timing': {
      const timing = check.timing;
      if (!timing) return undefined;
      return say(
        'timingSummary',
        formatMinutes(timing.total.seconds),
        timing.duration ?? 0,
        say('paceUsed', timing.pace, timing.rehearsals),
        counted,
      );
    }
    case 'layout':
      if (!check.timing) return undefined;
      if (!check.layout) return say('layoutNotMeasured');
      return say(
        'layoutMeasured',
        check.layout.slides,
        check.layout.width,
        check.layout.height,
        counted || say('layoutOk', LIMITS.textPx),
      );
    case 'fonts':
      // said only when some character needs the fallback face or has none
      return counted || undefined;
    case 'density':
      if (!check.timing) return undefined;
      return counted || say('densityOk', LIMITS.points, LIMITS.pointLength);
    case 'handout':
      if (!check.timing) return undefined;
      if (counted) return counted;
      // At 4 or 6 a page the handout has no notes: only the slides' type size is judged.
      return handout.notes && LAYOUTS[handout.perPage].roomForNotes
        ? say('handoutOk', handout.perPage)
        : say('handoutOkWithoutNotes', handout.perPage);
  }
}

/** The timing table: one row per part, with aligned columns whatever the titles' script. */
function timingLines(timing: Timing): string[] {
  const rows = [...timing.rows, timing.total];
  const cells = rows.map((row) => [
    fitWidth(row.label, LABEL_COLUMNS),
    String(row.slides),
    String(row.spoken),
    formatMinutes(row.seconds),
  ]);
  const header = [say('columnPart'), say('columnSlides'), say('columnCharacters'), say('columnMinutes')];
  const widths = header.map((title, i) =>
    cells.reduce((widest, cell) => Math.max(widest, displayWidth(cell[i]!)), displayWidth(title)),
  );
  const line = (cell: string[]) =>
    cell
      .map((text, i) => (i === 0 ? padEndWidth(text, widths[i]!) : padStartWidth(text, widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...cells.map(line)];
}

/** The last line of `check`'s report and of `deck`'s output: for one outline its length against its slot, then how
 *  many findings of each severity (or that there are none). */
export function summaryLine(checks: OutlineCheck[], strict: boolean): string {
  const counts = countFindings(checks.flatMap((check) => check.findings));
  const found =
    counts.error + counts.warning + counts.hint === 0
      ? say('noProblems', checks.length)
      : say('problemsIn', countText(counts), checks.length, strict && counts.warning > 0);
  const timing = checks.length === 1 ? checks[0]!.timing : undefined;
  return timing ? `${say('talkLength', formatMinutes(timing.total.seconds), timing.duration ?? 0)} · ${found}` : found;
}

/** Findings `deck` shows in full before it points to `check` for the rest. */
const DECK_FINDINGS = 10;

/** What `deck` says after its outputs: the findings, errors first, one line each cut to `columns`; where to see them
 *  all when some were left out or cut; then `check`'s summary line. */
export function deckVerdict(checks: OutlineCheck[], columns: number): string[] {
  const rank: Record<Severity, number> = { error: 0, warning: 1, hint: 2 };
  const all = checks.flatMap((check) => check.findings);
  const first = [...all].sort((a, b) => rank[a.severity] - rank[b.severity]).slice(0, DECK_FINDINGS);
  const lines = first.map((finding) =>
    fitWidth(`${padEndWidth(say('severity', finding.severity), 8)} ${formatFinding(finding)}`, columns),
  );
  if (all.length > first.length)
    lines.push(fitWidth(say('findingsMore', all.length - first.length, all.length), columns));
  else if (lines.some((line) => line.endsWith('…'))) lines.push(say('findingsInFull'));
  return [...lines, summaryLine(checks, false)];
}

/** "1 error, 2 hints": the severities that occur. */
function countText(counts: Record<Severity, number>): string {
  return say('findingCounts', counts.error, counts.warning, counts.hint);
}
