/** Output of `jixiao check`: grouped by file and severity for people, or the JSON that tools read. */
import type { Finding, Severity } from "../core/checks/types";

export type FileResult =
  { readonly file: string; readonly findings: readonly Finding[] } | { readonly file: string; readonly error: string };

const LABEL: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };
const COLOR: Record<Severity, string> = { error: "\x1b[31m", warning: "\x1b[33m", info: "\x1b[36m" };
const BOLD = "\x1b[1m";
const DIM = "\x1b[2m";
const RESET = "\x1b[0m";

/** One file's findings, errors first, each with its location and message. */
export function formatHuman(result: FileResult, color: boolean): string {
  const paint = (code: string, text: string) => (color ? `${code}${text}${RESET}` : text);
  const lines = [paint(BOLD, result.file)];
  if ("error" in result) {
    lines.push(`  ${paint(COLOR.error, "无法读取")}：${result.error}`);
    return lines.join("\n");
  }
  if (result.findings.length === 0) {
    lines.push("  未发现问题。");
    return lines.join("\n");
  }
  for (const severity of ["error", "warning", "info"] as const) {
    const group = result.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push(`  ${paint(COLOR[severity] + BOLD, `${LABEL[severity]} ${group.length} 项`)}`);
    for (const f of group) {
      const where = f.sheet ? `${f.sheet}!${f.cell}` : "工作簿";
      lines.push(`    ${paint(DIM, where)}  ${f.message}  ${paint(DIM, `[${f.rule}]`)}`);
    }
  }
  const count = (s: Severity) => result.findings.filter((f) => f.severity === s).length;
  lines.push(`  共 ${count("error")} 个错误，${count("warning")} 个警告，${count("info")} 个提示。`);
  return lines.join("\n");
}

/** The JSON of a run: {"files":[{"file","findings":[{rule,severity,sheet,cell,message,expected,actual}]}]};
 *  a file that could not be read has "error" in place of "findings". */
export function formatJson(results: readonly FileResult[]): string {
  return JSON.stringify({
    files: results.map((r) =>
      "error" in r
        ? { file: r.file, error: r.error }
        : {
            file: r.file,
            findings: r.findings.map((f) => ({
              rule: f.rule,
              severity: f.severity,
              sheet: f.sheet,
              cell: f.cell,
              message: f.message,
              expected: f.expected,
              actual: f.actual,
            })),
          },
    ),
  });
}
