// The dev server's findings: after every save of the outline, the checks `check` runs without a browser are sent
// to the page (its badge, and its error overlay when the outline does not parse) with a custom HMR event; a page
// that opens asks for the latest ones; the page sends back what it measured, for the terminal.
import { readFileSync } from 'node:fs';
import type { ViteDevServer } from 'vite';
import { deckFindings, problemFindings } from '../check/index.ts';
import { fontCoverage } from '../fonts/coverage.ts';
import { deckCharacters } from '../outputs/deck/folder.ts';
import type { DeckCheck, Finding } from '../check/index.ts';
import { OutlineError } from '../outline/error.ts';
import { CHECK_EVENT, CHECK_REQUEST, LAYOUT_EVENT } from '../check/events.ts';
import type { LayoutReport } from '../check/events.ts';
import { displayPath } from '../files/project.ts';
import { language } from '../messages/index.ts';
import type { LoadedDeck } from '../load/index.ts';

const latest = new WeakMap<ViteDevServer, DeckCheck>();

/** The findings `check` makes of the deck without a browser (the page measures the slides itself): the fonts are
 *  cut as `deck` cuts them (cached by their characters, so a save that adds none costs nothing). */
export async function serverFindings(deck: LoadedDeck): Promise<Finding[]> {
  const glyphs = await fontCoverage(deckCharacters(deck, [])).catch(() => undefined);
  return deckFindings(deck, glyphs ? { glyphs } : {});
}

/** The findings for a loaded deck, or for the error that stopped it; `version` counts the saves. */
async function deckCheck(result: LoadedDeck | Error, outlinePath: string, version: number): Promise<DeckCheck> {
  const about = { version, lang: language() };
  if (result instanceof OutlineError) {
    const findings = problemFindings(result);
    return { file: result.file, findings, ...about, excerpts: excerpts(outlinePath, findings) };
  }
  if (result instanceof Error) {
    const file = displayPath(outlinePath);
    return { file, findings: [{ severity: 'error', file, code: 'outline', message: result.message }], ...about };
  }
  const { plan } = result;
  return {
    file: result.outline.file,
    findings: await serverFindings(result),
    seconds: Math.round(plan.seconds),
    ...(plan.meta.duration ? { duration: plan.meta.duration } : {}),
    ...about,
  };
}

/** The outline's lines the findings point at, for the overlay to quote (read again: the error kept no text). */
function excerpts(outlinePath: string, findings: Finding[]): Record<number, string> {
  const wanted = new Set(findings.flatMap((finding) => (finding.line === undefined ? [] : [finding.line])));
  if (wanted.size === 0) return {};
  let lines: string[];
  try {
    lines = readFileSync(outlinePath, 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r\n?|\n/);
  } catch {
    return {};
  }
  const quoted: Record<number, string> = {};
  for (const line of wanted) if (lines[line - 1] !== undefined) quoted[line] = lines[line - 1]!.slice(0, 300);
  return quoted;
}

/** Sends the findings of a save to every open page, and keeps them for pages that open later; those of a save that a
 *  later one overtook are dropped. */
export async function sendCheck(
  server: ViteDevServer,
  result: LoadedDeck | Error,
  outlinePath: string,
  version: number,
): Promise<DeckCheck | undefined> {
  const check = await deckCheck(result, outlinePath, version);
  if ((latest.get(server)?.version ?? -1) > version) return undefined;
  latest.set(server, check);
  server.ws.send({ type: 'custom', event: CHECK_EVENT, data: check });
  return check;
}

/** Answers a page's request with the latest findings (those of the deck as first loaded, before any save). */
export function answerCheckRequests(
  server: ViteDevServer,
  outlinePath: string,
  current: () => Promise<LoadedDeck>,
): void {
  server.ws.on(CHECK_REQUEST, async (_data: unknown, client) => {
    let check = latest.get(server);
    if (!check) {
      check = await current().then(
        (deck) => deckCheck(deck, outlinePath, 0),
        (error: Error) => deckCheck(error, outlinePath, 0),
      );
      // A save meanwhile has the newer findings.
      if (!latest.has(server)) latest.set(server, check);
    }
    client.send(CHECK_EVENT, check);
  });
}

/** Passes on what a page measured, when it is about the latest save (several pages may report the same). */
export function receiveLayoutReports(server: ViteDevServer, onReport: (report: LayoutReport) => void): void {
  server.ws.on(LAYOUT_EVENT, (data: unknown) => {
    if (!isLayoutReport(data)) return;
    const check = latest.get(server);
    if ((check?.version ?? 0) !== data.version) return;
    onReport(data);
  });
}

function isLayoutReport(data: unknown): data is LayoutReport {
  const report = data as Partial<LayoutReport> | null;
  return (
    typeof report?.version === 'number' &&
    Array.isArray(report.findings) &&
    report.findings.every(
      (finding: Partial<Finding>) => typeof finding?.message === 'string' && typeof finding.severity === 'string',
    )
  );
}
