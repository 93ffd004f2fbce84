// How a clause of the speech reads as a slide title: the shapes of the genre a speaker shortens the same way
// ("政策好不好，关键看能不能兑现" → "政策关键看能不能兑现", "护河不能只靠政府，还要发动群众" → "护河还要发动群众"),
// and the shapes that never make a title (a problem, a figure of speech). Only the speech's characters, in order.
import { findFigures } from './figures.ts';
import { slideWidth } from './sentences.ts';
import { endsOnFunctionWord, wordsOf } from './words.ts';

/** Adverbs of effort before a verb ("特别注重发挥……", "更注重修复", "着力营造……"): the verb leads the title. */
const EFFORT_ADVERB = /^(特别|尤其|始终|一直|更加|更|还|也|都)+/u;
const EFFORT_VERB = /^(注重|注意|着力|坚持不懈地)/u;
/** Scope the room already knows ("全街道", "全区"): a title leaves it out. Not where the scope is what is said: whose
 *  or which rank ("我县是全省的产粮大县", "位居全市第一", "全区前列"): left out, it would change the meaning. */
const SCOPE = /(?<![是居列为])(在)?全(街道|社区|区|县|市|镇|乡|村|省)(?![域级内外的第前首最])(范围内)?/gu;
/** "把……作为头等大事来抓": the set phrase's 来抓 adds nothing to the title. */
const SET_PHRASE_TAIL = /(作为.{2,10})来(抓|推进|推动|落实)$/u;
/** "每个季度开展一次……评比", "每月发布……": how often is the notes' detail; the title leads with what is done. */
const HOW_OFTEN = /^(还|也)?(每个?(年|季度|月|周|天|星期)|定期)(都|还|也)?(?=\p{Script=Han}{4})/u;
const ONCE = /^(开展|召开|组织|举办|进行|发布)一次/u;

/**
 * "我们还……", "我县率先……", "我们村建起了……": the speaker's side as the subject, with an adverb that leans on what was
 * said before. A title says what was done, without who (the rule: never 我们 as a title's opening words).
 */
const SPEAKERS_SIDE =
  /^((我们|咱们)([县市区镇乡村局委院所厅校]|街道|社区)?|我([县市区镇乡村局委院所厅校]|街道|社区))(?![的们])(还|也|又|都|就|再|先|一直|始终)?/u;
/** "推行林长制后，我们……", "去年以来，我们……": a time before the speaker's side. */
const SPEAKERS_TIME = /^[^，,]{2,12}(后|以后|之后|以来|期间|过程中)[，,](?=我们|咱们|我[县市区镇乡村局委])/u;
/** "上线了智慧助餐系统": the 了 of a deed told; a title states the deed ("上线智慧助餐系统"). */
const TOLD_DEED = /^(\p{Script=Han}{2})了(?=\p{Script=Han}{3})/u;

/** A title without the speaker's side as its subject ("我们上线了智慧助餐系统" → "上线智慧助餐系统"), where enough is left. */
export function withoutSpeakersSide(text: string): string {
  // "推行林长制后，我们建立了……": the time that frames what the speaker did goes with the speaker.
  const framed = SPEAKERS_TIME.exec(text);
  const said = framed ? text.slice(framed[0].length) : text;
  const side = SPEAKERS_SIDE.exec(said)?.[0] ?? '';
  if (side === '') return text;
  const rest = said.slice(side.length);
  // "我县是全省的产粮大县": a sentence that says what the side is, not what it did, keeps its subject.
  if (
    slideWidth(rest) < 4 ||
    /^[，,、：:\p{P}]/u.test(rest) ||
    /^(是|为|有|系|成为|属于|位于|位居|位列|地处)/u.test(rest)
  )
    return text;
  // "我们上线了智慧助餐系统": the 了 goes with the subject, where its verb is a word of two characters.
  const deed = TOLD_DEED.exec(rest);
  const verb = deed ? wordsOf(rest)[0] : undefined;
  return verb !== undefined && verb.word === deed?.[1] && !/^[pcu]/u.test(verb.tag)
    ? rest.replace(TOLD_DEED, '$1')
    : rest;
}

/** A title of the speech's words only: effort adverbs, how often, the room's scope and a set phrase's tail left out. */
export function asTitle(text: string): string {
  let title = withoutSpeakersSide(withoutLessonFrame(withoutLabel(text)))
    .replace(SCOPE, '')
    .replace(SET_PHRASE_TAIL, '$1')
    .replace(HOW_OFTEN, '')
    .replace(ONCE, '$1');
  const adverbs = EFFORT_ADVERB.exec(title)?.[0] ?? '';
  const rest = title.slice(adverbs.length);
  const verb = EFFORT_VERB.exec(rest)?.[0] ?? '';
  const bare = rest.slice(verb.length);
  // "注重修复" keeps its 注重: the verb alone ("修复") would say too little.
  if (verb !== '' && slideWidth(bare) >= 5 && !/^(的|地|了|和|与|从|把|在)/u.test(bare)) title = bare;
  else if (adverbs !== '' && verb !== '') title = rest;
  return title;
}

