// What a template's layout shows behind text and the colour its placeholders give text, read from its layout and
// master as PowerPoint composes them: the layout's background over the master's, the master's shapes unless the layout
// hides them, each placeholder's colour from the layout's list style, the master's placeholder, then the master's text
// styles; scheme colours through the colour map (the layout's own where it overrides it) with their modifiers.
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { contrast, layoutColours } from '../../../src/outputs/pptx/template/backdrop.ts';

const NS =
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';
const parse = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml');
const scheme = {
  colours: { dk1: '111111', lt1: 'FFFFFF', dk2: '12305E', lt2: 'E9EEF6', accent1: '12305E', accent2: 'C8102E' },
  colourMap: { bg1: 'lt1', tx1: 'dk1', bg2: 'lt2', tx2: 'dk2' },
};
const fill = (inner: string) => `<a:solidFill>${inner}</a:solidFill>`;
const scheme_ = (name: string, modifiers = '') => `<a:schemeClr val="${name}">${modifiers}</a:schemeClr>`;
const rect = (y: number, h: number, paint: string) =>
  `<p:sp><p:nvSpPr><p:cNvPr id="9" name="R"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="0" y="${y}"/><a:ext cx="1000" cy="${h}"/></a:xfrm>${paint}</p:spPr></p:sp>`;
const placeholder = (type: string, listStyle = '') =>
  `<p:sp><p:nvSpPr><p:cNvPr id="2" name="T"/><p:cNvSpPr/><p:nvPr><p:ph type="${type}"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle>${listStyle}</a:lstStyle><a:p/></p:txBody></p:sp>`;
const level = (paint: string) => `<a:lvl1pPr><a:defRPr>${paint}</a:defRPr></a:lvl1pPr>`;

function master(shapes: string, titleStyle = level(fill(scheme_('bg1'))), background = fill(scheme_('bg1'))): Document {
  return parse(
    `<p:sldMaster ${NS}><p:cSld><p:bg><p:bgPr>${background}</p:bgPr></p:bg><p:spTree>${shapes}${placeholder('title')}${placeholder('body')}</p:spTree></p:cSld>` +
      `<p:txStyles><p:titleStyle>${titleStyle}</p:titleStyle><p:bodyStyle>${level(fill(scheme_('tx1')))}</p:bodyStyle><p:otherStyle/></p:txStyles></p:sldMaster>`,
  );
}
function layout(inside: string, attributes = '', after = ''): Document {
  return parse(`<p:sldLayout ${NS} ${attributes}><p:cSld>${inside}</p:cSld>${after}</p:sldLayout>`);
}

describe('a template layout’s colours', () => {
  it('takes the title’s colour from the master’s title style where the layout and master placeholders set none', () => {
    const colours = layoutColours(
      layout(`<p:spTree>${placeholder('title')}</p:spTree>`),
      master(rect(0, 100, fill(scheme_('tx2')))),
      scheme,
    );
    expect(colours.text.title).toBe('FFFFFF');
    expect(colours.text.body).toBe('111111');
    expect(colours.page).toBe('FFFFFF');
    expect(colours.shapes).toEqual([{ box: { x: 0, y: 0, cx: 1000, cy: 100 }, hex: '12305E' }]);
  });

  it('takes the layout’s own list style, background and shapes over the master’s, and hides the master’s shapes where it says', () => {
    const colours = layoutColours(
      layout(
        `<p:bg><p:bgRef idx="1001">${scheme_('tx2')}</p:bgRef></p:bg><p:spTree>${placeholder('title', level(fill(scheme_('accent2'))))}${rect(500, 10, '<a:noFill/>')}</p:spTree>`,
        'showMasterSp="0"',
      ),
      master(rect(0, 100, fill(scheme_('tx2')))),
      scheme,
    );
    expect(colours.text.title).toBe('C8102E');
    expect(colours.page).toBe('12305E');
    expect(colours.shapes).toEqual([]);
  });

  it('applies lumMod, srgb and system colours, and the layout’s own colour map', () => {
    const colours = layoutColours(
      layout(
        `<p:spTree>${placeholder('title', level(fill(scheme_('tx1', '<a:lumMod val="50000"/>'))))}${rect(0, 10, fill('<a:sysClr val="window" lastClr="FEFEFE"/>'))}</p:spTree>`,
        '',
        '<p:clrMapOvr><a:overrideClrMapping bg1="dk1" tx1="lt1" bg2="dk2" tx2="lt2"/></p:clrMapOvr>',
      ),
      master('', '', fill('<a:srgbClr val="00FF00"/>')),
      scheme,
    );
    // tx1 is lt1 (white) on this layout, at half its lightness
    expect(colours.text.title).toBe('808080');
    expect(colours.shapes[0]!.hex).toBe('FEFEFE');
    expect(colours.page).toBe('00FF00');
  });

  it('leaves a picture behind text unjudged', () => {
    const picture = `<p:pic><p:nvPicPr><p:cNvPr id="3" name="P"/><p:cNvPicPr/><p:nvPr/></p:nvPicPr><p:blipFill/><p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="10" cy="10"/></a:xfrm></p:spPr></p:pic>`;
    const colours = layoutColours(layout(`<p:spTree>${picture}</p:spTree>`), master(''), scheme);
    expect(colours.shapes).toEqual([{ box: { x: 0, y: 0, cx: 10, cy: 10 }, hex: undefined }]);
  });

  it('measures contrast as WCAG 2 does', () => {
    expect(contrast('FFFFFF', '000000')).toBeCloseTo(21, 5);
    expect(contrast('FFFFFF', 'FFFFFF')).toBe(1);
    expect(contrast('12305E', 'FFFFFF')).toBeGreaterThan(10);
  });
});
