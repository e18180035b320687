/**
 * 共性指标: every indicator the profile requires (财预〔2013〕53号 framework) stands in the table, under its
 * first- and second-level indicator. Labels are compared without spaces and quotes, and without a trailing
 * 指标 or weight note on the levels ("投入指标（20分）" is 投入).
 */
import type { CellRef, IndicatorRow } from "../../model/types";
import { findingOf } from "../finding";
import { headerRef, levelKey, levelKeyOf, normalizeLabel, refOf, tableWithRows } from "../indicator-table";
import type { Finding, Rule } from "../types";

const text = (cell: { readonly text: string } | null): string => cell?.text ?? "";

export const rule: Rule = {
  id: "required-indicators",
  severity: "error",
  title: "缺少规定的共性指标",
  description:
    "规则口径要求的共性指标（如投入—预算配置—在职人员控制率）应逐项列入绩效自评表，并放在规定的一级、二级指标之下。缺项或归错层级的，审核时会退回。",
  why: "错误：规定的共性指标缺项或归错层级，总分所依据的指标体系不完整，算式所需的数字缺失。",
  check(model, { profile }) {
    const table = tableWithRows(model);
    const required = profile.requiredIndicators;
    if (!table || required.length === 0) return [];
    const rows = table.rows.map((row) => ({
      row,
      third: normalizeLabel(text(row.third)),
      first: levelKeyOf(row.first),
      second: levelKeyOf(row.second),
    }));
    // Each requirement's labels as keys, read once.
    const keys = new Map(
      required.map((q) => [
        q,
        { third: normalizeLabel(q.third), first: levelKey(q.first), second: levelKey(q.second) },
      ]),
    );
    const placed = (r: (typeof rows)[number], q: (typeof required)[number]): boolean => {
      const k = keys.get(q)!;
      return r.third === k.third && r.first === k.first && r.second === k.second;
    };
    // Rows standing where some requirement wants them are spoken for; the rest may be misplaced ones.
    const used = new Set<IndicatorRow>(rows.filter((r) => required.some((q) => placed(r, q))).map((r) => r.row));
    const findings: Finding[] = [];
    for (const q of required) {
      if (rows.some((r) => placed(r, q))) continue;
      const where = `${q.first}—${q.second}`;
      const candidate = rows.find((r) => r.third === keys.get(q)!.third && !used.has(r.row));
      if (candidate) {
        used.add(candidate.row);
        const refs = (["third", "first", "second"] as const)
          .map((k) => refOf(table, candidate.row, k))
          .filter((r): r is CellRef => r !== null);
        const actual = `${text(candidate.row.first) || "（空）"}—${text(candidate.row.second) || "（空）"}`;
        findings.push(
          findingOf(rule, {
            refs,
            message: `共性指标“${q.third}”应列在“${where}”之下，表中列在“${actual}”之下`,
          }),
        );
      } else {
        findings.push(
          findingOf(rule, {
            refs: [headerRef(table, "third")],
            message: `缺少共性指标“${q.third}”（${where}），规则口径“${profile.name}”要求列入`,
          }),
        );
      }
    }
    return findings;
  },
};
