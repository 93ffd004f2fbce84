// Messages of the PowerPoint: an image it leaves out, a theme whose colours it cannot read, an organiser's template.
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
  templateMissing: {
    en: (written: string) => `the template \`${written}\` does not exist`,
    zh: (written: string) => `模板 \`${written}\` 不存在`,
  } satisfies Message<[string]>,
  templateNotFile: {
    en: (written: string) => `the template \`${written}\` is not an ordinary file`,
    zh: (written: string) => `模板 \`${written}\` 不是普通文件`,
  } satisfies Message<[string]>,
  templateFix: {
    en: () =>
      'put the .pptx or .potx the organiser sent inside the project (e.g. received/模板.pptx) and name it here.',
    zh: () => '请把主办方发来的 .pptx 或 .potx 放进项目文件夹（如 received/模板.pptx），在这里写出它的位置。',
  } satisfies Message<[]>,
  templateMacro: {
    en: () =>
      'the template is a macro-enabled PowerPoint (.pptm / .potm), which is not used: macros could run on the meeting-room PC.',
    zh: () => '模板是含宏的 PowerPoint（.pptm / .potm），不予使用：宏可能在会场电脑上运行。',
  } satisfies Message<[]>,
  templateMacroFix: {
    en: () =>
      'open it in PowerPoint or WPS and save it as .pptx or .potx (without macros), or ask the organiser for one.',
    zh: () => '请用 PowerPoint 或 WPS 打开，另存为不含宏的 .pptx 或 .potx；或请主办方另发一份。',
  } satisfies Message<[]>,
  templateProtected: {
    en: () => 'the template is password-protected or an old .ppt file, which cannot be read.',
    zh: () => '模板设有密码，或是旧版 .ppt 文件，无法读取。',
  } satisfies Message<[]>,
  templateProtectedFix: {
    en: () => 'open it in PowerPoint or WPS, remove the password, and save it as .pptx.',
    zh: () => '请用 PowerPoint 或 WPS 打开，去掉密码，另存为 .pptx。',
  } satisfies Message<[]>,
  templateDamaged: {
    en: () => 'the template is damaged or not a PowerPoint file (.pptx or .potx).',
    zh: () => '模板已损坏，或不是 PowerPoint 文件（.pptx 或 .potx）。',
  } satisfies Message<[]>,
  templateDamagedFix: {
    en: () => 'open it in PowerPoint or WPS and save it again as .pptx, or ask the organiser to send it again.',
    zh: () => '请用 PowerPoint 或 WPS 打开后重新另存为 .pptx；或请主办方重新发送。',
  } satisfies Message<[]>,
  templateTooLarge: {
    en: () => 'the template unpacks to far more than a PowerPoint template holds (a "zip bomb"), so it is not read.',
    zh: () => '模板解压后远远超出 PowerPoint 模板应有的大小（疑为“zip 炸弹”），因此不读取。',
  } satisfies Message<[]>,
  /** `slides`: the slide numbers, listed. */
  templateLayoutMissing: {
    en: (layout: string, slides: string) =>
      `the template has no "${layout}" layout: slide ${slides} ${String(slides).includes(',') ? 'are' : 'is'} drawn on speechdeck's own layout.`,
    zh: (layout: string, slides: string) => `模板没有“${layout}”版式：第 ${slides} 页改用 speechdeck 自己的版式。`,
  } satisfies Message<[string, string]>,
  /** `template`, `talk`: the two slide shapes (16:9, 4:3, 16:10, or a size in cm). */
  templateSize: {
    en: (template: string, talk: string) =>
      `the template's slides are ${template}, the talk's ${talk}: its master and layouts are stretched to ${talk} (pictures on them keep their proportions).`,
    zh: (template: string, talk: string) =>
      `模板的页面比例是 ${template}，发言稿是 ${talk}：模板的母版和版式被拉伸到 ${talk}（其中的图片保持原比例）。`,
  } satisfies Message<[string, string]>,
  /** The PowerPoint's own names of the layouts a template is read for. */
  templateLayoutName: {
    en: (kind: string) =>
      ({
        title: 'Title Slide',
        secHead: 'Section Header',
        obj: 'Title and Content',
        twoObj: 'Two Content',
        titleOnly: 'Title Only',
        blank: 'Blank',
      })[kind] ?? `unknown (${kind})`,
    zh: (kind: string) =>
      ({
        title: '标题幻灯片',
        secHead: '节标题',
        obj: '标题和内容',
        twoObj: '两栏内容',
        titleOnly: '仅标题',
        blank: '空白',
      })[kind] ?? `未知（${kind}）`,
  } satisfies Message<[string]>,
};
