// Vite config for the project itself: the tests (vitest). Decks are built through src/outputs/deck, not this file.
import { defineConfig } from 'vitest/config';

/** Tests that need a real browser or reader (LibreOffice) or run the command as a process; the rest are the fast
 *  `unit` project. */
const BROWSER_TESTS = [
  'tests/browser/**/*.test.ts',
  'tests/cli/**/*.test.ts',
  'tests/outputs/pdf/*.test.ts',
  'tests/outputs/pptx/libreoffice.test.ts',
  'tests/outputs/pptx/deck-parity.test.ts',
  'tests/outputs/pictures/pictures.test.ts',
];

/** Slow tests a developer may skip (`npx vitest run --project unit --project browser`) and CI runs: random
 *  interrupts, the USB stick (a FAT file system mounted as root), LibreOffice reading the PowerPoint, Firefox. */
const SLOW_TESTS = [
  'tests/cli/interrupt-random.test.ts',
  'tests/cli/usb-stick.test.ts',
  'tests/outputs/pptx/libreoffice.test.ts',
  'tests/browser/firefox.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
    setupFiles: ['tests/support/language.ts'],
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // pure stages and the file layer: no browser, no command run as a process
          include: ['tests/**/*.test.ts'],
          exclude: BROWSER_TESTS,
        },
      },
      {
        extends: true,
        test: {
          // real headless Chromium against the sample deck, built once by the global setup
          name: 'browser',
          include: BROWSER_TESTS,
          exclude: SLOW_TESTS,
          globalSetup: ['tests/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'slow',
          include: SLOW_TESTS,
          globalSetup: ['tests/global-setup.ts'],
        },
      },
    ],
  },
});
