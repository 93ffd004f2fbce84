// An organiser's PowerPoint template written by hand for the tests: a slide master of its own (a coloured band, an
// emblem picture, a link to the web), its theme's own colours and faces, the layouts asked for (each with the
// placeholders PowerPoint gives that kind), and an example slide that must never reach a talk's PowerPoint.
import { png } from './pictures.ts';
import { GROUP, NS, PML, layoutIdList, templatePackage } from './template-package.ts';

export type Kind = 'title' | 'secHead' | 'obj' | 'twoObj' | 'titleOnly' | 'blank';
export const ALL_KINDS: Kind[] = ['title', 'secHead', 'obj', 'twoObj', 'titleOnly', 'blank'];

/** The template's colours: a blue organisation, not any theme of ours. */
export const TEMPLATE_COLOURS = {
  dk1: '1A1A2E',
  lt1: 'F7FAFF',
  dk2: '0B3D91',
  lt2: 'DCE6F5',
  accent1: '1F6FD1',
  accent2: 'E08A00',
};

function placeholder(id: number, type: string | undefined, idx: number, box: [number, number, number, number]): string {
  const ph = `<p:ph${type ? ` type="${type}"` : ''}${idx ? ` idx="${idx}"` : ''}/>`;
  return `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="P${id}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>${ph}</p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="${box[0]}" y="${box[1]}"/><a:ext cx="${box[2]}" cy="${box[3]}"/></a:xfrm></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="zh-CN"/></a:p></p:txBody></p:sp>`;
}

const PLACEHOLDERS: Record<Kind, Array<[string | undefined, number]>> = {
  title: [
    ['ctrTitle', 0],
    ['subTitle', 1],
  ],
  secHead: [
    ['title', 0],
    ['body', 1],
  ],
  obj: [
    ['title', 0],
    [undefined, 1],
  ],
  twoObj: [
    ['title', 0],
    [undefined, 1],
    [undefined, 2],
  ],
  titleOnly: [['title', 0]],
  blank: [],
};

function layoutXml(kind: Kind): string {
  const shapes = PLACEHOLDERS[kind]
    .map(([type, idx], i) => placeholder(i + 2, type, idx, [457200, 457200 + i * 1600000, 8229600, 1400000]))
    .join('');
  return `<p:sldLayout ${NS} type="${kind}" preserve="1"><p:cSld name="Org ${kind}"><p:spTree>${GROUP}${shapes}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>`;
}

function themeXml(): string {
  const c = TEMPLATE_COLOURS;
  const scheme = [
    ['dk1', c.dk1],
    ['lt1', c.lt1],
    ['dk2', c.dk2],
    ['lt2', c.lt2],
    ['accent1', c.accent1],
    ['accent2', c.accent2],
    ['accent3', '5B9B3A'],
    ['accent4', '7A4EA3'],
    ['accent5', '2AA1B3'],
    ['accent6', 'C0392B'],
    ['hlink', '0563C1'],
    ['folHlink', '954F72'],
  ]
    .map(([name, hex]) => `<a:${name}><a:srgbClr val="${hex}"/></a:${name}>`)
    .join('');
  const font = (tag: string) =>
    `<a:${tag}><a:latin typeface="Georgia"/><a:ea typeface="KaiTi"/><a:cs typeface=""/></a:${tag}>`;
  const fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>';
  const line = `<a:ln w="9525">${fill}</a:ln>`;
  return `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Organiser"><a:themeElements><a:clrScheme name="Organiser Blue">${scheme}</a:clrScheme><a:fontScheme name="Organiser">${font('majorFont')}${font('minorFont')}</a:fontScheme><a:fmtScheme name="Organiser"><a:fillStyleLst>${fill}${fill}${fill}</a:fillStyleLst><a:lnStyleLst>${line}${line}${line}</a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst>${fill}${fill}${fill}</a:bgFillStyleLst></a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>`;
}

export interface TemplateOptions {
  kinds?: Kind[];
  /** Written as a template (.potx) rather than a presentation. */
  potx?: boolean;
  /** Declared macro-enabled, with a VBA project. */
  macro?: boolean;
  /** The slide size in EMU (default 10 × 5.625 inches, smaller than ours). */
  size?: { cx: number; cy: number };
}

export function makeTemplate({
  kinds = ALL_KINDS,
  potx = false,
  macro = false,
  size = { cx: 9144000, cy: 5143500 },
}: TemplateOptions = {}): Uint8Array {
  const band = `<p:sp><p:nvSpPr><p:cNvPr id="20" name="Band"><a:hlinkClick r:id="rId90"/></p:cNvPr><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${size.cx}" cy="360000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:schemeClr val="accent1"/></a:solidFill></p:spPr></p:sp>`;
  const emblem = `<p:pic><p:nvPicPr><p:cNvPr id="21" name="Emblem"/><p:cNvPicPr/><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed="rId91"/><a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr><a:xfrm><a:off x="${size.cx - 700000}" y="30000"/><a:ext cx="300000" cy="300000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>`;
  const titles =
    placeholder(2, 'title', 0, [457200, 457200, 8229600, 1000000]) +
    placeholder(3, 'body', 1, [457200, 1600000, 8229600, 3000000]);
  return templatePackage({
    mainType: macro
      ? 'application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml'
      : `${PML}.${potx ? 'template' : 'presentation'}.main+xml`,
    size,
    master:
      `<p:sldMaster ${NS}><p:cSld><p:bg><p:bgPr><a:solidFill><a:schemeClr val="bg1"/></a:solidFill><a:effectLst/></p:bgPr></p:bg><p:spTree>${GROUP}${band}${emblem}${titles}</p:spTree></p:cSld>` +
      '<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>' +
      `${layoutIdList(kinds.length)}<p:txStyles><p:titleStyle/><p:bodyStyle/><p:otherStyle/></p:txStyles></p:sldMaster>`,
    masterRelations: [
      ['rId90', 'hyperlink', 'https://example.org/tracker', true],
      ['rId91', 'image', '../media/emblem.png'],
    ],
    layouts: kinds.map((kind) => ({ xml: layoutXml(kind) })),
    theme: themeXml(),
    emblem: png(64, 64),
    slide: {
      shapes: placeholder(2, 'ctrTitle', 0, [0, 0, 100, 100]).replace(
        '<a:p><a:endParaRPr lang="zh-CN"/></a:p>',
        '<a:p><a:r><a:t>模板示例页</a:t></a:r></a:p>',
      ),
      layout: 1,
    },
    ...(macro ? { extra: { 'ppt/vbaProject.bin': new Uint8Array([1, 2, 3]) } } : {}),
  });
}
