// vitest fixtures (`test.extend`, file-scoped) for the browser tests that run a server: `speechdeck dev` as a user
// runs it, or the editor's server, each in a project folder of the test file's own, with a Chromium and a page open
// on it. Each is made once for the file, when a test or a hook first asks for it, and closed after the file's last
// test whether the tests passed or not, a set-up that failed halfway included: the servers stopped (waited for),
// every Chromium closed, the project folders removed, nothing left in the temp folder.
// A file asks for them in a beforeAll (`test.beforeAll(async ({ page }) => …)`), so that starting them counts against
// the hooks' time limit, not the first test's.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { test as base } from 'vitest';
import { language, setLanguage } from '../../src/messages/index.ts';
import type { Language } from '../../src/messages/index.ts';
import { closeBrowser, launchBrowser } from '../../src/outputs/browser/launch.ts';
import { openDevPage, startDev } from './dev-server.ts';
import type { DevServer } from './dev-server.ts';
import { startEditorProject } from './editor-server.ts';
import type { EditorProject } from './editor-server.ts';
import { projectCopy } from './project-copy.ts';

/** A project folder of the test file's own, removed after its last test. */
export interface Project {
  root: string;
  remove(): void;
}

/** A temporary project holding `files` (paths relative to it, e.g. `slides/talk.md`). */
export function temporaryProject(files: Record<string, string>): Project {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-test-project-'));
  try {
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      fs.writeFileSync(path.join(root, name), text);
    }
  } catch (error) {
    fs.rmSync(root, { recursive: true, force: true });
    throw error;
  }
  return { root, remove: () => fs.rmSync(root, { recursive: true, force: true }) };
}

/** A Chromium for the file. */
// biome-ignore lint/correctness/noEmptyPattern: vitest reads what a fixture needs from this pattern
export const browserTest = base.extend('browser', { scope: 'file' }, async ({}, { onCleanup }) => {
  const browser: Browser = await launchBrowser();
  onCleanup(() => closeBrowser(browser));
  return browser;
});

export interface DevOptions {
  /** Makes the project (in the fixture, so that a file none of whose tests run makes none). */
  project: () => Project;
  /** The outline, relative to the project. */
  outline?: string;
  /** Before `dev` (`--lang en`). */
  args?: string[];
  /** Run the project's own copy of speechdeck (a `projectCopy`) from its sources, not this one. */
  ownCopy?: boolean;
  /** More of the server's environment. */
  env?: Record<string, string>;
  /** Appended to the server's address (`#/5`: open on a slide). */
  hash?: string;
  /** Runs before the page loads (to record what it shows from the start). */
  prepare?: (page: Page) => Promise<unknown>;
}

/** `speechdeck dev` on the file's project, with `browser` and a 1280×720 `page` on it once the deck is ready. */
export function devTest(options: DevOptions) {
  return (
    browserTest
      // biome-ignore lint/correctness/noEmptyPattern: vitest reads what a fixture needs from this pattern
      .extend('project', { scope: 'file' }, async ({}, { onCleanup }) => {
        const project = options.project();
        onCleanup(() => project.remove());
        return project;
      })
      .extend('dev', { scope: 'file' }, async ({ project }, { onCleanup }) => {
        const dev: DevServer = await startDev(project.root, options.outline ?? 'slides/talk.md', options.args ?? [], {
          ...(options.ownCopy ? { root: project.root } : {}),
          env: { ...(options.ownCopy ? { SPEECHDECK_FROM_SOURCE: '1' } : {}), ...options.env },
        });
        onCleanup(() => dev.stop());
        return dev;
      })
      .extend('page', { scope: 'file' }, async ({ browser, dev }) =>
        openDevPage(browser, `${dev.url}${options.hash ?? ''}`, options.prepare),
      )
  );
}

/** The project of a dev test that changes speechdeck's own files (its themes): a copy of the whole project. */
export const copiedProject = (): Project => projectCopy();

export interface EditorOptions {
  /** Keep a real browser warm for the export button (only the tests that export need one). */
  warmBrowser?: boolean;
  /** More of the project, written before the server starts (paths relative to the project). */
  files?: Record<string, string>;
  viewport?: { width: number; height: number };
  /** What the page must show before the tests begin; by default, the editor's first render. */
  ready?: (page: Page) => Promise<unknown>;
  /** The language the server speaks (this process's, set before it starts and put back after). */
  language?: Language;
}

/** The editor's page in Chromium once it has rendered (or is `ready`). */
export async function openEditorPage(
  browser: Browser,
  editor: EditorProject,
  options: Pick<EditorOptions, 'viewport' | 'ready'> = {},
): Promise<Page> {
  const page = await browser.newPage();
  // A dev page's first load transforms its modules: over 30 s (Puppeteer's default) under a load of 50.
  page.setDefaultNavigationTimeout(180_000);
  await page.setViewport(options.viewport ?? { width: 1400, height: 800 });
  await page.goto(`${editor.origin}/edit?k=${editor.token}`);
  await (options.ready
    ? options.ready(page)
    : page.waitForFunction(
        () => ((window as unknown as { speechdeckEditor?: { renders: number } }).speechdeckEditor?.renders ?? 0) > 0,
        { timeout: 60_000 },
      ));
  return page;
}

/** The editor's server on `text` (slides/talk.md of a project of its own), with `browser` and a `page` on it. */
export function editorTest(text: string | Buffer, options: EditorOptions = {}) {
  return (
    browserTest
      // biome-ignore lint/correctness/noEmptyPattern: vitest reads what a fixture needs from this pattern
      .extend('editor', { scope: 'file' }, async ({}, { onCleanup }) => {
        const before = language();
        if (options.language) setLanguage(options.language);
        const editor = await startEditorProject(text, options.warmBrowser ? { warmBrowser: true } : {}).catch(
          (error: unknown) => {
            setLanguage(before);
            throw error;
          },
        );
        onCleanup(async () => {
          await editor.remove();
          setLanguage(before);
        });
        for (const [name, content] of Object.entries(options.files ?? {})) {
          fs.mkdirSync(path.dirname(path.join(editor.root, name)), { recursive: true });
          fs.writeFileSync(path.join(editor.root, name), content);
        }
        return editor;
      })
      .extend('page', { scope: 'file' }, async ({ browser, editor }) => openEditorPage(browser, editor, options))
  );
}
