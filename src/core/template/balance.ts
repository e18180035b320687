/**
 * 资产负债表 in the two-sided layout of 会政财01表: title, “{年度}年12月31日” and “会政财01表　单位：万元”,
 * “编制单位：{单位}”, the header 资产部类 | 年末数 | 年初数 | 负债和净资产部类 | 年末数 | 年初数 on row 4, the main
 * lines of each side, and 资产总计 beside 负债和净资产总计 on the last row. Every 合计 and 总计 is a SUM: 流动资产合计,
 * 非流动资产合计, 资产总计 = 流动 + 非流动; 流动负债合计, 非流动负债合计, 负债合计 = 流动 + 非流动; 净资产合计 = 累计盈余
 * + 专用基金 + 权益法调整; 负债和净资产总计 = 负债合计 + 净资产合计 (so 资产总计 = 负债和净资产总计 is left for the
 * checker to verify against the figures entered).
 *
 * Not an Excel table: its header holds 年末数 and 年初数 twice, and a table's headers must differ (Excel would
 * rename them “年末数2”, which no reader recognises).
 *
 * 编制单位 stands alone in its row: with no name after it, the name is looked for to its right, so nothing else
 * may stand there.
 */
import type { SheetContext } from "./context";
import { SheetDraft } from "./draft";
import { call, range, ref, type Expr } from "./formula";
import { FORMATS, STYLES } from "./styles";

export const BALANCE_LAYOUT = {
  headerRow: 4,
  columns: ["资产部类", "年末数", "年初数", "负债和净资产部类", "年末数", "年初数"],
} as const;

/** A line of one side: a heading (no figures), an item (entered), or a sum of the named lines. */
type Line = { readonly label: string; readonly sum?: readonly string[]; readonly heading?: boolean };

const h = (label: string): Line => ({ label, heading: true });
const i = (label: string): Line => ({ label });
const s = (label: string, ...parts: string[]): Line => ({ label, sum: parts });

const CURRENT_ASSETS = [
  "货币资金",
  "财政应返还额度",
  "应收账款净额",
  "预付账款",
  "其他应收款净额",
  "存货",
  "其他流动资产",
];
const NON_CURRENT_ASSETS = ["固定资产净值", "在建工程", "无形资产净值", "公共基础设施净值", "其他非流动资产"];
const CURRENT_LIABILITIES = ["应缴财政款", "应付职工薪酬", "应付账款", "其他应付款", "其他流动负债"];
const NON_CURRENT_LIABILITIES = ["长期应付款", "其他非流动负债"];
const NET_ASSETS = ["累计盈余", "专用基金", "权益法调整"];

/** The assets side above 资产总计. */
export const ASSET_LINES: readonly Line[] = [
  h("流动资产："),
  ...CURRENT_ASSETS.map(i),
  s("流动资产合计", ...CURRENT_ASSETS),
  h("非流动资产："),
  ...NON_CURRENT_ASSETS.map(i),
  s("非流动资产合计", ...NON_CURRENT_ASSETS),
];

/** The liabilities and net assets side above 负债和净资产总计. */
export const LIABILITY_LINES: readonly Line[] = [
  h("流动负债："),
  ...CURRENT_LIABILITIES.map(i),
  s("流动负债合计", ...CURRENT_LIABILITIES),
  h("非流动负债："),
  ...NON_CURRENT_LIABILITIES.map(i),
  s("非流动负债合计", ...NON_CURRENT_LIABILITIES),
  s("负债合计", "流动负债合计", "非流动负债合计"),
  h("净资产："),
  ...NET_ASSETS.map(i),
  s("净资产合计", ...NET_ASSETS),
];

const COLUMN_WIDTHS = [24, 16, 16, 24, 16, 16];