/** "二是", "第三，", "其次，": the count an item is said with, no part of what it says. */
const ITEM_LABEL =
  /^([一二三四五六七八九十]是[，,：:]?|第[一二三四五六七八九十]{1,2}[，,、：:]|(首先|其次|再次|最后)[，,、：:])(?=\p{Script=Han}{4})/u;

/** "二是引进经营主体带动" → "引进经营主体带动": a title never keeps the count its item was said with. */
export function withoutLabel(text: string): string {
  return text.trim().replace(ITEM_LABEL, '');
}

/** "X好不好，……" "X怎么样，……": a question the next clause answers. */
const QUESTION = /(好不好|怎么样|行不行|强不强|实不实|管不管用)$/u;

/** "监测网", "一张清单": the short name of an item a clause goes on to say what it is (就是……). */
const ITEM_NAME = /^[^，,、“”]{2,6}$/u;
/** "就是让……", "就是要……": what the item is, its 就是 and a leading 让/要 left out. */
const WHAT_IT_IS = /^就是(让|要)?(?=\p{Script=Han}{3})/u;

/**
 * "监测网，就是让火情早发现、早报告" → "监测网：火情早发现、早报告": a named item and what it is, said short, as the
 * speaker's slide names it; undefined unless the first clause is a short name and the second says what it is.
 */
export function namedItem(first: string, second: string): string | undefined {
  const name = first.trim();
  if (!ITEM_NAME.test(name) || !WHAT_IT_IS.test(second) || /[要能得了把将让使是]|我们/u.test(name)) return undefined;
  return `${name}：${second.replace(WHAT_IT_IS, '')}`;
}

/**
 * "关键看……", "主要在……", "就看……", "老人说了算": an answer that still reads as one when its question is left out.
 */
const KEYED_ANSWER = /^(关键|主要|根本|重点|全|就|重在|贵在)(在于|在|是|看)|^在于|^\p{Script=Han}{1,4}说了算$/u;

/**
 * "政策好不好，关键看能不能兑现" → "政策关键看能不能兑现": the question left out, its topic kept with the answer —
 * only where the topic is a noun ("网格划得好不好" keeps its question: "网格划得" says nothing alone).
 */
export function answeredQuestion(first: string, second: string): string | undefined {
  const question = QUESTION.exec(first);
  if (!question) return undefined;
  const topic = first.slice(0, question.index);
  const last = wordsOf(topic).at(-1);
  if (!last || !/^(n|vn)/u.test(last.tag) || slideWidth(topic) < 2) return undefined;
  // "村子强不强，要看……" → "村子要看……" and "服务好不好，群众最有发言权" → "服务群众最有发言权" would say something
  // else: only an answer that names the key drops the question; any other is said whole.
  return KEYED_ANSWER.test(second) ? `${topic}${second}` : `${first}，${second}`;
}

/** "关键在宣传引导" "关键是要有干事创业的平台" "重在坚持": a clause that names what a thing turns on. */
const KEY = /^(关键|根本|重点|重在|贵在|难在)(在于|在|是|看)?/u;

/**
 * "习惯的养成，关键在宣传引导" → "习惯的养成关键在宣传引导": a topic that is only a noun phrase (no 要, 能, 得 of a
 * clause of its own: "改革要见效，关键在窗口" stays as said) kept with what it turns on, as one statement.
 */
export function keyedTopic(first: string, second: string): string | undefined {
  if (!KEY.test(second) || slideWidth(first) < 2 || slideWidth(first) > 8) return undefined;
  if (/[要能得了把将让使]|我们/u.test(first)) return undefined;
  return `${first}${second}`;
}

/**
 * "……，关键是要有干事创业的平台" → "要有干事创业的平台": what the thing turns on, said as the thesis, where a verb
 * states it; undefined for "关键在人" (too little to say) or a clause that names no key.
 */
export function keyOf(clause: string): string | undefined {
  const key = KEY.exec(clause);
  if (!key || key[2] === undefined || key[2] === '看') return undefined;
  // "要有……" keeps its 要: "有干事创业的平台" would open on a bare 有.
  const bare = clause.slice(key[0].length);
  const rest = /^(要|得)有/u.test(bare) ? bare : bare.replace(/^(要|得)/u, '');
  const words = wordsOf(rest);
  if (slideWidth(rest) < 5 || !words.some((w) => w.tag.startsWith('v'))) return undefined;
  return rest;
}

/** The first half of a contrast ("护河不能只靠政府", "网格不能只是“画出来”"): what is not enough. */
export const FIRST_HALF = /不能只|不能光|不仅|不只|不光|不单|不是/u;
/** The second half that states what is needed ("还要发动群众", "更要“转起来”"). */
const SECOND_HALF = /^(还要|更要|也要|而要|而是要|还得|更需要|还需要|而是|是)/u;

/**
 * "护河不能只靠政府，还要发动群众" → "护河还要发动群众": the topic with the half that states the thesis. Without a
 * topic before the contrast ("不能只是被动接单，更要主动出击") the second half alone, without its leaning word.
 */
