/**
 * Text into Word runs: line breaks inside a cell or paragraph as Word line breaks, characters XML cannot carry
 * (control characters pasted from other programs) left out, and the gaps of a passage (“【待填：资产总计】”)
 * highlighted in yellow so that nobody prints the report with one left in.
 */
import { HighlightColor, TextRun, type IRunOptions } from "docx";
import type { Gap } from "../core/narrative/types";

type RunStyle = Omit<IRunOptions, "text" | "children" | "break">;

/** Characters XML 1.0 does not allow (C0 controls but tab, line feed and carriage return; lone surrogates;
 *  U+FFFE and U+FFFF). */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without the characters XML cannot carry. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, "");
}

/** Runs of `text` in one style, a line break for each line break of the text. */
export function textRuns(text: string, style: RunStyle = {}): TextRun[] {
  const lines = xmlSafe(text).split(/\r\n|\r|\n/);
  return lines.map((l, i) => new TextRun({ ...style, text: l, ...(i > 0 ? { break: 1 } : {}) }));
}

/** Runs of a passage's text, its gaps highlighted. Gaps are taken in order; one out of range or overlapping the
 *  one before is ignored (the text is written whole either way). */
export function passageRuns(text: string, gaps: readonly Gap[]): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const g of [...gaps].sort((a, b) => a.start - b.start)) {
    if (g.start < at || g.end > text.length || g.end <= g.start) continue;
    if (g.start > at) runs.push(...textRuns(text.slice(at, g.start)));
    runs.push(...textRuns(text.slice(g.start, g.end), { highlight: HighlightColor.YELLOW }));
    at = g.end;
  }
  if (at < text.length || runs.length === 0) runs.push(...textRuns(text.slice(at)));
  return runs;
}
