/**
 * What the 检查 view shows of a workbook as last read: the catalogue's findings, the accepted warnings set apart,
 * and the rest grouped by severity (错误, 警告, 提示) and, within each, by rule in the catalogue's order. Pure: the
 * view recomputes it whenever the session reads the workbook again.
 */
import {
  readAccepted,
  sortAccepted,
  type AcceptedFinding,
  type AcceptedSetting,
  type Acceptance,
} from "../../core/checks/accepted";
import { CATALOGUE } from "../../core/checks/catalogue";
import { hasRecognisedTables, runChecks } from "../../core/checks/run";
import { catalogueFindings } from "../state/findings";
import type { Finding, Rule, Severity } from "../../core/checks/types";
import type { WorkbookState } from "../state/session";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export interface RuleGroup {
  readonly rule: string;
  /** The rule's title from the catalogue ("分值合计不等于总分值"). */
  readonly title: string;
  readonly findings: readonly Finding[];
}

export interface SeverityGroup {
  readonly severity: Severity;
  readonly count: number;
  readonly rules: readonly RuleGroup[];
}

export interface CheckResult {
  /** Whether the workbook holds any table the checker reads; when not, there is nothing else to show. */
  readonly recognised: boolean;
  /** The open findings by severity; severities without findings are left out. */
  readonly groups: readonly SeverityGroup[];
  readonly counts: Readonly<Record<Severity, number>>;
  readonly accepted: readonly AcceptedFinding[];
  /** Acceptances stored in the workbook that match no finding now. */
  readonly lapsed: readonly Acceptance[];
  readonly acceptedSetting: AcceptedSetting;
  /** A rule's title from the catalogue the check ran with ("分值合计不等于总分值"), its id where it has none. */
  readonly titleOf?: (rule: string) => string;
}

/** A rule's title, or its id where the catalogue does not hold it. */
export function ruleTitle(id: string, rules: readonly Rule[] = CATALOGUE): string {
  return rules.find((r) => r.id === id)?.title ?? id;
}

/** Findings grouped by severity, then by rule in the order of `rules`; each group keeps the findings' order. */
export function groupFindings(findings: readonly Finding[], rules: readonly Rule[] = CATALOGUE): SeverityGroup[] {
  const order = new Map(rules.map((r, i) => [r.id, i]));
  return SEVERITIES.flatMap((severity) => {
    const own = findings.filter((f) => f.severity === severity);
    if (own.length === 0) return [];
    const byRule = new Map<string, Finding[]>();
    for (const f of own) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
    const groups = [...byRule]
      .map(([rule, list]) => ({ rule, title: ruleTitle(rule, rules), findings: list }))
      .sort((a, b) => (order.get(a.rule) ?? rules.length) - (order.get(b.rule) ?? rules.length));
    return [{ severity, count: own.length, rules: groups }];
  });
}

/** Checks a workbook as the session read it. */
export function checkWorkbook(
  workbook: Pick<WorkbookState, "model" | "profile" | "snapshot">,
  rules: readonly Rule[] = CATALOGUE,
): CheckResult {
  const acceptedSetting = readAccepted(workbook.snapshot.settings);
  const counts = { error: 0, warning: 0, info: 0 };
  const titleOf = (rule: string) => ruleTitle(rule, rules);
  if (!hasRecognisedTables(workbook.model)) {
    return { recognised: false, groups: [], counts, accepted: [], lapsed: [], acceptedSetting, titleOf };
  }
  const findings =
    rules === CATALOGUE
      ? catalogueFindings(workbook.model, workbook.profile)
      : runChecks(workbook.model, workbook.profile, rules);
  const { open, accepted, lapsed } = sortAccepted(findings, acceptedSetting.acceptances);
  for (const f of open) counts[f.severity]++;
  return { recognised: true, groups: groupFindings(open, rules), counts, accepted, lapsed, acceptedSetting, titleOf };
}
