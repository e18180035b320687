/**
 * The narrative engine's entry points for the hosts (command line, task pane, preview): compose the report of a
 * workbook, render it as text, plan its fill into the workbook.
 */
import type { WorkbookModel } from "../model/types";
import type { WorkbookSnapshot } from "../model/snapshot";
import type { Profile } from "../profile-types";
import { composeReport } from "./compose";
import { readMarks } from "./marks";
import type { OutlineId, ReportDocument } from "./types";

export { composeReport, detectOutline, passagesOf, outlineNodes } from "./compose";
export { planFill, freeSheetName, type FillPlan, type FillOutcome, type FillChange, type FillSheet } from "./fill";
export { readMarks, withMarks, REPORT_SETTINGS_KEY, type ReportMarks } from "./marks";
export { reportText } from "./text";
export type * from "./types";

/** The report of a workbook, recognising the passages jixiao wrote into it before (from its settings). */
export function reportOf(
  snapshot: WorkbookSnapshot,
  model: WorkbookModel,
  options: { readonly profile: Profile; readonly outline?: OutlineId },
): ReportDocument {
  const written = new Set(readMarks(snapshot.settings).written);
  return composeReport(model, { ...options, written });
}
