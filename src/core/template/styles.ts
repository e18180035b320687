/** The template's number formats and looks, as the sample workbooks have them (宋体, thin borders, grey headers). */
import type { CellStyle } from "./types";

export const FORMATS = {
  /** 万元 with two decimals and thousands separators. */
  amount: "#,##0.00",
  /** Rates held as fractions (0.8839), shown as 88.39%. */
  rate: "0.00%",
  score: "0.00",
  count: "0",
} as const;

export const FONT = "宋体";

export const STYLES = {
  /** The whole used area: the font of the form. */
  base: { font: FONT, size: 11, vertical: "center" },
  title: { size: 16, bold: true, horizontal: "center" },
  note: { horizontal: "right" },
  header: { bold: true, fill: "#D9D9D9", border: true, horizontal: "center", wrap: true },
  body: { border: true, wrap: true },
  bold: { bold: true },
  center: { horizontal: "center" },
  right: { horizontal: "right" },
  /** Cells the user fills in (amounts, targets, actuals, names): pale yellow, as input cells of forms are. */
  input: { fill: "#FFF2CC" },
} as const satisfies Record<string, CellStyle>;
