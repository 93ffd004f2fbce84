// The pure parts of `npm run bench`: its arguments, statistics, /proc readings, table and goal lines. No timing here.
import { describe, expect, it } from 'vitest';
import {
  benchGoals,
  COMMANDS,
  formatMb,
  formatRatio,
  formatSeconds,
  goalLine,
  markdownTable,
  median,
  parseBenchArgs,
  parseStat,
  printTimeoutSeconds,
  statCpu,
  processTree,
  pssKb,
  roundOrder,
  statusKb,
  summarize,
  sizeTable,
  summaryTable,
  withBenchReport,
} from '../../scripts/bench-lib.ts';
import type { CommandSummary, MemoryPeaks, SizeSummary } from '../../scripts/bench-lib.ts';
import { floorDocument, headingOf, marpMarkdown, outline, slideSections } from '../../scripts/bench-decks.ts';
import { characterSet } from '../../src/fonts/text.ts';
import { planDeck } from '../../src/deck/index.ts';
import { parseOutline } from '../../src/outline/index.ts';

const STAT = '4242 (chromium (renderer)) S 4200 4200 4109 0 -1 4194560 2071 0 0 0 5 2 0 0 20 0 7 0 654225 3133440 390';

const STATUS = `Name:\tchromium
State:\tS (sleeping)
Pid:\t4242
PPid:\t4200
VmPeak:\t 35172092 kB
VmSize:\t 35105544 kB
VmHWM:\t  230412 kB
VmRSS:\t  218364 kB
RssAnon:\t   80312 kB
Threads:\t17
`;

const ZOMBIE_STATUS = 'Name:\tnode\nState:\tZ (zombie)\nPid:\t4200\nPPid:\t4109\nThreads:\t1\n';

const SMAPS_ROLLUP = `55733158d000-7ffe23d8d000 ---p 00000000 00:00 0                          [rollup]
Rss:              218364 kB
Pss:              141027 kB
Pss_Dirty:         80120 kB
Pss_Anon:          80312 kB
Pss_File:          60715 kB
Shared_Clean:     120000 kB
`;

describe('bench arguments', () => {
  it('defaults to 5 timed runs, 2 memory runs, and decks of 28, 120 and 480 slides', () => {
    expect(parseBenchArgs([])).toEqual({
      runs: 5,
      memoryRuns: 2,
      sizes: [28, 120, 480],
      commands: ['floor', 'build', 'pdf', 'deck', 'pptx', 'marp'],
      warmUp: true,
      sizesOnly: false,
    });
  });

  it('takes --runs, --memory-runs and --sizes, with a space or an equals sign', () => {
    expect(parseBenchArgs(['--runs', '3', '--sizes', '28,120'])).toMatchObject({
      runs: 3,
      memoryRuns: 2,
      sizes: [28, 120],
    });
    expect(parseBenchArgs(['--runs=1', '--memory-runs=0', '--sizes=480'])).toMatchObject({
      runs: 1,
      memoryRuns: 0,
      sizes: [480],
    });
  });

  it('takes the large size alone: some commands, no warm-up, no sections after the sizes', () => {
    expect(
      parseBenchArgs(['--sizes', '3000', '--commands', 'floor,marp', '--no-warm-up', '--sizes-only']),
    ).toMatchObject({ sizes: [3000], commands: ['floor', 'marp'], warmUp: false, sizesOnly: true });
    expect(() => parseBenchArgs(['--commands', 'floor,slides'])).toThrow('--commands takes floor, build');
  });

  it("gives the floor's and Marp's browser 120 s up to 480 slides, and more with the square of the slides", () => {
    expect(printTimeoutSeconds(28)).toBe(120);
    expect(printTimeoutSeconds(480)).toBe(120);
    expect(printTimeoutSeconds(960)).toBe(480);
    expect(printTimeoutSeconds(3000)).toBe(4688);
  });

  it('refuses what it does not know, and decks too small to generate', () => {
    expect(() => parseBenchArgs(['--fast'])).toThrow(/unknown argument --fast; usage/);
    expect(() => parseBenchArgs(['--runs', '0'])).toThrow('--runs takes whole numbers from 1, not "0"');
    expect(() => parseBenchArgs(['--sizes', '28,abc'])).toThrow('--sizes takes whole numbers');
    expect(() => parseBenchArgs(['--sizes', '5'])).toThrow('at least 8 slides');
  });
});

