// Messages of the PowerPoint: an image it leaves out, a theme whose colours it cannot read.
import type { Message } from '../message.ts';

export const PPTX_MESSAGES = {
  /** `files`: the pictures, listed by listItems one to a line (at most ten, then how many more). */
  pptxImageLeftOut: {
    en: (files: string, many: boolean) =>
      `${many ? 'these pictures' : 'this picture'} cannot go into the PowerPoint (only PNG, JPEG, GIF and BMP files of the project can), ${many ? 'their descriptions stand' : 'its description stands'} in ${many ? 'their' : 'its'} place:\n  ${files}`,
    zh: (files: string) =>
      `以下图片无法放入 PowerPoint（只能放入项目中的 PNG、JPEG、GIF、BMP 文件），该处改为显示图片说明：\n  ${files}`,
  } satisfies Message<[string, boolean]>,
  pptxThemeUndefined: {
    en: (variable: string) => `the theme does not define ${variable}.`,
    zh: (variable: string) => `主题没有定义 ${variable}。`,
  } satisfies Message<[string]>,
  pptxThemeColour: {
    en: (value: string) =>
      `the theme's colour \`${value}\` is not one the PowerPoint can use (write #rrggbb or rgba()).`,
    zh: (value: string) => `主题颜色 \`${value}\` 无法用于 PowerPoint（请写成 #rrggbb 或 rgba()）。`,
  } satisfies Message<[string]>,
  pptxThemeParse: {
    en: (reason: string) => `the theme's stylesheet does not parse: ${reason}.`,
    zh: (reason: string) => `主题样式表无法解析：${reason}。`,
  } satisfies Message<[string]>,
  pptxThemeHint: {
    en: () => "The PowerPoint reads the `--sd-*` colours of the theme's `:root`, as themes/red.css defines them.",
    zh: () => 'PowerPoint 读取主题 `:root` 中的 `--sd-*` 颜色，写法参照 themes/red.css。',
  } satisfies Message<[]>,
  pptxRareCharacters: {
    en: (characters: string) =>
      `the PowerPoint shows ${characters} in the reader's own fonts (it names SimSun-ExtB, which Windows has; the deck and the PDFs carry their fonts).`,
    zh: (characters: string) =>
      `PowerPoint 中的 ${characters} 依赖放映电脑自带的字体（指定为 Windows 自带的 SimSun-ExtB；网页和 PDF 自带字体，不受影响）。`,
  } satisfies Message<[string]>,
  pptxRareCharactersFix: {
    en: () => 'open the PowerPoint on the computer it will be shown on and look at these characters, or show the PDF.',
    zh: () => '请在放映用的电脑上打开 PowerPoint 查看这些字；或改用 PDF 放映。',
  } satisfies Message<[]>,
};
