/**
 * 字数限制: a 偏差原因分析及改进措施 longer than the profile's limit, and 评价结论 / 存在问题 / 改进措施 texts
 * longer than theirs. Characters are counted as an accountant counts them: every CJK character, letter, digit
 * and punctuation mark counts 1; whitespace does not count.
 */
import type { CellRef } from "../../model/types";
import { findingOf } from "../finding";
import { charCount, normalizeLabel, refOf, rowName } from "../indicator-table";
import type { Finding, Rule } from "../types";

export const rule: Rule = {
  id: "text-length",
  severity: "warning",
  title: "文字超过字数限制",
  description:
    "部分地区限定偏差原因分析不超过 100 字，评价结论、存在问题、改进措施各不超过 200 字（以规则口径为准）。超出的应精简。",
  why: "警告：字数限制是写作要求，超出不影响任何数字，精简即可。",
  check(model, { profile }) {
    const table = model.indicators;
    if (!table) return [];
    const findings: Finding[] = [];
    const max = profile.reasons.maxLength;
    if (max !== null) {
      for (const row of table.rows) {
        const n = row.reason ? charCount(row.reason.text) : 0;
        if (n <= max) continue;
        const ref = refOf(table, row, "reason");
        findings.push(
          findingOf(rule, {
            refs: [ref].filter((r): r is CellRef => r !== null),
            message: `${rowName(row)}：偏差原因分析及改进措施共 ${n} 字，超过 ${max} 字的限制，多 ${n - max} 字`,
            expected: max,
            actual: n,
          }),
        );
      }
    }
    const limits = Object.entries(profile.textLimits).map(([label, limit]) => [normalizeLabel(label), limit] as const);
    for (const { label, value } of table.texts) {
      const key = normalizeLabel(label);
      const limit = limits.find(([l]) => l === key)?.[1];
      if (limit === undefined) continue;
      const n = charCount(value.text);
      if (n <= limit) continue;
      findings.push(
        findingOf(rule, {
          refs: [value.ref],
          message: `${label.trim()}共 ${n} 字，超过 ${limit} 字的限制，多 ${n - limit} 字`,
          expected: limit,
          actual: n,
        }),
      );
    }
    return findings;
  },
};
