// A theme's stylesheet read as the PowerPoint needs it: the `--sd-*` colours, the field's gradient, the band and the
// title frame, and a clear refusal of what it cannot draw.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { THEMES_DIR } from '../../../src/files/paths.ts';
import { ThemeError, readTheme } from '../../../src/outputs/pptx/theme.ts';

const sheet = (name: string) => readFileSync(path.join(THEMES_DIR, `${name}.css`), 'utf8');

const CUSTOM = `
@import './_layout.css';
:root {
  --sd-accent: #0a0;          /* short hex */
  --sd-heading: var(--sd-accent);
  --sd-field: linear-gradient(to right, #ffffff, rgba(0, 0, 0, 0.5) 30%, #000);
  --sd-field-footer: rgba(255, 240, 210, 0.75);
}
.reveal section.sd-content .sd-frame::before { height: 10px; background: var(--sd-accent); border-bottom: 2px solid #123456; }
`;

describe('a theme read for the PowerPoint', () => {
  it('takes every colour from the stylesheet, a custom theme’s over the default’s', () => {
    const theme = readTheme([sheet('red'), CUSTOM]);
    expect(theme.accent).toEqual({ hex: '00AA00', alpha: 1 });
    expect(theme.heading).toEqual(theme.accent);
    expect(theme.fieldFooter).toEqual({ hex: 'FFF0D2', alpha: 0.75 });
    expect(theme.gold).toEqual(readTheme([sheet('red')]).gold);
  });

  it('reads gradients with their stops, spreading stops without a position as CSS does', () => {
    const field = readTheme([sheet('red'), CUSTOM]).field;
    expect(field).toMatchObject({ kind: 'linear', angle: 90 });
    expect(field.kind === 'linear' && field.stops.map((stop) => [stop.colour.hex, stop.at])).toEqual([
      ['FFFFFF', 0],
      ['000000', 0.3],
      ['000000', 1],
    ]);
    expect(readTheme([sheet('red')]).field).toMatchObject({ kind: 'radial', centre: { x: 0.5, y: 0.35 } });
  });

  it('finds the band above content titles and the lines around the title block where the theme draws them', () => {
    const red = readTheme([sheet('red')]);
    expect(red.band).toMatchObject({ heightPx: 14, border: { widthPx: 3 } });
    expect(red.titleFrame).toBeUndefined();
    const light = readTheme([sheet('red'), sheet('light')]);
    expect(light.band).toBeUndefined();
    expect(light.titleFrame).toEqual({
      top: { widthPx: 6, colour: light.accent },
      bottom: { widthPx: 1, colour: light.rule },
    });
    expect(readTheme([sheet('red'), CUSTOM]).band).toMatchObject({
      heightPx: 10,
      paint: { kind: 'solid' },
      border: { colour: { hex: '123456' } },
    });
  });

  it('refuses a colour it cannot draw, or a variable that is missing, naming it', () => {
    expect(() => readTheme([':root { --sd-page: hsl(0 0% 100%); }'])).toThrow(ThemeError);
    expect(() => readTheme([sheet('red'), ':root { --sd-accent: hsl(0 0% 100%); }'])).toThrow(/hsl\(0 0% 100%\)/);
    expect(() => readTheme([':root { --sd-page: #fff; }'])).toThrow(/--sd-/);
  });
});
