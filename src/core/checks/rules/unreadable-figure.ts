/**
 * A cell where a figure is required holds text that is not one (GUIDE §1: "parse what is unambiguous; flag
 * what is not; never guess silently"): the funds block's amounts, rates, 分值 and 得分, the indicators' 分值,
 * 得分 and 总分, the budget table's amounts and rates, the balance sheet's amounts. One finding per cell, naming
 * what it holds and the parser's reason. Blank cells and "—"/"无" are not unreadable (required-blank's).
 *
 * An indicator's 年度指标值 and 实际完成值 may be words (定性: "有效", "达到预期"), so they are reported only when
 * they hold an Excel error value ("#VALUE!"), a formula whose file holds no result or a number past what a figure
 * holds (1e15 and above): the score rests on them,
 * and without this finding the scoring checks and the reason the score needs would pass in silence.
 */
import { isExcelError } from "../../figures";
import { address } from "../../model/snapshot";
import type { FigureCell, FundsLine, TargetCell, WorkbookModel } from "../../model/types";
import { findingOf } from "../finding";
import type { Finding, Rule } from "../types";

const LINES: Record<FundsLine, string> = {
  total: "年度资金总额",
  appropriation: "财政拨款",
  carryover: "上年结转资金",
  other: "其他资金",
  basic: "基本支出",
  project: "项目支出",
};

/** Visits every cell where a figure is required, with whose it is and what it is ("资产总计", "年末数"). */
function forEachSlot(
  model: WorkbookModel,
  visit: (cell: FigureCell | null, owner: string, what: string) => void,
): void {
  for (const r of model.funds?.rows ?? []) {
    const name = LINES[r.line];
    visit(r.initialBudget, name, "年初预算数");
    visit(r.budget, name, "全年预算数");
    visit(r.executed, name, "全年执行数");
    visit(r.weight, name, "分值");
    visit(r.rate, name, "执行率");
    visit(r.score, name, "得分");
  }
  if (model.indicators) {
    for (const r of model.indicators.rows) {
      const name = r.third?.text || `第 ${r.row} 行指标`;
      visit(broken(r.target), name, "年度指标值");
      visit(broken(r.actual), name, "实际完成值");
      visit(r.weight, name, "分值");
      visit(r.score, name, "得分");
    }
    visit(model.indicators.total, "", "总分");
  }
  for (const r of model.budget?.rows ?? []) {
    visit(r.budget, r.name.text, "全年预算数");
    visit(r.executed, r.name.text, "全年执行数");
    visit(r.rate, r.name.text, "执行率");
  }
  for (const i of model.balance?.items ?? []) {
    visit(i.end, i.label.text, "年末数");
    visit(i.begin, i.label.text, "年初数");
  }
}

/** A target or actual cell as a figure cell when it holds an error value or an uncomputed formula; else null. */
function broken(cell: TargetCell | null): FigureCell | null {
  if (!cell || !("kind" in cell.target) || cell.target.kind !== "invalid") return null;
  if (cell.uncomputed === undefined && !isExcelError(cell.raw) && typeof cell.raw !== "number") return null;
  return { ...cell, figure: cell.target };
}

export const rule: Rule = {
  id: "unreadable-figure",
  severity: "error",
  title: "应填数字处不是数字",
  description:
    "资金金额、执行率、分值、得分、预算执行金额、资产负债表金额等应填数字的单元格写成了无法确切读作数字的文字（如“约三万”“3万多”“#DIV/0!”），需改为确切的数字。",
  why: "错误：应填数字处写成了无法确切读作数字的文字，算式所需的数字缺失。",
  check(model) {
    const findings: Finding[] = [];
    forEachSlot(model, (cell, owner, what) => {
      if (!cell || cell.figure.kind !== "invalid") return;
      const { reason } = cell.figure;
      // A number the figure reader refuses (non-finite, 1e15 and above) comes with its digits written out
      // (parseFigure: "100000…（共 309 位）"), never as "Infinity" or "1e+308".
      const text = cell.figure.text;
      findings.push(
        findingOf(rule, {
          refs: [cell.ref],
          message: `${address(cell.ref.row, cell.ref.col)}（${owner}${what}）写为“${text}”：${reason}，应填写数字`,
        }),
      );
    });
    return findings;
  },
};
