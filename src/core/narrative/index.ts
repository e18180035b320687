/**
 * The narrative engine's entry points for the hosts (command line, task pane, preview): compose the report of a
 * workbook, render it as text, plan its fill into the workbook.
 */
import { CATALOGUE } from "../checks/catalogue";
import { runChecks } from "../checks/run";
import type { Finding } from "../checks/types";
import type { WorkbookModel } from "../model/types";
import type { WorkbookSnapshot } from "../model/snapshot";
import type { Profile } from "../profile-types";
import { composeReport } from "./compose";
import { settleReport, type SettledReport } from "./corrections";
import { readMarks } from "./marks";
import type { OutlineId, ReportDocument } from "./types";

export { composeReport, detectOutline, passagesOf, outlineNodes } from "./compose";
export { planFill, freeSheetName, type FillPlan, type FillOutcome, type FillChange, type FillSheet } from "./fill";
export { readMarks, withMarks, REPORT_SETTINGS_KEY, type ReportMarks } from "./marks";
export { reportText } from "./text";
export { settleReport, type Correction, type SettledReport, type TextConcern } from "./corrections";
export type * from "./types";

/**
 * The report of a workbook as it may be published: the checker run first, its errors in the report's text
 * corrected where the correction is safe and the rest listed (corrections.ts), then the report composed from the
 * corrected text. With `asWritten`, the text stays as the person wrote it (the lists still say what is wrong).
 */
export function settledReportOf(
  snapshot: WorkbookSnapshot,
  model: WorkbookModel,
  options: {
    readonly profile: Profile;
    readonly outline?: OutlineId;
    readonly asWritten?: boolean;
    /** The catalogue's findings on this model, where the host has them already. */
    readonly findings?: readonly Finding[];
  },
): { readonly doc: ReportDocument; readonly settled: SettledReport } {
  const { asWritten, findings, ...rest } = options;
  const settled = settleReport(model, findings ?? runChecks(model, options.profile, CATALOGUE));
  const doc = reportOf(snapshot, asWritten ? model : settled.model, rest);
  return { doc, settled };
}

/** The report of a workbook, recognising the passages jixiao wrote into it before (from its settings). */
export function reportOf(
  snapshot: WorkbookSnapshot,
  model: WorkbookModel,
  options: { readonly profile: Profile; readonly outline?: OutlineId },
): ReportDocument {
  const written = new Set(readMarks(snapshot.settings).written);
  return composeReport(model, { ...options, written });
}
