// Messages of `speechdeck new`: the outline it wrote, or why it wrote none.
import type { Message } from '../message.ts';

export const NEW_MESSAGES = {
  newWritten: {
    en: (file: string) => `${file}  written: an outline to start from, every setting explained in it`,
    zh: (file: string) => `${file}  已写好：一份起步用的提纲，每项设置都有说明`,
  } satisfies Message<[string]>,
  newNext: {
    en: (file: string) => `next: run \`npx speechdeck dev ${file}\` and edit the file; the page follows every save.`,
    zh: (file: string) => `下一步：运行 \`npx speechdeck dev ${file}\`，然后修改这个文件，页面会随每次保存更新。`,
  } satisfies Message<[string]>,
  newExists: {
    en: () => 'already exists, and `new` never overwrites a file',
    zh: () => '已经存在，`new` 不会覆盖已有的文件',
  } satisfies Message<[]>,
  newExistsFix: {
    en: (name: string) => `choose another name, e.g. \`npx speechdeck new ${name}-2\`.`,
    zh: (name: string) => `换一个名字，例如 \`npx speechdeck new ${name}-2\`。`,
  } satisfies Message<[string]>,
  newBadName: {
    en: (name: string) => `\`${name}\` cannot be a file name`,
    zh: (name: string) => `\`${name}\` 不能用作文件名`,
  } satisfies Message<[string]>,
  newBadNameFix: {
    en: () => 'use letters, digits, Chinese, - or _, e.g. `npx speechdeck new talk`.',
    zh: () => '用字母、数字、汉字、- 或 _，例如 `npx speechdeck new talk`。',
  } satisfies Message<[]>,
  newDescription: {
    en: () => 'write slides/<name>.md: a complete outline to start from, every setting explained in a Chinese comment',
    zh: () => '新建 slides/<name>.md：一份完整的起步提纲，每项设置都有中文注释',
  } satisfies Message<[]>,
  newNameArgument: {
    en: () => "the outline's name (slides/<name>.md), or a path ending in .md",
    zh: () => '提纲的名字（写到 slides/<name>.md），或以 .md 结尾的路径',
  } satisfies Message<[]>,
};
