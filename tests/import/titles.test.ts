// The title chooser: the sentence or clause of a passage that states its thesis. Sentences from the issue and invented
// ones in the genre's manner (none from a held-out speech of the reference set).
import { describe, expect, it } from 'vitest';
import { thesisTitle, weighedTitle } from '../../src/import/titles.ts';

describe('a slide title drawn from its passage', () => {
  it('takes a first sentence that states the thesis whole, its topic with it', () => {
    expect(
      thesisTitle([
        '养老服务好不好，关键在人。',
        '我们与职业院校合作开展护理员技能培训，累计培训1200余人次。',
        '目前，全区持证上岗的护理员达到860名。',
      ]),
    ).toBe('养老服务好不好，关键在人');
    expect(thesisTitle(['有了设施，还要有服务。', '我们引入了14家专业机构运营站点，由专业的人干专业的事。'])).toBe(
      '有了设施，还要有服务',
    );
    expect(thesisTitle(['河湖长制的核心是责任。', '我们建立了区、镇、村三级河湖长体系，全区共设立河湖长286名。'])).toBe(
      '河湖长制的核心是责任',
    );
  });

  it('says both halves of a contrast, not the first alone', () => {
    expect(
      thesisTitle([
        '护林不能只靠林业部门，还要发动群众。',
        '我们在全县招募护林志愿者600余名，发现火情随手拍、随时报。',
      ]),
    ).toBe('护林不能只靠林业部门，还要发动群众');
  });

  it('passes over a first sentence that only leads in, for the method the passage states', () => {
    // From the issue: "制度再完善，最终还要靠人来执行" was a title for want of a better one.
    const title = thesisTitle([
      '制度再完善，最终还要靠人来执行。',
      '我们坚持把干部队伍建设作为基础工程，建立了镇村干部分级培训制度，全年培训村干部860人次。',
    ]);
    expect(title).toMatch(/^(坚持把干部队伍建设作为基础工程|建立了?镇村干部分级培训制度)$/u);
    // From the issue: "过去一段时间" is never a title.
    expect(
      thesisTitle([
        '过去一段时间，群众办事要跑好几个部门。',
        '我们推行“一窗受理”，把23个部门的事项集中到一个窗口办理。',
      ]),
    ).toBe('推行“一窗受理”');
  });

  it('never opens with a pronoun, a place that tells who did it, or a word leaning on the sentence before', () => {
    const title = thesisTitle([
      '对留在村里的农民，我们同样注重提升他们的本领。',
      '镇里专门建了一个实训基地，请专家手把手教种茶、养猪、做电商，三年来累计培训3000余人次。',
    ]);
    expect(title).toBeDefined();
    expect(title).not.toMatch(/^(同样|镇里|他们)|他们/u);
  });

  it('puts no figure in a title and gives none for a story', () => {
    expect(thesisTitle(['一位做食品生意的个体户说，现在办证只要跑一次。'])).toBeUndefined();
    expect(thesisTitle(['全年共化解纠纷540余起。'])).toBeUndefined();
  });

  it('weighs a passage’s own words above those every speech says (TF-IDF)', () => {
    // The same shape of passage, once about 机制 (said in every speech), once about 助餐 (said in few).
    const general = weighedTitle(['健全服务机制。', '服务机制覆盖全部社区，服务机制按月考核。']);
    const own = weighedTitle(['健全助餐网络。', '助餐网络覆盖全部社区，助餐网络按月考核。']);
    expect(general?.text).toBe('健全服务机制');
    expect(own?.text).toBe('健全助餐网络');
    expect(own?.score ?? 0).toBeGreaterThan(general?.score ?? 0);
  });
});
