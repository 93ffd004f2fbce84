// Messages about the front matter: its `---` lines, its YAML, and each setting's value against what the format asks.
import type { Message } from '../message.ts';

/** What a setting's value was, when its kind was wrong: YAML's kinds as a reader names them. */
const KINDS = {
  en: {
    nothing: 'nothing',
    list: 'a list',
    mapping: 'a mapping',
    string: 'string',
    number: 'number',
    boolean: 'boolean',
  } as Record<string, string>,
  zh: {
    nothing: '空值',
    list: '列表',
    mapping: '键值表',
    string: '文字',
    number: '数字',
    boolean: 'true/false',
  } as Record<string, string>,
};

/** Chinese words and a value that is not Chinese (`true`, "16:9"), with the space between them that Chinese type
 *  puts there. */
const then = (words: string, value: string) =>
  /^[\p{Script=Han}（“]/u.test(value) ? `${words}${value}` : `${words} ${value}`;

export const SETTINGS_MESSAGES = {
  noFrontMatter: {
    en: () => 'the outline has no front matter',
    zh: () => '大纲没有开头设置（文件开头两行 `---` 之间的设置）',
  } satisfies Message<[]>,
  noFrontMatterFix: {
    en: () => 'start the file with a line `---`, then `title: 你的题目`, then another `---`.',
    zh: () => '文件第一行写 `---`，下一行写 `title: 你的题目`，再写一行 `---`。',
  } satisfies Message<[]>,
  frontMatterNotFirst: {
    en: () => 'the front matter must start on line 1',
    zh: () => '开头设置必须从第 1 行开始',
  } satisfies Message<[]>,
  frontMatterNotFirstFix: {
    en: () => 'remove the blank lines above `---`.',
    zh: () => '删掉 `---` 上面的空行。',
  } satisfies Message<[]>,
  controlInSettings: {
    en: (code: string) => `an invisible control character (${code}) in the settings`,
    zh: (code: string) => `开头设置里有一个看不见的控制字符（${code}）`,
  } satisfies Message<[string]>,
  controlInSettingsFix: {
    en: () =>
      'delete it (Word puts U+000B where a line was broken with Shift+Enter); to break the title, write `title: |` and its lines below it.',
    zh: () => '请删掉它（Word 里用 Shift+回车 换行会留下 U+000B）；标题要分行，请写 `title: |`，下面每行一段。',
  } satisfies Message<[]>,
  frontMatterUnclosed: {
    en: () => 'the front matter is never closed',
    zh: () => '开头设置没有结束',
  } satisfies Message<[]>,
  frontMatterUnclosedFix: {
    en: () => 'add a line `---` after the last setting.',
    zh: () => '在最后一项设置后面加一行 `---`。',
  } satisfies Message<[]>,
  /** `reason`: the YAML library's own words (English), after ours. */
  notYaml: {
    en: (reason: string) => `the front matter is not valid YAML: ${reason}`,
    zh: (reason: string) => `开头设置不是有效的 YAML：${reason}`,
  } satisfies Message<[string]>,
  nestedTooDeeply: {
    en: () => 'it is nested too deeply',
    zh: () => '嵌套层数太多',
  } satisfies Message<[]>,
  settingLinesFix: {
    en: () => 'write each setting as `key: value` on its own line.',
    zh: () => '每项设置单独一行，写成 `key: value`。',
  } satisfies Message<[]>,
  notSettingLines: {
    en: () => 'the front matter must be `key: value` lines',
    zh: () => '开头设置必须是一行一项的 `key: value`',
  } satisfies Message<[]>,
  notSettingLinesFix: {
    en: () => 'write each setting as `key: value` on its own line, e.g. `title: 你的题目`.',
    zh: () => '每项设置单独一行，写成 `key: value`，例如 `title: 你的题目`。',
  } satisfies Message<[]>,
  setTwice: {
    en: (key: string, first: number) => `\`${key}\` is set twice (first on line ${first})`,
    zh: (key: string, first: number) => `\`${key}\` 设置了两次（第一次在第 ${first} 行）`,
  } satisfies Message<[string, number]>,
  setTwiceFix: {
    en: () => 'keep one of them.',
    zh: () => '只保留其中一处。',
  } satisfies Message<[]>,

  settingEmpty: {
    en: (key: string) => `\`${key}\` is empty`,
    zh: (key: string) => `\`${key}\` 是空的`,
  } satisfies Message<[string]>,
  settingEmptyFix: {
    en: (key: string) => `write it after \`${key}:\`.`,
    zh: (key: string) => `在 \`${key}:\` 后面写上内容。`,
  } satisfies Message<[string]>,
  /** `expected` is one of the `expect…` messages below; `got` a `valueKind` or the value quoted. */
  settingWrong: {
    en: (key: string, expected: string, got: string) => `\`${key}\` must be ${expected}, got ${got}`,
    zh: (key: string, expected: string, got: string) => `\`${key}\` ${then('应为', expected)}，${then('实际是', got)}`,
  } satisfies Message<[string, string, string]>,
  valueKind: {
    en: (kind: string) => KINDS.en[kind] ?? kind,
    zh: (kind: string) => KINDS.zh[kind] ?? `${kind} 类型`,
  } satisfies Message<[string]>,
  expectText: {
    en: () => 'text',
    zh: () => '文字',
  } satisfies Message<[]>,
  expectPhrases: {
    en: () => 'a list of phrases',
    zh: () => '词组列表',
  } satisfies Message<[]>,
  badPhrase: {
    en: (phrase: string) => `\`keep:\` “${phrase}” is not a phrase of 2–40 characters without spaces`,
    zh: (phrase: string) => `\`keep:\` 里的“${phrase}”不是 2–40 个字、不含空格的词组`,
  } satisfies Message<[string]>,
  phrasesFix: {
    en: () =>
      'write `keep: [四个三工作法, 红色物业]` or `keep: 四个三工作法、红色物业`; a `|` marks where a phrase too wide for its line may break.',
    zh: () =>
      '写成 `keep: [四个三工作法, 红色物业]` 或 `keep: 四个三工作法、红色物业`；词组比一行还宽时，只在 `|` 处换行。',
  } satisfies Message<[]>,
  expectYesNo: {
    en: () => 'true or false',
    zh: () => '`true`（是）或 `false`（否）',
  } satisfies Message<[]>,
  expectNumber: {
    en: (unit: string) => `a number (${unit})`,
    zh: (unit: string) => `数字（${unit}）`,
  } satisfies Message<[string]>,
  expectChoice: {
    en: (choices: string) =>
      choices
        .split('|')
        .map((choice) => `"${choice}"`)
        .join(' or '),
    zh: (choices: string) =>
      `${choices
        .split('|')
        .map((choice) => `"${choice}"`)
        .join(' 或 ')} 之一`,
  } satisfies Message<[string]>,
  expectDate: {
    en: () => 'a date written YYYY-MM-DD',
    zh: () => 'YYYY-MM-DD 格式的日期',
  } satisfies Message<[]>,
  expectTheme: {
    en: () => 'a theme name (lowercase letters, digits and -)',
    zh: () => '主题名（小写字母、数字和 -）',
  } satisfies Message<[]>,
  expectClosing: {
    en: () => 'text or false',
    zh: () => '文字或 `false`',
  } satisfies Message<[]>,
  minutes: {
    en: () => 'minutes',
    zh: () => '分钟',
  } satisfies Message<[]>,
  charactersAMinute: {
    en: () => 'Chinese characters per minute',
    zh: () => '每分钟字数',
  } satisfies Message<[]>,
  notPositive: {
    en: (key: string, unit: string, value: number) => `\`${key}\` must be a positive number (${unit}), got ${value}`,
    zh: (key: string, unit: string, value: number) => `\`${key}\` 应为正数（${unit}），实际是 ${value}`,
  } satisfies Message<[string, string, number]>,

  quoteTextFix: {
    en: (key: string, value: string) => `put it in quotes: \`${key}: "${value}"\`.`,
    zh: (key: string, value: string) => `加上引号：\`${key}: "${value}"\`。`,
  } satisfies Message<[string, string]>,
  sameLineFix: {
    en: (key: string) => `write it as text on the same line: \`${key}: …\`.`,
    zh: (key: string) => `在同一行写成文字：\`${key}: …\`。`,
  } satisfies Message<[string]>,
  yesNoFix: {
    en: (key: string) => `write \`${key}: true\` or \`${key}: false\`.`,
    zh: (key: string) => `写成 \`${key}: true\` 或 \`${key}: false\`。`,
  } satisfies Message<[string]>,
  unquoteNumberFix: {
    en: (key: string, value: string) => `write it without quotes: \`${key}: ${value}\`.`,
    zh: (key: string, value: string) => `去掉引号：\`${key}: ${value}\`。`,
  } satisfies Message<[string, string]>,
  numberExampleFix: {
    en: (key: string, example: number) => `e.g. \`${key}: ${example}\`.`,
    zh: (key: string, example: number) => `例如 \`${key}: ${example}\`。`,
  } satisfies Message<[string, number]>,
  dateFix: {
    en: () => 'write it as YYYY-MM-DD, e.g. `date: 2026-11-27`.',
    zh: () => '写成 YYYY-MM-DD，例如 `date: 2026-11-27`。',
  } satisfies Message<[]>,
  themeFix: {
    en: () => 'use the name of a file in themes/ without `.css`, e.g. `theme: red`.',
    zh: () => '写 themes/ 中某个文件的名字（不带 `.css`），例如 `theme: red`。',
  } satisfies Message<[]>,
  closingFix: {
    en: () => 'write the closing words, or `closing: false` for no closing slide.',
    zh: () => '写上结束语；不要结束页就写 `closing: false`。',
  } satisfies Message<[]>,
  aspectFix: {
    en: () => 'write `aspect: "16:9"` or `aspect: "4:3"`.',
    zh: () => '写成 `aspect: "16:9"` 或 `aspect: "4:3"`。',
  } satisfies Message<[]>,
  numberingFix: {
    en: () => 'write `numbering: chinese`, `arabic` or `none`.',
    zh: () => '写成 `numbering: chinese`、`arabic` 或 `none`。',
  } satisfies Message<[]>,
  noTitle: {
    en: () => 'the front matter has no `title`',
    zh: () => '开头设置里没有 `title`',
  } satisfies Message<[]>,
  noTitleFix: {
    en: () => 'add a line `title: 你的题目` between the `---` lines.',
    zh: () => '在两行 `---` 之间加一行 `title: 你的题目`。',
  } satisfies Message<[]>,
  unknownKey: {
    en: (key: string) => `unknown front matter key \`${key}\``,
    zh: (key: string) => `开头设置没有 \`${key}\` 这一项`,
  } satisfies Message<[string]>,
  didYouMean: {
    en: (key: string) => `did you mean \`${key}\`?`,
    zh: (key: string) => `是不是想写 \`${key}\`？`,
  } satisfies Message<[string]>,
  knownKeysFix: {
    en: (keys: string) => `known keys: ${keys}.`,
    zh: (keys: string) => `可以设置的有：${keys}。`,
  } satisfies Message<[string]>,
};
