// The deck's client (reveal.js and its plugins, our code, the theme's stylesheet, the fonts) does not depend on the
// outline: it is built with Vite once per theme and kept in a cache, keyed by the contents of everything it is
// made from. A deck build then only renders index.html and copies the cached files beside it.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { PACKAGE_ROOT, THEMES_DIR } from '../../files/paths.ts';
import { cacheFolder } from '../../files/cache.ts';

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

/** Everything the client is made from: our code (the client imports from src/check, src/messages and others, and
 *  the plugin that builds it lives beside this file: all of src/ is simpler than a list that can fall behind), the
 *  themes, the locked versions. */
function sourceFiles(): string[] {
  const inFolder = (dir: string) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name));
  return [
    ...inFolder(path.join(PACKAGE_ROOT, 'src')),
    ...inFolder(THEMES_DIR),
    path.join(PACKAGE_ROOT, 'package-lock.json'),
  ].sort();
}

/** The cache key of a theme's client: changes whenever any of its sources does. */
export function clientKey(theme: string): string {
  const hash = createHash('sha256').update(theme);
  for (const file of sourceFiles()) {
    hash.update(path.relative(PACKAGE_ROOT, file)).update('\0');
    try {
      hash.update(readFileSync(file));
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

/** The theme's client from the cache, built first if it is not there (about a second, once per theme and version). */
export async function clientBundle(theme: string): Promise<ClientBundle> {
  const dir = path.join(await cacheFolder('client'), clientKey(theme));
  const found = await readManifest(dir);
  if (found) return found;
  // Decks written at once in one process (a meeting's talks) share one build: two would share its staging folder.
  let building = buildsUnderWay.get(dir);
  if (!building) {
    building = buildClient(theme, dir).finally(() => buildsUnderWay.delete(dir));
    buildsUnderWay.set(dir, building);
  }
  return building;
}

/** This process's builds under way, by their folder. */
const buildsUnderWay = new Map<string, Promise<ClientBundle>>();

/** Builds into a folder of its own, then renames it into place: a process that finds the manifest finds it all.
 *  Two processes building at once both succeed; the second rename loses and uses the first's. */
async function buildClient(theme: string, dir: string): Promise<ClientBundle> {
  const staging = `${dir}.building-${process.pid}`;
  await fs.rm(staging, { recursive: true, force: true });
  try {
    const [{ build }, { VITE_DEFAULTS, clientBundlePlugin }] = await Promise.all([
      import('vite'),
      import('./client-plugin.ts'),
    ]);
    await build({
      // The page is virtual; the root only has to hold the output folder and never be it.
      root: PACKAGE_ROOT,
      ...VITE_DEFAULTS,
      cacheDir: path.join(path.dirname(dir), 'vite'),
      plugins: [clientBundlePlugin(PACKAGE_ROOT, theme)],
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
    await fs.rename(staging, dir).catch(async (error: NodeJS.ErrnoException) => {
      if (!(await readManifest(dir))) throw error;
    });
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
