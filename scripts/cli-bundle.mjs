// The command line prebuilt as one ES module (esbuild), so that starting `speechdeck` costs about 0.1 s instead of
// the 0.6–0.9 s that tsx's loader spends on our TypeScript. Rebuilt whenever a source file it was made from changes;
// where it cannot be built (esbuild missing, node_modules read-only), the command runs from source through tsx.
import { readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'src/cli.ts');
const cacheDir = path.join(root, 'node_modules/.cache/speechdeck');
const manifest = path.join(cacheDir, 'cli.json');
/** Builds older than this are removed: a command still running from one may yet load its chunks. */
const KEEP_OLD_MS = 3_600_000;

/** size:mtime of a source file, or '' when it is gone.
 *  @param {string} file */
function stamp(file) {
  try {
    const stat = statSync(path.join(root, file));
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return '';
  }
}

/** The bundle's entry module when it exists and every file it was built from is as it was then. */
export function freshBundle() {
  try {
    const { entry: built, inputs } = JSON.parse(readFileSync(manifest, 'utf8'));
    statSync(path.join(cacheDir, built));
    return Object.entries(inputs).every(([file, was]) => stamp(file) === was) ? path.join(cacheDir, built) : undefined;
  } catch {
    return undefined;
  }
}

/** Builds the bundle into a folder of its own, then points the manifest at it (renamed into place, so a command
 *  starting meanwhile sees the old build or the new one, whole); returns the entry module. */
export async function buildBundle() {
  const esbuild = await import('esbuild');
  const folder = `cli-${Date.now().toString(36)}-${process.pid}`;
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // A chunk per command, loaded when it runs: `build` never loads Puppeteer, `pdf` never Vite.
    splitting: true,
    outdir: path.join(cacheDir, folder),
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    outExtension: { '.js': '.mjs' },
    // Packages stay imports, resolved from here at run time.
    packages: 'external',
    metafile: true,
    logLevel: 'silent',
    legalComments: 'none',
  });
  const inputs = Object.fromEntries(Object.keys(result.metafile.inputs).map((file) => [file, stamp(file)]));
  const suffix = `.${process.pid}.tmp`;
  writeFileSync(manifest + suffix, JSON.stringify({ entry: `${folder}/cli.mjs`, inputs }));
  renameSync(manifest + suffix, manifest);
  removeOldBuilds(folder);
  return path.join(cacheDir, folder, 'cli.mjs');
}

/** @param {string} current */
function removeOldBuilds(current) {
  for (const name of readdirSync(cacheDir)) {
    if (!name.startsWith('cli-') || name === current) continue;
    const folder = path.join(cacheDir, name);
    try {
      if (Date.now() - statSync(folder).mtimeMs > KEEP_OLD_MS) rmSync(folder, { recursive: true, force: true });
    } catch {
      // removed by another process meanwhile
    }
  }
}

/** The module to import for `main()`: the fresh bundle, or the TypeScript source (with tsx registered). */
export async function cliModule() {
  if (!process.env.SPEECHDECK_FROM_SOURCE) {
    const fresh = freshBundle();
    if (fresh) return pathToFileURL(fresh).href;
    try {
      return pathToFileURL(await buildBundle()).href;
    } catch {
      // run from source below
    }
  }
  const { register } = await import('tsx/esm/api');
  register();
  return pathToFileURL(entry).href;
}
