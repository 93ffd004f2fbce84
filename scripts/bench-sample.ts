// The sample talk in `npm run bench`: the sizes of what `speechdeck deck` writes for it (the folder, the one-file
// deck, the PDFs), and how long cutting its fonts takes with nothing cached (scripts/bench-subset.ts, in processes
// of their own, so each starts cold as a command does).
import { copyFile, mkdir, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatBytes, median } from './bench-lib.ts';
import { runProcess } from './bench-run.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SUBSET_RUNS = 3;

export interface SampleSizes {
  folder: { files: number; bytes: number };
  oneFile: number;
  pdf: number;
  handout: number;
  script: number;
  /** Cutting the faces `deck` needs with nothing cached: wall and CPU time (medians), the characters, the woff2 bytes. */
  subset: { ms: number; cpuMs: number; characters: number; bytes: number };
  /** The 21 pictures (`png`), then with the long image, beyond the browser's start (scripts/bench-png.ts). */
  pictures: {
    browserMs: number;
    picturesMs: number;
    withLongMs: number;
    longBytes: number;
    /** How many pages took the pictures at once (src/outputs/pictures/shoot.ts) */
    pages: number;
    /** CPU of Node and Chromium over each step (Linux) */
    picturesCpuMs?: number;
    withLongCpuMs?: number;
  };
}

async function folderSize(dir: string): Promise<{ files: number; bytes: number }> {
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const sizes = await Promise.all(
    entries.map(async (entry) => (await stat(path.join(entry.parentPath, entry.name))).size),
  );
  return { files: entries.length, bytes: sizes.reduce((sum, size) => sum + size, 0) };
}

export async function measureSample(bin: string, project: string): Promise<SampleSizes> {
  await mkdir(path.join(project, 'slides'), { recursive: true });
  const outline = path.join(project, 'slides/qunzhong.md');
  await copyFile(path.join(REPO, 'slides/qunzhong.md'), outline);
  const run = await runProcess([bin, 'deck', 'slides/qunzhong.md'], project, 'none');
  if (run.code !== 0) throw new Error(`speechdeck deck on the sample failed:\n${run.stderr}`);
  const size = async (file: string) => (await stat(path.join(project, 'dist', file))).size;
  const cuts = [];
  for (let i = 0; i < SUBSET_RUNS; i++) {
    const cut = await runProcess(
      ['--import', 'tsx', path.join(REPO, 'scripts/bench-subset.ts'), outline],
      REPO,
      'none',
    );
    if (cut.code !== 0) throw new Error(`cutting the sample's fonts failed:\n${cut.stderr}`);
    cuts.push(JSON.parse(cut.stdout) as SampleSizes['subset']);
  }
  const shot = await runProcess(
    ['--import', 'tsx', path.join(REPO, 'scripts/bench-png.ts'), outline, path.join(project, 'dist-png')],
    REPO,
    'none',
  );
  if (shot.code !== 0) throw new Error(`the sample's pictures failed:\n${shot.stderr}`);
  return {
    pictures: JSON.parse(shot.stdout) as SampleSizes['pictures'],
    folder: await folderSize(path.join(project, 'dist/qunzhong')),
    oneFile: await size('qunzhong.html'),
    pdf: await size('qunzhong.pdf'),
    handout: await size('qunzhong-handout.pdf'),
    script: await size('qunzhong-script.pdf'),
    subset: {
      ms: median(cuts.map((cut) => cut.ms))!,
      cpuMs: median(cuts.map((cut) => cut.cpuMs))!,
      characters: cuts[0]!.characters,
      bytes: cuts[0]!.bytes,
    },
  };
}

/** The sample's lines of the report. */
export function sampleLines(sample: SampleSizes): string[] {
  const { subset, pictures } = sample;
  return [
    '### The sample (slides/qunzhong.md)',
    '',
    `- folder dist/qunzhong/: ${sample.folder.files} files, ${formatBytes(sample.folder.bytes)} (limits 10 files, 1.5 MB)`,
    `- one file dist/qunzhong.html: ${formatBytes(sample.oneFile)} (limit 1.2 MB)`,
    `- slides PDF ${formatBytes(sample.pdf)}, handout ${formatBytes(sample.handout)}, script ${formatBytes(sample.script)}`,
    `- fonts cut with nothing cached: ${Math.round(subset.ms)} ms (CPU of all threads ${Math.round(subset.cpuMs)} ms; limit 300 ms), ` +
      `${subset.characters} characters, 4 faces, ${formatBytes(subset.bytes)} of woff2 (median of ${SUBSET_RUNS} processes)`,
    `- pictures (png) beyond the browser's start: ${Math.round(pictures.picturesMs)} ms${cpu(pictures.picturesCpuMs)} ` +
      `in ${pictures.pages} page${pictures.pages === 1 ? '' : 's'} at once ` +
      `(limit 2,000 ms; the browser started in ${Math.round(pictures.browserMs)} ms); with the long image ` +
      `${Math.round(pictures.withLongMs)} ms${cpu(pictures.withLongCpuMs)}, ` +
      `${formatBytes(pictures.longBytes)}`,
  ];
}

/** ` (1,234 ms of CPU)` where the CPU was measured. */
function cpu(ms: number | undefined): string {
  return ms === undefined ? '' : ` (${Math.round(ms).toLocaleString('en')} ms of CPU)`;
}
