/**
 * The number format of each cell style of an .xlsx file (xl/styles.xml): the `<cellXfs>` list, each entry's
 * numFmtId resolved through the file's own `<numFmts>` or the formats every spreadsheet knows by number
 * (ECMA-376 Part 1, §18.8.30, with the Chinese date formats of ids 27–36 and 50–58 as Excel shows them in
 * zh-CN). Only the number format is read: the checks need it to tell 0.8839 shown as 88.39% from 0.8839.
 *
 * A styles part that cannot be read is not fatal: every cell is then "General", and the reader says so.
 */
import { XmlTokenizer } from "./xml-tokens";

const BUILT_IN = new Map<number, string>([
  [0, "General"],
  [1, "0"],
  [2, "0.00"],
  [3, "#,##0"],
  [4, "#,##0.00"],
  [9, "0%"],
  [10, "0.00%"],
  [11, "0.00E+00"],
  [12, "# ?/?"],
  [13, "# ??/??"],
  [14, "yyyy/m/d"],
  [15, "d-mmm-yy"],
  [16, "d-mmm"],
  [17, "mmm-yy"],
  [18, "h:mm AM/PM"],
  [19, "h:mm:ss AM/PM"],
  [20, "h:mm"],
  [21, "h:mm:ss"],
  [22, "yyyy/m/d h:mm"],
  [27, 'yyyy"年"m"月"'],
  [28, 'm"月"d"日"'],
  [29, 'm"月"d"日"'],
  [30, "m-d-yy"],
  [31, 'yyyy"年"m"月"d"日"'],
  [32, 'h"时"mm"分"'],
  [33, 'h"时"mm"分"ss"秒"'],
  [34, '上午/下午h"时"mm"分"'],
  [35, '上午/下午h"时"mm"分"ss"秒"'],
  [36, 'yyyy"年"m"月"'],
  [37, "#,##0 ;(#,##0)"],
  [38, "#,##0 ;[Red](#,##0)"],
  [39, "#,##0.00;(#,##0.00)"],
  [40, "#,##0.00;[Red](#,##0.00)"],
  [45, "mm:ss"],
  [46, "[h]:mm:ss"],
  [47, "mmss.0"],
  [48, "##0.0E+0"],
  [49, "@"],
  [50, 'yyyy"年"m"月"'],
  [51, 'm"月"d"日"'],
  [52, 'yyyy"年"m"月"'],
  [53, 'm"月"d"日"'],
  [54, 'm"月"d"日"'],
  [55, '上午/下午h"时"mm"分"'],
  [56, '上午/下午h"时"mm"分"ss"秒"'],
  [57, 'yyyy"年"m"月"'],
  [58, 'm"月"d"日"'],
]);

/** The number format of each cell style, by its index in `<cellXfs>` ("General" past the end). */
export class CellFormats {
  constructor(private readonly byStyle: readonly string[]) {}

  static readonly NONE = new CellFormats([]);

  of(style: number): string {
    return this.byStyle[style] ?? "General";
  }
}

/** Reads the styles part's text. Throws an XmlSyntaxError when the XML is not well formed. */
export function readCellFormats(xml: string): CellFormats {
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let depth = 0;
  let cellXfs = -1; // the depth of <cellXfs>, while inside it
  const tokens = new XmlTokenizer({
    open(name, tag) {
      depth++;
      if (name === "numFmt") {
        const id = Number(tag.attr("numFmtId"));
        const code = tag.attr("formatCode");
        if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
      } else if (name === "cellXfs") cellXfs = depth;
      else if (name === "xf" && cellXfs > 0 && depth === cellXfs + 1) {
        const id = Number(tag.attr("numFmtId") ?? 0);
        ids.push(Number.isInteger(id) ? id : 0);
      }
    },
    close(name) {
      if (name === "cellXfs") cellXfs = -1;
      depth--;
    },
  });
  tokens.write(xml);
  tokens.close();
  return new CellFormats(ids.map((id) => custom.get(id) ?? BUILT_IN.get(id) ?? "General"));
}
