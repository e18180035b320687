/**
 * A report document among the checks: alone (its paragraphs as the report, its tables as sheets), or beside the
 * workbook it was written from (the workbook's tables, the document's paragraphs in place of the report sheet),
 * and the findings told as a reader of the document finds them — by paragraph, page and the sentence quoted —
 * where a workbook's finding is told by sheet and cell. Pure code over snapshots, for every host.
 */
import { CATALOGUE } from "../../core/checks/catalogue";
import { runChecks } from "../../core/checks/run";
import type { Finding } from "../../core/checks/types";
import { chooseProfile, type ProfileChoice } from "../../core/framework";
import { readModel } from "../../core/model/read";
import type { WorkbookSnapshot } from "../../core/model/snapshot";
import type { WorkbookModel } from "../../core/model/types";
import type { Profile } from "../../core/profile";
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
 * its model reads as the report (`own`: its name, where the caller has the model already), then the document's
 * report sheet (its tables are left out: the workbook's own tables are the figures the report is held to).
 */
export function withReport(
  workbook: WorkbookSnapshot,
  doc: DocumentRead,
  own: string | null = readModel(workbook).report?.sheet ?? null,
): WorkbookSnapshot {
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

/** A report document checked: the model the checks read, the profile they used and the findings, placed. */
export interface DocumentCheck {
  readonly model: WorkbookModel;
  readonly choice: ProfileChoice;
  /** Every finding of the check; those in the document carry their place there. */
  readonly findings: readonly LocatedFinding[];
}

/**
 * Checks a report document: alone (`workbook` null: its paragraphs against themselves, its tables as a workbook's),
 * or against the workbook it was written from (the workbook's tables, the document in place of its report sheet).
 * `chosen` is a profile the user named for this check; without one, the (paired) workbook's setting or framework
 * decides (framework.ts). `workbookModel`: the workbook's model where the caller has read it (the pane), so it is
 * not read again to find the workbook's own report sheet. The command line (`jixiao check`, `--report`) and the task pane both check through it.
 */
export function checkDocument(
  doc: DocumentRead,
  workbook: WorkbookSnapshot | null,
  chosen: Profile | null = null,
  workbookModel?: WorkbookModel,
): DocumentCheck {
  const own = workbookModel ? (workbookModel.report?.sheet ?? null) : undefined;
  const snapshot = workbook ? withReport(workbook, doc, own) : doc.snapshot;
  const model = readModel(snapshot);
  const choice = chooseProfile(model, snapshot.settings, chosen);
  const findings = runChecks(model, choice.profile, CATALOGUE);
  const reportSheet = snapshot.sheets[snapshot.sheets.length - 1]!.name;
  const renamed = workbook && reportSheet !== doc.snapshot.sheets[0]!.name ? reportSheet : null;
  return { model, choice, findings: locateFindings(findings, doc, renamed) };
}

/**
 * Whether a workbook holds figures a report is held to (a 绩效自评表, funds, budget execution or a balance sheet):
 * a workbook with none, or with only a report of its own, has nothing to check a report document against.
 */
export function hasFigureTables(model: WorkbookModel): boolean {
  return Boolean(model.funds || model.indicators || model.budget || model.balance);
}

/** Where a finding stands in the document, as the reviewer's letter says it: “第13段（第3页）”, “表1第4行”. */
export function describeLocation(place: DocumentLocation): string {
  const page = place.page !== null ? `（第${place.page}页）` : "";
  const where = place.table ? `表${place.table.number}第${place.table.row}行` : `第${place.paragraph}段`;
  return `${where}${page}`;
}
