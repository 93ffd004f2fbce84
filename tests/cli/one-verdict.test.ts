// One verdict: `deck`, `check` and the dev server's badge say the same findings about the same outline (one function
// makes them, src/check/verdict.ts), the slides' layout on screen included (`deck` measures it on the page that
// prints the slides PDF), `deck` ends with `check`'s summary line, and both exit 1 on an error.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import type { Finding } from '../../src/check/findings.ts';
import { sentences } from '../../src/outline/error.ts';
import { closeBrowser, launchBrowser } from '../../src/outputs/browser/launch.ts';
import { ROOT } from '../support/sample.ts';
import { runSpeechdeck, shown } from '../support/cli.ts';
import { type DevServer, openDevPage, startDev } from '../support/dev-server.ts';

const FIXTURES = path.join(ROOT, 'tests/fixtures/check');
/** Outlines the dev badge is compared on (the layout fixture's measured findings are the badge's own test's). */
const SAME = ['clean', 'over-time', 'overflow', 'many'];
/** Found only by measuring the slides on screen: `deck` must find them too. */
const MEASURED_ON_SCREEN = new Set(['overflow', 'small-text']);

const project = mkdtempSync(path.join(os.tmpdir(), 'speechdeck-one-verdict-'));
cpSync(FIXTURES, path.join(project, 'slides'), { recursive: true });
afterAll(() => rmSync(project, { recursive: true, force: true }));

const speechdeck = (...args: string[]) => runSpeechdeck(project, {}, ['--lang', 'en', ...args]);

interface CheckJson {
  findings: Finding[];
  exitCode: number;
}

/** `check --json` on every fixture at once (one browser), each outline's findings apart. */
const checked = JSON.parse(speechdeck('check', '--all', '--json').stdout) as CheckJson;
const checkOf = (name: string) => checked.findings.filter((finding) => finding.file === shown(`slides/${name}.md`));

/** A finding as `deck` and `check` print it: severity, place, then the message and its hint. */
interface Printed {
  severity: string;
  place: string;
  text: string;
}

function printedOf(finding: Finding): Printed {
  return {
    severity: finding.severity,
    place: `${finding.file}:${finding.line}:${finding.column}`,
    text: sentences(finding.message, finding.hint),
  };
}

/** The findings `deck` printed after its outputs: one a line (cut to the width with `…`), then the summary. */
function deckFindingsOf(stdout: string): Printed[] {
  return [...stdout.matchAll(/^(error|warning|hint) +(\S+:\d+:\d+) {2}(.*)$/gm)].map((match) => ({
    severity: match[1]!,
    place: match[2]!,
    text: match[3]!,
  }));
}

/** Each printed finding is one of check's, the same place and severity, its words the start of check's; and each
 *  of check's is printed once. */
function expectSame(deck: Printed[], check: Printed[]): void {
  const key = (finding: Printed) => `${finding.severity} ${finding.place}`;
  expect(deck.map(key).sort()).toEqual(check.map(key).sort());
  for (const printed of deck) {
    const words = printed.text.replace(/…$/, '');
    expect(
      check.some((finding) => key(finding) === key(printed) && finding.text.startsWith(words)),
      `${key(printed)}  ${printed.text}`,
    ).toBe(true);
  }
}

/** Per outline, the findings a `deck` run printed, by the file each names. */
const ofFile = (printed: Printed[], name: string) =>
  printed.filter((finding) => finding.place.startsWith(`${shown(`slides/${name}.md`)}:`));

