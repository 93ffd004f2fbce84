// The words of a speech: jieba's segmentation (jieba-wasm: pure WebAssembly, nothing native to install on an office PC,
// its dictionary built in, nothing downloaded), with the genre's own words added, and the weight of each word.
import { add_word, tag } from 'jieba-wasm';

/** Words of the genre jieba's dictionary splits ("网格员" → 网格/员 in some contexts, "接诉即办" → 接诉/即办). */
const GENRE_WORDS = [
  '网格员',
  '网格化',
  '接诉即办',
  '未诉先办',
  '枫桥经验',
  '台账',
  '吹哨报到',
  '一网通办',
  '放管服',
  '两委',
  '三会一课',
  '主题党日',
  '河湖长',
  '河长制',
  '田长制',
  '林长制',
  '撂荒地',
  '帮办代办',
  '适老化',
  '时间银行',
  '揭榜挂帅',
  '高标准农田',
  '村集体',
  '乡贤',
  '政企',
  '惠企',
  '营商环境',
  '双减',
  '课后服务',
  '文明实践',
  '志愿服务',
  '党建引领',
  '党群服务中心',
  '容缺受理',
  '首问负责',
  '限时办结',
  '应急预案',
  '隐患排查',
  '综合执法',
  '新质生产力',
  '共同富裕',
  '乡村振兴',
  '基层治理',
  '一件事一次办',
  '免申即享',
  '最多跑一次',
  '网上办',
  '掌上办',
  '领头雁',
  '主力军',
  '后备干部',
];

/** Words that say little on a slide by themselves: they weigh nothing when a clause is weighed. */
const STOP_WORDS = new Set([
  '工作',
  '推进',
  '加强',
  '进一步',
  '我们',
  '全面',
  '不断',
  '持续',
  '积极',
  '切实',
  '有效',
  '重要',
  '方面',
  '问题',
  '情况',
  '同时',
  '通过',
  '进行',
  '一些',
  '各类',
  '各项',
  '相关',
  '有关',
  '全县',
  '全市',
  '全区',
  '全镇',
  '全省',
  '今年',
  '去年',
  '目前',
  '已经',
  '一个',
  '这个',
  '这些',
  '什么',
  '时候',
  '时间',
  '现在',
  '过去',
  '以来',
  '近年来',
  '做好',
  '抓好',
  '落实',
  '提高',
  '提升',
  '实现',
  '达到',
  '发展',
  '建设',
  '群众',
  '同志',
  '大家',
]);

/**
 * Words a point may leave out without changing what it says (the list): 我们 as the speaker's side, 了 of a
 * finished action, and adverbs of effort. Nothing else is ever taken out of a phrase.
 */
export const FILLERS = new Set([
  '我们',
  '了',
  '进一步',
  '切实',
  '认真',
  '积极',
  '不断',
  '努力',
  '扎实',
  '大力',
  '着力',
  '全力',
]);
/** Words of time and linking a point may drop where they open it ("去年共受理……" → "共受理……"). */
export const OPENING_FILLERS = [
  '去年',
  '今年',
  '目前',
  '当前',
  '近年来',
  '一年来',
  '两年来',
  '三年来',
  '近两年',
  '近三年',
  '同时',
  '此外',
  '其中',
  '为此',
  '另外',
];

let loaded = false;

function ensureGenreWords(): void {
  if (loaded) return;
  for (const word of GENRE_WORDS) add_word(word, 50000, 'n');
  loaded = true;
}

export interface Word {
  word: string;
  /** jieba's part of speech: n noun, v verb, vn verbal noun, m numeral, uj 的, ul 了 … */
  tag: string;
}

/** The text's words in order; joined they give the text back. */
export function wordsOf(text: string): Word[] {
  ensureGenreWords();
  return tag(text, true).map((t) => ({ word: t.word, tag: t.tag }));
}

/**
 * "证件办好了由专员送上门", "问题解决了再销号": a 了 before a preposition or an adverb ends one action before the next
 * is said; without it the two run together ("办好由专员送上门"), so it stays.
 */
const NEXT_ACTION = new Set(['就', '再', '才', '又', '便', '即', '还', '也']);

function endsAnAction(word: Word, next: Word | undefined): boolean {
  return word.word === '了' && next !== undefined && (next.tag === 'p' || NEXT_ACTION.has(next.word));
}

/** The text without the listed fillers, where jieba reads them as words of their own (了 in 了解 stays). */
export function withoutFillers(text: string): string {
  const all = wordsOf(text);
  const words = all.filter((w, i) => !FILLERS.has(w.word) || endsAnAction(w, all[i + 1]));
  while (words.length > 1 && OPENING_FILLERS.includes(words[0]?.word ?? '')) words.shift();
  return words.map((w) => w.word).join('');
}

/** Whether a word carries content: a noun, verbal noun or verb of two characters or more, not on the stop list. */
export function isContentWord(word: Word): boolean {
  return /^(n|nz|vn|v|nr|ns|nt|l|i|j)/u.test(word.tag) && [...word.word].length >= 2 && !STOP_WORDS.has(word.word);
}

/** Words a phrase cannot end on: it would need what follows ("……的", "……和", "……对"). */
const FUNCTION_ENDINGS = new Set([
  '的',
  '和',
  '与',
  '对',
  '及',
  '或',
  '并',
  '而',
  '在',
  '把',
  '将',
  '被',
  '从',
  '向',
  '为',
  '以',
  '跟',
  '同',
]);

/** Whether the text ends on a function word standing as a word of its own ("……的" yes, "……导向" no). */
export function endsOnFunctionWord(text: string): boolean {
  const last = wordsOf(text.trim()).at(-1);
  return last !== undefined && FUNCTION_ENDINGS.has(last.word);
}
