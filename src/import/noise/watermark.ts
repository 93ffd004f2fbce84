// Rules for watermark notices: "仅供学习", "禁止外传", "用后删除", "内部资料 注意保存", copyright lines.
import { enoughHits, isShortLine, type NoiseRule } from './rule.ts';

const NOTICE = [
  /仅供(个人)?(学习|参考|交流|内部|研究|阅读)/u,
  /(禁止|严禁|请勿|不得|谢绝)(外传|转载|传播|复制|商用|外泄|转发|用于商业)/u,
  /(用后|阅后|下载后).{0,6}删除/u,
  /版权(所有|声明|归.{1,10}所有)|侵权必究|如有侵权|违者.{0,6}自负|未经.{0,8}(授权|许可|同意)|转载请注明/u,
  /(商业|盈利)用途/u,
  // "内部资料 注意保存", "内部材料，妥善保管": a document's classification stamped on its pages.
  /^[【[（(]?内部(资料|材料|文件|刊物)[】\]）)]?(?!\p{Script=Han})|(注意|妥善)(保存|保管|保密)(?!\p{Script=Han})/u,
];

export const distribution: NoiseRule = {
  name: 'watermark',
  description: 'a short watermark or distribution notice ("仅供学习 禁止外传 用后删除")',
  test: (line) => isShortLine(line) && enoughHits(line, NOTICE),
};