describe('rounds and medians', () => {
  it('starts each round one command further along', () => {
    expect(roundOrder(COMMANDS, 0)).toEqual(['floor', 'build', 'pdf', 'deck', 'pptx', 'marp']);
    expect(roundOrder(COMMANDS, 1)).toEqual(['build', 'pdf', 'deck', 'pptx', 'marp', 'floor']);
    expect(roundOrder(COMMANDS, 7)).toEqual(['build', 'pdf', 'deck', 'pptx', 'marp', 'floor']);
  });

  it('takes the middle value of an odd count, the mean of the two middle ones of an even count', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeUndefined();
  });

  it('summarizes times from the timed runs, peaks from the timed runs and the tree from the memory runs', () => {
    const memory = (kb: number): MemoryPeaks => ({
      nodeKb: kb,
      largestKb: 2 * kb,
      treeKb: 3 * kb,
      browserLargestKb: 2 * kb,
      browserTreeKb: 2 * kb,
    });
    const summary = summarize(
      [
        { ms: 1500, memory: memory(100) },
        { ms: 1400, memory: memory(120) },
        { ms: 1600, memory: memory(110) },
      ],
      [{ ms: 1900, memory: memory(1000) }],
    );
    expect(summary).toEqual({
      medianMs: 1500,
      minMs: 1400,
      maxMs: 1600,
      memory: { nodeKb: 110, largestKb: 220, browserLargestKb: 220, treeKb: 3000, browserTreeKb: 2000 },
    });
    expect(summarize([{ ms: 1000, memory: undefined }], []).memory).toBeUndefined();
  });
});

describe('reading /proc', () => {
  it('reads the pid and parent from stat, whatever the command name holds', () => {
    expect(parseStat(STAT)).toEqual({ pid: 4242, ppid: 4200 });
    expect(parseStat('17 (a) b) c) R 1 17 17')).toEqual({ pid: 17, ppid: 1 });
    expect(parseStat('')).toBeUndefined();
  });

  it('reads the process group and the CPU ticks (user and system) from stat', () => {
    expect(statCpu(STAT)).toEqual({ group: 4200, ticks: 7 });
    expect(statCpu('')).toBeUndefined();
  });

  it('reads VmHWM and VmRSS from status, and nothing from a zombie', () => {
    expect(statusKb(STATUS, 'VmHWM')).toBe(230412);
    expect(statusKb(STATUS, 'VmRSS')).toBe(218364);
    expect(statusKb(ZOMBIE_STATUS, 'VmHWM')).toBeUndefined();
  });

  it('reads Pss, not Pss_Anon or Pss_Dirty, from smaps_rollup', () => {
    expect(pssKb(SMAPS_ROLLUP)).toBe(141027);
    expect(pssKb('')).toBeUndefined();
  });

  it('finds every process below the root, also grandchildren listed before their parents', () => {
    const parentOf = new Map([
      [1, 0],
      [300, 210],
      [200, 100],
      [210, 200],
      [100, 1],
      [400, 1],
    ]);
    expect([...processTree(200, parentOf)].sort()).toEqual([200, 210, 300]);
    expect([...processTree(999, parentOf)]).toEqual([999]);
  });
});

function summary(
  medianMs: number,
  memory?: Partial<NonNullable<CommandSummary['memory']>>,
  bytes?: number,
): CommandSummary {
  const full = memory
    ? {
        nodeKb: undefined,
        largestKb: undefined,
        treeKb: undefined,
        browserLargestKb: undefined,
        browserTreeKb: undefined,
        ...memory,
      }
    : undefined;
  return {
    medianMs,
    minMs: medianMs - 100,
    maxMs: medianMs + 100,
    memory: full,
    ...(bytes === undefined ? {} : { bytes }),
  };
}

