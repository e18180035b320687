/**
 * Output of `jixiao check`: grouped by file and severity for people, or the JSON that tools read. Everything that
 * comes from a file (file names, sheet names, messages quoting cells) is made safe for the terminal first
 * (safe-text.ts); colours are added after, so they are the only control sequences printed.
 */
import type { Severity } from "../core/checks/types";
import { describeLocation, type LocatedFinding } from "../workbook/document/findings";
import { isWritable } from "../core/format";
import type { ProfileSource } from "../core/framework";
import { safeJson, safeLine } from "./safe-text";

/** The rule profile a file was checked by, and how it was chosen (framework.ts). */
export interface CheckedBy {
  readonly id: string;
  readonly name: string;
  readonly source: ProfileSource;
  /** "按共性指标框架（财预〔2013〕53号）检查（由表格的一级指标识别）" */
  readonly line: string;
  /** Why the workbook's own setting could not be used, or null. */
  readonly problem: string | null;
}

export type FileResult =
  | {
      readonly file: string;
      /** A finding in a report document carries its place there (paragraph, page, quote). */
      readonly findings: readonly LocatedFinding[];
      readonly profile?: CheckedBy;
      /** What the reader should know of how the file was read (a pairing, an extension that did not fit). */
      readonly notes?: readonly string[];
    }
  | {
      readonly file: string;
      readonly error: string;
      /** The error names the file itself (a document reader's message). */
      readonly named?: boolean;
    };

const LABEL: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };
const COLOR: Record<Severity, string> = { error: "\x1b[31m", warning: "\x1b[33m", info: "\x1b[36m" };
const BOLD = "\x1b[1m";
const DIM = "\x1b[2m";
const RESET = "\x1b[0m";

/** The one line that says why a file could not be read (standard error). */
export function unreadableLine(result: {
  readonly file: string;
  readonly error: string;
  readonly named?: boolean;
}): string {
  return result.named ? safeLine(result.error) : `${safeLine(result.file)}：${safeLine(result.error)}`;
}

/** Where a finding stands: a workbook's sheet and cell, or a document's paragraph (and page). */
function whereOf(f: LocatedFinding): string {
  if (f.place) return describeLocation(f.place);
  return f.sheet ? `${safeLine(f.sheet)}!${f.cell}` : "工作簿";
}

/** One file's findings, errors first, each with its location and message. A file that could not be read is
 *  not listed here: its one line goes to standard error (unreadableLine). */
export function formatHuman(
  result: {
    readonly file: string;
    readonly findings: readonly LocatedFinding[];
    readonly profile?: CheckedBy;
    readonly notes?: readonly string[];
  },
  color: boolean,
): string {
  const paint = (code: string, text: string) => (color ? `${code}${text}${RESET}` : text);
  const lines = [paint(BOLD, safeLine(result.file))];
  for (const note of result.notes ?? []) lines.push(`  ${paint(DIM, safeLine(note))}`);
  if (result.profile) lines.push(`  ${paint(DIM, safeLine(result.profile.line))}`);
  if (result.profile?.problem) lines.push(`  ${safeLine(result.profile.problem)}`);
  if (result.findings.length === 0) {
    lines.push("  未发现问题。");
    return lines.join("\n");
  }
  for (const severity of ["error", "warning", "info"] as const) {
    const group = result.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push(`  ${paint(COLOR[severity] + BOLD, `${LABEL[severity]} ${group.length} 项`)}`);
    for (const f of group) {
      lines.push(`    ${paint(DIM, whereOf(f))}  ${safeLine(f.message)}  ${paint(DIM, `[${f.rule}]`)}`);
      if (f.place) lines.push(`      ${paint(DIM, `“${safeLine(f.place.quote)}”`)}`);
    }
  }
  const count = (s: Severity) => result.findings.filter((f) => f.severity === s).length;
  lines.push(`  共 ${count("error")} 个错误，${count("warning")} 个警告，${count("info")} 个提示。`);
  return lines.join("\n");
}

/** A figure for JSON: null where none applies or where it is past what a cell holds (non-finite, 10^15 and up). */
const figure = (x: number | null): number | null => (x !== null && isWritable(x) ? x : null);

/** The JSON of a run: {"files":[{"file","findings":[{rule,severity,sheet,cell,message,expected,actual}]}]};
 *  a file that could not be read has "error" in place of "findings". Control characters are escaped. */
export function formatJson(results: readonly FileResult[]): string {
  return safeJson({
    files: results.map((r) =>
      "error" in r
        ? { file: r.file, error: r.error }
        : {
            file: r.file,
            ...(r.profile
              ? {
                  profile: {
                    id: r.profile.id,
                    name: r.profile.name,
                    source: r.profile.source,
                    note: r.profile.problem,
                  },
                }
              : {}),
            ...(r.notes && r.notes.length > 0 ? { notes: r.notes } : {}),
            findings: r.findings.map((f) => ({
              rule: f.rule,
              severity: f.severity,
              // A document's finding is told by paragraph, page and quote where a workbook's is by sheet and cell.
              ...(f.place
                ? {
                    paragraph: f.place.paragraph,
                    page: f.place.page,
                    quote: f.place.quote,
                    ...(f.place.table ? { table: f.place.table } : {}),
                  }
                : { sheet: f.sheet, cell: f.cell }),
              message: f.message,
              expected: figure(f.expected),
              actual: figure(f.actual),
            })),
          },
    ),
  });
}
