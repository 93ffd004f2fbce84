// How long `build` takes on an outline with many pictures (the one-file deck inlines every one of them): a
// measurement to run by hand, not part of `npm run bench`. Makes a project of N small distinct PNG files in a
// temporary folder, N / 10 slides of ten pictures each, times the whole command and removes the project.
// Usage: node --import tsx scripts/bench-pictures.ts [pictures…]   (default: 2500 10000)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { png } from '../tests/support/pictures.ts';

const cli = fileURLToPath(new URL('../bin/speechdeck.js', import.meta.url));
const counts = process.argv.slice(2).map(Number);

for (const count of counts.length ? counts : [2500, 10_000]) {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-pictures-'));
  try {
    fs.mkdirSync(path.join(project, 'slides', 'p'), { recursive: true });
    const lines = ['---', 'title: 图片很多的演讲', '---', ''];
    for (let i = 0; i < count; i++) {
      fs.writeFileSync(path.join(project, 'slides', 'p', `${i}.png`), png(8, 8 + (i % 64)));
      if (i % 10 === 0) lines.push('', `## 第${i / 10 + 1}页`, '');
      lines.push(`![图${i}](p/${i}.png)`, '');
    }
    fs.writeFileSync(path.join(project, 'slides', 'pictures.md'), lines.join('\n'));
    const started = performance.now();
    const run = spawnSync(process.execPath, [cli, 'build', 'slides/pictures.md', '--lang', 'en'], {
      cwd: project,
      encoding: 'utf8',
    });
    const ms = performance.now() - started;
    const oneFile = path.join(project, 'dist', 'pictures.html');
    const bytes = fs.existsSync(oneFile) ? fs.statSync(oneFile).size : 0;
    process.stdout.write(
      `${JSON.stringify({ pictures: count, exit: run.status, seconds: Number((ms / 1000).toFixed(1)), oneFileBytes: bytes })}\n`,
    );
    if (run.status !== 0) process.stderr.write(run.stderr.slice(-2000));
  } finally {
    fs.rmSync(project, { recursive: true, force: true });
  }
}
