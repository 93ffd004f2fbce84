// A slide theme's colours and decorations as the PowerPoint needs them, read from the theme's own CSS file, so the
// .pptx follows whatever the stylesheet says: the `--sd-*` variables of `:root`, the band above content slides'
// titles, and the lines that frame the title slide.
import postcss, { type Root, type Rule } from 'postcss';
import { say } from '../../messages/index.ts';

/** An sRGB colour as DrawingML writes it ("B71C1C"), with its opacity (0–1). */
export interface Colour {
  hex: string;
  alpha: number;
}

interface GradientStop {
  colour: Colour;
  /** 0–1 along the gradient. */
  at: number;
}

/** What a background or a band is painted with. */
export type Paint =
  | { kind: 'solid'; colour: Colour }
  /** `angle` in CSS degrees: 180 runs top to bottom, 90 left to right. */
  | { kind: 'linear'; angle: number; stops: GradientStop[] }
  /** An ellipse spreading from `centre` (fractions of the box). */
  | { kind: 'radial'; centre: { x: number; y: number }; stops: GradientStop[] };

interface Line {
  widthPx: number;
  colour: Colour;
}

export interface PptxTheme {
  page: Colour;
  text: Colour;
  heading: Colour;
  muted: Colour;
  accent: Colour;
  onAccent: Colour;
  gold: Colour;
  rule: Colour;
  pointBand: Colour;
  footer: Colour;
  footerText: Colour;
  /** The full-field slides: title, divider, closing. */
  field: Paint;
  fieldText: Colour;
  fieldTitle: Colour;
  fieldAccent: Colour;
  fieldFooter: Colour;
  fieldRule: Colour;
  /** The footer's band on the full-field slides, if the theme gives one (`--sd-field-footer-band`). */
  fieldFooterBand?: Colour;
  /** The band across the top of content, quote and agenda slides (theme `red`), if the theme draws one. */
  band?: { paint: Paint; heightPx: number; border?: Line };
  /** Lines above and below the title and closing blocks (theme `light`), if the theme draws them. */
  titleFrame?: { top?: Line; bottom?: Line };
}

/** The variables every theme defines (see themes/red.css), by the name the PowerPoint knows them. */
const VARIABLES = {
  page: '--sd-page',
  text: '--sd-text',
  heading: '--sd-heading',
  muted: '--sd-muted',
  accent: '--sd-accent',
  onAccent: '--sd-on-accent',
  gold: '--sd-gold',
  rule: '--sd-rule',
  pointBand: '--sd-point-band',
  footer: '--sd-footer',
  footerText: '--sd-footer-text',
  fieldText: '--sd-field-text',
  fieldTitle: '--sd-field-title',
  fieldAccent: '--sd-field-accent',
  fieldFooter: '--sd-field-footer',
  fieldRule: '--sd-field-rule',
} as const satisfies Record<string, string>;

/** A theme the PowerPoint cannot draw: a colour it cannot read, or a variable that is missing. */
export class ThemeError extends Error {}

/**
 * The theme as the stylesheets say it. `sheets` are read in order, later ones winning, like the cascade: pass the
 * default theme first and a custom one after, so a custom theme that leaves a variable out gets the default's.
 */
export function readTheme(sheets: string[]): PptxTheme {
  const roots = sheets.map((css) => postcss.parse(css));
  const variables = new Map<string, string>();
  for (const root of roots) {
    root.walkRules((rule) => {
      if (rule.parent?.type !== 'root' || !rule.selectors.includes(':root')) return;
      rule.walkDecls(/^--/, (decl) => void variables.set(decl.prop, decl.value.trim()));
    });
  }
  const value = (name: string): string => {
    const raw = variables.get(name);
    if (raw === undefined) throw new ThemeError(say('pptxThemeUndefined', name));
    return raw;
  };
  const colour = (name: string) => parseColour(value(name), variables);
  const theme = Object.fromEntries(Object.entries(VARIABLES).map(([key, name]) => [key, colour(name)])) as Omit<
    PptxTheme,
    'field' | 'band' | 'titleFrame' | 'fieldFooterBand'
  >;
  const footerBand = variables.get('--sd-field-footer-band');
  const last = roots.at(-1)!;
  const band = bandOf(last, variables);
  const titleFrame = titleFrameOf(last, variables);
  return {
    ...theme,
    field: parsePaint(value('--sd-field'), variables),
    ...(footerBand !== undefined ? { fieldFooterBand: parseColour(footerBand, variables) } : {}),
    ...(band ? { band } : {}),
    ...(titleFrame ? { titleFrame } : {}),
  };
}

