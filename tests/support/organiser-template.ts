// Organisers' templates as they are sent: a master whose text styles set the title's colour and size (white on a dark
// title bar, or dark blue over a rule on a light page), a footer bar or line with its date, footer and slide-number
// placeholders, an emblem, and a title slide of its own design — written by hand, to be saved again by LibreOffice.
import { png } from './pictures.ts';
import { GROUP, NS, PML, layoutIdList, templatePackage } from './template-package.ts';
import type { Relation } from './template-package.ts';

export type OrganiserStyle = 'bar' | 'light';

export interface OrganiserOptions {
  style: OrganiserStyle;
  /** The slide size in EMU (default 16:9, 33.867 × 19.05 cm). */
  size?: { cx: number; cy: number };
  /** The placeholders' indices: the date's, the footer's and the slide number's (PowerPoint's 10, 11, 12 by default;
   *  other programs number them otherwise), and the section layout's text (1). */
  idx?: { dt: number; ftr: number; sldNum: number; section: number };
}

/** The colours: a navy and red organisation (the bar), or a teal one on white (light). */
export const ORGANISER_COLOURS: Record<OrganiserStyle, Record<string, string>> = {
  bar: { dk1: '222222', lt1: 'FFFFFF', dk2: '12305E', lt2: 'E9EEF6', accent1: '12305E', accent2: 'C8102E' },
  light: { dk1: '1F2933', lt1: 'FFFFFF', dk2: '0E6E6E', lt2: 'EEF5F5', accent1: '0E8C8C', accent2: 'D4A017' },
};

type Box = [number, number, number, number];
const fill = (scheme: string) => `<a:solidFill><a:schemeClr val="${scheme}"/></a:solidFill>`;

function rect(id: number, name: string, box: Box, scheme: string): string {
  return `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${name}"/><p:cNvSpPr/><p:nvPr userDrawn="1"/></p:nvSpPr><p:spPr><a:xfrm><a:off x="${box[0]}" y="${box[1]}"/><a:ext cx="${box[2]}" cy="${box[3]}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>${fill(scheme)}<a:ln><a:noFill/></a:ln></p:spPr></p:sp>`;
}

function picture(id: number, box: Box): string {
  return `<p:pic><p:nvPicPr><p:cNvPr id="${id}" name="Emblem"/><p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr userDrawn="1"/></p:nvPicPr><p:blipFill><a:blip r:embed="rIdEmblem"/><a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr><a:xfrm><a:off x="${box[0]}" y="${box[1]}"/><a:ext cx="${box[2]}" cy="${box[3]}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>`;
}

/** A placeholder; its box and list style only where given (a layout's placeholder without a box takes the master's). */
function placeholder(
  id: number,
  type: string | undefined,
  idx: number,
  box?: Box,
  { anchor, listStyle = '', text = '' }: { anchor?: string; listStyle?: string; text?: string } = {},
): string {
  const ph = `<p:ph${type ? ` type="${type}"` : ''}${type === 'dt' || type === 'ftr' || type === 'sldNum' ? ' sz="quarter"' : ''}${idx ? ` idx="${idx}"` : ''}/>`;
  const xfrm = box
    ? `<a:xfrm><a:off x="${box[0]}" y="${box[1]}"/><a:ext cx="${box[2]}" cy="${box[3]}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>`
    : '';
  const paragraph =
    type === 'sldNum'
      ? `<a:p><a:fld id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}" type="slidenum"><a:rPr lang="zh-CN"/><a:t>‹#›</a:t></a:fld><a:endParaRPr lang="zh-CN"/></a:p>`
      : `<a:p>${text ? `<a:r><a:rPr lang="zh-CN"/><a:t>${text}</a:t></a:r>` : ''}<a:endParaRPr lang="zh-CN"/></a:p>`;
  return `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${type ?? 'Content'} ${id}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>${ph}</p:nvPr></p:nvSpPr><p:spPr>${xfrm}</p:spPr><p:txBody><a:bodyPr${anchor ? ` anchor="${anchor}"` : ''}/><a:lstStyle>${listStyle}</a:lstStyle>${paragraph}</p:txBody></p:sp>`;
}

/** A level-one paragraph style: alignment, size in points, colour, bold. */
function level(align: string, size: number, scheme: string, bold = false): string {
  return (
    `<a:lvl1pPr algn="${align}">` +
    `<a:defRPr sz="${size * 100}"${bold ? ' b="1"' : ''}>${fill(scheme)}</a:defRPr></a:lvl1pPr>`
  );
}

