/**
 * A report document among the checks: alone (its paragraphs as the report, its tables as sheets), or beside the
 * workbook it was written from (the workbook's tables, the document's paragraphs in place of the report sheet),
 * and the findings told as a reader of the document finds them — by paragraph, page and the sentence quoted —
 * where a workbook's finding is told by sheet and cell. Pure code over snapshots, for every host.
 */
import type { Finding } from "../../core/checks/types";
import { readModel } from "../../core/model/read";
import type { WorkbookSnapshot } from "../../core/model/snapshot";
import type { DocumentRead } from "./types";

/** Where a finding stands in a document. */
export interface DocumentLocation {
  /** The paragraph's number (for a row of a table: the paragraph the table follows). */
  readonly paragraph: number;
  /** The page, for a PDF; null otherwise. */
  readonly page: number | null;
  /** The sentence the finding is about, as written (or the paragraph's start). */
  readonly quote: string;
  /** For a finding in a table of the document: the table's number and the row in it. */
  readonly table: { readonly number: number; readonly row: number } | null;
}

export interface LocatedFinding extends Finding {
  /** Set where the finding stands in a report document rather than a workbook's cell. */
  readonly place?: DocumentLocation;
}

/**
 * Rules that look at how a workbook's cells are kept, not at what a document says: a table of a Word document
 * holds text in every cell (so "figures stored as text" says nothing of it).
 */
const WORKBOOK_ONLY = new Set(["figures-as-text"]);

/** Whether a finding says something of a document read into a snapshot. */
export function concernsDocument(finding: Finding, doc: DocumentRead): boolean {
  if (!WORKBOOK_ONLY.has(finding.rule)) return true;
  return !doc.snapshot.sheets.some((s) => s.name === finding.sheet);
}

/**
 * The snapshot of a workbook with a report document in place of its own report: the workbook's sheets but the one
 * its model reads as the report, then the document's report sheet (its tables are left out: the workbook's own
 * tables are the figures the report is held to).
 */
export function withReport(workbook: WorkbookSnapshot, doc: DocumentRead): WorkbookSnapshot {
  const own = readModel(workbook).report?.sheet ?? null;
  const report = doc.snapshot.sheets[0]!;
  const taken = new Set(workbook.sheets.filter((s) => s.name !== own).map((s) => s.name.toLowerCase()));
  let name = report.name;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${report.name}${n}`;
  return {
    sheets: [...workbook.sheets.filter((s) => s.name !== own), { ...report, name }],
    settings: workbook.settings,
  };
}

/**
 * What of a finding's message may be found in its paragraph, most telling first: the phrases it quotes (“…特种行业等
 * 工作 and 集会…”, without the ellipses), then its figures (“22.25%”).
 */
function hintsOf(message: string): string[] {
  const phrases = [...message.matchAll(/“([^”]+)”/g)]
    .map((m) => m[1]!.replace(/^[….]+|[….]+$/g, "").trim())
    .filter((p) => [...p].length >= 2);
  const figures = (message.match(/\d[\d,]*(?:\.\d+)?\s*%?/g) ?? []).map((x) => x.trim());
  return [...phrases, ...figures];
}

/**
 * The findings with their places in the document where they stand on one of its sheets (`renamed`: the report
 * sheet's name in a paired snapshot, when it had to change). The quote is the sentence holding a phrase or a
 * figure the finding's message names, else the paragraph's first sentence, shortened to a sentence's length.
 */
export function locateFindings(
  findings: readonly Finding[],
  doc: DocumentRead,
  renamed: string | null = null,
): LocatedFinding[] {
  const report = doc.snapshot.sheets[0]!.name;
  return findings
    .filter((f) => concernsDocument(f, doc))
    .map((f) => {
      const at = f.refs[0];
      if (!at) return f;
      const sheet = renamed !== null && at.sheet === renamed ? report : at.sheet;
      const place = doc.places.placeOf(sheet, at.row);
      if (!place) return f;
      const quote = doc.places.quoteFor(sheet, at.row, hintsOf(f.message)) ?? place.text.slice(0, 80);
      return { ...f, place: { paragraph: place.paragraph, page: place.page, quote, table: place.table } };
    });
}
