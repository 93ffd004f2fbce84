// The slide master, its layouts and the notes master as PresentationML: what every slide of a kind shares (its
// background, its chrome, its placeholders) and how text typed later in PowerPoint or WPS looks.
import { COLOUR_MAP, NAMESPACES } from './namespaces.ts';

/** Ids of the slide master and its layouts: from 2^31 up, unique among them. */
export const MASTER_ID = 2147483648;

/** A background: a fill (`<a:solidFill>`, `<a:gradFill>`) with the effect list CT_BackgroundProperties requires. */
function backgroundXml(fillXml: string): string {
  return `<p:bg><p:bgPr>${fillXml}<a:effectLst/></p:bgPr></p:bg>`;
}

/** The slide master: its background, its layouts by relationship id, and its text styles (`<p:txStyles>`); `id` is
 *  the master's own id, its layouts numbered after it (ids are unique among every master and layout). */
export function slideMasterXml(
  backgroundFill: string,
  layoutRelationships: string[],
  textStyles: string,
  id: number = MASTER_ID,
): string {
  const layouts = layoutRelationships.map((rId, i) => `<p:sldLayoutId id="${id + 1 + i}" r:id="${rId}"/>`).join('');
  return (
    `<p:sldMaster ${NAMESPACES}><p:cSld>${backgroundXml(backgroundFill)}${EMPTY_TREE}</p:cSld>` +
    `<p:clrMap ${COLOUR_MAP}/><p:sldLayoutIdLst>${layouts}</p:sldLayoutIdLst>` +
    `<p:hf sldNum="0" hdr="0" ftr="0" dt="0"/>${textStyles}</p:sldMaster>`
  );
}

/** A layout named `name` (as the layout gallery shows it) with its background and shape tree. */
export function slideLayoutXml(name: string, backgroundFill: string, shapeTree: string): string {
  return (
    `<p:sldLayout ${NAMESPACES} preserve="1" userDrawn="1"><p:cSld name="${name}">${backgroundXml(backgroundFill)}${shapeTree}</p:cSld>` +
    '<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>'
  );
}

const EMPTY_TREE =
  '<p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>' +
  '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr></p:spTree>';

/** A placeholder of the notes master (header, date, slide image, notes, footer, number), as PowerPoint writes them. */
function notesPlaceholder(
  id: number,
  name: string,
  ph: string,
  box: [number, number, number, number],
  body: string,
  locks = 'noGrp="1"',
): string {
  const [x, y, cx, cy] = box;
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${name}"/><p:cNvSpPr><a:spLocks ${locks}/></p:cNvSpPr><p:nvPr>${ph}</p:nvPr></p:nvSpPr>` +
    `<p:spPr><a:xfrm><a:off x="${x}" y="${y}"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>` +
    `${ph.includes('sldImg') ? '<a:noFill/><a:ln w="12700"><a:solidFill><a:prstClr val="black"/></a:solidFill></a:ln>' : ''}</p:spPr>` +
    `<p:txBody><a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0"/>${body}</p:txBody></p:sp>`
  );
}

/**
 * The notes master: the slide's picture above (`slideImage` in EMU, for the deck's aspect), the notes below, the
 * page number; `numberRun` the page number's run properties; `notesStyle` the notes' text style.
 */
export function notesMasterXml(
  slideImage: { x: number; y: number; cx: number; cy: number },
  numberRun: string,
  notesStyle: string,
): string {
  const empty = (align: string) =>
    `<a:lstStyle><a:lvl1pPr algn="${align}"><a:defRPr sz="1200"/></a:lvl1pPr></a:lstStyle><a:p><a:endParaRPr lang="zh-CN"/></a:p>`;
  const { x, y, cx, cy } = slideImage;
  const shapes = [
    notesPlaceholder(2, 'Header Placeholder 1', '<p:ph type="hdr" sz="quarter"/>', [0, 0, 2971800, 458788], empty('l')),
    notesPlaceholder(3, 'Date Placeholder 2', '<p:ph type="dt" idx="1"/>', [3884613, 0, 2971800, 458788], empty('r')),
    notesPlaceholder(
      4,
      'Slide Image Placeholder 3',
      '<p:ph type="sldImg" idx="2"/>',
      [x, y, cx, cy],
      '<a:lstStyle/><a:p><a:endParaRPr lang="zh-CN"/></a:p>',
      'noGrp="1" noRot="1" noChangeAspect="1"',
    ),
    notesPlaceholder(
      5,
      'Notes Placeholder 4',
      '<p:ph type="body" sz="quarter" idx="3"/>',
      [685800, 4400550, 5486400, 3600450],
      '<a:lstStyle/><a:p><a:pPr lvl="0"/><a:endParaRPr lang="zh-CN"/></a:p>',
    ),
    notesPlaceholder(
      6,
      'Footer Placeholder 5',
      '<p:ph type="ftr" sz="quarter" idx="4"/>',
      [0, 8685213, 2971800, 458787],
      empty('l'),
    ),
    notesPlaceholder(
      7,
      'Slide Number Placeholder 6',
      '<p:ph type="sldNum" sz="quarter" idx="5"/>',
      [3884613, 8685213, 2971800, 458787],
      `<a:lstStyle><a:lvl1pPr algn="r"><a:defRPr sz="1200"/></a:lvl1pPr></a:lstStyle><a:p><a:fld id="{CE5E9CC1-C706-0F49-92D6-E571CC5EEA8F}" type="slidenum">${numberRun}<a:t>‹#›</a:t></a:fld><a:endParaRPr lang="zh-CN"/></a:p>`,
    ),
  ];
  return (
    `<p:notesMaster ${NAMESPACES}><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg>` +
    `${EMPTY_TREE.replace('</p:spTree>', `${shapes.join('')}</p:spTree>`)}</p:cSld>` +
    `<p:clrMap ${COLOUR_MAP}/><p:notesStyle>${notesStyle}</p:notesStyle></p:notesMaster>`
  );
}

/** A slide's notes page: the slide's picture, the notes (`bodyXml`, inside `<p:txBody>`), the page number. */
export function notesSlideXml(bodyXml: string, number: number, numberRun: string): string {
  return `<p:notes ${NAMESPACES}><p:cSld>${EMPTY_TREE.replace(
    '</p:spTree>',
    '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>' +
      `<p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody>${bodyXml}</p:txBody></p:sp>` +
      '<p:sp><p:nvSpPr><p:cNvPr id="4" name="Slide Number Placeholder 3"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldNum" sz="quarter" idx="5"/></p:nvPr></p:nvSpPr><p:spPr/>' +
      `<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:fld id="{F7021451-1387-4CA6-816F-3879F97B5CBC}" type="slidenum">${numberRun}<a:t>${number}</a:t></a:fld><a:endParaRPr lang="zh-CN"/></a:p></p:txBody></p:sp></p:spTree>`,
  )}</p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>`;
}