const KB = 1024;
const SIZES = new Map<number, SizeSummary>([
  [
    28,
    {
      floor: summary(1500, undefined, 400 * KB),
      build: summary(800),
      pdf: summary(1770, undefined, 480 * KB),
      deck: summary(3100, { nodeKb: 140 * KB, largestKb: 230 * KB, treeKb: 600 * KB }),
      pptx: summary(300, { nodeKb: 90 * KB }),
      marp: summary(1900, undefined, 380 * KB),
    },
  ],
  [
    480,
    {
      floor: summary(2900, undefined, 2000 * KB),
      build: summary(950),
      pdf: summary(3000, undefined, 2800 * KB),
      deck: summary(9000, { nodeKb: 180 * KB, largestKb: 400 * KB, treeKb: 900 * KB }),
      pptx: summary(1100, { nodeKb: 160 * KB }),
      marp: summary(2800, undefined, 1600 * KB),
    },
  ],
]);

describe('the report', () => {
  it('formats seconds, ratios and megabytes, and n/a for what was not measured', () => {
    expect(formatSeconds(1523)).toBe('1.52 s');
    expect(formatRatio(1.1789)).toBe('1.18×');
    expect(formatMb(230412)).toBe('225 MB');
    expect(formatMb(undefined)).toBe('n/a');
    expect(formatSeconds(Number.NaN)).toBe('n/a');
  });

  it('lines up a Markdown table', () => {
    expect(markdownTable(['slides', 'floor'], [['28', '1.52 s']])).toBe(
      '| slides | floor  |\n|--------|--------|\n| 28     | 1.52 s |',
    );
  });

  it('shows each command and Marp CLI against the floor, the memory of deck, and the PowerPoint’s time and memory', () => {
    const table = summaryTable(SIZES).split('\n');
    expect(table[0]).toContain('| pdf (×floor)');
    expect(table[0]).toContain('| Marp CLI (×floor)');
    expect(table[0]).toContain('| pptx ');
    expect(table[2]).toMatch(
      /^\| 28 +\| 1\.50 s \| 0\.80 s \| 1\.77 s \(1\.18×\) \| 3\.10 s \(2\.07×\) \| 1\.90 s \(1\.27×\) +\| 140 MB +\| 230 MB +\| 600 MB +\| 0\.30 s \| 90 MB +\|$/,
    );
  });

  it("shows the slides PDFs' sizes against the floor's and Marp's, with the characters of each deck", () => {
    const table = sizeTable(
      SIZES,
      new Map([
        [28, 566],
        [480, 2169],
      ]),
    ).split('\n');
    expect(table[0]).toContain('| distinct characters');
    expect(table[2]).toMatch(/^\| 28 +\| 566 +\| 400 KB +\| 480 KB \(1\.20×\) +\| 380 KB \(0\.95×\) +\| 1\.26× +\|$/);
    expect(table[3]).toMatch(
      /^\| 480 +\| 2169 +\| 2\.0 MB +\| 2\.7 MB \(1\.40×\) +\| 1\.6 MB \(0\.80×\) +\| 1\.75× +\|$/,
    );
  });

  it('marks a goal met ✓, missed ✗, or not measured –', () => {
    const lines = benchGoals(SIZES, { slides: 28, medianMs: 150, maxMs: 240, failures: 0 }).map(goalLine);
    expect(lines).toEqual([
      '- ✓ pdf at 28 slides, against the floor: 1.18×, limit 1.20×',
      '- ✓ pdf at 480 slides, against the floor: 1.03×, limit 1.05×',
      '- ✓ pdf at 28 slides, against Marp CLI: 0.93×, limit 1.00×',
      '- ✗ pdf at 480 slides, against Marp CLI: 1.07×, limit 1.00×',
      "- ✓ slides PDF size at 28 slides, against the floor's: 1.20×, limit 1.30×",
      "- ✗ slides PDF size at 480 slides, against the floor's: 1.40×, limit 1.30×",
      '- ✗ deck (all its outputs) at 28 slides, against one floor PDF: 2.07×, limit 2.00×',
      '- ✓ build (HTML only) at 28 slides, warm: 0.80 s, limit 1.00 s',
      '- ✗ pptx (the PowerPoint only) at 480 slides, warm: 1.10 s, limit 1.00 s',
      '- ✓ dev server, saving the outline to the updated slide on screen (median of saves at 28 slides): 150 ms, limit 200 ms (max 240 ms)',
      "- ✓ deck's Node peak at 480 slides, against 28 slides: 1.29×, limit 1.50× (180 MB at 480, 140 MB at 28)",
    ]);
    const unmeasured = benchGoals(new Map([[120, SIZES.get(28)!]]), undefined).map(goalLine);
    expect(unmeasured[0]).toBe('- – pdf at 28 slides, against the floor: not measured, limit 1.20×');
  });

  it('fails the dev goal when a save never reached the screen', () => {
    const dev = goalLine(benchGoals(SIZES, { slides: 28, medianMs: 120, maxMs: 130, failures: 1 })[9]!);
    expect(dev).toMatch(/^- ✗ dev server.*: failed, limit 200 ms \(max 130 ms, saves not on screen within 5 s: 1\)$/);
  });
});

