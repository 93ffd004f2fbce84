// Points that each open with a bold lead phrase, as the deck's cards: a shape per point side by side (two by two for
// four at 4:3), the accent along its top, the lead as its title over a gold rule, the rest and its sub-points below.
import { chineseNumber } from '../../../deck/labels.ts';
import { cardColumns, subPointSize } from '../../../deck/layout.ts';
import { CARD_PHRASES, PHRASE_RULES, phraseRulesWith } from '../../../deck/phrases.ts';
import type { Block } from '../../../outline/types.ts';
import type { Frame } from '../canvas.ts';
import { PT_PER_PX, textBodyXml, type Paragraph } from '../drawingml.ts';
import { FACES } from '../fonts.ts';
import { READER_ROOM_EM, balancedWraps, lineCount, textWidthEm } from '../measure.ts';
import { breakRuns, deckLines, runStyle, runsOf, runsText } from '../paragraphs.ts';
import { leadInlines, pointInlines } from '../rich-text.ts';
import type { SlideContext } from './context.ts';
import { paragraphsHeight } from './measure-text.ts';

type Points = Extract<Block, { kind: 'points' }>;

/** `.sd-card`'s measures, in em of the point size. */
const CARD = {
  gap: 0.6,
  padTop: 0.75,
  padX: 0.8,
  padBottom: 0.85,
  border: 0.16,
  titleSize: 1.1,
  titleLine: 1.35,
  ruleGap: 0.35,
  rule: 3,
  titleGap: 0.45,
};

interface Card {
  title: Paragraph;
  body: Paragraph[];
  titleHeight: number;
  bodyHeight: number;
}

function cardsOf(context: SlideContext, block: Points, size: number, innerWidth: number): Card[] {
  const { theme } = context.look;
  const numbering = context.plan.meta.numbering;
  // (numbered on from where the list stood, where the plan continued it on another slide)
  const start = block.start ?? 1;
  const titleStyle = runStyle(FACES.title, size * CARD.titleSize, theme.heading, {
    bold: true,
    spacingPt: size * CARD.titleSize * 0.04 * PT_PER_PX,
  });
  const text = runStyle(FACES.text, size, theme.text);
  const sub = runStyle(FACES.text, subPointSize(size), theme.muted);
  // Broken as the deck breaks them: the lead and its text by the card's rules, the sub-points by the slide's.
  const cardRules = phraseRulesWith(CARD_PHRASES, context.plan.meta.keep);
  const subRules = phraseRulesWith(PHRASE_RULES, context.plan.meta.keep);
  return block.points.map((point, i) => {
    const { lead, rest } = leadInlines(point) ?? { lead: [], rest: pointInlines(point) };
    const marker = block.ordered
      ? numbering === 'chinese'
        ? `（${chineseNumber(start + i)}）`
        : `${start + i}. `
      : '';
    // The deck's own lines, written in: the reader would break the Chinese anywhere (当前和长远统筹兼 / 顾). The lead
    // is balanced (`text-wrap: balance`) after its （一）, a box of its own the lead may start under (（一） /
    // 线上线下结合).
    const leadRuns = runsOf(lead, titleStyle);
    const markerEm = marker ? textWidthEm(marker) + 0.04 * [...marker].length + MARKER_GAP : 0;
    const leadWraps = balancedWraps(runsText(leadRuns), innerWidth, size * CARD.titleSize, {
      spacingEm: 0.04,
      rules: cardRules,
      indentEm: markerEm,
    });
    const titleRuns = [
      ...(marker ? [{ text: marker, style: { ...titleStyle, colour: theme.accent } }] : []),
      ...breakRuns(leadRuns, leadWraps),
    ];
    const restRuns = runsOf(rest, text, theme.heading);
    const title: Paragraph = {
      runs: titleRuns,
      style: { lineSpacing: { exactPt: size * CARD.titleSize * CARD.titleLine * PT_PER_PX } },
      end: titleStyle,
    };
    const body: Paragraph[] = [
      {
        runs: deckLines(restRuns, innerWidth, size, cardRules, { pretty: true }),
        style: { lineSpacing: { exactPt: size * 1.45 * PT_PER_PX }, spaceAfterPt: size * 0.15 * PT_PER_PX },
        end: text,
      },
      ...point.points.map((p) => ({
        runs: deckLines(
          runsOf(pointInlines(p), sub, theme.heading),
          innerWidth - SUB_INDENT * subPointSize(size),
          subPointSize(size),
          subRules,
          { pretty: true },
        ),
        style: {
          marginPx: size * 0.9,
          indentPx: -size * 0.9,
          lineSpacing: { exactPt: subPointSize(size) * 1.4 * PT_PER_PX },
          bullet: { char: '\u2013', colour: theme.muted, sizePct: 100 },
        },
        end: sub,
      })),
    ];
    // (counted where the reader sets them: the deck's lines, written in, each fit there)
    const readerWidth = innerWidth + READER_ROOM_EM * size;
    const titleHeight =
      lineCount(runsText(titleRuns.slice(marker ? 1 : 0)), readerWidth, size * CARD.titleSize, {
        spacingEm: 0.04,
        rules: cardRules,
        indentEm: markerEm,
      }) *
      size *
      CARD.titleSize *
      CARD.titleLine;
    const bodyRules = [cardRules, ...point.points.map(() => subRules)];
    return { title, body, titleHeight, bodyHeight: paragraphsHeight(body, readerWidth, bodyRules) };
  });
}

