/** Findings of the report rules: at the paragraph they are about, whatever other cells they highlight. */
import { address } from "../../model/snapshot";
import { findingOf, type FindingParts } from "../finding";
import type { Finding, Rule } from "../types";

/**
 * A finding whose cell is its first ref (the paragraph), not the range spanned by its refs: a finding about
 * A53 that also highlights the heading in A52 points at A53.
 */
export function findingAt(rule: Pick<Rule, "id" | "severity">, parts: FindingParts): Finding {
  const f = findingOf(rule, parts);
  const first = parts.refs[0];
  return first ? { ...f, cell: address(first.row, first.col) } : f;
}
