// Fetches Chromium 86 from the npm registry (chrome-aws-lambda 5.3.1 packs it, brotli-compressed, for Linux x64) and
// unpacks it where the old-browser tests look (tests/browser/old-chromium.test.ts). Chromium 86 stands in for
// WeChat's browser (its XWeb engine) and the 360 browser of many office PCs. Run by hand, once; the tests never
// download it and skip, saying so, without it.
// Usage: node --import tsx scripts/old-chromium.ts
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The package and version that carry Chromium 86.0.4240 (its puppeteer-core peer is 5.3). */
const PACKAGE = 'chrome-aws-lambda@5.3.1';

/** Where the old browser is kept (under node_modules: never committed, gone with the next `npm ci`), or where
 *  SPEECHDECK_OLD_CHROMIUM says it is. */
export function oldChromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.SPEECHDECK_OLD_CHROMIUM || path.join(REPO, 'node_modules/.cache/speechdeck-old-chromium/86/chromium');
}

function unpack(): string {
  if (process.platform !== 'linux' || process.arch !== 'x64')
    throw new Error(`the packed Chromium 86 is for Linux x64 only, not ${process.platform} ${process.arch}`);
  const target = oldChromiumPath();
  const folder = path.dirname(target);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-old-chromium-'));
  try {
    // `npm pack` fetches the package's tarball through npm's own client and settings.
    const tarball = execFileSync('npm', ['pack', PACKAGE, '--silent'], { cwd: scratch, encoding: 'utf8' }).trim();
    execFileSync('tar', ['-xzf', tarball], { cwd: scratch });
    const bin = path.join(scratch, 'package/bin');
    fs.mkdirSync(folder, { recursive: true });
    // The browser itself, and the software GL it loads from beside it.
    fs.writeFileSync(`${target}.part`, brotliDecompressSync(fs.readFileSync(path.join(bin, 'chromium.br'))));
    fs.chmodSync(`${target}.part`, 0o755);
    const swiftshader = path.join(scratch, 'swiftshader.tar');
    fs.writeFileSync(swiftshader, brotliDecompressSync(fs.readFileSync(path.join(bin, 'swiftshader.tar.br'))));
    execFileSync('tar', ['-xf', swiftshader], { cwd: folder });
    fs.renameSync(`${target}.part`, target);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  return `Chromium 86.0.4240 in ${path.relative(REPO, target)}`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.stdout.write(`old-chromium: ${unpack()}\n`);
  } catch (error) {
    process.stderr.write(`old-chromium: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
