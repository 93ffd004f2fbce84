// `ppt/presentation.xml` and the small parts beside it (presentation and view properties, table styles): the slide
// size, the slides in order, the masters, and one section per part of the talk.
import { createHash } from 'node:crypto';
import { escapeXml } from '../drawingml.ts';
import { NAMESPACES, P14 } from './namespaces.ts';

export interface PresentationIds {
  /** Each slide master's relationship id and its id (≥ 2^31, unique among masters and layouts). */
  masters: Array<{ rId: string; id: number }>;
  notesMaster: string;
  /** Each slide's relationship id, in order; slides are numbered 256, 257… */
  slides: string[];
}

export interface Section {
  title: string;
  /** 0-based indices of the section's slides. */
  slides: number[];
}

/** The first slide's id: ids below 256 are reserved. */
const FIRST_SLIDE_ID = 256;

/** A portrait notes page, as PowerPoint makes it: 7.5 × 10 in. */
const NOTES_SIZE = '<p:notesSz cx="6858000" cy="9144000"/>';

export function presentationXml(size: { cx: number; cy: number }, ids: PresentationIds, sections: Section[]): string {
  const slides = ids.slides.map((rId, i) => `<p:sldId id="${FIRST_SLIDE_ID + i}" r:id="${rId}"/>`).join('');
  const sectionList = sections
    .map((section, i) => {
      const members = section.slides.map((index) => `<p14:sldId id="${FIRST_SLIDE_ID + index}"/>`).join('');
      return `<p14:section name="${escapeXml(section.title)}" id="${guid(`${i} ${section.title}`)}"><p14:sldIdLst>${members}</p14:sldIdLst></p14:section>`;
    })
    .join('');
  return (
    `<p:presentation ${NAMESPACES} saveSubsetFonts="1">` +
    `<p:sldMasterIdLst>${ids.masters.map((master) => `<p:sldMasterId id="${master.id}" r:id="${master.rId}"/>`).join('')}</p:sldMasterIdLst>` +
    `<p:notesMasterIdLst><p:notesMasterId r:id="${ids.notesMaster}"/></p:notesMasterIdLst>` +
    `<p:sldIdLst>${slides}</p:sldIdLst>` +
    `<p:sldSz cx="${size.cx}" cy="${size.cy}"/>${NOTES_SIZE}` +
    '<p:defaultTextStyle><a:defPPr><a:defRPr lang="zh-CN"/></a:defPPr></p:defaultTextStyle>' +
    (sections.length
      ? `<p:extLst><p:ext uri="{521415D9-36F7-43E2-AB2F-B90AF26B5E84}"><p14:sectionLst xmlns:p14="${P14}">${sectionList}</p14:sectionLst></p:ext></p:extLst>`
      : '') +
    '</p:presentation>'
  );
}

/** A GUID made from `seed`: the same deck gets the same section ids. */
function guid(seed: string): string {
  const hex = createHash('sha1').update(seed).digest('hex').toUpperCase();
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}}`;
}

export const PRESENTATION_PROPERTIES_XML = `<p:presentationPr ${NAMESPACES}/>`;

export const VIEW_PROPERTIES_XML =
  `<p:viewPr ${NAMESPACES}><p:normalViewPr horzBarState="maximized"><p:restoredLeft sz="15611"/><p:restoredTop sz="94610"/></p:normalViewPr>` +
  '<p:slideViewPr><p:cSldViewPr snapToGrid="0" snapToObjects="1"><p:cViewPr varScale="1"><p:scale><a:sx n="100" d="100"/><a:sy n="100" d="100"/></p:scale>' +
  '<p:origin x="0" y="0"/></p:cViewPr><p:guideLst/></p:cSldViewPr></p:slideViewPr>' +
  '<p:gridSpacing cx="76200" cy="76200"/></p:viewPr>';

/** No table styles of our own: every table's cells say how they are drawn. The default names PowerPoint's
 *  "Medium Style 2 – Accent 1", which every reader knows. */
export const TABLE_STYLES_XML =
  '<a:tblStyleLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>';
