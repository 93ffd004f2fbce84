// Raw HTML in an outline (only with `html: true`): every tag that makes the deck load a file — `<img>`, `<video>`,
// `<source>`, `<iframe>`, `<object>`, `<embed>`, `<link>`, `<script src>`, SVG's `<image>`, CSS in `style` — goes
// through the same check as `![]()`. The HTML is read with parse5, which implements the HTML standard's tokenizer and
// tree builder as browsers do, so that what we check is what the browser will load (a regular expression misreads
// quotes, entities, `<svg>` and comments). reveal.js's lazy attributes (`data-src`, a nested section's
// `data-background-*`, `data-preview-*`) load files too, later: they are checked the same way.
import {
  type DefaultTreeAdapterMap,
  type DefaultTreeAdapterTypes,
  defaultTreeAdapter,
  html as spec,
  parseFragment,
} from 'parse5';
import type { Token as Parse5Token } from 'parse5';
import { say } from '../messages/index.ts';
import { readAddress } from './address.ts';
import { cssLoads } from './css.ts';
import { addressFor, type OutlineEnv } from './resources.ts';
import { backgroundIsFile, CSS_VALUES, FILE_LISTS, fileListItems, PAGES } from './reveal-attributes.ts';
import type { Loads, Position, Problem } from './types.ts';

type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterMap['parentNode'];
type Location = Parse5Token.Location;

/** One thing in the HTML that loads something, or that is refused outright. */
type Load =
  | {
      kind: 'address';
      element: Element;
      attribute: string;
      value: string;
      loads: Loads;
      list?: true;
      location: Location | undefined;
    }
  | { kind: 'css'; element: Element; css: string; where: string; location: Location | undefined }
  | { kind: 'refused'; element: Element; what: string; hint: string; location: Location | undefined };

/**
 * Checks the files raw HTML loads (each is recorded like an image, and gets the caller's address) and returns the
 * HTML with those addresses in place. `at` is where the HTML's first character is in the outline.
 */
export function checkRawHtml(env: OutlineEnv, html: string, at: Position): string {
  if (!/[<&]/.test(html)) return html;
  const edits: Array<{ start: number; end: number; text: string }> = [];
  for (const load of loadsIn(parseFragment(html, { sourceCodeLocationInfo: true }))) {
    const where = positionIn(at, load.location);
    const problem = (message: string, hint?: string) =>
      env.problems.push({ ...where, message, ...(hint ? { hint } : {}) } satisfies Problem);
    if (load.kind === 'refused') problem(say('htmlRefused', load.what), load.hint);
    else if (load.kind === 'css') {
      const css = cssLoads(load.css);
      if (css.escapes) problem(say('cssEscape', load.where), say('cssEscapeHint'));
      else if (css.addresses.some((address) => !isInlinePicture(address)))
        problem(say('cssLoads', load.where), say('cssLoadsHint'));
    } else {
      const via = `<${load.element.tagName} ${load.attribute}>`;
      const items = addressesOf(load);
      const addresses = items.map((item) =>
        /^\s*#/.test(item) ? undefined : addressFor(env, item, load.loads, where, via),
      );
      if (addresses.some((address) => address !== undefined) && load.location) {
        const source = html.slice(load.location.startOffset, load.location.endOffset);
        const name = source.split('=')[0]!.trim();
        const value = addresses.map((address, i) => address ?? items[i]!).join(',');
        edits.push({
          start: load.location.startOffset,
          end: load.location.endOffset,
          text: `${name}="${escapeAttribute(value)}"`,
        });
      }
    }
  }
  let rewritten = html;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    rewritten = rewritten.slice(0, edit.start) + edit.text + rewritten.slice(edit.end);
  return rewritten;
}

/** An address found in a whole deck's slides that the outline's check did not give: its slide's line. */
export interface UncheckedLoad {
  address: string;
  line?: number;
}

/**
 * The second look, at the slides' HTML as a whole, as the browser will parse it: pieces of raw HTML checked one by one
 * can combine into something else (a `<style>` that is text alone, but elements inside an `<svg>` opened earlier).
 * Every address must be one `accepted` knows (the outline's files) or kept by the address rules; every other load is
 * returned with the line of its slide.
 */
