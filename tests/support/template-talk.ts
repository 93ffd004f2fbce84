// The PowerPoint tests of a talk on an organiser's template: the template as received (received/模板.pptx) and the
// outline in a project of a temporary folder of the test's own, the talk's PowerPoint written beside it and read back
// into its parts; the folder removed after the last test. Messages in English.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { type LoadedDeck, loadDeck } from '../../src/load/index.ts';
import { setLanguage } from '../../src/messages/index.ts';
import { writePptxFile } from '../../src/outputs/pptx/file.ts';
import { readPptx } from './pptx.ts';

/** The talk once written (before the first test): its folder, the deck, the PowerPoint's path and its parts. */
export interface TemplateTalk {
  dir: string;
  deck: LoadedDeck;
  pptx: string;
  parts: Map<string, string>;
  /** The XML of the layout slide `n` is on. */
  layoutOf(n: number): string;
}

/** Registers the set-up (beforeAll, afterAll) of `outline` (whose `template:` is received/模板.pptx) on `template`,
 *  with `files` (paths relative to the project) beside it; `name` names the temporary folder. */
export function templateTalk(
  name: string,
  outline: string,
  template: () => Uint8Array,
  files: Record<string, Uint8Array> = {},
): TemplateTalk {
  const dir = mkdtempSync(path.join(os.tmpdir(), `speechdeck-${name}-`));
  let written: { deck: LoadedDeck; pptx: string; parts: Map<string, string> } | undefined;
  const made = () => {
    if (!written) throw new Error('the talk is written before the first test (beforeAll)');
    return written;
  };
  beforeAll(async () => {
    setLanguage('en');
    const project = path.join(dir, 'project');
    mkdirSync(path.join(project, 'received'), { recursive: true });
    writeFileSync(path.join(project, 'received', '模板.pptx'), template());
    writeFileSync(path.join(project, 'talk.md'), outline);
    for (const [file, content] of Object.entries(files)) writeFileSync(path.join(project, file), content);
    const deck = await loadDeck(path.join(project, 'talk.md'));
    const pptx = (await writePptxFile(deck, path.join(dir, 'talk.pptx'))).path;
    written = { deck, pptx, parts: (await readPptx(readFileSync(pptx))).parts };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    get deck() {
      return made().deck;
    },
    get pptx() {
      return made().pptx;
    },
    get parts() {
      return made().parts;
    },
    layoutOf(n) {
      const rels = made().parts.get(`ppt/slides/_rels/slide${n}.xml.rels`)!;
      return made().parts.get(`ppt/slideLayouts/${/slideLayouts\/([^"]+)"/.exec(rels)![1]}`)!;
    },
  };
}
