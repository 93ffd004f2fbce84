// Messages of the editor (`speechdeck edit`): its terminal lines, and the words of its page.
import type { Message } from '../message.ts';

export const EDITOR_MESSAGES = {
  editDescription: {
    en: () => 'edit an outline in the browser: its slide beside the text, problems as you type, saved as you go',
    zh: () => '在浏览器里编辑大纲：文字旁边就是幻灯片，边写边检查，自动保存',
  } satisfies Message<[]>,
  editOutlineArgument: {
    en: () => 'the outline to edit (default: the one worked on last)',
    zh: () => '要编辑的大纲（默认：最近改过的那份）',
  } satisfies Message<[]>,
  editNoOpenOption: {
    en: () => 'only print the address, do not open the browser',
    zh: () => '只显示地址，不打开浏览器',
  } satisfies Message<[]>,
  editServing: {
    en: (file: string, url: string) =>
      `speechdeck edit: ${file}\n  ${url}\n  Open this address in the browser if it did not open; Ctrl-C to stop.`,
    zh: (file: string, url: string) =>
      `speechdeck edit：${file}\n  ${url}\n  浏览器没有自动打开时，请复制这个地址打开；按 Ctrl-C 停止。`,
  } satisfies Message<[string, string]>,
  editOtherHost: {
    en: (host: string) =>
      `listening on ${host}: other computers that can reach it may open the editor if they learn its address (with the key after k=).`,
    zh: (host: string) => `正在 ${host} 上监听：能连到本机的其他电脑，只要知道地址（含 k= 后面的密钥）就能打开编辑器。`,
  } satisfies Message<[string]>,
  editCannotOpen: {
    en: () => 'could not open the browser: open the address above yourself.',
    zh: () => '没能打开浏览器，请自己打开上面的地址。',
  } satisfies Message<[]>,
  editorPictureTooLarge: {
    en: () => 'the picture is larger than 20 MB: make it smaller first.',
    zh: () => '图片超过 20 MB，请先缩小。',
  } satisfies Message<[]>,
  editorNotAPicture: {
    en: () => 'this is not a picture a slide can show (PNG, JPEG, GIF, WebP, BMP or AVIF).',
    zh: () => '这不是幻灯片能显示的图片（PNG、JPEG、GIF、WebP、BMP 或 AVIF）。',
  } satisfies Message<[]>,
  editorReadOnly: {
    en: () => 'this tab is read-only: another tab edits the outline.',
    zh: () => '这个标签页只能看：大纲正在另一个标签页里编辑。',
  } satisfies Message<[]>,
  editorNoSuchOutline: {
    en: (name: string) => `${name} is not an outline of this project.`,
    zh: (name: string) => `${name} 不是这个项目里的大纲。`,
  } satisfies Message<[string]>,
  editorOutlineExists: {
    en: (name: string) => `slides/${name}.md already exists: choose another name (it is in the list to open).`,
    zh: (name: string) => `slides/${name}.md 已经有了：请换一个名字（要打开它，在列表里选）。`,
  } satisfies Message<[string]>,
  editorBadOutlineName: {
    en: (name: string) => `“${name}” cannot be a file name: use letters, digits or Chinese.`,
    zh: (name: string) => `“${name}”不能用作文件名，请用汉字、字母或数字。`,
  } satisfies Message<[string]>,
  // The page's own words (src/editor/, through messages/editor-page.ts).
  pageTitle: {
    en: (file: string) => `${file} — speechdeck edit`,
    zh: (file: string) => `${file} — speechdeck 编辑`,
  } satisfies Message<[string]>,
  saved: { en: () => 'saved', zh: () => '已保存' } satisfies Message<[]>,
  unsaved: { en: () => 'not saved', zh: () => '未保存' } satisfies Message<[]>,
  saving: { en: () => 'saving…', zh: () => '正在保存…' } satisfies Message<[]>,
  saveFailed: {
    en: (why: string) => `not saved: ${why}`,
    zh: (why: string) => `没有保存：${why}`,
  } satisfies Message<[string]>,
  saveButton: { en: () => 'Save (Ctrl-S)', zh: () => '保存（Ctrl-S）' } satisfies Message<[]>,
  autosave: { en: () => 'autosave', zh: () => '自动保存' } satisfies Message<[]>,
  slideCount: {
    en: (count: number) => `${count} slides`,
    zh: (count: number) => `${count} 页`,
  } satisfies Message<[number]>,
  speakingTime: {
    en: (time: string, duration: number) => (duration ? `speaking ${time} of ${duration} min` : `speaking ${time}`),
    zh: (time: string, duration: number) => (duration ? `讲话约 ${time} / ${duration} 分钟` : `讲话约 ${time}`),
  } satisfies Message<[string, number]>,
  minutesSeconds: {
    en: (minutes: number, seconds: number) => `${minutes}:${String(seconds).padStart(2, '0')}`,
    zh: (minutes: number, seconds: number) => `${minutes} 分 ${seconds} 秒`,
  } satisfies Message<[number, number]>,
  problemsButton: {
    en: (count: number) => (count ? `${count} problems` : 'no problems'),
    zh: (count: number) => (count ? `${count} 处问题` : '没有问题'),
  } satisfies Message<[number]>,
  conflictText: {
    en: () => 'The file was changed by another program since it was opened here.',
    zh: () => '打开之后，这份大纲被别的程序改过了。',
  } satisfies Message<[]>,
  loadTheirs: { en: () => 'Load theirs', zh: () => '用那边的版本' } satisfies Message<[]>,
  keepMine: { en: () => 'Keep mine', zh: () => '保留我的版本' } satisfies Message<[]>,
  seeBoth: { en: () => 'See both', zh: () => '两边对照' } satisfies Message<[]>,
  theirVersion: { en: () => 'On disk (theirs)', zh: () => '磁盘上的（那边的）' } satisfies Message<[]>,
  myVersion: { en: () => 'Here (mine)', zh: () => '这里的（我的）' } satisfies Message<[]>,
  close: { en: () => 'Close', zh: () => '关闭' } satisfies Message<[]>,
  readOnly: {
    en: () => 'This outline is open in another tab: this one is read-only.',
    zh: () => '这份大纲已在另一个标签页打开，这里只能看、不能改。',
  } satisfies Message<[]>,
  takeOver: { en: () => 'Edit here instead', zh: () => '改在这里编辑' } satisfies Message<[]>,
  historyButton: { en: () => 'Versions', zh: () => '历史版本' } satisfies Message<[]>,
  historyEmpty: { en: () => 'No saved versions yet.', zh: () => '还没有保存过的版本。' } satisfies Message<[]>,
  restore: { en: () => 'Restore', zh: () => '恢复' } satisfies Message<[]>,
  versionsave: { en: () => 'saved', zh: () => '手动保存' } satisfies Message<[]>,
  versionauto: { en: () => 'autosaved', zh: () => '自动保存' } satisfies Message<[]>,
  versiontheirs: { en: () => 'as another program left it', zh: () => '别的程序改的' } satisfies Message<[]>,
  exportButton: { en: () => 'Make outputs', zh: () => '生成文件' } satisfies Message<[]>,
  exporting: { en: () => 'Making the outputs…', zh: () => '正在生成…' } satisfies Message<[]>,
  exported: {
    en: (count: number) => `${count} files written:`,
    zh: (count: number) => `已写好 ${count} 个文件：`,
  } satisfies Message<[number]>,
  exportedUnchanged: {
    en: (count: number) => `Nothing changed since the last time: its ${count} files are up to date:`,
    zh: (count: number) => `上次生成以来没有改动，这 ${count} 个文件就是最新的：`,
  } satisfies Message<[number]>,
  exportFailed: { en: (why: string) => `Not made: ${why}`, zh: (why: string) => `没有生成：${why}` } satisfies Message<
    [string]
  >,
  toPoint: { en: () => 'Make a point (Alt-P)', zh: () => '设为要点（Alt-P）' } satisfies Message<[]>,
  figureOffer: {
    en: (figure: string) => `The notes say “${figure}”, no point shows it`,
    zh: (figure: string) => `备注里有“${figure}”，要点里没有`,
  } satisfies Message<[string]>,
  addAsPoint: { en: () => 'Add as a point', zh: () => '加为要点' } satisfies Message<[]>,
  applyButton: { en: () => 'Correct it', zh: () => '修正' } satisfies Message<[]>,
  leaveUnsaved: {
    en: () => 'The outline has changes that are not saved.',
    zh: () => '大纲还有没保存的修改。',
  } satisfies Message<[]>,
  previewBroken: {
    en: () => 'The outline has an error: the slide shows the last version that worked.',
    zh: () => '大纲有错误：右边仍是上一个没有错误的版本。',
  } satisfies Message<[]>,
  pictureRefused: {
    en: (why: string) => `Picture not added: ${why}`,
    zh: (why: string) => `图片没有加入：${why}`,
  } satisfies Message<[string]>,
  outlinesLabel: { en: () => 'Outline', zh: () => '大纲' } satisfies Message<[]>,
  newOutline: { en: () => 'New outline…', zh: () => '新建大纲…' } satisfies Message<[]>,
  makeOutline: { en: () => 'Create', zh: () => '新建' } satisfies Message<[]>,
  newOutlineName: {
    en: () => 'Name of the new outline:',
    zh: () => '新大纲的名字：',
  } satisfies Message<[]>,
  switchUnsaved: {
    en: () => 'The changes here could not be saved. Switch anyway and lose them?',
    zh: () => '这里的修改没能保存。仍要切换并放弃这些修改吗？',
  } satisfies Message<[]>,
  connectionLost: {
    en: () => 'The editor’s server has stopped: changes can no longer be saved.',
    zh: () => '编辑器的服务已停止，修改无法再保存。',
  } satisfies Message<[]>,
} as const;
