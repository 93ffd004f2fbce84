// The typefaces the PowerPoint names: faces a meeting-room PC with Chinese Windows, Office or WPS already has, since a
// .pptx cannot carry the deck's Noto fonts the way the HTML deck and the PDFs do.

/** A face as DrawingML names it: its family, and the hints a reader uses to substitute it where it is missing. */
export interface Typeface {
  typeface: string;
  /** PANOSE family and pitch: 2 roman (serif), 34 swiss (sans), 49 modern (mono). */
  pitchFamily: number;
  /** Windows character set: -122 is GB2312 (Simplified Chinese), 0 ANSI (Latin). */
  charset: number;
}

/** The pair a run names: the face for Latin letters and digits, and the face for Chinese (`<a:latin>`, `<a:ea>`). */
export interface Face {
  latin: Typeface;
  eastAsian: Typeface;
}

/** 微软雅黑 (Microsoft YaHei): on every Simplified Chinese Windows since Vista and WPS's default; it has a bold and
 *  its own Latin letters. The closest installed relative of the deck's Noto Sans SC. */
const YAHEI: Typeface = { typeface: '微软雅黑', pitchFamily: 34, charset: -122 };
/** 宋体 (SimSun): on every Chinese Windows and bundled with WPS, the serif of official documents; the closest face
 *  to the deck's Noto Serif SC titles that is certain to be there (华文中宋 comes only with some Office installs). */
const SONGTI: Typeface = { typeface: '宋体', pitchFamily: 2, charset: -122 };
/** Times New Roman: the Latin partner of 宋体 in Chinese official documents; SimSun's own Latin letters are thin. */
const TIMES: Typeface = { typeface: 'Times New Roman', pitchFamily: 18, charset: 0 };
const CONSOLAS: Typeface = { typeface: 'Consolas', pitchFamily: 49, charset: 0 };

/** SimSun-ExtB (宋体-ExtB): the face Windows has (since Vista) for CJK Extension B, the rare characters of names (𠮷)
 *  that 微软雅黑 and 宋体 lack. A run of such characters names it as its East Asian face; the PowerPoint embeds no
 *  fonts, so what the reader shows there depends on the reader's machine (`check` says so). */
export const EXTENSION_B: Typeface = { typeface: 'SimSun-ExtB', pitchFamily: 49, charset: -122 };

/** A character of CJK Extensions B to H or the compatibility supplement, beyond the Basic Multilingual Plane. */
export const RARE_HAN = /[\u{20000}-\u{323AF}]/u;

export const FACES = {
  /** Points, notes, footers, tables. */
  text: { latin: YAHEI, eastAsian: YAHEI },
  /** Titles, part titles, quotes, numbers: the deck's serif. */
  title: { latin: TIMES, eastAsian: SONGTI },
  /** Code blocks and inline code. */
  code: { latin: CONSOLAS, eastAsian: YAHEI },
} as const satisfies Record<string, Face>;

/** The language of every run: Chinese text, with English as the alternative for spelling and hyphenation. */
export const LANGUAGE = { lang: 'zh-CN', altLang: 'en-US' } as const;
