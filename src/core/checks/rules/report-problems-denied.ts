/**
 * report-problems-denied: the report's 存在问题 says there is none while its own figures show a 预算执行率 under
 * the profile's threshold (lowExecutionBelow, 90% by default) — leiyang-sizhong-2022: 87.06 of 239万元 spent
 * (36.43%), and "五、存在的问题及原因分析：…运转正常，暂无问题".
 *
 * The execution comes from the workbook (年度资金总额, else the 合计 of the budget table) where it has one, else
 * from the report: a 预算执行率 it states, or the largest amount it labels as spent ÷ the largest it labels as the
 * budget. The problems section is a heading about 问题 (not 其他需要说明的问题, not 建议 or 措施) whose text is a short
 * denial (暂无问题, 未发现问题, 不存在问题, 无) that says nothing of the execution.
 *
 * Warning: low execution may have a reason (money released late in the year), but then it is a problem to
 * explain, and a reviewer sends back a report that denies it.
 */
import { div, roundHalfUp } from "../../decimal";
import { formatAmount, formatNumber, formatRate } from "../../format";
import type { CellRef, FigureCell, WorkbookModel } from "../../model/types";
import { findingAt } from "../report/finding-at";
import { statedExecution } from "../report/execution";
import { reportOutline, sectionOf } from "../report/headings";
import { normalize, quote } from "../report/text";
import type { Finding, Rule } from "../types";

const PROBLEMS = /问题/;
const NOT_PROBLEMS = /其他|建议|措施|整改|改进/;
const DENIAL =
  /(?:暂无|暂未发现|未发现|没有|无)(?:明显|重大|突出)?的?问题|不存在(?:明显|重大|突出)?的?问题|^\s*(?:暂无|无)\s*[。.]?\s*$/;

const num = (c: FigureCell | null | undefined): number | null =>
  c && c.figure.kind === "number" ? c.figure.value : null;

/** The department's execution in the workbook: 年度资金总额, else the budget table's 合计. */
function dataExecution(model: WorkbookModel): { rate: number; how: string; refs: CellRef[] } | null {
  const lines = [
    ...(model.funds?.rows.filter((r) => r.line === "total").map((r) => ({ r, u: model.funds!.unit.unit.text })) ?? []),
    ...(model.budget?.rows.filter((r) => r.kind === "total").map((r) => ({ r, u: model.budget!.unit.unit.text })) ??
      []),
  ];
  for (const { r, u } of lines) {
    const b = num(r.budget);
    const e = num(r.executed);
    if (b === null || e === null || b <= 0) continue;
    return {
      rate: div(e * 100, b),
      how: `全年执行数 ${formatAmount(e)} ${u} ÷ 全年预算数 ${formatAmount(b)} ${u}`,
      refs: [r.executed!.ref, r.budget!.ref],
    };
  }
  return null;
}

export const rule: Rule = {
  id: "report-problems-denied",
  severity: "warning",
  title: "预算执行率偏低而报告称无问题",
  description:
    "预算执行率低于规则口径的比例（默认 90%）时，“存在的问题”一节应说明未执行的原因和改进措施。报告自己的数字（或工作簿的资金数）显示执行率偏低，而“存在的问题”只写“暂无问题”“未发现问题”的，审核时会要求补充。执行率偏低可能有正当原因，故为警告，但须写明。",
  why: "警告：执行率偏低可能有正当原因，写明原因和改进措施即可成立；只写“暂无问题”的，审核时会要求补充。",
  check(model, { profile }) {
    const report = model.report;
    if (!report) return [];
    const texts = report.paragraphs.map((p) => p.text);
    const outline = reportOutline(report);
    const threshold = profile.lowExecutionBelow * 100;
    let execution: { rate: number; how: string; refs: CellRef[]; written?: boolean } | null | undefined;
    const findings: Finding[] = [];
    for (const node of outline.nodes) {
      const title = node.heading.title;
      if (!PROBLEMS.test(title) || NOT_PROBLEMS.test(title)) continue;
      const { start, end } = sectionOf(outline, node, texts.length);
      const own = texts[start]!.slice(texts[start]!.indexOf(title) + title.length).replace(/^[\s:：。.]+/, "");
      const body = [own, ...texts.slice(start + 1, end)].filter((t) => t.trim() !== "");
      const joined = normalize(body.join(""));
      if (body.length === 0 || [...joined].length > 80 || !DENIAL.test(joined) || /执行|\d+(?:\.\d+)?\s*%/.test(joined))
        continue;
      if (execution === undefined) {
        const stated = statedExecution(texts);
        execution =
          dataExecution(model) ??
          (stated
            ? {
                rate: stated.rate,
                how: stated.how,
                written: stated.written,
                refs: stated.paragraphs.map((i) => report.paragraphs[i]!.ref),
              }
            : null);
      }
      if (!execution || execution.rate >= threshold) continue;
      const at = own.trim() !== "" ? start : texts.findIndex((t, i) => i > start && i < end && t.trim() !== "");
      findings.push(
        findingAt(rule, {
          refs: [report.paragraphs[at]!.ref, ...execution.refs],
          message:
            `“${quote(title, 14)}”写“${quote(body.join(""), 20)}”，而${execution.how}` +
            `${execution.written ? "" : `，预算执行率为 ${formatRate(roundHalfUp(execution.rate / 100, 4))}`}` +
            `，低于 ${formatNumber(profile.lowExecutionBelow * 100)}%：` +
            `执行率偏低本身就是应当说明的问题，应写明未执行的原因和改进措施。`,
          expected: null,
          actual: roundHalfUp(execution.rate / 100, 4),
        }),
      );
    }
    return findings;
  },
};
