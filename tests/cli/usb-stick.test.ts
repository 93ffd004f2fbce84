// A project on a FAT USB stick, as speakers carry it between office and meeting room: a file system that ignores
// the case of names and has no Unix permissions. The deck and its PDFs are written there, and written again over
// the first ones; an image named in another case than on the stick is the same file, inside the project.
// The stick is a FAT image mounted by the kernel (`mount -o loop`, as root). Where that cannot be done, the test says
// so and skips. (FUSE's fusefat is no stand-in: it loses a folder's contents when the folder is renamed.)
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SAMPLE_OUTLINE } from '../support/sample.ts';

const BIN = path.join(ROOT, 'bin/speechdeck.js');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-usb-'));
const image = path.join(scratch, 'stick.img');
const stick = path.join(scratch, 'stick');

/** Mounts a fresh FAT image; the reason when it cannot (not Linux, no vfat in the kernel, no tools, not root). */
function mountStick(): string | undefined {
  if (process.platform !== 'linux') return 'a FAT image is mounted with Linux tools';
  try {
    fs.mkdirSync(stick);
    execFileSync('mkfs.vfat', ['-C', image, String(96 * 1024)], { stdio: 'pipe' });
    execFileSync('mount', ['-t', 'vfat', '-o', 'loop,utf8', image, stick], { stdio: 'pipe' });
    return undefined;
  } catch (error) {
    const said = (error as { stderr?: Buffer }).stderr?.toString().trim() || (error as Error).message.split('\n')[0];
    return `cannot mount a FAT image here (${said}): it takes root, a kernel with vfat, mkfs.vfat (dosfstools) and a loop device`;
  }
}

const unavailable = mountStick();
if (unavailable) {
  process.stderr.write(`skipping the USB stick test: ${unavailable}\n`);
  // Now: a skipped suite runs no afterAll, and the image alone is 96 MB.
  fs.rmSync(scratch, { recursive: true, force: true });
}

afterAll(() => {
  if (unavailable) return;
  spawnSync('umount', [stick]);
  fs.rmSync(scratch, { recursive: true, force: true });
});

/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const project = path.join(stick, 'Talk');

beforeAll(() => {
  if (unavailable) return;
  fs.mkdirSync(path.join(project, 'slides'), { recursive: true });
  fs.mkdirSync(path.join(project, 'images'));
  fs.writeFileSync(path.join(project, 'images/logo.png'), PNG);
  // The image as a Windows user may type it: another case than the file has on the stick.
  const outline = fs
    .readFileSync(SAMPLE_OUTLINE, 'utf8')
    .replace(/\n# /, '\n## 单位标志\n\n![标志](../IMAGES/Logo.PNG)\n\n# ');
  fs.writeFileSync(path.join(project, 'slides/qunzhong.md'), outline);
});

const deck = () =>
  spawnSync(process.execPath, [BIN, 'deck', 'slides/qunzhong.md'], {
    cwd: project,
    encoding: 'utf8',
    timeout: 240_000,
  });

describe.skipIf(unavailable !== undefined)('a project on a FAT USB stick', () => {
  it('gets its deck and PDFs, the image found whatever the case it is written in', { timeout: 240_000 }, () => {
    const run = deck();
    expect(run.status, run.stderr).toBe(0);
    const dist = path.join(project, 'dist');
    expect(fs.readdirSync(dist).sort()).toEqual([
      'qunzhong',
      'qunzhong-handout.pdf',
      'qunzhong-script.pdf',
      'qunzhong.pdf',
    ]);
    const html = fs.readFileSync(path.join(dist, 'qunzhong/index.html'), 'utf8');
    const src = /<img[^>]*src="\.\/(assets\/[^"]+\.png)"/i.exec(html)?.[1];
    expect(src, 'the image is in the deck').toBeDefined();
    expect(fs.readFileSync(path.join(dist, 'qunzhong', src!)).equals(PNG)).toBe(true);
  });

  it('is written again over the first deck and PDFs, whole, with nothing left beside them', {
    timeout: 240_000,
  }, () => {
    const before = fs.statSync(path.join(project, 'dist/qunzhong.pdf')).mtimeMs;
    const run = deck();
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(path.join('dist', 'qunzhong.pdf'));
    expect(fs.statSync(path.join(project, 'dist/qunzhong.pdf')).mtimeMs).toBeGreaterThanOrEqual(before);
    expect(fs.readdirSync(path.join(project, 'dist')).filter((name) => name.startsWith('.'))).toEqual([]);
    expect(fs.readFileSync(path.join(project, 'dist/qunzhong-script.pdf'), 'latin1')).toMatch(/%%EOF\s*$/);
  });
});
