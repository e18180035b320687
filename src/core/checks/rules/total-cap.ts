/**
 * 执行率封顶: where the profile caps the total by the overall execution rate (strict-local: under 80% at most
 * 89 points), the stated 总分 may not exceed the cap.
 */
import { clean, sub } from "../../decimal";
import { formatNumber, formatRate } from "../../format";
import { totalCap } from "../../scoring";
import { findingOf } from "../finding";
import { execRate, numberOf, shownScore, tableWithRows } from "../indicator-table";
import type { Rule } from "../types";

export const rule: Rule = {
  id: "total-cap",
  severity: "error",
  title: "总分超过执行率封顶",
  description:
    "部分地区规定预算执行率低于一定比例时总分封顶（如执行率低于 80% 的，总分不超过 89 分）。按规则口径核对总分。",
  why: "错误：规则口径规定了执行率偏低时的总分上限，由执行率和总分即可证明超限。",
  check(model, { profile }) {
    if (profile.totalCaps.length === 0) return [];
    const table = tableWithRows(model);
    const total = numberOf(table?.total);
    const exec = execRate(model, profile);
    if (!table?.total || total === null || !exec) return [];
    const cap = totalCap(exec.rate, profile);
    if (cap === null || clean(total) <= clean(cap)) return [];
    const below = profile.totalCaps
      .filter((c) => clean(exec.rate) < c.execRateBelow && c.maxTotal === cap)
      .map((c) => c.execRateBelow)[0]!;
    const refs = [table.total.ref, ...(exec.row.rate ? [exec.row.rate.ref] : [])];
    return [
      findingOf(rule, {
        refs,
        message: `预算执行率 ${formatRate(exec.rate)} 低于 ${formatNumber(below * 100)}%，总分不得超过 ${shownScore(cap)} 分，表中为 ${shownScore(total)} 分，超出 ${shownScore(sub(total, cap))} 分`,
        expected: cap,
        actual: total,
      }),
    ];
  },
};
