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
    en: (count: number) => (count ? `${count} problems (F8: next)` : 'no problems'),
    zh: (count: number) => (count ? `${count} 处问题（F8 下一处）` : '没有问题'),
  } satisfies Message<[number]>,
  conflictText: {
    en: () => 'The file was changed by another program since it was opened here.',
    zh: () => '打开之后，这份大纲被别的程序改过了。',
  } satisfies Message<[]>,
  loadTheirs: { en: () => 'Load theirs', zh: () => '用那边的版本' } satisfies Message<[]>,
  keepMine: { en: () => 'Keep mine', zh: () => '保留我的版本' } satisfies Message<[]>,
  seeBoth: { en: () => 'See both', zh: () => '两边对照' } satisfies Message<[]>,
  theirVersion: {
    en: () => 'Theirs: saved by the other program',
    zh: () => '那边的：别的程序保存的',
  } satisfies Message<[]>,
  myVersion: { en: () => 'Mine: here, not saved', zh: () => '我的：这里没保存的' } satisfies Message<[]>,
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
  exportButton: { en: () => 'Make outputs', zh: () => '导出全部文件' } satisfies Message<[]>,
  exportTitle: {
    en: () => 'Saves, then writes the deck, the slides PDF, the handout, the script and the PowerPoint into dist/',
    zh: () => '先保存，再把放映网页、幻灯片 PDF、讲义、讲稿和 PowerPoint 写进 dist/ 文件夹',
  } satisfies Message<[]>,
  versionTime: {
    en: (year: number, month: number, day: number, time: string) => `${day}/${month}/${year} ${time}`,
    zh: (year: number, month: number, day: number, time: string) => `${year}年${month}月${day}日 ${time}`,
  } satisfies Message<[number, number, number, string]>,
  exporting: { en: () => 'Making the outputs…', zh: () => '正在生成…' } satisfies Message<[]>,
  perPageLabel: { en: () => 'Handout:', zh: () => '讲义每页' } satisfies Message<[]>,
  perPageChoice: {
    en: (count: number) => `${count} a page`,
    zh: (count: number) => `${count} 张`,
  } satisfies Message<[number]>,
  perPageTitle: {
    en: () => 'How many slides each page of the exported handout holds (their notes beside them at 1–3 a page)',
    zh: () => '导出的讲义每页放几张幻灯片（每页 1–3 张时旁边印备注）',
  } satisfies Message<[]>,
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
  /** The offered figure's button, naming the point it adds (the clause the figure is said in). */
  addAsPoint: {
    en: (point: string) => `Add “${point}” as a point`,
    zh: (point: string) => `把“${point}”加为要点`,
  } satisfies Message<[string]>,
  /** A quick fix's button as a screen reader names it. */
  correctItLabel: {
    en: (name: string) => `Quick fix: ${name}`,
    zh: (name: string) => `快速修正：${name}`,
  } satisfies Message<[string]>,
  applyButton: { en: () => 'Correct it (Ctrl-.)', zh: () => '修正（Ctrl-.）' } satisfies Message<[]>,
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
  // CodeMirror's own words (its search panel, folding, the problems list), by src/editor/phrases.ts.
  cmFind: { en: () => 'Find', zh: () => '查找' } satisfies Message<[]>,
  cmReplace: { en: () => 'Replace', zh: () => '替换为' } satisfies Message<[]>,
  cmNext: { en: () => 'next', zh: () => '下一个' } satisfies Message<[]>,
  cmPrevious: { en: () => 'previous', zh: () => '上一个' } satisfies Message<[]>,
  cmAll: { en: () => 'all', zh: () => '全部选中' } satisfies Message<[]>,
  cmMatchCase: { en: () => 'match case', zh: () => '区分大小写' } satisfies Message<[]>,
  cmRegexp: { en: () => 'regexp', zh: () => '正则表达式' } satisfies Message<[]>,
  cmByWord: { en: () => 'by word', zh: () => '整词' } satisfies Message<[]>,
  cmReplaceOne: { en: () => 'replace', zh: () => '替换' } satisfies Message<[]>,
  cmReplaceAll: { en: () => 'replace all', zh: () => '全部替换' } satisfies Message<[]>,
  cmClose: { en: () => 'close', zh: () => '关闭' } satisfies Message<[]>,
  cmCurrentMatch: { en: () => 'current match', zh: () => '当前找到的' } satisfies Message<[]>,
  cmOnLine: { en: () => 'on line', zh: () => '在行' } satisfies Message<[]>,
  cmReplacedMatches: { en: () => 'replaced $ matches', zh: () => '替换了 $ 处' } satisfies Message<[]>,
  cmReplacedOnLine: { en: () => 'replaced match on line $', zh: () => '替换了第 $ 行的一处' } satisfies Message<[]>,
  cmGoToLine: { en: () => 'Go to line', zh: () => '跳到行' } satisfies Message<[]>,
  cmGo: { en: () => 'go', zh: () => '跳转' } satisfies Message<[]>,
  cmFoldLine: { en: () => 'Fold line', zh: () => '折叠' } satisfies Message<[]>,
  cmUnfoldLine: { en: () => 'Unfold line', zh: () => '展开' } satisfies Message<[]>,
  cmFoldedLines: { en: () => 'Folded lines', zh: () => '折叠了行' } satisfies Message<[]>,
  cmUnfoldedLines: { en: () => 'Unfolded lines', zh: () => '展开了行' } satisfies Message<[]>,
  cmTo: { en: () => 'to', zh: () => '至' } satisfies Message<[]>,
  cmFoldedCode: { en: () => 'folded code', zh: () => '折叠的内容' } satisfies Message<[]>,
  cmUnfold: { en: () => 'unfold', zh: () => '展开' } satisfies Message<[]>,
  cmControlCharacter: { en: () => 'Control character', zh: () => '控制字符' } satisfies Message<[]>,
  cmSelectionDeleted: { en: () => 'Selection deleted', zh: () => '删除了选中的文字' } satisfies Message<[]>,
  cmCompletions: { en: () => 'Completions', zh: () => '补全' } satisfies Message<[]>,
  cmDiagnostics: { en: () => 'Problems', zh: () => '问题' } satisfies Message<[]>,
  cmNoDiagnostics: { en: () => 'No problems', zh: () => '没有问题' } satisfies Message<[]>,
  cmUnchangedLines: { en: () => '$ unchanged lines', zh: () => '$ 行相同' } satisfies Message<[]>,
  previewTitle: { en: () => 'The slide the cursor is on', zh: () => '光标所在的幻灯片' } satisfies Message<[]>,
  stripTitle: { en: () => 'Every slide', zh: () => '全部幻灯片' } satisfies Message<[]>,
} as const;