/** The theme's `.sd-frame::before` rule: a band drawn above the title of content slides. */
function bandOf(root: Root, variables: Map<string, string>): PptxTheme['band'] {
  const rule = ruleFor(root, '.sd-frame::before');
  if (!rule) return undefined;
  const declarations = declarationsOf(rule);
  const background = declarations.get('background') ?? declarations.get('background-color');
  const height = pixels(declarations.get('height'));
  if (!background || !height) return undefined;
  const border = lineOf(declarations.get('border-bottom'), variables);
  return { paint: parsePaint(background, variables), heightPx: height, ...(border ? { border } : {}) };
}

/** The theme's rule for `.sd-title-block`: lines above and below the title slide's block. */
function titleFrameOf(root: Root, variables: Map<string, string>): PptxTheme['titleFrame'] {
  const rule = ruleFor(root, '.sd-title-block');
  if (!rule) return undefined;
  const declarations = declarationsOf(rule);
  const top = lineOf(declarations.get('border-top'), variables);
  const bottom = lineOf(declarations.get('border-bottom'), variables);
  if (!top && !bottom) return undefined;
  return { ...(top ? { top } : {}), ...(bottom ? { bottom } : {}) };
}

function ruleFor(root: Root, selectorPart: string): Rule | undefined {
  let found: Rule | undefined;
  root.walkRules((rule) => {
    if (!found && rule.selectors.some((selector) => selector.includes(selectorPart))) found = rule;
  });
  return found;
}

function declarationsOf(rule: Rule): Map<string, string> {
  const declarations = new Map<string, string>();
  rule.walkDecls((decl) => void declarations.set(decl.prop, decl.value.trim()));
  return declarations;
}

/** `6px solid var(--sd-accent)` → a line; `none` or no value → nothing. */
function lineOf(border: string | undefined, variables: Map<string, string>): Line | undefined {
  if (!border || border === 'none') return undefined;
  const parts = splitTopLevel(border, ' ');
  const width = parts.map(pixels).find((n) => n !== undefined);
  const colourPart = parts.find((part) => !/^\d/.test(part) && !/^(solid|dashed|dotted|double|none)$/.test(part));
  if (!width || !colourPart) return undefined;
  return { widthPx: width, colour: parseColour(colourPart, variables) };
}

function pixels(value: string | undefined): number | undefined {
  const m = value ? /^(\d+(?:\.\d+)?)px$/.exec(value.trim()) : null;
  return m ? Number(m[1]) : undefined;
}

const NAMED: Record<string, string> = { white: '#ffffff', black: '#000000', transparent: 'rgba(0, 0, 0, 0)' };

/** A CSS colour: `#rgb`, `#rrggbb`, `rgb()`/`rgba()`, a few names, or `var(--x)` of one of these. */
function parseColour(value: string, variables: ReadonlyMap<string, string> = new Map(), depth = 0): Colour {
  const text = value.trim().toLowerCase();
  const reference = /^var\(\s*(--[\w-]+)\s*(?:,\s*(.+))?\)$/.exec(text);
  if (reference) {
    const target = variables.get(reference[1]!) ?? reference[2];
    if (target === undefined || depth > 8) throw new ThemeError(say('pptxThemeUndefined', reference[1]!));
    return parseColour(target, variables, depth + 1);
  }
  if (NAMED[text]) return parseColour(NAMED[text], variables, depth + 1);
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(text);
  if (hex) {
    const digits = hex[1]!.length === 3 ? [...hex[1]!].map((d) => d + d).join('') : hex[1]!;
    return { hex: digits.toUpperCase(), alpha: 1 };
  }
  const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*([\d.]+)\s*)?\)$/.exec(text);
  if (rgb) {
    const channel = (n: string) => Math.min(255, Number(n)).toString(16).padStart(2, '0');
    return {
      hex: (channel(rgb[1]!) + channel(rgb[2]!) + channel(rgb[3]!)).toUpperCase(),
      alpha: rgb[4] === undefined ? 1 : Number(rgb[4]),
    };
  }
  throw new ThemeError(say('pptxThemeColour', value));
}

