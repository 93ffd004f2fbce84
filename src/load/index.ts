// Reading an outline from disk: decode, parse, plan, render, and check what it points at outside itself (the theme,
// the images). Every such problem is reported together, each at its own line.
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { OutlineError, type ParseCache, byPosition, parseOutline } from '../outline/index.ts';
import type { Outline, Problem } from '../outline/index.ts';
import { uncheckedLoads } from '../outline/raw-html.ts';
import { type PlanCache, type RenderCache, planDeck, rehearsedPlan, renderSlideList } from '../deck/index.ts';
import type { DeckPlan } from '../deck/index.ts';
import { THEMES_DIR, themePath } from '../files/paths.ts';
import { displayPath, projectDirFor } from '../files/project.ts';
import { say } from '../messages/index.ts';
import { type ImageAddresses, type LargePicture, imageResolver } from './resources.ts';
import { readRehearsals } from './rehearsal.ts';
import { findTemplate } from './template.ts';
import { trace } from '../trace.ts';
import type { Template } from '../outputs/pptx/template/read.ts';
import { templateVariables } from '../outputs/pptx/template/colours.ts';

export interface LoadedDeck {
  outlinePath: string;
  /** The folder every file the deck shows must stay inside (see projectDirFor). */
  projectDir: string;
  outline: Outline;
  plan: DeckPlan;
  /** The slides' HTML, every image at the address `images` gives it. */
  slidesHtml: string;
  /** The same, one `<section>` per slide in deck order. */
  slideSections: string[];
  /** Each local file the slides show (images, videos, pages): its address in `slidesHtml` and its real path. */
  images: Map<string, string>;
  /** Pictures larger than a deck needs, which the deck takes scaled down (outputs/deck/pictures.ts). */
  largePictures: LargePicture[];
  /** The organiser's template (`template:`): its file, and what the outputs take from it. */
  template?: { file: string; read: Template };
}

export type { ImageAddresses };

/** Reads the outline's bytes as UTF-8 text; a file that is not text is an OutlineError at the first bad line. */
export async function readOutlineText(outlinePath: string): Promise<string> {
  const shown = displayPath(outlinePath);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(outlinePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? say('noSuchFile')
        : code === 'EISDIR'
          ? say('folderNotFile')
          : say('cannotReadCode', code ?? String(error));
    throw OutlineError.about(shown, say('cannotOpenOutline', why), say('outlinePathFix'));
  }
  const utf16 = utf16Text(bytes, shown);
  if (utf16 !== undefined) return utf16;
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw OutlineError.at(shown, positionOfByte(bytes, nul), say('nulBytes'), say('nulBytesFix'));
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    throw OutlineError.at(shown, positionOfByte(bytes, bad), say('notUtf8'), say('notUtf8Fix'));
  }
}

export async function loadDeck(outlinePath: string, addresses: ImageAddresses = 'deck'): Promise<LoadedDeck> {
  return loadDeckText(outlinePath, await readOutlineText(path.resolve(outlinePath)), addresses);
}

/** What loading the same outline again and again keeps from one time to the next (the editor's keystrokes): the
 *  deck is the same with them, made sooner where little changed. */
export interface LoadCaches {
  parse: ParseCache;
  plan: PlanCache;
  render: RenderCache;
}

