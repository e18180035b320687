/**
 * A finding's expected and actual figures, as terms of the card's <dl>, written as the field writes them
 * (2.23%, 36,353.37 万元): the 检查 view's cards and the 报告 view's document findings show them alike.
 */
import { useWords } from "../state/pane-context";
import type { Finding } from "../../core/checks/types";
import { shownFigure } from "./figures";
import { WORDS } from "./words";

export function FigureTerms({
  finding,
  termClass,
  valueClass,
}: {
  readonly finding: Finding;
  readonly termClass: string;
  readonly valueClass: string;
}) {
  const w = useWords(WORDS);
  return (
    <>
      {finding.expected !== null ? (
        <>
          <dt className={termClass}>{w.expected}</dt>
          <dd className={valueClass}>{shownFigure(finding, finding.expected)}</dd>
        </>
      ) : null}
      {finding.actual !== null ? (
        <>
          <dt className={termClass}>{w.actual}</dt>
          <dd className={valueClass}>{shownFigure(finding, finding.actual)}</dd>
        </>
      ) : null}
    </>
  );
}
