// The dev tests of what `speechdeck dev` says about an outline as it is saved (the badge, the overlay, the terminal):
// `speechdeck dev` on a project of the test file's own holding tests/fixtures/check/overflow.md, whose slide 3 holds
// twelve points and overflows (which only the page can measure), and a page open on that slide.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import type { DevServer } from './dev-server.ts';
import { ROOT } from './sample.ts';
import { type DevOptions, devTest, temporaryProject } from './servers.ts';

/** The outline: slide 3 (at line 13) too full to fit. */
export const OVERFLOWING = fs.readFileSync(path.join(ROOT, 'tests/fixtures/check/overflow.md'), 'utf8');

/** What the tests act on, set before the first test: the server, its page, and the outline's path to save to. */
export interface OverflowDev {
  dev: DevServer;
  page: Page;
  outline: string;
}

/** The file's `it` (with the dev fixtures) and what it acts on: `speechdeck <args> dev` on OVERFLOWING, the page on
 *  slide 3; `prepare` runs before the page loads. */
export function overflowDevTest(args: string[], prepare?: DevOptions['prepare']) {
  const it = devTest({
    project: () => temporaryProject({ 'slides/talk.md': OVERFLOWING }),
    args,
    hash: '#/2',
    ...(prepare ? { prepare } : {}),
  });
  const at = {} as OverflowDev;
  it.beforeAll(async ({ dev, page, project }) => {
    Object.assign(at, { dev, page, outline: path.join(project.root, 'slides/talk.md') });
  });
  return { it, at };
}
