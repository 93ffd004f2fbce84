// `## 标题 {.warm data-background-color="#fff"}`: classes and data-* attributes on a heading, via markdown-it-attrs.
import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import markdownItAttrs from 'markdown-it-attrs';
import { say } from '../messages/index.ts';
import { readAddress } from './address.ts';
import { cssLoads } from './css.ts';
import { addressFor, type OutlineEnv } from './resources.ts';
import { backgroundIsFile, CSS_VALUES, FILE_LISTS, fileListItems, PAGES } from './reveal-attributes.ts';
import type { Loads, Position, Problem, SlideAttributes } from './types.ts';

/** Anything else (`id`, `style`, `onclick`, `href`) is dropped: an outline must not smuggle in scripts or layout. */
const ALLOWED = ['class', /^data-[a-z0-9-]+$/i];

/** Longer headings are not titles; the cap keeps markdown-it-attrs' rescans of a line bounded. */
const LONGEST_TITLE = 1000;

export function headingAttributes(md: MarkdownIt): void {
  const coreRules = () => md.core.ruler.getRules('') as Array<(state: StateCore) => void>;
  const before = new Set(coreRules());
  md.use(markdownItAttrs, { allowedAttributes: ALLOWED });
  const curly = coreRules().find((rule) => !before.has(rule));
  if (!curly) return;
  // markdown-it-attrs rescans a whole paragraph for every `{…}` it finds, which is quadratic on long text;
  // headings are all the format needs, so it only ever sees one heading at a time.
  md.core.ruler.at('curly_attributes', (state: StateCore) => {
    const tokens = state.tokens;
    for (let index = 0; index + 2 < tokens.length; index++) {
      const [open, inline, close] = [tokens[index]!, tokens[index + 1]!, tokens[index + 2]!];
      if (open.type !== 'heading_open' || inline.type !== 'inline' || inline.content.length > LONGEST_TITLE) continue;
      if (!inline.content.includes('{')) continue;
      curly({ ...state, tokens: [open, inline, close] } as StateCore);
    }
  });
}

/** The classes and data-* attributes markdown-it-attrs put on a heading. */
export function slideAttributes(heading: Token): SlideAttributes {
  const classes: string[] = [];
  const data: Record<string, string> = {};
  for (const [name, value] of heading.attrs ?? []) {
    if (name === 'class') classes.push(...String(value).split(/\s+/).filter(Boolean));
    else if (name.toLowerCase().startsWith('data-')) data[name] = String(value);
  }
  return { classes, data };
}

/** reveal.js attributes whose value the speaker view shows as HTML. */
const NOTES = new Set(['data-notes', 'data-markdown']);
/**
 * Checks the values of a heading's attributes (markdown-it-attrs kept only classes and data-*): attributes that name
 * files get the files' addresses (checked like any image), pages need `html: true`, CSS may not load anything, and no
 * value may be an address that runs code or goes online. Problems go to `env.problems` at the attribute.
 */
export function checkSlideAttributes(env: OutlineEnv, heading: Token, line: number): void {
  const text = env.lines[line - 1] ?? '';
  const braces = text.lastIndexOf('{');
  for (const attribute of heading.attrs ?? []) {
    const [name, value] = [attribute[0].toLowerCase(), String(attribute[1])];
    if (name === 'class') continue;
    const found =
      braces === -1 ? -1 : text.slice(braces).search(new RegExp(`(?<=[\\s{])${attribute[0]}(?=[\\s=}])`, 'i'));
    const at: Position = { line, column: (found === -1 ? 0 : found) + Math.max(braces, 0) + 1 };
    const problem = (message: string, hint?: string) =>
      env.problems.push({ ...at, message, ...(hint ? { hint } : {}) } satisfies Problem);
    if (NOTES.has(name)) problem(say('notesAttribute', name), say('notesAttributeHint'));
    else if (name === 'data-visibility' && value === 'hidden' && heading.tag === 'h1')
      problem(say('hiddenPart'), say('hiddenPartHint'));
    else if (PAGES.has(name)) {
      if (!env.html) problem(say('pageNeedsHtml', name), say('pageNeedsHtmlHint'));
      else attribute[1] = addressFor(env, value, 'page', at, name) ?? value;
    } else if (FILE_LISTS[name] !== undefined || (name === 'data-background' && backgroundIsFile(value))) {
      attribute[1] = fileList(env, name, value, FILE_LISTS[name] ?? 'image', at);
    } else if ((CSS_VALUES.has(name) || name === 'data-background') && !isAddress(value)) {
      const css = cssLoads(value);
      if (css.escapes) problem(say('cssEscape', `\`${name}\``), say('cssEscapeHint'));
      else if (css.addresses.some((address) => !/^data:image\//i.test(address)))
        problem(say('cssLoads', `\`${name}\``), say('cssLoadsHint'));
    } else if (isAddress(value)) {
      // Any other value that is an address: nothing of ours loads it, but reveal.js or a plugin might one day.
      const address = readAddress(value, 'other', env.online);
      if (address.kind === 'problem') env.problems.push({ ...at, ...address.problem });
    }
  }
}

/** A value that starts as an address does (`javascript:`, `https:`, `//host`), tabs and line breaks aside. */
function isAddress(value: string): boolean {
  return /^\s*([a-z][a-z0-9+.-]*:|[\\/]{2})/i.test(value.replace(/[\t\n\r]/g, ''));
}

/** `a.png, b.png`: each file's address, the list as reveal.js reads it (a `data:` address is one, commas and all). */
function fileList(env: OutlineEnv, name: string, value: string, loads: Loads, at: Position): string {
  return fileListItems(value)
    .map((item) => addressFor(env, item, loads, at, name) ?? item)
    .join(',');
}
