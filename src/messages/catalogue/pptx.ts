// Messages of the PowerPoint: an image it leaves out, a theme whose colours it cannot read.
import type { Message } from '../message.ts';

export const PPTX_MESSAGES = {
  pptxImageLeftOut: {
    en: (file: string) => `image \`${file}\` cannot go into the PowerPoint (only PNG, JPEG, GIF and BMP files of the project can): its description stands in its place.`,
    zh: (file: string) => `图片 \`${file}\` 无法放入 PowerPoint（只能放入项目中的 PNG、JPEG、GIF、BMP 文件），该处改为显示图片说明。`,
  } satisfies Message<[string]>,
  pptxThemeUndefined: {
    en: (variable: string) => `the theme does not define ${variable}.`,
    zh: (variable: string) => `主题没有定义 ${variable}。`,
  } satisfies Message<[string]>,
  pptxThemeColour: {
    en: (value: string) => `the theme's colour \`${value}\` is not one the PowerPoint can use (write #rrggbb or rgba()).`,
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
};
