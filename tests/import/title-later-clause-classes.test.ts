// Slide titles a speaker takes from later in the passage than the draft did: the clause that states the thesis after a
// clause of background in the same sentence, and a method the speech names in quotation marks and says what kind it
// is (……”的工作机制, ……”活动), over the saying that leads to it. Sentences invented in the genre's manner, on topics
// of their own (none from a speech of the reference set).
import { describe, expect, it } from 'vitest';
import { planSlides } from '../../src/import/slides.ts';
import { namesItsMethod } from '../../src/import/title-phrasing.ts';

const titleOf = (paragraph: string): string | undefined => planSlides({ paragraphs: [paragraph] }, '开场')[0]?.title;

describe('a thesis said after the background in its sentence', () => {
  it('titles the slide alone, without the background clause before it', () => {
    const cases: Array<[string, string]> = [
      [
        '我们有12支家庭医生团队，覆盖全部行政村，团队是签约服务的主体。每支团队由1名全科医生、1名护士和1名公卫人员组成，每月入村两次，为签约群众提供随访、用药指导等服务。去年签约居民达到5.2万人。',
        '团队是签约服务的主体',
      ],
      [
        '我们县地处山区，耕地少、坡地多，只能走特色种植的路子。县里引进中药材种植企业3家，带动农户种植黄精、白芨等1.2万亩，户均增收8000元。',
        '走特色种植的路子',
      ],
      [
        '全市现有城市社区210个，各类物业小区1400多个，业委会是小区治理的主体。我们推动符合条件的小区应建尽建，去年新成立业委会186个，组建率提高到78%。',
        '业委会是小区治理的主体',
      ],
    ];
    for (const [paragraph, title] of cases) expect(titleOf(paragraph), paragraph).toBe(title);
  });

  it('but a second clause that leans on the first keeps both, as said', () => {
    expect(
      titleOf('人回来了，还要留得住。我们为返乡人员提供创业担保贷款，去年发放贷款1.2亿元，扶持创业项目300多个。'),
    ).toBe('人回来了，还要留得住');
    expect(
      titleOf('改革要见效，关键在窗口。我们在政务大厅设立了企业专区，由业务骨干帮办代办，去年帮办事项2600件。'),
    ).toBe('改革要见效，关键在窗口');
  });
});

describe('a method the speech names in quotation marks and says what kind it is', () => {
  it('is the title over the saying that leads to it', () => {
    const cases: Array<[string, string]> = [
      [
        '社区矫正不能只是“管住人”，更要“教好人”。我们推行了“一人一策、一月一评”的帮教机制，为每名矫正对象制定帮教方案，去年帮助86人找到工作。',
        '“一人一策、一月一评”帮教机制',
      ],
      [
        '窗口服务不能只是“等上门”，更要“走出去”。我们推行“预约上门、代办到家”的服务模式，工作人员带着设备进村入户，去年上门办理业务4300件。',
        '“预约上门、代办到家”服务模式',
      ],
      [
        '为了把好事办好，我们在全镇开展“干部带头拆、群众跟着拆”行动，镇村干部先拆自家违建，三个月拆除违建1.3万平方米。',
        '“干部带头拆、群众跟着拆”行动',
      ],
    ];
    for (const [paragraph, title] of cases) expect(titleOf(paragraph), paragraph).toBe(title);
  });

  it('names a method only where the kind follows the name; a figure of speech after 的 or a further step is none', () => {
    expect(namesItsMethod('建立了“网格发现、社区吹哨、部门报到”的工作机制')).toBe(true);
    expect(namesItsMethod('开展“党员带头分、家庭一起分”活动')).toBe(true);
    expect(namesItsMethod('把实践站办成群众的“连心站”')).toBe(false);
    expect(namesItsMethod('推行“一件事一次办”')).toBe(false);
    // The thesis the passage opens with stays: the quoted 制度 is a further step (我们还……).
    expect(
      titleOf(
        '我们把老旧市场改造作为民生实事，改造后的市场成了群众的“菜篮子”。去年改造农贸市场12个。我们还建立了市场管理“红黑榜”制度，每月通报一次。',
      ),
    ).toBe('把老旧市场改造作为民生实事');
  });
});
