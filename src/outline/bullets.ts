// The marks a speaker types or pastes where a list marker belongs, and Markdown does not read as one: full-width
// `－＊＋` (a Chinese input method's `-*+`), and the bullets of word processors (`•` `●` `▪` `◆` `·`…). Shared by the
// typing findings (outline/typing.ts), the editor's quick fixes and its Enter.

/** Bullets that are never words of a line's text where they open it. */
export const BULLETS = '－＊＋•●▪■◆◇◦‣⁃·・';

/** A line that opens with a bullet instead of a marker (`－ 要点`, `•要点`): the bullet, then the point. */
export const NOT_A_MARKER = new RegExp(`^([${BULLETS}])[ \\t\\u3000]*(\\S.*)$`);

/** A point's text that opens with a mark of its own after its marker (`- － 群众`, `1. • 要点`, `- — 要点`): the mark,
 *  then the point. A dash or sign before a figure stays (`- －5%`, `- ＋3 个`: a change), and so does the Chinese
 *  dash `——` (`- ——摘自…`); a bullet is a bullet before anything. */
export const MARK_AFTER_MARKER =
  /^(?:([•●▪■◆◇◦‣⁃·・＊])[ \t\u3000]*|([－＋—–―])(?:[ \t\u3000]+|(?=[^\d\s.,．，—－])))(\S.*)$/;

/** A list item's marker and the space after it (`- `, `  1. `, `> * `), then the rest of the line. */
export const ITEM_START = /^([ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+)(.*)$/;
