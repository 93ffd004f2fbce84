// The package around a test template's slide master: its content types, the package's and the presentation's
// relationships, presentation.xml, the master and its layouts with their relationships, the theme, the emblem and one
// example slide. tests/support/template.ts and organiser-template.ts give only what their masters and layouts hold.
import { strToU8, zipSync } from 'fflate';

export const NS =
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';
export const PML = 'application/vnd.openxmlformats-officedocument.presentationml';
/** A shape tree's own group properties, which every `<p:spTree>` opens with. */
export const GROUP =
  '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A relationship: its id, its type (after the officeDocument relationships' namespace), target, and whether the
 *  target is outside the package. */
export type Relation = [id: string, type: string, target: string, external?: boolean];

export interface TemplateParts {
  /** presentation.xml's content type (a presentation, a template, macro-enabled). */
  mainType: string;
  size: { cx: number; cy: number };
  /** slideMaster1.xml; its relationships to the layouts (rId1…) and the theme (rId80) are written here, `masterRelations`
   *  are added after them. */
  master: string;
  masterRelations: Relation[];
  /** Each layout's XML, and its relationships besides the one to the master (rId1). */
  layouts: Array<{ xml: string; relations?: Relation[] }>;
  theme: string;
  /** ppt/media/emblem.png. */
  emblem: Uint8Array;
  /** The example slide's shapes (after GROUP) and the number of its layout. */
  slide: { shapes: string; layout: number };
  /** Other parts as they are (a VBA project). */
  extra?: Record<string, Uint8Array>;
}

function relationships(entries: readonly Relation[]): string {
  return `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${entries
    .map(
      ([id, type, target, external]) =>
        `<Relationship Id="${id}" Type="${R}/${type}" Target="${target}"${external ? ' TargetMode="External"' : ''}/>`,
    )
    .join('')}</Relationships>`;
}

export function templatePackage(parts: TemplateParts): Uint8Array {
  const { size, layouts } = parts;
  const files: Record<string, Uint8Array> = {};
  const put = (name: string, text: string) => (files[name] = strToU8(text));
  put(
    '[Content_Types].xml',
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>` +
      `<Override PartName="/ppt/presentation.xml" ContentType="${parts.mainType}"/><Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="${PML}.slideMaster+xml"/>` +
      layouts
        .map(
          (_, i) =>
            `<Override PartName="/ppt/slideLayouts/slideLayout${i + 1}.xml" ContentType="${PML}.slideLayout+xml"/>`,
        )
        .join('') +
      `<Override PartName="/ppt/slides/slide1.xml" ContentType="${PML}.slide+xml"/><Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/></Types>`,
  );
  put('_rels/.rels', relationships([['rId1', 'officeDocument', 'ppt/presentation.xml']]));
  put(
    'ppt/presentation.xml',
    `${DECL}<p:presentation ${NS}><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst><p:sldIdLst><p:sldId id="256" r:id="rId2"/></p:sldIdLst><p:sldSz cx="${size.cx}" cy="${size.cy}"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>`,
  );
  put(
    'ppt/_rels/presentation.xml.rels',
    relationships([
      ['rId1', 'slideMaster', 'slideMasters/slideMaster1.xml'],
      ['rId2', 'slide', 'slides/slide1.xml'],
      ['rId3', 'theme', 'theme/theme1.xml'],
    ]),
  );
  put('ppt/slideMasters/slideMaster1.xml', DECL + parts.master);
  put(
    'ppt/slideMasters/_rels/slideMaster1.xml.rels',
    relationships([
      ...layouts.map((_, i): Relation => [`rId${i + 1}`, 'slideLayout', `../slideLayouts/slideLayout${i + 1}.xml`]),
      ['rId80', 'theme', '../theme/theme1.xml'],
      ...parts.masterRelations,
    ]),
  );
  layouts.forEach(({ xml, relations = [] }, i) => {
    put(`ppt/slideLayouts/slideLayout${i + 1}.xml`, DECL + xml);
    put(
      `ppt/slideLayouts/_rels/slideLayout${i + 1}.xml.rels`,
      relationships([['rId1', 'slideMaster', '../slideMasters/slideMaster1.xml'], ...relations]),
    );
  });
  put('ppt/theme/theme1.xml', DECL + parts.theme);
  files['ppt/media/emblem.png'] = parts.emblem;
  put(
    'ppt/slides/slide1.xml',
    `${DECL}<p:sld ${NS}><p:cSld><p:spTree>${GROUP}${parts.slide.shapes}</p:spTree></p:cSld></p:sld>`,
  );
  put(
    'ppt/slides/_rels/slide1.xml.rels',
    relationships([['rId1', 'slideLayout', `../slideLayouts/slideLayout${parts.slide.layout}.xml`]]),
  );
  Object.assign(files, parts.extra);
  return zipSync(files);
}

/** The slide master's `<p:sldLayoutIdLst>` of `count` layouts (rId1…). */
export function layoutIdList(count: number): string {
  return `<p:sldLayoutIdLst>${Array.from({ length: count }, (_, i) => `<p:sldLayoutId id="${2147483649 + i}" r:id="rId${i + 1}"/>`).join('')}</p:sldLayoutIdLst>`;
}
