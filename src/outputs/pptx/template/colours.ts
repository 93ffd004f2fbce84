// The template's colours in the talk's own outputs: its theme's accents, background and text colours take the place
// of the slide theme's (`--sd-*`), so the deck, the PDFs and the PowerPoint's own drawing agree with its master.
// Everything a template's master draws on is a light or a dark page, so the full-field slides (title, divider,
// closing) are drawn on the master's background too, in its text and accent colours, not on the theme's red field.
import type { Colour, PptxTheme } from '../theme.ts';
import type { Template } from './read.ts';

/** The `--sd-*` variables the template sets, by the scheme colour (through the master's colour map) they take. */
const VARIABLES: Array<[keyof PptxTheme, string, string]> = [
  ['page', '--sd-page', 'bg1'],
  ['text', '--sd-text', 'tx1'],
  ['heading', '--sd-heading', 'tx2'],
  ['accent', '--sd-accent', 'accent1'],
  ['onAccent', '--sd-on-accent', 'bg1'],
  ['gold', '--sd-gold', 'accent2'],
  ['rule', '--sd-rule', 'bg2'],
  ['pointBand', '--sd-point-band', 'bg2'],
  ['footer', '--sd-footer', 'bg2'],
  ['footerText', '--sd-footer-text', 'tx2'],
  ['fieldText', '--sd-field-text', 'tx1'],
  ['fieldTitle', '--sd-field-title', 'tx2'],
  ['fieldAccent', '--sd-field-accent', 'accent2'],
  ['fieldFooter', '--sd-field-footer', 'tx2'],
  ['fieldRule', '--sd-field-rule', 'accent2'],
  ['fieldFooterBand', '--sd-field-footer-band', 'bg2'],
];

/** A colour of the template's scheme by the name slides use (`bg1`, `tx2`, `accent1`), through its colour map. */
function schemeColour(template: Template, name: string): string | undefined {
  const mapped = template.colourMap[name] ?? { bg1: 'lt1', tx1: 'dk1', bg2: 'lt2', tx2: 'dk2' }[name] ?? name;
  return template.colours[mapped];
}

/** The colours the template gives, as `--sd-*` variable → `#rrggbb`. */
export function templateVariables(template: Template): Map<string, string> {
  const variables = new Map<string, string>();
  for (const [, variable, scheme] of VARIABLES) {
    const hex = schemeColour(template, scheme);
    if (hex) variables.set(variable, `#${hex.toLowerCase()}`);
  }
  const page = schemeColour(template, 'bg1');
  // The full field is the page itself, its words without the shadow they have on the theme's dark field.
  if (page) variables.set('--sd-field', `#${page.toLowerCase()}`);
  variables.set('--sd-field-shadow', 'none');
  return variables;
}

/** The slide theme with the template's colours: the PowerPoint's own drawing on the template's master. */
export function templateTheme(theme: PptxTheme, template: Template): PptxTheme {
  const out: PptxTheme = { ...theme };
  const colours = out as unknown as Record<string, Colour>;
  for (const [key, , scheme] of VARIABLES) {
    const hex = schemeColour(template, scheme);
    if (hex) colours[key] = { hex, alpha: 1 };
  }
  out.field = { kind: 'solid', colour: out.page };
  // The theme's band and frames are its own decoration; the master draws the template's.
  delete out.band;
  delete out.titleFrame;
  return out;
}
