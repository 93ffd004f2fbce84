// `ppt/theme/theme1.xml`: the deck's colours as the theme's colour scheme (so the colour pickers of PowerPoint and WPS
// offer them) and its faces as the font scheme, Latin and East Asian (so text typed later comes out in the Chinese
// face). The notes master has a copy of its own, as PowerPoint writes it.
import { FACES, type Typeface } from '../fonts.ts';
import type { PptxTheme } from '../theme.ts';

const SCHEME: Array<[string, keyof Omit<PptxTheme, 'field' | 'band' | 'titleFrame' | 'fieldFooterBand'>]> = [
  ['dk1', 'text'],
  ['lt1', 'page'],
  ['dk2', 'heading'],
  ['lt2', 'pointBand'],
  ['accent1', 'accent'],
  ['accent2', 'gold'],
  ['accent3', 'muted'],
  ['accent4', 'heading'],
  ['accent5', 'rule'],
  ['accent6', 'footerText'],
  ['hlink', 'accent'],
  ['folHlink', 'muted'],
];

function colourScheme(theme: PptxTheme): string {
  const entries = SCHEME.map(([tag, colour]) => `<a:${tag}><a:srgbClr val="${theme[colour].hex}"/></a:${tag}>`);
  return `<a:clrScheme name="speechdeck">${entries.join('')}</a:clrScheme>`;
}

const FONT_SCHEME = (() => {
  const face = (tag: string, typeface: Typeface) =>
    `<a:${tag} typeface="${typeface.typeface}" pitchFamily="${typeface.pitchFamily}" charset="${typeface.charset}"/>`;
  const font = (major: boolean) => {
    const { latin, eastAsian } = major ? FACES.title : FACES.text;
    const tag = major ? 'majorFont' : 'minorFont';
    return `<a:${tag}>${face('latin', latin)}${face('ea', eastAsian)}<a:cs typeface=""/><a:font script="Hans" typeface="${eastAsian.typeface}"/></a:${tag}>`;
  };
  return `<a:fontScheme name="speechdeck">${font(true)}${font(false)}</a:fontScheme>`;
})();

/** The format scheme every theme must have (three fills, lines, effects and background fills), in the theme's own
 *  colour: the deck's shapes name their fills and lines themselves, so these only serve shapes added later. */
const FORMAT_SCHEME = (() => {
  const fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>';
  const line = (w: number) =>
    `<a:ln w="${w}" cap="flat" cmpd="sng" algn="ctr">${fill}<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>`;
  const three = (xml: string) => xml + xml + xml;
  return (
    '<a:fmtScheme name="speechdeck">' +
    `<a:fillStyleLst>${three(fill)}</a:fillStyleLst>` +
    `<a:lnStyleLst>${line(6350)}${line(12700)}${line(19050)}</a:lnStyleLst>` +
    `<a:effectStyleLst>${three('<a:effectStyle><a:effectLst/></a:effectStyle>')}</a:effectStyleLst>` +
    `<a:bgFillStyleLst>${three(fill)}</a:bgFillStyleLst>` +
    '</a:fmtScheme>'
  );
})();

export function themeXml(theme: PptxTheme): string {
  return (
    '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="speechdeck">' +
    `<a:themeElements>${colourScheme(theme)}${FONT_SCHEME}${FORMAT_SCHEME}</a:themeElements>` +
    '<a:objectDefaults/><a:extraClrSchemeLst/></a:theme>'
  );
}