/** The rows of the lines, and the last row (the totals). */
export function balanceRows(): { assets: Map<string, number>; liabilities: Map<string, number>; totalRow: number } {
  const first = BALANCE_LAYOUT.headerRow + 1;
  const assets = new Map(ASSET_LINES.map((l, k) => [l.label, first + k]));
  const liabilities = new Map(LIABILITY_LINES.map((l, k) => [l.label, first + k]));
  // A blank row before the totals, as the official form leaves one.
  const totalRow = first + Math.max(ASSET_LINES.length, LIABILITY_LINES.length) + 1;
  assets.set("资产总计", totalRow);
  liabilities.set("负债和净资产总计", totalRow);
  return { assets, liabilities, totalRow };
}

export function balanceSheet(ctx: SheetContext): SheetDraft {
  const d = new SheetDraft("balance");
  const hr = BALANCE_LAYOUT.headerRow;
  const { assets, liabilities, totalRow } = balanceRows();
  d.columnWidths = COLUMN_WIDTHS;
  d.freezeRows = hr;
  d.style(`A1:F${totalRow}`, STYLES.base);
  d.merge("A1:F1", "资产负债表").style("A1:F1", STYLES.title).height(1, 30);
  d.merge("A2:C2", `${ctx.year}年12月31日`).style("A2:C2", STYLES.center);
  d.merge("D2:F2", "会政财01表　单位：万元").style("D2:F2", STYLES.note);
  d.merge("A3:F3", `编制单位：${ctx.unitName}`);
  BALANCE_LAYOUT.columns.forEach((name, k) => d.value(`${"ABCDEF"[k]}${hr}`, name));
  d.style(`A${hr}:F${hr}`, STYLES.header);

  const side = (lines: readonly Line[], rows: Map<string, number>, label: string, end: string, begin: string) => {
    const sumOf = (parts: readonly string[], col: string): Expr => {
      const at = parts.map((p) => rows.get(p)!);
      const contiguous = at.every((r, k) => k === 0 || r === at[k - 1]! + 1);
      return contiguous && at.length > 1
        ? call("SUM", range(`${col}${at[0]}:${col}${at[at.length - 1]}`))
        : call("SUM", ...at.map((r) => ref(`${col}${r}`)));
    };
    for (const line of lines) {
      const r = rows.get(line.label)!;
      d.value(`${label}${r}`, line.label);
      if (line.heading) {
        d.style(`${label}${r}`, STYLES.bold);
      } else if (line.sum) {
        d.formula(`${end}${r}`, sumOf(line.sum, end), FORMATS.amount);
        d.formula(`${begin}${r}`, sumOf(line.sum, begin), FORMATS.amount);
        d.style(`${label}${r}:${begin}${r}`, STYLES.bold);
      } else {
        d.format(`${end}${r}:${begin}${r}`, FORMATS.amount).style(`${end}${r}:${begin}${r}`, STYLES.input);
      }
    }
  };
  side(ASSET_LINES, assets, "A", "B", "C");
  side(LIABILITY_LINES, liabilities, "D", "E", "F");
  for (const [col, parts] of [
    ["B", ["流动资产合计", "非流动资产合计"]],
    ["C", ["流动资产合计", "非流动资产合计"]],
  ] as const) {
    d.formula(`${col}${totalRow}`, call("SUM", ...parts.map((p) => ref(`${col}${assets.get(p)!}`))), FORMATS.amount);
  }
  for (const [col, parts] of [
    ["E", ["负债合计", "净资产合计"]],
    ["F", ["负债合计", "净资产合计"]],
  ] as const) {
    d.formula(
      `${col}${totalRow}`,
      call("SUM", ...parts.map((p) => ref(`${col}${liabilities.get(p)!}`))),
      FORMATS.amount,
    );
  }
  d.value(`A${totalRow}`, "资产总计").value(`D${totalRow}`, "负债和净资产总计");
  d.style(`A${hr + 1}:F${totalRow}`, STYLES.body).style(`A${totalRow}:F${totalRow}`, STYLES.bold);
  return d;
}
