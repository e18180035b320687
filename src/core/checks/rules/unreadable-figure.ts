/**
 * A cell where a figure is required holds text that is not one (GUIDE §1: "parse what is unambiguous; flag
 * what is not; never guess silently"): the funds block's amounts, rates, 分值 and 得分, the indicators' 分值,
 * 得分 and 总分, the budget table's amounts and rates, the balance sheet's amounts. One finding per cell, naming
 * what it holds and the parser's reason. Blank cells and "—"/"无" are not unreadable (required-blank's).
 */
import { address } from "../../model/snapshot";
import type { FigureCell, FundsLine, WorkbookModel } from "../../model/types";
import { findingOf } from "../finding";
import type { Finding, Rule } from "../types";

const LINES: Record<FundsLine, string> = {
  total: "年度资金总额",
  appropriation: "财政拨款",
  carryover: "上年结转资金",
  other: "其他资金",
};

/** Every cell where a figure is required, with what it is ("资产总计年末数"). */
function slots(model: WorkbookModel): (readonly [FigureCell | null, string])[] {
  const out: (readonly [FigureCell | null, string])[] = [];
  for (const r of model.funds?.rows ?? []) {
    const name = LINES[r.line];
    out.push(
      [r.initialBudget, `${name}年初预算数`],
      [r.budget, `${name}全年预算数`],
      [r.executed, `${name}全年执行数`],
      [r.weight, `${name}分值`],
      [r.rate, `${name}执行率`],
      [r.score, `${name}得分`],
    );
  }
  if (model.indicators) {
    for (const r of model.indicators.rows) {
      const name = r.third?.text || `第 ${r.row} 行指标`;
      out.push([r.weight, `${name}分值`], [r.score, `${name}得分`]);
    }
    out.push([model.indicators.total, "总分"]);
  }
  for (const r of model.budget?.rows ?? []) {
    const name = r.name.text;
    out.push([r.budget, `${name}全年预算数`], [r.executed, `${name}全年执行数`], [r.rate, `${name}执行率`]);
  }
  for (const i of model.balance?.items ?? []) {
    out.push([i.end, `${i.label.text}年末数`], [i.begin, `${i.label.text}年初数`]);
  }
  return out;
}

export const rule: Rule = {
  id: "unreadable-figure",
  severity: "error",
  title: "应填数字处不是数字",
  description:
    "资金金额、执行率、分值、得分、预算执行金额、资产负债表金额等应填数字的单元格写成了无法确切读作数字的文字（如“约三万”“3万多”“#DIV/0!”），需改为确切的数字。",
  check(model) {
    const findings: Finding[] = [];
    for (const [cell, what] of slots(model)) {
      if (!cell || cell.figure.kind !== "invalid") continue;
      const { text, reason } = cell.figure;
      findings.push(
        findingOf(rule, {
          refs: [cell.ref],
          message: `${address(cell.ref.row, cell.ref.col)}（${what}）写为“${text}”：${reason}，应填写数字`,
        }),
      );
    }
    return findings;
  },
};