/** Where each style puts its parts, in EMU of the slide size. */
function geometry(style: OrganiserStyle, { cx: W, cy: H }: { cx: number; cy: number }) {
  const r = (x: number, y: number, w: number, h: number): Box => [
    Math.round(x * W),
    Math.round(y * H),
    Math.round(w * W),
    Math.round(h * H),
  ];
  const emblem = Math.round(0.1 * H);
  if (style === 'bar')
    return {
      decorations: [
        rect(10, 'Title bar', r(0, 0, 1, 0.15), 'tx2'),
        rect(11, 'Red rule', r(0, 0.15, 1, 0.008), 'accent2'),
        rect(12, 'Footer bar', r(0, 0.93, 1, 0.07), 'tx2'),
        picture(13, [W - emblem - Math.round(0.025 * W), Math.round(0.025 * H), emblem, emblem]),
      ].join(''),
      title: r(0.04, 0.015, 0.8, 0.12),
      body: r(0.05, 0.2, 0.9, 0.69),
      date: r(0.04, 0.935, 0.2, 0.06),
      footer: r(0.3, 0.935, 0.4, 0.06),
      number: r(0.76, 0.935, 0.2, 0.06),
      titleStyle: level('l', 28, 'bg1', true),
      footerScheme: 'bg1',
      // The title slide: navy all over, the emblem above a white title, the red rule under it.
      cover: {
        background: 'tx2',
        shapes: [
          picture(13, [
            Math.round((W - 1.6 * emblem) / 2),
            Math.round(0.1 * H),
            Math.round(1.6 * emblem),
            Math.round(1.6 * emblem),
          ]),
          rect(11, 'Red rule', r(0.3, 0.56, 0.4, 0.008), 'accent2'),
        ].join(''),
        title: r(0.08, 0.3, 0.84, 0.24),
        subtitle: r(0.1, 0.6, 0.8, 0.22),
        titleStyle: level('ctr', 40, 'bg1', true),
        subtitleStyle: level('ctr', 20, 'bg2'),
      },
    };
  return {
    decorations: [
      rect(11, 'Title rule', r(0.04, 0.16, 0.92, 0.004), 'accent1'),
      rect(12, 'Footer line', r(0.04, 0.925, 0.92, 0.002), 'accent2'),
      picture(13, [W - emblem - Math.round(0.04 * W), Math.round(0.03 * H), emblem, emblem]),
    ].join(''),
    title: r(0.04, 0.03, 0.78, 0.12),
    body: r(0.04, 0.2, 0.92, 0.7),
    date: r(0.04, 0.935, 0.2, 0.05),
    footer: r(0.3, 0.935, 0.4, 0.05),
    number: r(0.76, 0.935, 0.2, 0.05),
    titleStyle: level('l', 30, 'tx2', true),
    footerScheme: 'tx2',
    cover: {
      background: 'bg2',
      shapes: [
        picture(13, [Math.round(0.04 * W), Math.round(0.05 * H), Math.round(1.2 * emblem), Math.round(1.2 * emblem)]),
        rect(11, 'Cover rule', r(0.08, 0.58, 0.3, 0.01), 'accent2'),
      ].join(''),
      title: r(0.08, 0.3, 0.84, 0.26),
      subtitle: r(0.08, 0.62, 0.84, 0.2),
      titleStyle: level('l', 40, 'tx2', true),
      subtitleStyle: level('l', 20, 'tx1'),
    },
  };
}

const LAYOUTS = ['title', 'secHead', 'obj', 'twoObj', 'titleOnly', 'blank'] as const;

