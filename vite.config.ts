// Vite config for the project itself: the tests (vitest). Decks are built through src/build, not this file.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/outline/**/*.test.ts', 'tests/deck/**/*.test.ts', 'tests/import/**/*.test.ts', 'tests/build/**/*.test.ts', 'tests/outputs/**/*.test.ts'],
          // LibreOffice is a real client, like the browser: its test runs with those.
          exclude: ['tests/outputs/pptx/libreoffice.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          // real headless Chromium against the sample deck, built once by the global setup
          name: 'browser',
          include: ['tests/browser/**/*.test.ts', 'tests/export/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/check/**/*.test.ts', 'tests/outputs/pptx/libreoffice.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
        },
      },
    ],
  },
});