/** The （一） marker's right margin in em (`.sd-numbered-chinese .sd-card .sd-marker`). */
const MARKER_GAP = 0.05;
/** A card's sub-point text starts past its dash (`.sd-subpoints > li`'s left padding), in em of its own size. */
const SUB_INDENT = 1.1;

function geometry(context: SlideContext, block: Points, width: number, size: number) {
  const columns = cardColumns(block, context.plan.meta.aspect, context.plan.meta.keep);
  const gap = CARD.gap * size;
  const cardWidth = (width - gap * (columns - 1)) / columns;
  const innerWidth = cardWidth - 2 * CARD.padX * size;
  const cards = cardsOf(context, block, size, innerWidth);
  const rows = Math.ceil(cards.length / columns);
  const titleHeight = Math.max(...cards.map((card) => card.titleHeight));
  const cardHeight = (card: Card) =>
    (CARD.border + CARD.padTop + CARD.ruleGap + CARD.titleGap + CARD.padBottom) * size +
    CARD.rule +
    titleHeight +
    card.bodyHeight;
  const rowHeight = Math.max(...cards.map(cardHeight));
  return {
    columns,
    gap,
    cardWidth,
    innerWidth,
    cards,
    rows,
    titleHeight,
    rowHeight,
    height: rows * rowHeight + (rows - 1) * gap,
  };
}

/** The height the cards take across `width`. */
export function cardsHeight(context: SlideContext, block: Points, width: number, size: number): number {
  return geometry(context, block, width, size).height;
}

export function drawCards(context: SlideContext, block: Points, frame: Frame, size: number): void {
  const { tree, look } = context;
  const { theme } = look;
  const { columns, gap, cardWidth, innerWidth, cards, titleHeight, rowHeight } = geometry(
    context,
    block,
    frame.w,
    size,
  );
  cards.forEach((card, i) => {
    const x = frame.x + (i % columns) * (cardWidth + gap);
    const y = frame.y + Math.floor(i / columns) * (rowHeight + gap);
    tree.rect({ x, y, w: cardWidth, h: rowHeight }, theme.pointBand);
    tree.rect({ x, y, w: cardWidth, h: CARD.border * size }, theme.accent);
    const innerX = x + CARD.padX * size;
    const titleY = y + (CARD.border + CARD.padTop) * size;
    const readerWidth = innerWidth + READER_ROOM_EM * size;
    tree.text({ x: innerX, y: titleY, w: readerWidth, h: titleHeight }, textBodyXml({ anchor: 'b' }, [card.title]), {
      name: `Card title ${i + 1}`,
    });
    const ruleY = titleY + titleHeight + CARD.ruleGap * size;
    tree.rect({ x: innerX, y: ruleY, w: innerWidth, h: CARD.rule }, theme.gold);
    const bodyY = ruleY + CARD.rule + CARD.titleGap * size;
    tree.text(
      {
        x: innerX,
        y: bodyY,
        w: readerWidth,
        h: Math.max(card.bodyHeight, y + rowHeight - bodyY - CARD.padBottom * size),
      },
      textBodyXml({}, card.body),
      { name: `Card ${i + 1}` },
    );
  });
}
