/**
 * Shares and rates a paragraph states together with their parts: "城中村 136 个，占比达 78.6%" (part 136, the
 * whole one of the larger figures of the same unit before it), "占资产总额的 7.23%", "排查 1815 起，化解
 * 1793 起，化解率为 98.79%" (part: the count labelled 化解; whole: another count of the same kind), and
 * "实际下达预算 2596 万元，全年实际总支出 2595.6208 万元，项目预算执行率 99%" (part: an amount labelled as spent,
 * 支出/执行/支付/拨付; whole: an amount labelled as the budget, 预算/下达/批复/资金).
 */
import { clean, div, within } from "../../decimal";
import { FILLER_WORDS, isExact, residue, type TextFigure, figuresIn } from "./figures-in-text";
import { normalize, statedTolerance } from "./text";

export interface ShareStatement {
  /** The stated share or rate, in percent. */
  readonly figure: TextFigure;
  readonly kind: "share" | "rate" | "execution";
  /** The words that make it a share or rate: "占比达", "占资产总额的", "化解率为", "预算执行率". */
  readonly words: string;
  /** The part, and for an execution rate every amount that may be the one spent, nearest first. */
  readonly part: TextFigure;
  readonly parts: readonly TextFigure[];
  /** Figures that may be the whole, in order of preference: the same sentence nearest first, then the rest of
   *  the paragraph before it, nearest first. */
  readonly candidates: readonly TextFigure[];
}

/** Counts of cases: 件, 起 and 宗 count the same things. */
const CASE_UNITS = new Set(["件", "起", "宗"]);

/** Whether two figures are amounts of one kind that can be divided. */
export function sameKind(a: TextFigure, b: TextFigure): boolean {
  if (a.kind === null || b.kind === null || a.kind !== b.kind) return false;
  if (a.kind === "money") return true;
  if (a.kind === "percent" || a.kind === "score") return false;
  if (a.unit === b.unit) return true;
  return CASE_UNITS.has(a.unit ?? "") && CASE_UNITS.has(b.unit ?? "");
}

/** The figure's value in the base of its kind (元 for money). */
export function baseValue(f: TextFigure): number {
  return f.value * f.factor;
}

/** part ÷ whole in percent. */
export function percentOf(part: TextFigure, whole: TextFigure): number {
  return div(baseValue(part) * 100, baseValue(whole));
}

const SHARE_LABEL = /^\s*(占比?[^\d%]{0,16}?)\s*$/;
/** Words that may stand before 执行率 without naming a part: 项目预算执行率, 资金执行率, 整体预算执行率. */
const EXECUTION_FILLER = [...FILLER_WORDS, "项目", "预算", "资金", "整体", "总体", "其", "该"];

/** 预算执行率, 项目预算执行率, 资金执行率 … (not 执行进度, not 结转结余率). */
export const EXECUTION_LABEL = /([\u4e00-\u9fa5]{0,4}?执行率)\s*(?:为|达到|达|是)?\s*$/;
/** An amount spent: 执行数, 实际支出, 已执行支付, 拨付; not what is left (未执行, 剩余, 结余, 结转) nor a budget. The
 *  names of kinds of spending (基本支出, 项目支出) say what, not that it was spent. */
const SPENT = /执行|支出|支付|拨付|使用/;
const NOT_SPENT = /未执行|未使用|未支付|未拨付|剩余|结余|结转|预算|下达|批复/;
const SPENDING_KINDS = /基本支出|项目支出|人员支出|公用支出|经费支出/g;
/** A budget: 预算, 下达, 批复, 安排, 项目资金 …; not an amount spent. */
const BUDGETED = /预算|下达|批复|资金|安排|计划投资/;

/** Whether a percentage's label makes it the 预算执行率 of the whole ("项目预算执行率"; not "专项资金执行率"). */
export function isExecutionRate(label: string): boolean {
  return EXECUTION_LABEL.test(label) && residue(label, ["执行率"], EXECUTION_FILLER) === "";
}

/** Whether a figure's label says it is an amount spent (执行数, 实际支出, 已执行支付, 拨付). */
export function isSpent(label: string): boolean {
  const l = label.replace(SPENDING_KINDS, "");
  return SPENT.test(l) && !NOT_SPENT.test(l);
}

/** Whether a figure's label says it is a budget (预算, 下达, 批复, 安排, 项目资金), not an amount spent. */
export function isBudget(label: string): boolean {
  return BUDGETED.test(label) && !SPENT.test(label.replace(SPENDING_KINDS, "").replace(/预算/g, ""));
}

