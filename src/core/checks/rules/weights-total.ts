/**
 * 分值合计: the 预算执行率 分值 (the funds block's 年度资金总额 row) and every indicator's 分值 add up to the
 * profile's total (100), within the score tolerance. The finding stands at the 分值 the 总分 row states, where the
 * form has one (the figure a reviewer reads first), else at the first 分值.
 *
 * Severity: an error where the sum is provably wrong — it is over the total, or the table is complete (its 总分
 * row is there) and under it; a warning where a table without its 总分 row adds up to less, for the table may
 * go on elsewhere (another page, another sheet) and only the unit knows.
 */
import type { CellRef } from "../../model/types";
import { sum, within } from "../../decimal";
import { findingOf } from "../finding";
import { figureState, fundsTotal, numberOf, refOf, scoreGap, shownScore, tableWithRows } from "../indicator-table";
import type { Rule } from "../types";

export const rule: Rule = {
  id: "weights-total",
  severity: "error",
  title: "分值合计不等于总分值",
  description:
    "预算执行率与各指标的分值之和应等于规则口径的总分值（通常 100 分）。合计不符说明有指标漏评或分值填错，审核时会退回（错误）；表中没有总分行而合计不足的，可能是表格不全，提示核对（警告）。",
  why: "错误：有总分行而分值合计不等于总分值，由表中数字即可证明有误。警告：表中没有总分行而合计不足的，可能只是表格未列全，核对后可说明。",
  check(model, { profile }) {
    const table = tableWithRows(model);
    if (!table) return [];
    // A blank or unreadable 分值 is reported by the row's own rule; the total is then unknown.
    if (table.rows.some((r) => figureState(r.weight) !== "number")) return [];
    const funds = fundsTotal(model);
    const execWeight = funds ? numberOf(funds.weight) : null;
    if (funds && figureState(funds.weight) === "unreadable") return [];
    const indicators = sum(table.rows.map((r) => numberOf(r.weight)!));
    const total = execWeight === null ? indicators : sum([execWeight, indicators]);
    const expected = profile.totalWeight;
    if (within(total, expected, profile.tolerances.score)) return [];
    const stated = table.totalWeight && figureState(table.totalWeight) === "number" ? table.totalWeight : null;
    const refs: CellRef[] = [];
    if (stated) refs.push(stated.ref);
    if (execWeight !== null && funds?.weight) refs.push(funds.weight.ref);
    for (const r of table.rows) {
      const ref = refOf(table, r, "weight");
      if (ref) refs.push(ref);
    }
    const parts =
      execWeight === null
        ? `各指标分值合计 ${shownScore(indicators)} 分（表中未填预算执行率分值）`
        : `分值合计 ${shownScore(total)} 分（预算执行率 ${shownScore(execWeight)} 分 + 各指标 ${shownScore(indicators)} 分）`;
    const writtenAs =
      stated && !within(numberOf(stated)!, total, profile.tolerances.score)
        ? `，表中总分值写为 ${shownScore(numberOf(stated)!)} 分`
        : "";
    const complete = table.total !== null || stated !== null;
    const under = total < expected;
    return [
      findingOf(rule, {
        refs,
        severity: under && !complete ? "warning" : "error",
        message:
          under && !complete
            ? `${parts}，不足 ${shownScore(expected)} 分，${scoreGap(total, expected)}；表中没有总分行，请核对表格是否完整`
            : `${parts}，不等于 ${shownScore(expected)} 分，${scoreGap(total, expected)}${writtenAs}`,
        expected,
        actual: total,
      }),
    ];
  },
};
