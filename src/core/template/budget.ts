/**
 * 预算执行情况: title “{单位}{年度}年度预算执行情况表”, “单位：万元”, the header 项目名称 | 全年预算数 | 全年执行数 |
 * 执行率 | 未执行原因 on row 3, then 基本支出 (人员经费, 公用经费), 项目支出 (two rows for the projects) and 合计.
 * 基本支出 and 项目支出 are the SUM of the rows under them, 合计 the SUM of the two; every 执行率 is
 * JX.EXECRATE(全年执行数, 全年预算数), blank while the budget is 0.
 *
 * The block is an Excel table (header and rows, no merged cell): new project rows inserted inside it take its
 * style and the 执行率 formula, and the subtotals' SUM ranges grow with them. Its filter buttons are off: sorting
 * would tear the subtotals from their rows.
 */
import type { SheetContext } from "./context";
import { SheetDraft } from "./draft";
import { call, range, ref, unlessZero } from "./formula";
import { FORMATS, STYLES } from "./styles";

export const BUDGET_LAYOUT = {
  headerRow: 3,
  columns: ["项目名称", "全年预算数", "全年执行数", "执行率", "未执行原因"],
  /** Rows under the header: label and what the row is. */
  rows: [
    ["基本支出", "basic"],
    ["人员经费", "item"],
    ["公用经费", "item"],
    ["项目支出", "project"],
    ["", "item"],
    ["", "item"],
    ["合计", "total"],
  ],
} as const;

const COLUMN_WIDTHS = [28, 16, 16, 12, 60];

export function budgetSheet(ctx: SheetContext): SheetDraft {
  const s = new SheetDraft("budget");
  const h = BUDGET_LAYOUT.headerRow;
  const rows = BUDGET_LAYOUT.rows;
  const firstRow = h + 1;
  const end = h + rows.length;
  s.columnWidths = COLUMN_WIDTHS;
  s.freezeRows = h;
  s.style(`A1:E${end}`, STYLES.base);
  s.merge("A1:E1", `${ctx.unitName}${ctx.year}年度预算执行情况表`).style("A1:E1", STYLES.title).height(1, 30);
  s.merge("A2:E2", "单位：万元").style("A2:E2", STYLES.note);
  BUDGET_LAYOUT.columns.forEach((name, i) => s.value(`${"ABCDE"[i]}${h}`, name));

  const rowOf = (kind: string) => firstRow + rows.findIndex(([, k]) => k === kind);
  const basic = rowOf("basic");
  const project = rowOf("project");
  const total = rowOf("total");
  rows.forEach(([label, kind], i) => {
    const r = firstRow + i;
    s.value(`A${r}`, label || null);
    if (kind === "item") s.format(`B${r}:C${r}`, FORMATS.amount).style(`A${r}:C${r}`, STYLES.input);
    s.formula(`D${r}`, unlessZero(ref(`B${r}`), call("JX.EXECRATE", ref(`C${r}`), ref(`B${r}`))), FORMATS.rate);
  });
  for (const c of ["B", "C"]) {
    s.formula(`${c}${basic}`, call("SUM", range(`${c}${basic + 1}:${c}${project - 1}`)), FORMATS.amount);
    s.formula(`${c}${project}`, call("SUM", range(`${c}${project + 1}:${c}${total - 1}`)), FORMATS.amount);
    s.formula(`${c}${total}`, call("SUM", ref(`${c}${basic}`), ref(`${c}${project}`)), FORMATS.amount);
  }
  for (const r of [basic, project, total]) s.style(`A${r}:E${r}`, STYLES.bold);
  s.style(`E${firstRow}:E${end}`, { ...STYLES.input, wrap: true });
  s.table("budget", `A${h}:E${end}`);
  return s;
}
