/**
 * Running the catalogue of rules over a workbook model. A rule that fails on data nobody foresaw does not
 * take the others down: its failure becomes a finding that says which rule could not run.
 */
import type { Profile } from "../profile-types";
import type { WorkbookModel } from "../model/types";
import type { Finding, Rule, Severity } from "./types";

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Findings of every rule, errors first, then by sheet and position. */
export function runChecks(model: WorkbookModel, profile: Profile, rules: readonly Rule[]): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    try {
      findings.push(...rule.check(model, { profile }));
    } catch (e) {
      findings.push({
        rule: rule.id,
        severity: "error",
        sheet: "",
        cell: "",
        message: `检查规则“${rule.title}”（${rule.id}）未能完成：${e instanceof Error ? e.message : String(e)}。请把工作簿发给开发者。`,
        expected: null,
        actual: null,
        refs: [],
        fix: null,
      });
    }
  }
  const sheetOrder = new Map(model.sheets.map((s, i) => [s, i]));
  return findings.sort(
    (a, b) =>
      ORDER[a.severity] - ORDER[b.severity] ||
      (sheetOrder.get(a.sheet) ?? 99) - (sheetOrder.get(b.sheet) ?? 99) ||
      (a.refs[0]?.row ?? 0) - (b.refs[0]?.row ?? 0) ||
      (a.refs[0]?.col ?? 0) - (b.refs[0]?.col ?? 0),
  );
}

/** Whether the model holds anything the checker can check. */
export function hasRecognisedTables(model: WorkbookModel): boolean {
  return Boolean(model.funds || model.indicators || model.budget || model.balance || model.report);
}
