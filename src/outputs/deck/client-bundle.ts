// The deck's client (reveal.js and its plugins, our code, the theme's stylesheet, the fonts) does not depend on the
// outline: it is built with Vite once per theme and kept in a cache, keyed by the contents of the files it is made
// from (found by their sizes and times where those did not change: client-stamps.ts). A deck build then only renders
// index.html and copies the cached files beside it.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';
import { PACKAGE_ROOT, THEMES_DIR } from '../../files/paths.ts';
import { cacheFolder, writeCacheFile } from '../../files/cache.ts';
import { keyByStamps } from './client-stamps.ts';

/** A built client: its folder in the cache, and its files relative to that folder. */
export interface ClientBundle {
  dir: string;
  /** The one classic script, e.g. `assets/index-Bx2k.js`. */
  script: string;
  /** The one stylesheet: reveal.js's, the fonts' and the theme's. */
  stylesheet: string;
  /** Every file of the bundle with its size, fonts included. */
  files: Array<{ path: string; size: number }>;
}

const MANIFEST = 'speechdeck-client.json';

/** The browsers the deck's script and stylesheet are written down to: Vite's defaults, with Chromium's and Edge's
 *  lowered to 86. */
const CLIENT_TARGETS = ['chrome86', 'edge86', 'firefox104', 'safari16'];

/** Files that decide what any build of the client holds, besides the modules it includes: how it is built (this file,
 *  the Vite plugin, the speaker view's translation, where the sources are found) and the locked versions of every
 *  package (reveal.js's files are keyed by them). The themes, whose stylesheets `@import` one another out of a
 *  plugin's sight, are keyed whole. */
const BUILDER_FILES = [
  'src/outputs/deck/client-bundle.ts',
  'src/outputs/deck/client-plugin.ts',
  'src/outputs/deck/speaker-view.ts',
  'src/files/paths.ts',
  'package-lock.json',
];

/** How the key reads a file of the package (relative to its root, with `/`); replaced in tests. */
export type ReadSource = (file: string) => Uint8Array | string;
const readSource: ReadSource = (file) => readFileSync(path.join(PACKAGE_ROOT, file));

/** The package's own files the last build of the theme's client included (a list kept beside the cache, so that a
 *  change to a file only the command line uses, such as the PowerPoint's writer, does not build the client again). */
const includedList = (cache: string, theme: string) => path.join(cache, `${theme}.included.json`);

async function readIncluded(cache: string, theme: string): Promise<string[] | undefined> {
  try {
    const { files } = JSON.parse(await fs.readFile(includedList(cache, theme), 'utf8')) as { files: unknown };
    return Array.isArray(files) && files.every((file) => typeof file === 'string') ? files : undefined;
  } catch {
    return undefined;
  }
}

/** Every file of the themes' folder, relative to the package. */
function themeFiles(): string[] {
  return readdirSync(THEMES_DIR, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => packageRelative(path.join(entry.parentPath, entry.name)));
}

const packageRelative = (file: string) => path.relative(PACKAGE_ROOT, file).split(path.sep).join('/');

/** The cache key of a theme's client built from `included` (the package's files its last build included): changes
 *  whenever one of them, the builder's files or a theme does, and with nothing else. */
export function clientKey(theme: string, included: readonly string[], read: ReadSource = readSource): string {
  return keyOf(theme, keyFiles(included), read);
}

/** The files a theme's key is made from, in order. */
function keyFiles(included: readonly string[]): string[] {
  return [...new Set([...BUILDER_FILES, ...themeFiles(), ...included])].sort();
}

function keyOf(theme: string, files: readonly string[], read: ReadSource): string {
  const hash = createHash('sha256').update(theme);
  for (const file of files) {
    hash.update(file).update('\0');
    try {
      hash.update(read(file));
    } catch {
      hash.update('(missing)');
    }
  }
  return `${theme}-${hash.digest('hex').slice(0, 16)}`;
}

async function readManifest(dir: string): Promise<ClientBundle | undefined> {
  try {
    const manifest = JSON.parse(await fs.readFile(path.join(dir, MANIFEST), 'utf8')) as Omit<ClientBundle, 'dir'>;
    return { ...manifest, dir };
  } catch {
    return undefined;
  }
}

/** The theme's client from the cache, built first if it is not there (about a second, once per theme and version).
 *  `read` is how the key reads the package's files (tests give it other contents). */
export async function clientBundle(theme: string, read: ReadSource = readSource): Promise<ClientBundle> {
  const cache = await cacheFolder('client');
  const included = await readIncluded(cache, theme);
  if (included) {
    // (the package's files as they are: read only where their sizes or times changed, client-stamps.ts)
    const files = keyFiles(included);
    const key =
      read === readSource
        ? await keyByStamps(path.join(cache, `${theme}.stamps.json`), PACKAGE_ROOT, files, () =>
            keyOf(theme, files, read),
          )
        : keyOf(theme, files, read);
    const found = await readManifest(path.join(cache, key));
    if (found) return found;
  }
  // Decks written at once in one process (a meeting's talks) share one build: two would share its staging folder.
  let building = buildsUnderWay.get(theme);
  if (!building) {
    building = buildClient(theme, cache, read).finally(() => buildsUnderWay.delete(theme));
    buildsUnderWay.set(theme, building);
  }
  return building;
}