/** A CSS background: a colour, `linear-gradient(…)` or `radial-gradient(…)`, or `var(--x)` of one of these. */
function parsePaint(value: string, variables: ReadonlyMap<string, string> = new Map(), depth = 0): Paint {
  const text = value.trim();
  const reference = /^var\(\s*(--[\w-]+)\s*\)$/.exec(text);
  if (reference && depth < 8) {
    const target = variables.get(reference[1]!);
    if (target !== undefined) return parsePaint(target, variables, depth + 1);
  }
  const gradient = /^(linear|radial)-gradient\((.*)\)$/s.exec(text);
  if (!gradient) return { kind: 'solid', colour: parseColour(text, variables) };
  const args = splitTopLevel(gradient[2]!, ',');
  if (gradient[1] === 'linear') {
    const angle = linearAngle(args[0]!);
    return {
      kind: 'linear',
      angle: angle ?? 180,
      stops: stopsOf(angle === undefined ? args : args.slice(1), variables),
    };
  }
  const shape = /\bat\s+(\d+)%\s+(\d+)%/.exec(args[0]!);
  const hasShape = /^(circle|ellipse|closest|farthest|at\b)/.test(args[0]!.trim());
  return {
    kind: 'radial',
    centre: shape ? { x: Number(shape[1]) / 100, y: Number(shape[2]) / 100 } : { x: 0.5, y: 0.5 },
    stops: stopsOf(hasShape ? args.slice(1) : args, variables),
  };
}

const DIRECTIONS: Record<string, number> = { 'to top': 0, 'to right': 90, 'to bottom': 180, 'to left': 270 };

function linearAngle(first: string): number | undefined {
  const text = first.trim();
  if (DIRECTIONS[text] !== undefined) return DIRECTIONS[text];
  const degrees = /^(-?\d+(?:\.\d+)?)deg$/.exec(text);
  return degrees ? Number(degrees[1]) : undefined;
}

/** Colour stops with their positions; stops without one are spread evenly between their neighbours, as CSS does. */
function stopsOf(args: string[], variables: ReadonlyMap<string, string>): GradientStop[] {
  const stops = args.map((arg) => {
    const parts = splitTopLevel(arg.trim(), ' ');
    const position = parts.length > 1 ? /^(\d+(?:\.\d+)?)%$/.exec(parts.at(-1)!) : null;
    const colourText = position ? parts.slice(0, -1).join(' ') : arg.trim();
    return { colour: parseColour(colourText, variables), at: position ? Number(position[1]) / 100 : undefined };
  });
  if (stops.length && stops[0]!.at === undefined) stops[0]!.at = 0;
  if (stops.length > 1 && stops.at(-1)!.at === undefined) stops.at(-1)!.at = 1;
  for (let i = 1; i < stops.length - 1; i++) {
    if (stops[i]!.at !== undefined) continue;
    const next = stops.findIndex((stop, j) => j > i && stop.at !== undefined);
    const from = stops[i - 1]!.at!;
    const to = stops[next]!.at!;
    stops[i]!.at = from + ((to - from) * 1) / (next - i + 1);
  }
  return stops.map((stop) => ({ colour: stop.colour, at: stop.at ?? 0 }));
}

/** Splits on `separator` outside parentheses: `a, rgba(1, 2, 3), b` → three parts. */
function splitTopLevel(text: string, separator: ',' | ' '): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    const splits = depth === 0 && (separator === ' ' ? /\s/.test(char) : char === separator);
    if (splits) {
      if (current.trim()) parts.push(current.trim());
      current = '';
    } else current += char;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}
