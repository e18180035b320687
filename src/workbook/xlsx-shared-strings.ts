/**
 * The shared strings of an .xlsx file (xl/sharedStrings.xml): each `<si>` as plain text, rich-text runs joined,
 * phonetic guides (`<rPh>`, the furigana of Japanese files) left out, as Excel shows the cell. Read while the
 * part inflates; a text longer than the bound (Excel's own 32,767 characters) stops the reading.
 */
import { LimitError, type InflateBudget } from "./limits";
import { parsePart } from "./xlsx-stream";
import type { ZipArchive } from "./zip";

const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** A text of a `<t>` element as Excel shows it: its escapes `_xHHHH_` (ECMA-376 ST_Xstring) decoded, so
 *  "_x000D_" is a carriage return and "_x005F_x0041_" the text "_x0041_". */
export function unescapeXstring(text: string): string {
  return text.includes("_x") ? text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

export function readSharedStrings(archive: ZipArchive, part: string, budget: InflateBudget): string[] {
  const strings: string[] = [];
  const limit = budget.limits.textLength;
  let inItem = false;
  let phonetic = 0;
  let inText = false;
  let text = "";
  parsePart(archive, part, budget, {
    open(name) {
      if (name === "si") {
        inItem = true;
        text = "";
      } else if (name === "rPh") phonetic++;
      else if (name === "t" && inItem && phonetic === 0) inText = true;
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si") {
        strings.push(unescapeXstring(text));
        inItem = false;
      }
    },
    text(t) {
      if (!inText) return;
      text += t;
      if (text.length > limit) throw new LimitError("textLength", `共享字符串第 ${strings.length + 1} 项`);
    },
  });
  return strings;
}