/** This process's builds under way, by their theme. */
const buildsUnderWay = new Map<string, Promise<ClientBundle>>();

/** The package's own files (not its dependencies', which package-lock.json keys) among the modules a build read. */
function ownFiles(ids: Iterable<string>): string[] {
  const files = new Set<string>();
  for (const id of ids) {
    const file = id.split('?')[0]!;
    if (!path.isAbsolute(file)) continue; // Vite's and our virtual modules
    const relative = packageRelative(file);
    if (!relative.startsWith('../') && !relative.split('/').includes('node_modules')) files.add(relative);
  }
  return [...files].sort();
}

/** Notes every module the build read, when its output is made. */
function includedModules(into: Set<string>): Plugin {
  return {
    name: 'speechdeck-client-included',
    generateBundle() {
      for (const id of this.getModuleIds()) into.add(id);
    },
  };
}

/** Builds into a folder of its own, then renames it into place under the key of what it included: a process that
 *  finds the manifest finds it all. Two processes building at once both succeed; the second rename loses and uses
 *  the first's. The list of what it included is kept for the next command's key. */
async function buildClient(theme: string, cache: string, read: ReadSource): Promise<ClientBundle> {
  const staging = path.join(cache, `${theme}.building-${process.pid}`);
  await fs.rm(staging, { recursive: true, force: true });
  let dir: string;
  try {
    const [{ build }, { VITE_DEFAULTS, clientBundlePlugin }] = await Promise.all([
      import('vite'),
      import('./client-plugin.ts'),
    ]);
    const modules = new Set<string>();
    await build({
      // The page is virtual; the root only has to hold the output folder and never be it.
      root: PACKAGE_ROOT,
      ...VITE_DEFAULTS,
      cacheDir: path.join(cache, 'vite'),
      plugins: [clientBundlePlugin(PACKAGE_ROOT, theme), includedModules(modules)],
      build: {
        outDir: staging,
        emptyOutDir: true,
        cssCodeSplit: false,
        // Old browsers still at the lectern: Chromium 86 is the engine of WeChat's browser and of the 360 browser
        // on many office PCs. reveal.js's own stylesheet is written for today's (`inset`, `(width<=1024px)`);
        // lowered here, the slides sit where they should there too (docs/lectern.md).
        target: CLIENT_TARGETS,
        cssTarget: CLIENT_TARGETS,
        reportCompressedSize: false,
        chunkSizeWarningLimit: 4096,
        rolldownOptions: {
          input: path.join(PACKAGE_ROOT, 'index.html'),
          // Rolldown's advice on slow plugins (`[PLUGIN_TIMINGS]`) is for whoever writes them, never for a speaker
          // whose first build on a slow machine takes a few seconds.
          checks: { bundlerTimings: false },
          // One classic script: module scripts and code-split chunks do not load from file://.
          output: { format: 'iife', codeSplitting: false },
        },
      },
    });
    await fs.rm(path.join(staging, 'index.html'), { force: true });
    const bundle = await describe(staging);
    await fs.writeFile(
      path.join(staging, MANIFEST),
      JSON.stringify({ script: bundle.script, stylesheet: bundle.stylesheet, files: bundle.files }),
    );
    const included = ownFiles(modules);
    dir = path.join(cache, clientKey(theme, included, read));
    await fs.rename(staging, dir).catch(async (error: NodeJS.ErrnoException) => {
      if (!(await readManifest(dir))) throw error;
    });
    await writeCacheFile(includedList(cache, theme), JSON.stringify({ files: included }));
  } finally {
    await fs.rm(staging, { recursive: true, force: true });
  }
  const built = await readManifest(dir);
  if (!built) throw new Error(`the deck's client was built but could not be kept in ${dir}.`);
  return built;
}

/** The built folder's files; exactly one script and one stylesheet, or the build went wrong. */
async function describe(dir: string): Promise<ClientBundle> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  const files = await Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const full = path.join(entry.parentPath, entry.name);
        return { path: path.relative(dir, full).split(path.sep).join('/'), size: (await fs.stat(full)).size };
      }),
  );
  files.sort((a, b) => a.path.localeCompare(b.path));
  const scripts = files.filter((f) => f.path.endsWith('.js'));
  const stylesheets = files.filter((f) => f.path.endsWith('.css'));
  if (scripts.length !== 1 || stylesheets.length !== 1) {
    throw new Error(
      `the deck's client build made ${scripts.length} scripts and ${stylesheets.length} stylesheets, not one of each.`,
    );
  }
  return { dir, script: scripts[0]!.path, stylesheet: stylesheets[0]!.path, files };
}