export function contrastThesis(first: string, second: string): string | undefined {
  const cue = FIRST_HALF.exec(first);
  const lean = SECOND_HALF.exec(second);
  if (!cue || !lean) return undefined;
  const topic = first.slice(0, cue.index);
  if (slideWidth(topic) >= 2) return `${topic}${second}`;
  const rest = second.slice(lean[0].length);
  return slideWidth(rest) >= 4 ? rest : undefined;
}

/** "资金保障也是机制的重要一环": the sentence says what its topic is part of; the topic is the title. */
const PART_OF =
  /^(.{2,12}?)(也|同样|更|还)?是.{0,10}的?(重要|关键|必要)?(一环|环节|组成部分|内容|方面|抓手|支撑|保障)$/u;

/** The topic of a clause that only says it belongs to something larger, or undefined. */
export function topicOfPart(clause: string): string | undefined {
  const match = PART_OF.exec(clause);
  const topic = match?.[1];
  // "这也是……的重要一环": a topic that points back says nothing on a slide.
  if (topic === undefined || slideWidth(topic) < 4 || /^(我|他|她|它|这|那)/u.test(topic)) return undefined;
  return endsOnFunctionWord(topic) ? undefined : topic;
}

/**
 * A sentence that states a problem the passage goes on to solve ("审批慢、环节多，是企业反映最集中的问题",
 * "融资难、用工难是中小企业的两大痛点", "……存在“挂牌子、摆样子”的现象", "光靠财政投入，改不了几个小区",
 * "过去群众反映问题要找好几个部门"): never the thesis, nor a point.
 */
const PROBLEM =
  /(是|成为|就是).{0,14}(问题|痛点|难点|堵点|短板|瓶颈|难题|弱项|顽疾|症结)$|存在.{0,20}(问题|现象)|(还有|仍有|还存在|仍然存在|面临).{0,12}(短板|不足|差距|弱项|困难|瓶颈)([，,]|$)|^\p{Script=Han}{1,4}[难慢多贵差乱]、\p{Script=Han}{1,4}[难慢多贵差乱]/u;

/** "光靠财政投入，改不了几个小区": what is not enough alone, said without what is needed besides ("……，还要……"). */
const NOT_ENOUGH_ALONE = /^(光|只|单|仅|单单)靠[^，,]{1,12}[，,][^，,]*(不|难|没)[^，,]*$/u;
/** "岗位再多，技能跟不上，也难上岗": however much there is of one thing, what still fails without another. */
const STILL_FAILS =
  /^[^，,]{1,12}再[多好大高强全][，,]([^，,]{1,14}[，,])?[^，,]{0,6}(也|还是|仍然|都)?(难|不|没)[^，,]*$/u;
/** "过去群众反映问题要找好几个部门": how things were, without a figure to set against now. */
const PAST_STATE = /^(过去|以前|以往|从前)(?![的，,])/u;

/**
 * One rule for titles and points: a problem named (……是最大的短板), what is not enough alone, how things were, or a
 * wrong state said at the end of its sentence (群众吃水难, 发展后劲不足) that no verb of its last clause solves.
 */
export function isProblem(sentence: string): boolean {
  const text = sentence.replace(/[。！？；，\s]+$/u, '');
  return (
    PROBLEM.test(text) ||
    NOT_ENOUGH_ALONE.test(text) ||
    STILL_FAILS.test(text) ||
    (PAST_STATE.test(text) && findFigures(text).length === 0) ||
    isWorry(lastClause(text))
  );
}

/** "山区村子分散，群众吃水难" → "群众吃水难": what a sentence ends on. */
function lastClause(text: string): string {
  return (
    text
      .split(/[，,；;：:]/u)
      .at(-1)
      ?.trim() ?? text
  );
}

/**
 * "发生的几起生产安全事故", "引进的高层次人才": a noun whose only verbs describe it (each right before its 的) names
 * what the sentence is about; it states nothing.
 */
export function isDescribedNoun(words: ReadonlyArray<{ word: string; tag: string }>): boolean {
  const verbs = words.flatMap((w, i) => (w.tag.startsWith('v') && w.tag !== 'vn' ? [i] : []));
  return (
    verbs.length > 0 && /^(n|i|l|j)/u.test(words.at(-1)?.tag ?? '') && verbs.every((i) => words[i + 1]?.word === '的')
  );
}

/** "做到了小事不出网格、大事不出社区": the result the passage achieved, said as the genre's slogan of two halves. */
const ACHIEVED = /^(做到|实现)了?(\p{Script=Han}{2,8}(、|，)\p{Script=Han}{2,8})$/u;

/** "为了让企业诉求件件有着落，我们……": the goal a passage opens with, which what follows works for. */
const PURPOSE = /^为了?(让|使)(\p{Script=Han}[^，,]{3,13})$/u;

/** The goal of a purpose clause that opens its sentence, without its 为了让; undefined for any other clause. */
export function purposeOf(clause: string): string | undefined {
  const goal = PURPOSE.exec(clause)?.[2];
  return goal === undefined || /^(我|他|她|它|这|那|大家)/u.test(goal) || endsOnFunctionWord(goal) ? undefined : goal;
}