const RATE_LABEL = /([\u4e00-\u9fa5]{2})率\s*(?:为|达到|达|是)?\s*$/;
const BETWEEN = /^[\s,;、]*$/;

function byPreference(list: readonly TextFigure[], sentence: number): TextFigure[] {
  const same = list.filter((f) => f.sentence === sentence).reverse();
  const earlier = list.filter((f) => f.sentence !== sentence).reverse();
  return [...same, ...earlier];
}

/** The shares and counted rates of a paragraph. */
export function shareStatements(
  paragraph: string,
  figures: readonly TextFigure[] = figuresIn(paragraph),
): ShareStatement[] {
  const text = normalize(paragraph);
  const out: ShareStatement[] = [];
  figures.forEach((f, i) => {
    if (f.kind !== "percent" || !isExact(f)) return;
    const execution = EXECUTION_LABEL.exec(f.label);
    if (execution) {
      // The rate of the whole, not of a part its label names ("专项资金执行率"), of the amount right before it in its
      // sentence, labelled as spent; the budget is an amount labelled as such there or in the sentences before.
      if (!isExecutionRate(f.label)) return;
      const previous = figures.slice(0, i).filter((g) => !g.year);
      const part = previous[previous.length - 1];
      if (!part || part.kind !== "money" || !isExact(part) || baseValue(part) <= 0) return;
      if (part.sentence !== f.sentence || !isSpent(part.label)) return;
      const money = previous.filter((g) => g.kind === "money" && isExact(g) && baseValue(g) > 0);
      const budgets = money.filter((g) => g !== part && isBudget(g.label));
      if (budgets.length === 0) return;
      out.push({
        figure: f,
        kind: "execution",
        words: execution[1]!,
        part,
        parts: [part],
        candidates: byPreference(budgets, f.sentence),
      });
      return;
    }
    const share = SHARE_LABEL.exec(f.label);
    if (share && !/^占用/.test(share[1]!)) {
      const part = figures[i - 1];
      if (!part || !isExact(part) || part.kind === null || part.kind === "percent" || part.kind === "score") return;
      if (part.sentence !== f.sentence || !BETWEEN.test(text.slice(part.end, f.labelStart))) return;
      const before = figures.slice(0, i - 1);
      const wholes = before.filter(
        (w) => isExact(w) && sameKind(w, part) && baseValue(w) > 0 && baseValue(w) >= baseValue(part),
      );
      out.push({
        figure: f,
        kind: "share",
        words: share[1]!.trim(),
        part,
        parts: [part],
        candidates: byPreference(wholes, f.sentence),
      });
      return;
    }
    const rate = RATE_LABEL.exec(f.label);
    if (rate) {
      const verb = rate[1]!;
      const sentence = figures.slice(0, i).filter((g) => g.sentence === f.sentence && isExact(g));
      const part = [...sentence].reverse().find((g) => g.kind === "count" && g.label.includes(verb));
      if (!part) return;
      const wholes = sentence.filter(
        (w) => w !== part && sameKind(w, part) && baseValue(w) >= baseValue(part) && baseValue(w) > 0,
      );
      out.push({
        figure: f,
        kind: "rate",
        words: `${verb}率`,
        part,
        parts: [part],
        candidates: byPreference(wholes, f.sentence),
      });
    }
  });
  return out;
}

/** Half a unit of the last digit written: how far a rounded amount may lie from the true one (0 for counts,
 *  which are exact). */
function rounding(f: TextFigure): number {
  return f.kind === "money" ? clean(0.5 / 10 ** f.decimals) : 0;
}

/**
 * How far a stated share may lie from part ÷ whole of the stated figures and still be right: half a unit of its
 * own last digit (at least `ratePoints`), plus what the rounding of the amounts themselves can move the share
 * ("1.23 万元 of 1.50 万元" may be 1.2349 of 1.4951).
 */
export function shareTolerance(figure: TextFigure, part: TextFigure, whole: TextFigure, ratePoints: number): number {
  const p = part.value;
  const w = whole.value;
  const moved = w > 0 ? (100 * rounding(part)) / w + (100 * p * rounding(whole)) / (w * w) : 0;
  return statedTolerance(figure.decimals, ratePoints) + moved;
}

/** Whether some part and whole of a statement give its stated share, at the precision written. */
export function shareAgrees(s: ShareStatement, ratePoints: number): boolean {
  return s.parts.some((part) =>
    s.candidates.some(
      (w) => w !== part && within(percentOf(part, w), s.figure.value, shareTolerance(s.figure, part, w, ratePoints)),
    ),
  );
}
