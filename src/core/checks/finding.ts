/** Building findings: the cell or range they point at, from the cells they are about. */
import { address, areaAddress } from "../model/snapshot";
import type { CellRef } from "../model/types";
import type { CellWrite, Finding, Fix, Rule } from "./types";

/** "H17" for one cell; the bounding range ("H10:H17") for several cells of one sheet. */
export function cellOf(refs: readonly CellRef[]): string {
  const first = refs[0];
  if (!first) return "";
  const same = refs.filter((r) => r.sheet === first.sheet);
  if (same.length === 1) return address(first.row, first.col);
  return areaAddress({
    top: Math.min(...same.map((r) => r.row)),
    left: Math.min(...same.map((r) => r.col)),
    bottom: Math.max(...same.map((r) => r.row)),
    right: Math.max(...same.map((r) => r.col)),
  });
}

export interface FindingParts {
  readonly refs: readonly CellRef[];
  readonly message: string;
  readonly expected?: number | null;
  readonly actual?: number | null;
  readonly fix?: Fix | null;
  /** Where a rule raises findings of two severities (e.g. a score off by rounding is info). */
  readonly severity?: Finding["severity"];
}

/** "总分：90.84", "自评等级：良": a value written after its label in one cell. */
const INLINE_VALUE = /^(\s*[^：:\n]{1,20}[：:]\s*)\S/;

/**
 * A write into a cell that holds its label and value together keeps the label ("总分：90" → "总分：100"), so that
 * a fix never erases what the cell says it is; a write that would change nothing is dropped.
 */
function keepingLabel(write: CellWrite): CellWrite | null {
  if (typeof write.expected !== "string") return write;
  const m = INLINE_VALUE.exec(write.expected);
  if (!m) return write;
  const value = `${m[1]}${write.value === null ? "" : String(write.value)}`;
  return value === write.expected ? null : { ...write, value };
}

function safeFix(fix: Fix | null | undefined): Fix | null {
  if (!fix) return null;
  const writes = fix.writes.map(keepingLabel).filter((w): w is CellWrite => w !== null);
  return writes.length === 0 ? null : { ...fix, writes };
}

/** A finding of a rule at the cells it is about; the first ref names the sheet. */
export function findingOf(rule: Pick<Rule, "id" | "severity">, parts: FindingParts): Finding {
  const first = parts.refs[0];
  return {
    rule: rule.id,
    severity: parts.severity ?? rule.severity,
    sheet: first?.sheet ?? "",
    cell: cellOf(parts.refs),
    message: parts.message,
    expected: parts.expected ?? null,
    actual: parts.actual ?? null,
    refs: parts.refs,
    fix: safeFix(parts.fix),
  };
}
