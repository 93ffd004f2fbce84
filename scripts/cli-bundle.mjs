// The command line prebuilt as one ES module (esbuild), so that starting `speechdeck` costs about 0.1 s instead of
// the 0.6–0.9 s that tsx's loader spends on our TypeScript. Rebuilt whenever a source file it was made from changes;
// where it cannot be built (esbuild missing, node_modules read-only), the command runs from source through tsx.
import { readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'src/cli.ts');
/** The fonts' cutting process (src/fonts/cutter.ts), an entry of its own: a process starts from a file. */
const fontWorker = path.join(root, 'src/fonts/cut-worker.ts');
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

/** Packages bundled into the command line rather than imported at run time: pure JavaScript that reads no file of its
 *  own, published as many small files. Node's loader spent more on opening and compiling yaml's 80 files one by one
 *  (about a fifth of `pptx`'s CPU at 480 slides) than the command spent reading the outline's front matter; the
 *  outline's readers (markdown-it and its plugins, parse5, css-tree's tokenizer) and the PowerPoint's (postcss, the
 *  template's zip reader) were another 150 files opened at every `pptx`. A bundled package's own dependencies are
 *  bundled too: left outside, they would be looked up from the cache's folder, which finds the top-level version, not
 *  the one nested under the package (parse5's entities). */
const BUNDLED = new Set([
  'yaml',
  'commander',
  'entities',
  'image-size',
  'queue',
  'inherits',
  '@xmldom/xmldom',
  'markdown-it',
  'mdurl',
  'linkify-it',
  'uc.micro',
  'punycode.js',
  'markdown-it-attrs',
  'markdown-it-container',
  'markdown-it-cjk-friendly',
  'get-east-asian-width',
  'parse5',
  'css-tree',
  'postcss',
  'nanoid',
  'picocolors',
  'source-map-js',
  'yauzl',
  'pend',
]);

/** A bare import's package name (`@scope/name` or `name`). @param {string} specifier */
function packageOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** A file the bundle was made from, as the manifest stamps it: a bundled package by its package.json (its files
 *  change only with it), our own files each. @param {string} file */
function stampedFile(file) {
  const match = /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file);
  return match ? `node_modules/${match[1]}/package.json` : file;
}

/** Builds the bundle into a folder of its own, then points the manifest at it (renamed into place, so a command
 *  starting meanwhile sees the old build or the new one, whole); returns the entry module. */
export async function buildBundle() {
  const esbuild = await import('esbuild');
  const folder = `cli-${Date.now().toString(36)}-${process.pid}`;
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry, fontWorker],
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
    // Packages stay imports, resolved from here at run time, but for those in BUNDLED.
    plugins: [
      {
        name: 'external-packages',
        setup(build) {
          build.onResolve({ filter: /^[^./]/ }, (args) =>
            BUNDLED.has(packageOf(args.path)) || args.kind === 'entry-point' ? undefined : { external: true },
          );
        },
      },
    ],
    // The bundled CommonJS packages require Node's own modules: a `require` for every module of the bundle.
    banner: {
      js: "import { createRequire as createRequireOfBundle } from 'node:module'; const require = createRequireOfBundle(import.meta.url);",
    },
    metafile: true,
    logLevel: 'silent',
    legalComments: 'none',
  });
  // (this file too: a change to how the bundle is made, such as what it bundles, makes it again)
  const files = new Set([...Object.keys(result.metafile.inputs).map(stampedFile), 'scripts/cli-bundle.mjs']);
  const inputs = Object.fromEntries([...files].map((file) => [file, stamp(file)]));
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