export function uncheckedLoads(
  slidesHtml: string,
  accepted: (address: string) => boolean,
  online: boolean,
): UncheckedLoad[] {
  const context = defaultTreeAdapter.createElement('div', spec.NS.HTML, []);
  const unchecked: UncheckedLoad[] = [];
  for (const load of loadsIn(parseFragment(context, slidesHtml, {}))) {
    const line = slideLine(load.element);
    if (load.kind === 'refused') unchecked.push({ address: load.what, ...line });
    else if (load.kind === 'css') {
      const css = cssLoads(load.css);
      for (const address of css.escapes ? [load.css] : css.addresses.filter((a) => !isInlinePicture(a)))
        unchecked.push({ address, ...line });
    } else {
      for (const address of addressesOf(load)) {
        if (!/^\s*#/.test(address) && !accepted(address) && readAddress(address, load.loads, online).kind !== 'kept')
          unchecked.push({ address, ...line });
      }
    }
  }
  return unchecked;
}

/** The addresses one attribute names: a list for reveal.js's backgrounds and previews, else its whole value.
 *  (`#id` is a part of this page, as SVG's `<use href="#shape">` names one: nothing is loaded.) */
function addressesOf(load: Extract<Load, { kind: 'address' }>): string[] {
  return load.list ? fileListItems(load.value) : [load.value];
}

/** The line of the slide an element is on: its `<section data-line>`. */
function slideLine(element: Element): { line?: number } {
  for (let node: ParentNode | null = element; node && 'tagName' in node; node = node.parentNode) {
    const line = node.tagName === 'section' ? node.attrs.find((a) => a.name === 'data-line')?.value : undefined;
    if (line) return { line: Number(line) };
  }
  return {};
}

/** Every load in a parsed fragment, in document order, `<template>` contents included. */
function* loadsIn(root: ParentNode): Generator<Load> {
  for (const node of root.childNodes) {
    if (!('tagName' in node)) continue;
    yield* loadsOf(node);
    if (node.tagName === 'style') {
      const text = node.childNodes
        .map((child) => ('value' in child && child.nodeName === '#text' ? child.value : ''))
        .join('');
      yield {
        kind: 'css',
        element: node,
        css: text,
        where: '`<style>`',
        location: node.sourceCodeLocation ?? undefined,
      };
    }
    yield* loadsIn(node);
    if ('content' in node) yield* loadsIn(node.content);
  }
}

/** SVG animations that can set an attribute to an address after the page has loaded. */
const ANIMATIONS = new Set(['animate', 'set', 'animatemotion', 'animatetransform', 'animatecolor']);

/** What one element loads, by its tag and attributes. */
function* loadsOf(element: Element): Generator<Load> {
  const tag = element.tagName.toLowerCase();
  const location = (name: string) =>
    element.sourceCodeLocation?.attrs?.[name] ?? element.sourceCodeLocation?.startTag ?? undefined;
  const has = (name: string) => element.attrs.some((a) => a.name === name);
  if (tag === 'base' && has('href'))
    yield { kind: 'refused', element, what: '`<base href>`', hint: say('htmlRefusedHint'), location: location('href') };
  if (tag === 'meta' && has('http-equiv'))
    yield {
      kind: 'refused',
      element,
      what: '`<meta http-equiv>`',
      hint: say('htmlRefusedHint'),
      location: location('http-equiv'),
    };
  for (const attribute of element.attrs) {
    const name = attribute.prefix ? `${attribute.prefix}:${attribute.name}` : attribute.name;
    const at = location(name);
    if (name === 'style')
      yield { kind: 'css', element, css: attribute.value, where: `\`<${tag} style>\``, location: at };
    else if (name === 'srcset' || name === 'imagesrcset')
      yield { kind: 'refused', element, what: `\`${name}\``, hint: say('srcsetHint'), location: at };
    else if (name === 'srcdoc')
      yield { kind: 'refused', element, what: '`srcdoc`', hint: say('htmlRefusedHint'), location: at };
    else if (ANIMATIONS.has(tag) && name === 'attributename' && /^(xlink:)?href$|^src$/i.test(attribute.value.trim())) {
      yield {
        kind: 'refused',
        element,
        what: `\`<${tag} attributeName="${attribute.value}">\``,
        hint: say('htmlRefusedHint'),
        location: at,
      };
    } else if (FILE_LISTS[name] !== undefined || (name === 'data-background' && backgroundIsFile(attribute.value))) {
      yield {
        kind: 'address',
        element,
        attribute: name,
        value: attribute.value,
        loads: FILE_LISTS[name] ?? 'image',
        list: true,
        location: at,
      };
    } else if (CSS_VALUES.has(name) || name === 'data-background') {
      yield { kind: 'css', element, css: attribute.value, where: `\`<${tag} ${name}>\``, location: at };
    } else if (PAGES.has(name) && attribute.value.trim() !== '') {
      yield { kind: 'address', element, attribute: name, value: attribute.value, loads: 'page', location: at };
    } else {
      // reveal.js's `data-src` is `src` set later; an empty `data-preview-link` previews the link's own `href`.
      const previewed =
        name === 'href' && element.attrs.some((a) => a.name === 'data-preview-link' && a.value.trim() === '');
      const loads = previewed ? 'page' : loadsBy(tag, name === 'data-src' ? 'src' : name, element);
      if (loads) yield { kind: 'address', element, attribute: name, value: attribute.value, loads, location: at };
    }
  }
}

/** What an attribute of a tag loads, if it loads anything (links, `<a href>`, are followed only on a click). */
function loadsBy(tag: string, name: string, element: Element): Loads | undefined {
  switch (name) {
    case 'src':
      if (tag === 'img' || tag === 'input') return 'image';
      if (tag === 'video' || tag === 'source')
        return element.parentNode && 'tagName' in element.parentNode && element.parentNode.tagName === 'audio'
          ? 'audio'
          : 'video';
      if (tag === 'audio') return 'audio';
      if (tag === 'iframe' || tag === 'frame' || tag === 'embed') return 'page';
      if (tag === 'script') return 'script';
      return 'other';
    case 'poster':
    case 'background':
      return 'image';
    case 'data':
      return tag === 'object' ? 'page' : undefined;
    case 'href':
    case 'xlink:href':
      if (tag === 'a' || tag === 'area' || tag === 'base') return undefined;
      if (tag === 'link') return 'stylesheet';
      // An `<image>` read outside its `<svg>` is an `img` to the parser, but it is SVG's in the page: check it anyway.
      if (tag === 'image' || tag === 'img' || tag === 'feimage' || tag === 'use') return 'image';
      if (tag === 'script') return 'script';
      return 'other';
    default:
      return undefined;
  }
}

/** Where a location in the HTML is in the outline. */
function positionIn(at: Position, location: Location | undefined): Position {
  if (!location) return at;
  return location.startLine === 1
    ? { line: at.line, column: at.column + location.startCol - 1 }
    : { line: at.line + location.startLine - 1, column: location.startCol };
}

function isInlinePicture(address: string): boolean {
  return /^\s*data:image\//i.test(address);
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
