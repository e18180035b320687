/**
 * What jixiao remembers of the report it filled, kept in the workbook's settings (key "report"): the outline,
 * the sheet, and the exact texts of the passages it wrote. A paragraph that still reads so is jixiao's and a
 * later fill may write it anew; a paragraph anyone edited no longer matches and is theirs from then on.
 */
import { OUTLINE_IDS, type OutlineId } from "./types";

export const REPORT_SETTINGS_KEY = "report";

export interface ReportMarks {
  readonly outline: OutlineId | null;
  readonly sheet: string | null;
  readonly written: readonly string[];
}

const NONE: ReportMarks = { outline: null, sheet: null, written: [] };

/** The marks in a workbook's settings; none when absent or unreadable (a damaged setting loses no text: every
 *  paragraph is then treated as people's). */
export function readMarks(settings: Readonly<Record<string, string>>): ReportMarks {
  const raw = settings[REPORT_SETTINGS_KEY];
  if (raw === undefined) return NONE;
  try {
    const v: unknown = JSON.parse(raw);
    if (typeof v !== "object" || v === null) return NONE;
    const o = v as Record<string, unknown>;
    const outline = OUTLINE_IDS.find((id) => id === o.outline) ?? null;
    const sheet = typeof o.sheet === "string" ? o.sheet : null;
    const written = Array.isArray(o.written) ? o.written.filter((t): t is string => typeof t === "string") : [];
    return { outline, sheet, written };
  } catch {
    return NONE;
  }
}

/** Settings with the marks replaced, every other key kept. */
export function withMarks(
  settings: Readonly<Record<string, string>>,
  marks: ReportMarks,
): Readonly<Record<string, string>> {
  return { ...settings, [REPORT_SETTINGS_KEY]: JSON.stringify(marks) };
}