/** The slogan a clause says was achieved, without its 做到. */
export function achieved(clause: string): string | undefined {
  return ACHIEVED.exec(clause)?.[2];
}

/**
 * "作风建设没有休止符", "生态环境保护任重道远", "……是一项长期任务": the genre's stock sayings of how long, hard or weighty
 * the work is. They lead into a passage; what it does is said after them. An open list.
 */
const STOCK_SAYING =
  /(任重道远|没有休止符|没有完成时|只有起点|没有终点|永远在路上|是一项(长期|系统|复杂|艰巨|基础)[^，。]{0,6}(任务|工程|工作)|重于泰山|是一篇大文章|没有捷径可?走|久久为功|一劳永逸|非一日之功|不是一朝一夕|一茬接着一茬干|没有最好[，,]?只有更好)/u;

/**
 * "没有规矩，不成方圆", "火车跑得快，全靠车头带": proverbs a speaker quotes on the way into a passage; like the stock
 * sayings, they say nothing of what the passage did. An open list.
 */
const PROVERB =
  /(没有规矩[，,]?不成方圆|火车跑得快[，,]?全靠车头带|打铁还需自身硬|千里之行[，,]?始于足下|众人拾柴火焰高|工欲善其事[，,]?必先利其器|磨刀不误砍柴工|民以食为天|一分部署[，,]?九分落实|人心齐[，,]?泰山移|喊破嗓子[，,]?不如做出样子|群众利益无小事|说一千道一万)/u;

export function isStockSaying(sentence: string): boolean {
  return STOCK_SAYING.test(sentence) || PROVERB.test(sentence);
}

/**
 * A clause that needs the next to be whole: "全部把婚事新办、丧事简办" (the verb of 把 comes after), "一些家庭为了办一场
 * 婚礼" (what they did for it comes after), "每建一个城市书房" (what is done each time comes after), "书房建在哪里", "发展什么产业" (what answers it comes after). Never a title on
 * its own.
 */
const NEEDS_THE_NEXT =
  /(?<!手)把(\p{Script=Han}{2,6}、)+\p{Script=Han}{2,6}$|^[^，,为]{1,8}为了[^，,]{1,12}$|^每(当|逢|到|次|建|办|开|发现|接到|遇到|有)|(哪里|什么|怎么|如何|多少|哪些|哪个)$|(什么|哪些|哪个|多少)\p{Script=Han}{1,4}$/u;

export function needsTheNext(clause: string): boolean {
  return NEEDS_THE_NEXT.test(clause.replace(/[。！？；，\s]+$/u, ''));
}

/** A sentence that only leads in: the problem the passage solves, or a stock saying. Never its title. */
export function isLeadIn(sentence: string): boolean {
  return isProblem(sentence) || isStockSaying(sentence);
}

/** "老屋还是那些老屋": a figure of speech, not a thesis. */
const TAUTOLOGY = /^(\p{Script=Han}{1,4})(还是|就是|依然是|仍是)(那|这)?(些|个|条|片|座|位|种)?\1$/u;

export function isFigureOfSpeech(clause: string): boolean {
  return TAUTOLOGY.test(clause);
}

/**
 * A name the speech puts in quotation marks ("一件事一次办", "站长+管理员+志愿者"); not a figure of speech after 的
 * ("办成群众的“连心站”"), which says what a thing is like, not what the method is called.
 */
const QUOTED_NAME = /(?<!的)“([^“”]{2,18})”/u;
/**
 * "建立了“网格发现、社区吹哨、部门报到”的工作机制", "开展“党员带头分、家庭一起分”活动": a quoted name followed by the kind of
 * method it names — the speaker's own headline for what the passage did.
 */
const METHOD_NAME =
  /(?<!的)“[^“”]{2,18}”的?(\p{Script=Han}{0,2})(机制|模式|办法|制度|活动|行动|工作法|做法|体系|服务)$/u;

/** Whether the clause names its method in quotation marks and says what kind of method it is. */
export function namesItsMethod(clause: string): boolean {
  return METHOD_NAME.test(clause.replace(/[。！；，、\s]+$/u, ''));
}
/** "从“要我巡”变成了“我要巡”": a change told as two quoted states. */
const CHANGE = /^从“[^“”]{1,10}”变(成|为)?了?“[^“”]{1,10}”$/u;
/** "群众“点单”、实践站“派单”、志愿者“接单”": quoted names side by side. */
const PARALLEL_NAMES = /”[^“”，]{0,6}、[^“”，]{0,6}“/u;

/** Whether the clause gives a method or a change its quoted name: the genre's headline. */
export function hasQuotedName(clause: string, opensWithMethod: boolean): boolean {
  if (CHANGE.test(clause) || PARALLEL_NAMES.test(clause)) return true;
  return opensWithMethod && QUOTED_NAME.test(clause);
}

/**
 * A clause too long for a title that names its method in quotation marks ("建立“网格发现、社区吹哨、部门报到”的工作机制"):
 * the name with what it names when both fit ("“站长+管理员+志愿者”管理模式"), else the name alone, unquoted.
 */
