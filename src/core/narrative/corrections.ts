/**
 * Never publish a figure the checker proves wrong. Before the report is written from the workbook (as text, as a
 * Word document, into the report sheet), the checker's errors in the report's own paragraphs are settled:
 *   - an error whose fix is a safe edit of the text (a figure computed from the tables, a heading number from its
 *     neighbours: Fix.edits) is applied to the paragraph, and the correction is listed for the person
 *     ("第11段：资产负债率 22.25% → 2.23%");
 *   - an error without one (a count against its list: which of the two is wrong, only the unit knows) is left for
 *     the person to decide: the export stops with the list, unless the person asks for the text as written;
 *   - warnings in the text are listed, never passed on in silence.
 * The paragraphs keep their place and are still the person's: only the figures corrected change.
 */
import type { Finding, TextEdit } from "../checks/types";
import type { CellRef, ReportParagraph, WorkbookModel } from "../model/types";

export interface Correction {
  /** The paragraph's number in the report (1-based, as the person counts them). */
  readonly paragraph: number;
  readonly ref: CellRef;
  readonly was: string;
  readonly text: string;
  /** What the correction is about, from the finding: "资产负债率". */
  readonly rule: string;
  /** One line: "第11段：22.25% → 2.23%". */
  readonly line: string;
}

/** A finding in the text that the person must see: an error without a safe correction, or a warning. */
export interface TextConcern {
  readonly paragraph: number | null;
  readonly finding: Finding;
  /** One line: "第65段：……". */
  readonly line: string;
}

export interface SettledReport {
  /** The model with its report's paragraphs corrected (the same model where nothing was). */
  readonly model: WorkbookModel;
  readonly corrections: readonly Correction[];
  /** Errors in the text without a safe correction: the person decides (the export stops without --as-written). */
  readonly undecided: readonly TextConcern[];
  /** Warnings in the text: listed with the output. */
  readonly warnings: readonly TextConcern[];
}

const sameRef = (a: CellRef, b: CellRef): boolean => a.sheet === b.sheet && a.row === b.row && a.col === b.col;

/** Where a finding stands in the report: the index of the paragraph of its first cell, or -1. */
function paragraphOf(paragraphs: readonly ReportParagraph[], finding: Finding): number {
  const at = finding.refs[0];
  return at ? paragraphs.findIndex((p) => sameRef(p.ref, at)) : -1;
}

/** The edits of a fix, when every one lies in a paragraph of the report and reads what it should. */
function safeEdits(paragraphs: readonly ReportParagraph[], finding: Finding): TextEdit[] | null {
  const edits = finding.fix?.edits;
  if (!edits || edits.length === 0) return null;
  for (const e of edits) {
    const p = paragraphs.find((x) => sameRef(x.ref, e.ref));
    if (!p || e.start < 0 || e.end > p.text.length || e.start > e.end) return null;
    if (p.text.slice(e.start, e.end) !== e.was) return null;
  }
  return [...edits];
}

/** The report's errors settled and its warnings listed (see the top of this file). `findings` are the checker's
 *  findings on this model. */
export function settleReport(model: WorkbookModel, findings: readonly Finding[]): SettledReport {
  const report = model.report;
  if (!report || report.paragraphs.length === 0) return { model, corrections: [], undecided: [], warnings: [] };
  const paragraphs = report.paragraphs;
  const onReport = findings.filter((f) => f.refs[0]?.sheet === report.sheet && paragraphOf(paragraphs, f) >= 0);
  const byParagraph = new Map<number, { edit: TextEdit; finding: Finding }[]>();
  const undecided: TextConcern[] = [];
  const warnings: TextConcern[] = [];
  const concern = (finding: Finding): TextConcern => {
    const i = paragraphOf(paragraphs, finding);
    return { paragraph: i + 1, finding, line: `第${i + 1}段：${finding.message}` };
  };
  for (const finding of onReport) {
    if (finding.severity === "warning") warnings.push(concern(finding));
    if (finding.severity !== "error") continue;
    const edits = safeEdits(paragraphs, finding);
    if (!edits) {
      undecided.push(concern(finding));
      continue;
    }
    for (const edit of edits) {
      const i = paragraphs.findIndex((p) => sameRef(p.ref, edit.ref));
      const list = byParagraph.get(i) ?? [];
      list.push({ edit, finding });
      byParagraph.set(i, list);
    }
  }

  const corrections: Correction[] = [];
  const corrected = paragraphs.map((p, i) => {
    const list = byParagraph.get(i);
    if (!list) return p;
    // Right to left, so that each edit's positions still hold; an edit overlapping one already made is left
    // (its finding goes to the person).
    let text = p.text;
    let limit = Infinity;
    for (const { edit, finding } of [...list].sort((a, b) => b.edit.start - a.edit.start)) {
      if (edit.end > limit) {
        undecided.push(concern(finding));
        continue;
      }
      text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
      limit = edit.start;
      corrections.push({
        paragraph: i + 1,
        ref: p.ref,
        was: edit.was,
        text: edit.text,
        rule: finding.rule,
        line: `第${i + 1}段：${edit.label ? `${edit.label} ` : ""}${edit.was.trim()} → ${edit.text.trim()}`,
      });
    }
    return { ...p, text };
  });
  corrections.sort((a, b) => a.paragraph - b.paragraph || a.line.localeCompare(b.line));
  const sorted = (list: TextConcern[]) => list.sort((a, b) => (a.paragraph ?? 0) - (b.paragraph ?? 0));
  return {
    model: corrections.length > 0 ? { ...model, report: { ...report, paragraphs: corrected } } : model,
    corrections,
    undecided: sorted(undecided),
    warnings: sorted(warnings),
  };
}
