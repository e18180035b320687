/** Building findings: the cell or range they point at, from the cells they are about. */
import { formatPlain, isWritable, NOT_A_NUMBER, TOO_LARGE } from "../format";
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
  // A text that carries its label already (a corrected paragraph "资产负债情况：…") is written as it is.
  if (typeof write.value === "string" && write.value.startsWith(m[1]!))
    return write.value === write.expected ? null : write;
  const value = `${m[1]}${write.value === null ? "" : typeof write.value === "number" ? formatPlain(write.value) : String(write.value)}`;
  return value === write.expected ? null : { ...write, value };
}

/** Whether a write would put into a cell a figure no cell can hold exactly (non-finite, 10^15 or more), or the
 *  words that stand for one. */
function unwritableWrite(write: CellWrite): boolean {
  const v = write.value;
  if (typeof v === "number") return !isWritable(v);
  return typeof v === "string" && (v.includes(TOO_LARGE) || v.includes(NOT_A_NUMBER));
}

/** A fix as offered: none when any of its writes, or its label, carries a figure that cannot be written (the
 *  finding still says what is wrong; only the one-click change is withheld). A correction of a text that cannot
 *  be written back into one cell is kept for the report written from it (its edits), without writes. */
function safeFix(fix: Fix | null | undefined): Fix | null {
  if (!fix) return null;
  if (fix.writes.some(unwritableWrite) || fix.label.includes(TOO_LARGE) || fix.label.includes(NOT_A_NUMBER))
    return null;
  const writes = fix.writes.map(keepingLabel).filter((w): w is CellWrite => w !== null);
  if (writes.length === 0 && !fix.edits?.length) return null;
  return { ...fix, writes };
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