export function quotedNameTitle(clause: string, width: number): string | undefined {
  // Only a name followed by what it names ("……”的工作机制"): "作为“一号改革工程”" names no method of its own.
  const match = /“([^“”]{2,18})”的?(\p{Script=Han}{1,6})$/u.exec(clause);
  if (!match) return undefined;
  const [, name = '', head = ''] = match;
  const withHead = `“${name}”${head}`;
  if (head !== '' && slideWidth(withHead) <= width) return withHead;
  // "政府补一点、企业投一点、居民出一点": a name of parallel parts is said whole, as a thesis of two clauses may be.
  const widest = isSeries(name) ? SERIES_WIDTH : width;
  return slideWidth(name) >= 4 && slideWidth(name) <= widest ? name : undefined;
}

/** A name of parallel parts is as wide as a thesis of two clauses may be (titles.ts's STATEMENT_WIDTH). */
const SERIES_WIDTH = 18;

/** "政府补一点、企业投一点、居民出一点", "网格发现、社区吹哨、部门报到": parts of like length side by side. */
export function isSeries(name: string): boolean {
  const parts = name.split('、');
  if (parts.length < 2) return false;
  const widths = parts.map(slideWidth);
  return Math.max(...widths) - Math.min(...widths) <= 1 && Math.min(...widths) >= 2;
}

/** Figures outside quotation marks: "人才新政“30条”" names a policy, it counts nothing. */
export function hasFigureOutsideQuotes(text: string): boolean {
  const unquoted = text.replace(/“[^“”]*”/gu, '“”');
  return /[\d０-９]/u.test(unquoted) || findFigures(unquoted).length > 0;
}

/**
 * "我们体会，……", "我们体会最深的是，……", "第一点体会是，……", "我的感受是……": the speaker framing a thesis as their
 * lesson. A title says the lesson; the frame, with its numbering, is left out.
 */
const LESSON_FRAME =
  /^(第[一二三四五六七八九十]+点|[一二三四五六七八九十]是)?(我们|我)?(的)?(一点|几点|最大的|最深的|深切的|深刻的)?(体会|感受|认识|启示|收获|感悟)(到|最深的|最深)?(就是|是|有)?[，,：:]?\s*(?=\p{Script=Han}{2})/u;

/** A title without the speaker's frame of their lesson ("第一点体会是，要把群众放在心上" → "要把群众放在心上"). */
export function withoutLessonFrame(text: string): string {
  const bare = text.trim().replace(LESSON_FRAME, '');
  return slideWidth(bare) >= 4 ? bare : text.trim();
}

/** "过去种的都是玉米", "刚开始大家都不理解": how things were, the start of a story; what was done comes after. */
const STORY_TIME =
  /^(过去|以前|以往|从前|原来|原先|早些年|前些年|那些年|那时|当时|刚开始|一开始|起初|最初|开始时|小时候|早上|上午|中午|下午|傍晚|晚上|夜里|半夜|凌晨|清晨|深夜|有一天|有一次|有天|有次|那天|那一天|那年|那一年|[一二三四五六七八九十两\d]{1,2}点(多|半|钟|[，,]))/u;
/**
 * "“书记，你们真是办了件好事啊”": someone's words quoted — a voice (a sentence with a pronoun or a particle of speech
 * in it), not a name the speech gives its method ("“一件事一次办”").
 */
const QUOTED_WORDS = /^“(?=[^“”]*[，,！!？?])(?=[^“”]*([你我咱您他她]|[吗呢啊吧呀啦哇嘛]))/u;
/** "一个人做饭麻烦", "有位老党员……", "一户村民……": a story's character brought on stage. */
const STORY_CHARACTER =
  /^(有|有一)?(一)?(个|位|名|户|家|对)(人|老人|老汉|老党员|党员|大爷|大娘|大妈|阿姨|村民|居民|群众|孩子|学生|职工|工人|老板|家庭|母亲|父亲|年轻人|小伙子|姑娘)/u;
/** "我想讲一个例子", "举个例子", "给大家说一件事": the speaker announcing a story. */
const STORY_ANNOUNCED =
  /^(我|我们)?(想|再|就|先|来|给大家)?(讲|说|举|谈|分享|介绍)(一|两|几)?(个|件|段)\p{Script=Han}{0,4}(例子|故事|事情|事例|案例|事|经历)|(例子|故事|事例)$/u;
/** Words a title cannot open on: they join it to what was said before, or to the subject it lost. */
const OPENS_MID_CLAUSE = new Set([
  ...[
    '的',
    '地',
    '得',
    '之',
    '了',
    '着',
    '过',
    '和',
    '与',
    '及',
    '或',
    '并',
    '而',
    '也',
    '还',
    '又',
    '就',
    '才',
    '却',
    '都',
  ],
  ...['则', '但', '所以', '因此', '因而', '从而', '于是', '以及', '并且', '而且', '甚至', '以便', '但是', '可是'],
  // "可以直接向县农业农村局报告": what someone may or should do, without the someone it was said of.
  ...['可以', '能够', '应当', '应该', '得以', '便于', '进而'],
]);
/**
 * "书房就不愁没人来", "价格也上去": a short topic and a consequence leaning on the clause it was said with (只要……,
 * 有了……), not a thesis of its own. "护河还要发动群众", "后端也要运得走" say what is needed, and stay.
 */
