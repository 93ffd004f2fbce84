// The document's properties: title, speaker and event in `docProps/core.xml`, where the file dialogs of Windows and
// the readers show them; the application and the slide count in `docProps/app.xml`.
import { escapeXml } from '../drawingml.ts';

export interface DocumentProperties {
  title: string;
  subject: string;
  author: string;
  company: string;
  slides: number;
  /** The aspect, as PowerPoint names the slide size: "On-screen Show (16:9)". */
  format: string;
  created: Date;
}

export function corePropertiesXml(properties: DocumentProperties): string {
  const when = properties.created.toISOString().replace(/\.\d+Z$/, 'Z');
  return (
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(properties.title)}</dc:title><dc:subject>${escapeXml(properties.subject)}</dc:subject>` +
    `<dc:creator>${escapeXml(properties.author)}</dc:creator><cp:lastModifiedBy>${escapeXml(properties.author)}</cp:lastModifiedBy>` +
    `<cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`
  );
}

export function appPropertiesXml(properties: DocumentProperties): string {
  return (
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    `<TotalTime>0</TotalTime><Application>speechdeck</Application><PresentationFormat>${escapeXml(properties.format)}</PresentationFormat>` +
    `<Slides>${properties.slides}</Slides><Notes>${properties.slides}</Notes><HiddenSlides>0</HiddenSlides><MMClips>0</MMClips><ScaleCrop>false</ScaleCrop>` +
    `<Company>${escapeXml(properties.company)}</Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>` +
    '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>'
  );
}
