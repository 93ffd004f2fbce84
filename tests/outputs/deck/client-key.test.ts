// The deck's client is built again when a file it includes changes, and not when a file only the command line uses
// does (the first command after any change to src/ used to build it again: 80–110 MB more of Node's peak). Vite is
// replaced by a build that reports the modules it read, as Vite's own tells a plugin, and writes a client of two
// files; the key reads the package's files through a reader the test changes.
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cacheRoot, removeTempCache } from '../../support/temp-cache.ts';
import { PACKAGE_ROOT } from '../../../src/files/paths.ts';

afterAll(removeTempCache);

vi.mock('../../../src/files/cache.ts', async (original) =>
  (await import('../../support/temp-cache.ts')).tempCache(await original()),
);

/** What the stand-in build "reads": the client's entry and a module it imports, reveal.js, the theme, a virtual id. */
const MODULES = [
  path.join(PACKAGE_ROOT, 'src/client/main.ts'),
  path.join(PACKAGE_ROOT, 'src/messages/index.ts'),
  path.join(PACKAGE_ROOT, 'node_modules/reveal.js/dist/reveal.esm.js'),
  `${path.join(PACKAGE_ROOT, 'themes/red.css')}?direct`,
  '\0speechdeck:client',
];

const { build } = vi.hoisted(() => ({ build: vi.fn() }));
build.mockImplementation(async (config: { plugins: Plugin[]; build: { outDir: string } }) => {
  for (const plugin of config.plugins) {
    const generate = plugin.generateBundle as ((this: unknown) => void) | undefined;
    generate?.call({ getModuleIds: () => MODULES.values() });
  }
  const out = config.build.outDir;
  await fs.mkdir(path.join(out, 'assets'), { recursive: true });
  await fs.writeFile(path.join(out, 'index.html'), '<!doctype html>');
  await fs.writeFile(path.join(out, 'assets', 'index-test.js'), 'void 0;');
  await fs.writeFile(path.join(out, 'assets', 'index-test.css'), 'body{}');
});
vi.mock('vite', () => ({ build }));

/** The package's files as they are, but for the ones the test has changed. */
function changed(files: Record<string, string>) {
  return (file: string) => files[file] ?? readFileSync(path.join(PACKAGE_ROOT, file));
}

const { clientBundle } = await import('../../../src/outputs/deck/client-bundle.ts');

describe("the client's cache key", () => {
  beforeEach(async () => {
    await fs.rm(path.join(cacheRoot, 'client'), { recursive: true, force: true });
    build.mockClear();
  });

  it('keeps the package files the build included: no dependency, no virtual module', async () => {
    await clientBundle('red');
    const { files } = JSON.parse(await fs.readFile(path.join(cacheRoot, 'client', 'red.included.json'), 'utf8'));
    expect(files).toEqual(['src/client/main.ts', 'src/messages/index.ts', 'themes/red.css']);
  });

  it('finds the client built before when only a file the client does not include changed', async () => {
    const first = await clientBundle('red');
    const again = await clientBundle('red', changed({ 'src/cli.ts': '// changed', 'src/outputs/pptx/write.ts': '' }));
    expect(build).toHaveBeenCalledTimes(1);
    expect(again.dir).toBe(first.dir);
  });

  it('builds again when a file the client includes, a theme or the locked versions changed', async () => {
    const first = await clientBundle('red');
    for (const file of ['src/messages/index.ts', 'themes/light.css', 'package-lock.json']) {
      build.mockClear();
      const again = await clientBundle('red', changed({ [file]: '// changed' }));
      expect(build, file).toHaveBeenCalledTimes(1);
      expect(again.dir, file).not.toBe(first.dir);
    }
  });

  it('builds when there is no list of what the last build included', async () => {
    await clientBundle('red');
    await fs.rm(path.join(cacheRoot, 'client', 'red.included.json'));
    await clientBundle('red');
    expect(build).toHaveBeenCalledTimes(2);
  });
});