const LEANING_ADVERB = new Set(['也', '就', '才', '又']);
const STILL_A_THESIS = /^(要|是|得|需|能|应|必须|可以|会)/u;

/** Whether the title opens mid-clause, by its words ("就业" opens nothing; "就不愁……" leans on a condition). */
function opensMidClause(text: string): boolean {
  const words = wordsOf(text);
  if (OPENS_MID_CLAUSE.has(words[0]?.word ?? '')) return true;
  const lean = words.findIndex((w) => LEANING_ADVERB.has(w.word) && w.tag.startsWith('d'));
  // The topic is a noun or two ("书房", "价格"): "给年轻人才压担子" opens with a verb's preposition, not a topic.
  if (lean < 1 || !words.slice(0, lean).every((w) => /^(n|r|vn)/u.test(w.tag))) return false;
  const topic = words
    .slice(0, lean)
    .map((w) => w.word)
    .join('');
  const rest = words
    .slice(lean + 1)
    .map((w) => w.word)
    .join('');
  return slideWidth(topic) <= 4 && !STILL_A_THESIS.test(rest);
}
/** Prepositions that need the verb after their object: "成立了由行业协会" is cut before its verb. */
const WAITS_FOR_A_VERB = new Set([
  '由',
  '被',
  '经',
  '向',
  '给',
  '跟',
  '同',
  '对',
  '为',
  '把',
  '将',
  '以',
  '通过',
  '按照',
]);

/** A title whose verb's object opens with a preposition waiting for a verb ("成立了由行业协会") that never comes. */
function cutBeforeItsVerb(text: string): boolean {
  const words = wordsOf(text);
  const at = words.findLastIndex((w) => w.tag.startsWith('p') && WAITS_FOR_A_VERB.has(w.word));
  // "成立了由……": a verb whose object a preposition opened. One that opens the title ("给年轻干部压担子") is weighed
  // elsewhere (titles.ts's onlySetsUp): jieba tags too many of the genre's verbs as nouns to judge what follows it.
  if (at < 1 || !words.slice(0, at).some((w) => w.tag.startsWith('v'))) return false;
  const after = words.slice(at + 1);
  return after.length > 0 && !after.some((w) => /^(v|x|l|i)|^a$/u.test(w.tag));
}

/** "群众需要什么就提供什么": a question word echoed by its answer is a whole thesis, not a clause waiting for the next. */
const ECHOED = /(什么|哪里|谁|多少).+\1$/u;

/** "听群众的", "看群众的": whose word is followed, a 的 that ends a whole phrase. */
const WHOSE_WORD = /(听|看|按|照)\p{Script=Han}{1,4}的$/u;

/**
 * "下面简要汇报", "下面我从三个方面汇报", "接下来，就我县的做法作个介绍", "现将有关情况报告如下": the speaker announcing
 * what the talk will do — its frame, never its content.
 */
const ANNOUNCEMENT =
  /^(下面|接下来|以下|现将|现就|在此)[，,]?(我|我们|本人)?(就|从|把|将|对|围绕)?[^，,。]{0,16}?(简要|简单|重点|扼要|着重)?(汇报|介绍|交流|报告|谈谈|谈一谈|谈|讲讲|讲|说说|分享)(一下|如下|几点|\p{Script=Han}{0,20})$/u;

/** Whether a sentence only announces what the talk will say ("下面，我简要汇报我县的做法"). */
export function isAnnouncement(sentence: string): boolean {
  return ANNOUNCEMENT.test(sentence.trim().replace(/[。！；：:，\s]+$/u, ''));
}

/** How a text fails as a slide title, as a speaker would say it; undefined when it can be one. */
export type UnfitTitle = 'story' | 'fragment' | 'half clause' | 'frame' | 'problem';

/** "第一点体会是", "我们的体会": the frame alone, with nothing of the lesson it frames. */
const LESSON_FRAME_ALONE =
  /^(第[一二三四五六七八九十]+点|[一二三四五六七八九十]是)?(我们|我)?(的)?(一点|几点|最大的|最深的)?(体会|感受|认识|启示|收获|感悟)(到|最深的|最深)?(就是|是|有)?$/u;

/**
 * "根据企业用工需求", "对银行抵押业务", "针对老人的需求": a preposition and the object it frames, the verb still to come —
 * the opening of a clause, not what it says.
 */
const SCENE_ONLY =
  /^(根据|按照|依照|依据|针对|对于?|围绕|面对|随着|结合|依托|立足|基于)[^，,]{1,10}(需求|需要|意愿|实际|情况|问题|业务|特点|要求|部署|原则|标准|变化|形势|群体|人员|企业|对象|领域|环节|短板|难题|痛点|期待|期盼)$/u;

/**
 * "老人一按按钮", "群众一扫码": the condition of "as soon as ……, ……" without what follows it; "各级河湖长是否真正动起来",
 * "能否守住底线": the question a 关键在于/取决于 sets, without it — each half of a sentence, not what it says.
 */