/** As loadDeck, for the outline's text as it is now rather than as saved (the editor's, before it is saved). */
export async function loadDeckText(
  outlinePath: string,
  source: string,
  addresses: ImageAddresses = 'deck',
  caches?: LoadCaches,
): Promise<LoadedDeck> {
  const absolute = path.resolve(outlinePath);
  const shown = displayPath(absolute);
  const projectDir = projectDirFor(absolute);
  // What the parser cannot know: the theme file and the images. All such problems are reported together.
  const problems: Problem[] = [];
  const images = new Map<string, string>();
  const large: LargePicture[] = [];
  const imageUrl = imageResolver({
    outlineDir: path.dirname(absolute),
    projectDir,
    addresses,
    problems,
    images,
    large,
  });
  let outline: Outline;
  try {
    outline = parseOutline(source, shown, { imageUrl, ...(caches ? { cache: caches.parse } : {}) });
  } catch (error) {
    // The outline's own problems and its files' problems, all at once.
    if (error instanceof OutlineError && problems.length > 0)
      throw new OutlineError(shown, [...error.problems, ...problems].sort(byPosition));
    throw error;
  }
  trace('outline parsed');
  // The organiser's template, read before the plan: its emblem is the title slide's logo where the outline has none.
  const templateFile = findTemplate(outline, path.dirname(absolute), projectDir, problems);
  let template: LoadedDeck['template'];
  if (templateFile) {
    // (its reader, an XML parser and a zip reader, is loaded only for an outline that names a template)
    const { loadTemplate } = await import('../outputs/pptx/template/file.ts');
    try {
      template = {
        file: templateFile,
        read: await loadTemplate(templateFile, { file: shown, at: outline.keys.template! }),
      };
      outline.meta.colours = Object.fromEntries(templateVariables(template.read));
      if (template.read.logo && !outline.meta.logo) {
        outline.meta.logo = `data:${template.read.logo.mime};base64,${Buffer.from(template.read.logo.bytes).toString('base64')}`;
        outline.meta.logoFromTemplate = true;
      }
    } catch (error) {
      if (!(error instanceof OutlineError)) throw error;
      problems.push(...error.problems);
    }
  }
  // The speaker's rehearsals, when there are any, give the pace and the slides' times (deck/rehearsal.ts).
  const plan = rehearsedPlan(planDeck(outline, caches?.plan), await readRehearsals(absolute));
  trace('slides planned');
  // Rendered when first asked for: the PowerPoint does without (a third of `pptx`'s time at 480 slides).
  let sections: string[] | undefined;
  let rendered: string | undefined;
  const sectionsOf = () => (sections ??= renderSlideList(plan, caches?.render));
  const slidesHtmlOf = () => (rendered ??= sectionsOf().join('\n'));
  // Raw HTML was checked piece by piece; the browser reads it whole, so look again at what it will see.
  if (outline.meta.html && problems.length === 0) {
    for (const load of uncheckedLoads(slidesHtmlOf(), (address) => images.has(address), outline.meta.online)) {
      problems.push({
        line: load.line ?? 1,
        column: 1,
        message: say('uncheckedResource', load.address),
        hint: say('uncheckedResourceHint'),
      });
    }
  }
  const theme = outline.meta.theme;
  if (!existsSync(themePath(theme))) {
    const available = (await fs.readdir(THEMES_DIR))
      .filter((f) => f.endsWith('.css') && !f.startsWith('_'))
      .map((f) => f.slice(0, -4));
    problems.push({
      ...(outline.keys.theme ?? {}),
      message: say('unknownTheme', theme),
      hint: say('unknownThemeFix', available.join(', ')),
    });
  }
  if (problems.length > 0) throw new OutlineError(shown, problems.sort(byPosition));
  return {
    ...(template ? { template } : {}),
    outlinePath: absolute,
    projectDir,
    outline,
    plan,
    get slidesHtml() {
      return slidesHtmlOf();
    },
    get slideSections() {
      return sectionsOf();
    },
    images,
    largePictures: large,
  };
}

/** A UTF-16 file (Windows Notepad's "Unicode") says so with its BOM, which makes it unambiguous: it is read as such. */
function utf16Text(bytes: Buffer, shown: string): string | undefined {
  const order =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : undefined;
  if (order === undefined) return undefined;
  try {
    return new TextDecoder(order, { fatal: true }).decode(bytes);
  } catch {
    throw OutlineError.about(shown, say('badUtf16'), say('badUtf16Fix'));
  }
}

function positionOfByte(bytes: Buffer, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  // Columns count characters, as everywhere else: the bytes before `offset` on its line are valid UTF-8.
  return { line, column: bytes.subarray(start, offset).toString('utf8').length + 1 };
}

function firstInvalidUtf8(bytes: Buffer): number {
  let lo = 0;
  let hi = bytes.length;
  // The longest valid prefix, by bisection: decoding is linear, so this stays O(n log n) on 10 MB files.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    try {
      // stream: a prefix cut inside a multi-byte character is not itself an error
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}
