/**
 * 单位基本情况: the facts as 项目 | 内容 | 说明 (单位名称, 年度, 内设机构数, 编制数, 实有人数, 在职人员控制率 =
 * JX.SHARE(实有人数, 编制数), 资产负债率 = JX.DEBTRATIO(负债合计, 资产总计) of the 资产负债表's 年末数), then the list
 * of organs as 序号 | 机构名称 | 类别, which the report's 机构设置 passage reads. Both are Excel tables: plain header
 * and rows, and the list grows row by row. 说明 is left blank: where a fact has no value yet, the text beside its
 * label would be read as the value.
 */
import type { SheetContext } from "./context";
import { SheetDraft } from "./draft";
import { call, ref, unlessZero } from "./formula";
import { balanceRows } from "./balance";
import { FORMATS, STYLES } from "./styles";

export const UNIT_LAYOUT = {
  factsHeader: 2,
  factColumns: ["项目", "内容", "说明"],
  organColumns: ["序号", "机构名称", "类别"],
  /** Empty rows of the organ list (a table has at least one). */
  organRows: 3,
} as const;

const COLUMN_WIDTHS = [24, 36, 40];

export function unitSheet(ctx: SheetContext): SheetDraft {
  const s = new SheetDraft("unit");
  const h = UNIT_LAYOUT.factsHeader;
  const balance = balanceRows();
  const labels = ["单位名称", "年度", "内设机构数", "编制数", "实有人数", "在职人员控制率", "资产负债率"] as const;
  const row = (label: (typeof labels)[number]) => h + 1 + labels.indexOf(label);
  const factsEnd = row("资产负债率");
  const organsHeader = factsEnd + 2;
  const end = organsHeader + UNIT_LAYOUT.organRows;
  s.columnWidths = COLUMN_WIDTHS;
  s.style(`A1:C${end}`, STYLES.base);
  s.merge("A1:C1", "单位基本情况").style("A1:C1", STYLES.title).height(1, 30);
  UNIT_LAYOUT.factColumns.forEach((name, k) => s.value(`${"ABC"[k]}${h}`, name));
  for (const label of labels) s.value(`A${row(label)}`, label);

  s.value(`B${row("单位名称")}`, ctx.unitName || null);
  s.value(`B${row("年度")}`, ctx.year, FORMATS.count);
  s.format(`B${row("内设机构数")}:B${row("实有人数")}`, FORMATS.count);
  const staff = ref(`B${row("编制数")}`);
  s.formula(
    `B${row("在职人员控制率")}`,
    unlessZero(staff, call("JX.SHARE", ref(`B${row("实有人数")}`), staff)),
    FORMATS.rate,
  );
  const liabilities = ref(`E${balance.liabilities.get("负债合计")!}`, "balance");
  const assets = ref(`B${balance.totalRow}`, "balance");
  s.formula(`B${row("资产负债率")}`, unlessZero(assets, call("JX.DEBTRATIO", liabilities, assets)), FORMATS.rate);
  s.style(`B${row("单位名称")}:B${factsEnd}`, { horizontal: "left" });
  s.style(`B${row("单位名称")}:C${row("实有人数")}`, STYLES.input).style(
    `C${row("在职人员控制率")}:C${factsEnd}`,
    STYLES.input,
  );
  s.table("facts", `A${h}:C${factsEnd}`);

  UNIT_LAYOUT.organColumns.forEach((name, k) => s.value(`${"ABC"[k]}${organsHeader}`, name));
  s.format(`A${organsHeader + 1}:A${end}`, FORMATS.count);
  s.style(`A${organsHeader + 1}:C${end}`, STYLES.input).style(`A${organsHeader + 1}:A${end}`, STYLES.center);
  s.table("organs", `A${organsHeader}:C${end}`);
  return s;
}