const CONDITION_OR_QUESTION_ONLY =
  /^[^，,]{0,6}一(按|扫|拨|打|喊|叫|敲|刷|拍|有|出|来|到)(?!定|般|起|直|致|样|切|些|下子|线|流|体|批|贯)|是否|能否|可否/u;

/**
 * Why a text is no slide title, whatever chose it: the opening of a story ("过去种的都是玉米", "一个人做饭麻烦", "我想讲
 * 一个例子"), a fragment that starts mid-clause ("的团队花两个月……", "也没有放下", "也让群众参与进来"), a half clause cut
 * before its verb ("成立了由行业协会") or ending on a function word, or a problem the passage answers ("说到底，是对调解结果
 * 不放心"). Undefined when none of these applies.
 */
export function unfitTitle(title: string): UnfitTitle | undefined {
  const text = title.trim().replace(/[。！？；，、\s]+$/u, '');
  const plain = text.replace(/^[“”‘’"「」]+/u, '');
  if (STORY_TIME.test(plain) || STORY_CHARACTER.test(plain) || STORY_ANNOUNCED.test(plain) || QUOTED_WORDS.test(text))
    return 'story';
  if (opensMidClause(plain) || SCENE_ONLY.test(plain) || CONDITION_OR_QUESTION_ONLY.test(plain)) return 'fragment';
  if (
    (endsOnFunctionWord(plain) && !WHOSE_WORD.test(plain)) ||
    cutBeforeItsVerb(plain) ||
    (needsTheNext(plain) && !ECHOED.test(plain))
  )
    return 'half clause';
  if (LESSON_FRAME_ALONE.test(plain) || isAnnouncement(plain)) return 'frame';
  if (isProblem(plain)) return 'problem';
  return undefined;
}

/**
 * "是对调解结果不放心", "一个人做饭麻烦", "群众怕麻烦": what people worry about or find hard — the problem a passage
 * answers, said as its cause. An open list.
 */
const WORRY =
  /(不放心|不信任|不相信|不理解|不愿意|不愿|不敢|不会用|不方便|顾虑|担心|怕麻烦|嫌麻烦|没人管|没人问|没钱|缺钱|缺人手|麻烦|发愁|犯难|头疼|难办|吃不上|看不起病|跑断腿)$/u;

/**
 * "群众办事难", "基层人手不足", "村子富不起来", "山区村子分散", "基层负担重": a state that is wrong, said at the end — the
 * problem a passage answers. An open list.
 */
const WRONG_STATE =
  /((?<![克迎畏知])难|不足|不够|不强|不高|不到位|不健全|不完善|不平衡|不充分|不规范|不顺畅|不畅|薄弱|滞后|落后|短缺|匮乏|缺乏|欠缺|分散|单一|老化|空心化|(负担|压力|任务|担子)(很|太|较|过)?重|(压力|难度|缺口)(很|太|较|过)?大|(成本|门槛|风险)(很|太|较|过)?高|[不没](起来|下去|上来|进来|出去|过来|住|了|动|起|上))$/u;
/** "破解融资难", "补齐服务短板不足", "改变村子富不起来": a verb that solves the wrong state first makes it a thesis. */
const SOLVES =
  /^(破解|解决|化解|破除|缓解|攻克|补齐|补足|弥补|克服|应对|扭转|改变|治理|整治|根治|打破|突破|减轻|减少|降低|消除|防止|避免|杜绝|纠正|告别|不再|让|使|把|从|变)/u;

/**
 * "着力破解群众吃水难", "解决了群众吃水难": a verb that solves it, after the speaker's side or an adverb; "……的项目一律不上":
 * a rule the speaker keeps, not a wrong state.
 */
const SOLVED_ON_THE_WAY =
  /(破解|解决|化解|破除|缓解|攻克|补齐|补足|弥补|克服|扭转|改变|根治|打破|突破|减轻|消除|防止|避免|杜绝|告别|不再|一律不|坚决不|绝不|决不)/u;

function isWorry(text: string): boolean {
  const plain = text.replace(/[。！？；，\s]+$/u, '');
  return WORRY.test(plain) || (WRONG_STATE.test(plain) && !SOLVES.test(plain) && !SOLVED_ON_THE_WAY.test(plain));
}

/** "品牌打响之后": the cause a result follows. */
const AFTER_CAUSE = /^(\p{Script=Han}{2,8}?)(之后|以后)$/u;
/** "价格也上去了": its result, leaning on the cause by 也/就 and closed by 了. */
const LEANING_RESULT = /^(\p{Script=Han}{1,6}?)(也|就)(\p{Script=Han}{2,8}?)了?$/u;

/**
 * "品牌打响之后，价格也上去了" → "品牌打响，价格上去": a cause and the result that followed, said as a speaker's two-beat
 * slogan (之后, the leaning 也 and the closing 了 left out).
 */
export function causeAndResult(first: string, second: string): string | undefined {
  const cause = AFTER_CAUSE.exec(first)?.[1];
  const result = LEANING_RESULT.exec(second);
  if (cause === undefined || !result || /^(我|他|她|它|这|那)/u.test(cause)) return undefined;
  const said = `${result[1]}${result[3]}`;
  return slideWidth(said) >= 3 ? `${cause}，${said}` : undefined;
}

/** "书房建在哪里", "改什么", "谁来管": a question the speech raises inside a sentence, with the answer after it. */
const OPEN_QUESTION = /(哪里|什么|谁|哪些|怎么\p{Script=Han}{0,2}|如何\p{Script=Han}{0,2})$/u;
/** "我们也听群众的", "由群众说了算": who decides, the answer; the speaker's side before it left out. */
const DECIDED_BY = /^(我们|大家)?(也|都|就|还)?((听|由|让|问|靠)\p{Script=Han}{2,10})$/u;

/**
 * "书房建在哪里，我们也听群众的" → "书房建在哪里听群众的": a question raised inside the sentence and who answers it, as
 * one statement (the speaker's 我们也 left out).
 */
export function decidedBy(first: string, second: string): string | undefined {
  if (!OPEN_QUESTION.test(first) || slideWidth(first) < 3 || slideWidth(first) > 8) return undefined;
  const answer = DECIDED_BY.exec(second)?.[3];
  return answer === undefined ? undefined : `${first}${answer}`;
}

/** What a thesis names its topic ("……是社区矫正的底线", "是医保工作的落脚点"): the genre's words for the ground a part stands on. */
const THESIS_OF_TOPIC =
  /^(就|始终|更|也)?是[^，,。]{1,14}的(底线|红线|生命线|核心|关键|根本|基础|前提|保障|根基|落脚点|出发点|着力点|突破口|重中之重|第一要务|头等大事)$/u;

/**
 * "精准管控，是社区矫正的底线" → "精准管控": a lead whose first clause is a short topic and whose second only says what
 * that topic is to the work names its part by the topic, as a speaker does; undefined for any other sentence
 * ("改革要见效，关键在窗口" says how, and stays whole).
 */
export function thesisTopic(sentence: string): string | undefined {
  const clauses = sentence
    .trim()
    .replace(/[。！；\s]+$/u, '')
    .split(/[，,]/u);
  if (clauses.length !== 2) return undefined;
  const [topic = '', said = ''] = clauses.map((c) => c.trim());
  if (!THESIS_OF_TOPIC.test(said) || slideWidth(topic) < 2 || slideWidth(topic) > 8) return undefined;
  // "我们要……", "这……": a clause with a subject or modal of its own is no topic.
  if (/^(我|他|她|它|这|那|要|也|还)|[要了把将]|我们/u.test(topic) || endsOnFunctionWord(topic)) return undefined;
  return topic;
}

/** What the second clause of a lead names as the way to its goal: "关键是……", "重在……", "要……". */
const WAY_TO_GOAL = /^(关键(是|在于|在|要)|重在|贵在|在于|要(?!求))/u;
/** A goal said as a clause of its own: "让教师下得去", "使群众满意", "留得住", "教得好". */
const GOAL =
  /^(要)?(让|使|确保)|.得(去|住|好|上|起|动|下|了|快|实|牢|稳|准|通|优|来|出|开|活|响|美|富|强|宽|早|进|久|满意)$/u;

/**
 * "让教师下得去，关键是把补充渠道打通" → "让教师下得去": a part's lead that states its goal, then the way to it, is named
 * by the goal, as a speaker names the parts of a talk (让教师下得去 / 留得住 / 教得好); undefined for any other lead
 * ("习惯的养成，关键在宣传引导" names a topic, not a goal, and stays whole).
 */
export function goalOfLead(heading: string): string | undefined {
  const clauses = heading
    .trim()
    .replace(/[。！；\s]+$/u, '')
    .split(/[，,]/u)
    .map((c) => c.trim());
  if (clauses.length !== 2) return undefined;
  const [goal = '', way = ''] = clauses;
  if (!WAY_TO_GOAL.test(way) || !GOAL.test(goal) || slideWidth(way) < 4) return undefined;
  const named = goal.replace(/^要(?=让|使|确保)/u, '');
  return slideWidth(named) >= 3 ? named : undefined;
}

/**
 * "节水，既要靠管，也要靠改" as said: a lead whose clauses pair 既…也/又 is one thought, kept whole with its 要s (never
 * "节水，既要靠管"); only its pair where the topic before would make it too long. Undefined for any other lead.
 */
export function pairedLead(sentence: string, width: number): string | undefined {
  const clauses = sentence
    .trim()
    .replace(/^我们/u, '')
    .replace(/[。！；\s]+$/u, '')
    .split(/[，,]/u)
    .map((c) => c.trim());
  const both = clauses.findIndex((c, i) => /^既/u.test(c) && /^(也|又|还|更)/u.test(clauses[i + 1] ?? ''));
  if (both < 0 || both + 2 !== clauses.length || both > 1) return undefined;
  const whole = clauses.join('，');
  if (slideWidth(whole) <= width) return whole;
  const pair = clauses.slice(both).join('，');
  return slideWidth(pair) <= width ? pair : undefined;
}