/** Two runs of `deck`, each within the ten findings it prints in full: four outlines at once, then the one with ten. */
describe.each([['clean', 'over-time', 'overflow', 'layout'], ['many']])('deck and check on %s…', (...names) => {
  const outlines = names.map((name) => `slides/${name}.md`);
  const deck = speechdeck('deck', ...outlines);
  const printed = deckFindingsOf(deck.stdout);

  it('print the same findings, those measured on screen included, and exit alike', () => {
    expect(deck.stderr).not.toMatch(/\n\s+at /);
    for (const name of names) expectSame(ofFile(printed, name), checkOf(name).map(printedOf));
    // the layout fixture's overflow and small text are measured by both
    if (names.includes('layout'))
      expect(ofFile(printed, 'layout').length).toBeGreaterThan(
        checkOf('layout').filter((finding) => !MEASURED_ON_SCREEN.has(finding.code)).length,
      );
    expect(deck.code).toBe(speechdeck('check', ...outlines).code);
  });

  it("ends deck's output with check's summary line", () => {
    const summary = speechdeck('check', ...outlines)
      .stdout.trimEnd()
      .split('\n')
      .at(-1);
    expect(deck.stdout.trimEnd().split('\n').at(-1)).toBe(summary);
  });
});

describe('deck and check --per-page 6: the handout judged at the layout that will be printed', () => {
  const deck = speechdeck('deck', 'slides/overflow.md', '--per-page', '6');
  const atSix = (JSON.parse(speechdeck('check', 'slides/overflow.md', '--per-page', '6', '--json').stdout) as CheckJson)
    .findings;

  // (six a page gives a slide too full for its cell a wide one, so nothing prints too small there either)
  it('name no slide as printing too small at 6 a page, and say the same', () => {
    const small = (findings: Finding[]) => findings.filter((finding) => finding.code === 'small-on-paper');
    expect(small(atSix)).toEqual([]);
    expect(small(checkOf('overflow'))).toEqual([]);
    expect(atSix.length).toBeGreaterThan(0);
    expectSame(deckFindingsOf(deck.stdout), atSix.map(printedOf));
  });
});

describe('deck and check on an outline that does not parse', () => {
  it('name the same problems at the same places and both exit 1', () => {
    const deck = speechdeck('deck', 'slides/three-errors.md');
    expect([speechdeck('check', 'slides/three-errors.md', '--no-layout').code, deck.code]).toEqual([1, 1]);
    const places = [...deck.stderr.matchAll(/^(\S+:\d+:\d+) {2}/gm)].map((match) => match[1]);
    expect(places).toEqual(
      checkOf('three-errors').map((finding) => `${finding.file}:${finding.line}:${finding.column}`),
    );
  });
});

describe("the dev server's badge", () => {
  let dev: DevServer;
  let browser: Browser;
  let page: Page;
  const talk = path.join(project, 'dev/slides/talk.md');

  beforeAll(async () => {
    mkdirSync(path.dirname(talk), { recursive: true });
    writeFileSync(talk, readFileSync(path.join(FIXTURES, 'clean.md')));
    dev = await startDev(path.dirname(path.dirname(talk)), 'slides/talk.md', ['--lang', 'en']);
    browser = await launchBrowser();
    page = await openDevPage(browser, dev.url);
    await page.waitForSelector('#sd-check button');
    await page.click('#sd-check button');
  }, 120_000);

  afterAll(async () => {
    if (browser) await closeBrowser(browser);
    await dev?.stop();
  });

  /** The badge's list: severity, then `line:col  message` (its severity's word and its hint apart). */
  const listed = () =>
    page.$$eval('#sd-check li', (items) =>
      items.map((item) => {
        const text = item.textContent ?? '';
        const word = item.querySelector('b')?.textContent ?? '';
        const hint = item.querySelector('small')?.textContent ?? '';
        return `${item.dataset.severity} ${text.slice(word.length, text.length - hint.length)}`;
      }),
    );

  it.each(SAME.filter((name) => name !== 'clean'))('lists what check finds in %s.md', async (name) => {
    // The badge shows a message's `code` as code: its words without the backquotes.
    const expected = checkOf(name)
      .map((finding) => `${finding.severity} ${finding.line}:${finding.column}  ${finding.message.replace(/`/g, '')}`)
      .sort();
    writeFileSync(talk, readFileSync(path.join(FIXTURES, `${name}.md`)));
    // The badge is refreshed once the save is read and its fonts cut: wait for the state, never for a time.
    await expect
      .poll(async () => (await listed()).sort(), { timeout: 30_000, message: dev.output() })
      .toEqual(expected);
  });
});
