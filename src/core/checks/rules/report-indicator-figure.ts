/**
 * report-indicator-figure: the count an indicator's passage cites against the indicator's actual (GUIDE §6
 * "each indicator's paragraph (分值, 得分, target, actual)"). "(2) 化解矛盾纠纷案件（指标分数 7 分，实际得分 7
 * 分）：…全年排查矛盾纠纷 7194 起…" cites the cases screened, while the table's actual is the 7129 resolved.
 *
 * Narrow on purpose, so that it says nothing it cannot stand behind:
 * - only passages that name one 三级指标 of the table (its score statement), and only indicators whose 度量单位
 *   is a count (件, 个, 批, 人 …) and whose 实际完成值 is a number;
 * - only exact figures (not 约, 余, 不少于) of that unit in the passage (件, 起 and 宗 count the same things),
 *   and of those only the ones whose label shares a word of two characters or more with the indicator's name
 *   ("全年排查矛盾纠纷" and "化解矛盾纠纷案件" share 矛盾纠纷; "覆盖 12 个乡镇" says nothing of "新建站点");
 * - flagged only when none of the passage's figures of that unit equals the actual or the target and they do
 *   not add up to the actual (a passage may cite parts, or the target, beside the actual).
 */
import { sum } from "../../decimal";
import { unitOf, type Figure, type Target } from "../../figures";
import { formatNumber } from "../../format";
import type { TargetCell } from "../../model/types";
import { findingAt } from "../report/finding-at";
import { figuresIn, isExact, type TextFigure } from "../report/figures-in-text";
import { bodyOf, matchIndicator, scoreStatements } from "../report/indicator-statements";
import type { Finding, Rule } from "../types";

const CASES = new Set(["件", "起", "宗"]);

function valueOf(cell: TargetCell | null): number | null {
  if (!cell) return null;
  const t: Target | Figure = cell.target;
  if ("kind" in t) return t.kind === "number" ? t.value : null;
  return t.value;
}

/** Words too common to tie a figure to an indicator. */
const COMMON = new Set([
  "完成",
  "全年",
  "年度",
  "指标",
  "数量",
  "工作",
  "开展",
  "组织",
  "实际",
  "情况",
  "累计",
  "共计",
]);

/** Whether two texts share a word of two Chinese characters or more, other than the common ones. */
function shareWord(a: string, b: string): boolean {
  for (let i = 0; i + 2 <= a.length; i++) {
    const w = a.slice(i, i + 2);
    if (/^[\u4e00-\u9fa5]{2}$/.test(w) && !COMMON.has(w) && b.includes(w)) return true;
  }
  return false;
}

function sameUnit(a: string, b: string): boolean {
  return a === b || (CASES.has(a) && CASES.has(b));
}

export const rule: Rule = {
  id: "report-indicator-figure",
  severity: "warning",
  title: "报告引用的完成数与指标实际完成值不符",
  description:
    "报告中某项数量指标的段落引用了与该指标计量单位相同的数字，但它既不等于绩效自评表的实际完成值，也不等于年度指标值（例如指标统计“化解”件数，段落却写“排查”起数）。请核对报告引用的是否为该指标的完成数。",
  why: "警告：段落引用的数字可能是同一指标的另一口径（如排查数与化解数），不能证明有误，请核对。",
  check(model) {
    const report = model.report;
    if (!report || !model.indicators) return [];
    const paragraphs = report.paragraphs.map((p) => p.text);
    const findings: Finding[] = [];
    for (const s of scoreStatements(paragraphs)) {
      const match = matchIndicator(s.names, model.indicators);
      if (!match || match.level !== "third" || match.rows.length !== 1) continue;
      const row = match.rows[0]!;
      const unit = row.unit?.text.trim() ?? "";
      if (unitOf(unit)?.kind !== "count") continue;
      const actual = valueOf(row.actual);
      const target = valueOf(row.target);
      if (actual === null) continue;
      for (const j of bodyOf(s, paragraphs)) {
        const from = j === s.index ? Math.max(s.weight?.end ?? 0, s.score?.end ?? 0) : 0;
        const cited: TextFigure[] = figuresIn(paragraphs[j]!).filter(
          (f) => f.start >= from && isExact(f) && f.kind === "count" && f.unit !== null && sameUnit(f.unit, unit),
        );
        const related = cited.filter((f) => shareWord(f.label, match.name));
        if (related.length === 0) continue;
        const values = cited.map((f) => f.value);
        if (values.some((v) => v === actual || v === target)) continue;
        if (sum(values) === actual || sum(related.map((f) => f.value)) === actual) continue;
        const first = related[0]!;
        const said = related.map((f) => `${f.written} ${f.unit}`).join("、");
        findings.push(
          findingAt(rule, {
            refs: [report.paragraphs[j]!.ref, ...(row.actual ? [row.actual.ref] : [])],
            message:
              `${match.name}：报告引用 ${said}，与绩效自评表实际完成值 ${formatNumber(actual)} ${unit}` +
              `${target !== null ? `、年度指标值 ${formatNumber(target)} ${unit}` : ""}均不一致，请核对引用的是否为该指标的完成数。`,
            expected: actual,
            actual: first.value,
          }),
        );
      }
    }
    return findings;
  },
};
