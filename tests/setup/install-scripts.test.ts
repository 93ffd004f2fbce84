// A fresh clone's `npm ci` (run by `npm run deck` and `npm test`) prints no warning about install scripts: npm 11
// lists every dependency whose install script package.json's `allowScripts` does not cover. Each one is reviewed
// and named there (esbuild's checks that its binary matches its version).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/sample.ts';

const json = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, unknown>;

describe('install scripts', () => {
  it('are approved in package.json for every locked package that has one', () => {
    const lock = json('package-lock.json') as { packages: Record<string, { hasInstallScript?: boolean }> };
    const withScripts = Object.entries(lock.packages)
      .filter(([, entry]) => entry.hasInstallScript)
      .map(([where]) => where.replace(/^.*node_modules\//, ''));
    expect(withScripts.length).toBeGreaterThan(0);
    const allowed = (json('package.json').allowScripts ?? {}) as Record<string, boolean>;
    for (const name of withScripts)
      expect(allowed[name], `${name} has an install script: approve or deny it in allowScripts`).toBeTypeOf('boolean');
  });
});