export function makeOrganiserTemplate({
  style,
  size = { cx: 12192000, cy: 6858000 },
  idx = { dt: 10, ftr: 11, sldNum: 12, section: 1 },
}: OrganiserOptions): Uint8Array {
  const g = geometry(style, size);
  const colours = ORGANISER_COLOURS[style];
  const footerStyle = level('ctr', 12, g.footerScheme);
  const footers = (first: number, own = false) =>
    placeholder(first, 'dt', idx.dt, own ? g.date : undefined, {
      listStyle: own ? level('l', 12, g.footerScheme) : '',
    }) +
    placeholder(first + 1, 'ftr', idx.ftr, own ? g.footer : undefined, { listStyle: own ? footerStyle : '' }) +
    placeholder(first + 2, 'sldNum', idx.sldNum, own ? g.number : undefined, {
      listStyle: own ? level('r', 12, g.footerScheme) : '',
    });

  const bodyStyle =
    `<a:lvl1pPr marL="342900" indent="-342900" algn="l"><a:buFont typeface="Arial"/><a:buChar char="•"/><a:defRPr sz="2400">${fill('tx1')}</a:defRPr></a:lvl1pPr>` +
    `<a:lvl2pPr marL="742950" indent="-285750" algn="l"><a:buFont typeface="Arial"/><a:buChar char="–"/><a:defRPr sz="2000">${fill('tx1')}</a:defRPr></a:lvl2pPr>`;
  const master =
    `<p:sldMaster ${NS}><p:cSld><p:bg><p:bgPr>${fill('bg1')}<a:effectLst/></p:bgPr></p:bg><p:spTree>${GROUP}${g.decorations}` +
    placeholder(2, 'title', 0, g.title, { anchor: 'ctr', text: '单击此处编辑母版标题样式' }) +
    placeholder(3, 'body', 1, g.body, { text: '单击此处编辑母版文本样式' }) +
    footers(4, true) +
    `</p:spTree></p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>` +
    layoutIdList(LAYOUTS.length) +
    `<p:txStyles><p:titleStyle>${g.titleStyle.replace('<a:defRPr', '<a:defRPr').replace('</a:defRPr>', '<a:latin typeface="+mj-lt"/><a:ea typeface="+mj-ea"/></a:defRPr>')}</p:titleStyle><p:bodyStyle>${bodyStyle}</p:bodyStyle><p:otherStyle>${level('l', 18, 'tx1')}</p:otherStyle></p:txStyles></p:sldMaster>`;
  const layoutShapes: Record<(typeof LAYOUTS)[number], string> = {
    title:
      g.cover.shapes +
      placeholder(2, 'ctrTitle', 0, g.cover.title, { anchor: 'ctr', listStyle: g.cover.titleStyle }) +
      placeholder(3, 'subTitle', 1, g.cover.subtitle, {
        listStyle: g.cover.subtitleStyle
          .replace('<a:lvl1pPr', '<a:lvl1pPr marL="0" indent="0"')
          .replace('<a:defRPr', '<a:buNone/><a:defRPr'),
      }) +
      footers(5),
    secHead:
      placeholder(2, 'title', 0, [g.body[0], Math.round(size.cy * 0.36), g.body[2], Math.round(size.cy * 0.18)], {
        anchor: 'b',
      }) +
      placeholder(3, 'body', idx.section, [
        g.body[0],
        Math.round(size.cy * 0.56),
        g.body[2],
        Math.round(size.cy * 0.12),
      ]) +
      footers(4),
    obj: placeholder(2, 'title', 0) + placeholder(3, undefined, 1) + footers(4),
    twoObj:
      placeholder(2, 'title', 0) +
      placeholder(3, undefined, 1, [g.body[0], g.body[1], Math.round(g.body[2] * 0.48), g.body[3]]) +
      placeholder(4, undefined, 2, [
        g.body[0] + Math.round(g.body[2] * 0.52),
        g.body[1],
        Math.round(g.body[2] * 0.48),
        g.body[3],
      ]) +
      footers(5),
    titleOnly: placeholder(2, 'title', 0) + footers(3),
    blank: footers(2),
  };
  const layouts = LAYOUTS.map((kind) => {
    const cover = kind === 'title';
    const background = cover ? `<p:bg><p:bgPr>${fill(g.cover.background)}<a:effectLst/></p:bgPr></p:bg>` : '';
    return {
      xml: `<p:sldLayout ${NS} type="${kind}" preserve="1"${cover ? ' showMasterSp="0"' : ''}><p:cSld name="${{ title: '标题幻灯片', secHead: '节标题', obj: '标题和内容', twoObj: '两栏内容', titleOnly: '仅标题', blank: '空白' }[kind]}">${background}<p:spTree>${GROUP}${layoutShapes[kind]}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>`,
      relations: cover ? [['rIdEmblem', 'image', '../media/emblem.png'] as Relation] : [],
    };
  });
  const scheme = Object.entries({
    ...colours,
    accent3: '5B9B3A',
    accent4: '7A4EA3',
    accent5: '2AA1B3',
    accent6: 'C0392B',
    hlink: '0563C1',
    folHlink: '954F72',
  })
    .map(([name, hex]) => `<a:${name}><a:srgbClr val="${hex}"/></a:${name}>`)
    .join('');
  const font = (tag: string, ea: string) =>
    `<a:${tag}><a:latin typeface="Arial"/><a:ea typeface="${ea}"/><a:cs typeface=""/></a:${tag}>`;
  const phFill = fill('phClr');
  const line = `<a:ln w="9525">${phFill}</a:ln>`;
  return templatePackage({
    mainType: `${PML}.presentation.main+xml`,
    size,
    master,
    masterRelations: [['rIdEmblem', 'image', '../media/emblem.png']],
    layouts,
    theme: `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Organiser"><a:themeElements><a:clrScheme name="Organiser">${scheme}</a:clrScheme><a:fontScheme name="Organiser">${font('majorFont', '黑体')}${font('minorFont', '微软雅黑')}</a:fontScheme><a:fmtScheme name="Organiser"><a:fillStyleLst>${phFill}${phFill}${phFill}</a:fillStyleLst><a:lnStyleLst>${line}${line}${line}</a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst>${phFill}${phFill}${phFill}</a:bgFillStyleLst></a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>`,
    emblem: png(96, 96),
    slide: { shapes: placeholder(2, 'title', 0, undefined, { text: '模板示例页' }), layout: 3 },
  });
}