describe('the generated decks', () => {
  it('have exactly the slides asked for, shaped like the sample: title, agenda, dividers, content with notes, closing', () => {
    for (const slides of [8, 28, 120, 480]) {
      const plan = planDeck(parseOutline(outline(slides), `bench-${slides}.md`));
      expect(plan.slides).toHaveLength(slides);
      expect(plan.slides.map((slide) => slide.kind)).toEqual(
        expect.arrayContaining(['title', 'agenda', 'divider', 'content', 'closing']),
      );
      expect(plan.slides.filter((slide) => slide.kind === 'content').every((slide) => slide.notes)).toBe(true);
    }
    const source = outline(28);
    expect(
      planDeck(parseOutline(source, 'bench-28.md')).slides.some((slide) => slide.title === headingOf(source, 3)),
    ).toBe(true);
  });

  it("are varied text: the sample's sentences shuffled and more characters, at least 1,500 distinct at 480 slides", () => {
    const distinct = (slides: number) =>
      [...characterSet([outline(slides)])].filter((char) => /\p{Script=Han}/u.test(char)).length;
    expect(distinct(28)).toBeGreaterThan(500);
    expect(distinct(480)).toBeGreaterThanOrEqual(1500);
    expect(distinct(480)).toBeGreaterThan(distinct(120));
  });

  it('give Marp CLI the same slides: one page per slide, the same titles, notes as presenter comments', () => {
    for (const slides of [28, 120]) {
      const plan = planDeck(parseOutline(outline(slides), `bench-${slides}.md`));
      const marp = marpMarkdown(slides);
      expect(marp.startsWith('---\nmarp: true\n')).toBe(true);
      expect(marp.split('\n\n---\n\n')).toHaveLength(slides);
      for (const slide of plan.slides.filter((s) => s.kind === 'content'))
        expect(marp).toContain(`## ${slide.title}\n`);
    }
  });

  it('have exactly the slides they are named for, their agenda on one slide', () => {
    for (const slides of [28, 120, 480]) {
      const plan = planDeck(parseOutline(outline(slides), `bench-${slides}.md`));
      expect(plan.slides).toHaveLength(slides);
      expect(plan.slides.filter((slide) => slide.kind === 'agenda')).toHaveLength(1);
    }
  });

  it('give the floor the same slide sections in a bare reveal.js page', () => {
    const sections = slideSections(outline(28), 'bench-28.md');
    const page = floorDocument(sections);
    expect(page).toContain(sections);
    expect(page).toMatch(/<link rel="stylesheet" href="file:\/\/[^"]*reveal\.css">/);
    expect(page).toMatch(/href="file:\/\/[^"]*noto-sans-sc\/700\.css"/);
    expect(page).toContain("Reveal.on('pdf-ready'");
    // four stylesheets and reveal.js, nothing of speechdeck's themes or client
    expect(page.match(/<link /g)).toHaveLength(4);
    expect(page.match(/<script/g)).toHaveLength(2);
  });
});

describe('the bench report in docs/performance.md', () => {
  it('is added once between markers, then replaced in place, leaving the rest of the page', () => {
    const first = withBenchReport('# Performance\n\nWhy it is fast.\n', '| a |\n| 1 |');
    expect(first).toContain('Why it is fast.');
    expect(first).toContain('| 1 |');
    const second = withBenchReport(`${first}\nAfter.\n`, '| a |\n| 2 |');
    expect(second).toContain('| 2 |');
    expect(second).not.toContain('| 1 |');
    expect(second).toContain('After.');
    expect(second.match(/## The latest run/g)).toHaveLength(1);
  });
});
