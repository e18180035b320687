/**
 * report-target-actual: an actual the report states far above the target it states beside it, with no reason
 * given (GUIDE §3: 10号 asks why when the target was set too low; the profile asks for a reason at
 * overAchievementReasonAt, 130% by default; none asked when the profile sets none) — dongjiang-anxian-2020: "建设占地面积：指标值为“约12000平方米”，全年
 * 实际完成值约20000平方米" (166.67%) and "配套设施面积：指标值为“约120平方米”，全年实际完成值约1737平方米"
 * (1447.5%), neither with a word of why.
 *
 * Read only where one paragraph states both (指标值/目标值 …, 实际完成(值)/完成值 …) in one unit; targets that are
 * upper bounds (不高于, 以内) are left alone, as are indicators of the workbook's own table (reason-required checks
 * the table's 偏差原因 column). A paragraph that gives a reason (原因, 由于, 因为, 主要是, 因…) is not flagged.
 * Warning: the reason may be a good one; it must be written.
 */
import { div, roundHalfUp } from "../../decimal";
import { formatRate } from "../../format";
import { findingAt } from "../report/finding-at";
import { targetActualStatement } from "../report/indicator-statements";
import { baseValue } from "../report/shares";
import { compact, quote } from "../report/text";
import type { Finding, Rule } from "../types";

const REASON = /原因|由于|因为|主要是|系因|因[^此而]/;

export const rule: Rule = {
  id: "report-target-actual",
  severity: "warning",
  title: "报告所写完成值远超指标值未说明原因",
  description:
    "报告写明某项指标的指标值和实际完成值、实际完成值达到指标值的规则口径比例（默认 130%）以上而未说明原因的，应写明偏差原因：是目标定得过低，还是计量口径不同。绩效自评表中已有的指标由“缺少偏差原因”规则核对表中的偏差原因栏；反向指标（不高于、以内）不在此列。原因可能正当，故为警告。",
  why: "警告：完成值远超指标值可能有正当原因（计量口径不同、任务追加），写明即可成立。",
  check(model, { profile }) {
    const report = model.report;
    const at = profile.overAchievementReasonAt;
    if (!report || at === null) return [];
    let names: string[] | null = null;
    const inTable = (paragraph: string): boolean => {
      names ??= (model.indicators?.rows ?? [])
        .map((r) => (r.third ? compact(r.third.text) : ""))
        .filter((n) => [...n].length >= 2);
      const text = compact(paragraph);
      return names.some((n) => text.includes(n));
    };
    const findings: Finding[] = [];
    for (const p of report.paragraphs) {
      const s = targetActualStatement(p.text);
      if (!s || s.upper || baseValue(s.target) <= 0) continue;
      const ratio = div(baseValue(s.actual), baseValue(s.target));
      if (ratio < at || REASON.test(p.text) || inTable(p.text)) continue;
      const unit = (f: typeof s.target) => `${f.approximate ? "约" : ""}${f.written}${f.unit ?? ""}`;
      findings.push(
        findingAt(rule, {
          refs: [p.ref],
          message:
            `${s.name ? `“${quote(s.name, 14)}”` : ""}指标值为 ${unit(s.target)}，实际完成 ${unit(s.actual)}，` +
            `为指标值的 ${formatRate(roundHalfUp(ratio, 4))}（达到 ${formatRate(at, 0)} 以上），` +
            `报告未说明原因：目标是否定得过低，或计量口径不同，应写明偏差原因。`,
          expected: s.target.value,
          actual: s.actual.value,
        }),
      );
    }
    return findings;
  },
};
