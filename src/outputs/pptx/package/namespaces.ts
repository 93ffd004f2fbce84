// The XML namespaces of PresentationML parts, declared on each part's root element.

export const NAMESPACES =
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';

/** PowerPoint 2010's extensions (sections). */
export const P14 = 'http://schemas.microsoft.com/office/powerpoint/2010/main';

/** The colour map of masters: background and text colours are the theme's light 1 and dark 1. */
export const COLOUR_MAP =
  'bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" ' +
  'accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"';
