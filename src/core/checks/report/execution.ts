/**
 * The execution the report states: its 预算执行率, written out ("预算执行率为 88.39%") or to be worked out from the
 * amounts it states (the largest amount labelled as spent ÷ the largest labelled as the budget: "共计239万元" in a
 * sentence about what was 安排ed, "财政安排支出共计87.06万元"), each with the paragraphs that state it.
 */
import { figuresIn, isExact, type TextFigure } from "./figures-in-text";
import { baseValue, isBudget, isExecutionRate, isSpent } from "./shares";
import { normalize, sentences } from "./text";

export interface StatedExecution {
  /** In percent. */
  readonly rate: number;
  /** How it was found: "报告写预算执行率为 36%", "按报告所写支出 87.06 万元 ÷ 预算 239 万元". */
  readonly how: string;
  /** Written out as a rate (not worked out from amounts). */
  readonly written: boolean;
  /** Indices of the paragraphs it comes from (the spent amount's or the rate's first). */
  readonly paragraphs: readonly number[];
}

const TOTAL_WORD = /(?:共计|合计|总计|共)\s*$/;
const BUDGET_WORD = /预算|安排|下达|批复/;

/** Whether a figure is a budget: so labelled, or a 共计 in a sentence about what was budgeted before it. */
function budgetFigure(text: string, f: TextFigure, spanStart: number): boolean {
  if (isBudget(f.label)) return true;
  return TOTAL_WORD.test(f.label) && !isSpent(f.label) && BUDGET_WORD.test(text.slice(spanStart, f.labelStart));
}

function amount(f: TextFigure): string {
  return `${f.written} ${f.unit ?? ""}`.trim();
}

/** The execution the report states or lets one work out, or null. */
export function statedExecution(paragraphs: readonly string[]): StatedExecution | null {
  let spent: { f: TextFigure; i: number } | null = null;
  let budget: { f: TextFigure; i: number } | null = null;
  for (const [i, p] of paragraphs.entries()) {
    const text = normalize(p);
    const spans = sentences(text);
    for (const f of figuresIn(p)) {
      if (!isExact(f)) continue;
      if (f.kind === "percent" && isExecutionRate(f.label))
        return { rate: f.value, how: `报告写${f.label.trim()} ${f.written}%`, written: true, paragraphs: [i] };
      if (f.kind !== "money" || baseValue(f) <= 0) continue;
      if (isSpent(f.label)) {
        if (!spent || baseValue(f) > baseValue(spent.f)) spent = { f, i };
      } else if (budgetFigure(text, f, spans[f.sentence]?.start ?? 0)) {
        if (!budget || baseValue(f) > baseValue(budget.f)) budget = { f, i };
      }
    }
  }
  if (!spent || !budget || baseValue(spent.f) > 2 * baseValue(budget.f)) return null;
  return {
    rate: (baseValue(spent.f) / baseValue(budget.f)) * 100,
    how: `按报告所写支出 ${amount(spent.f)} ÷ 预算 ${amount(budget.f)}`,
    written: false,
    paragraphs: [spent.i],
  };
}
