/**
 * Cells a reviewer will not accept blank (GUIDE §7): the funds block's 年度资金总额 全年预算数 and 全年执行数;
 * the budget table's 合计 amounts; the balance sheet's 资产总计, 负债合计 and 净资产合计 年末数 (年初数 may be
 * blank). "—" and "无" count as blank there. A funds block without its 年度资金总额 row, or a balance sheet
 * without one of those rows, is reported too. The unit's name (单位名称) not found is info: many forms carry it
 * only in a title or a seal, and no figure rests on it. Indicator rows' blanks are indicator-row-complete's.
 */
import { address } from "../../model/snapshot";
import type { BalanceKey, CellRef, FigureCell, WorkbookModel } from "../../model/types";
import { findingOf } from "../finding";
import type { Finding, Rule } from "../types";

const BALANCE: readonly (readonly [BalanceKey, string])[] = [
  ["totalAssets", "资产总计"],
  ["totalLiabilities", "负债合计"],
  ["netAssets", "净资产合计"],
];

/** Whether a required cell gives no figure: missing, empty, or "—"/"无". */
function blank(cell: FigureCell | null): boolean {
  return !cell || cell.figure.kind === "blank" || cell.figure.kind === "none";
}

/** "未填写", or what stands in for a figure ("写为“—”"). */
function how(cell: FigureCell | null): string {
  return cell && typeof cell.raw === "string" && cell.raw.trim() !== ""
    ? `写为“${cell.raw.trim()}”，没有数字`
    : "未填写";
}

/** Where the unit's name should stand when the reader found none: the top of the form's sheet. */
function nameRef(model: WorkbookModel): CellRef[] {
  const sheet = model.funds?.sheet ?? model.indicators?.sheet ?? model.sheets[0];
  return sheet === undefined ? [] : [{ sheet, row: 1, col: 1 }];
}

export const rule: Rule = {
  id: "required-blank",
  severity: "error",
  title: "必填单元格为空",
  description:
    "年度资金总额的全年预算数和全年执行数、预算执行情况表合计行的金额、资产负债表资产总计、负债合计、净资产合计的年末数为必填项；未能识别单位名称时提示补填。",
  why: "错误：资金总额、合计行金额、资产负债表总计是其余核对的基数，空着则算式所需的数字缺失。提示：未识别单位名称不影响数字。",
  check(model) {
    const findings: Finding[] = [];
    const at = (cell: FigureCell | null, fallback: CellRef): CellRef => cell?.ref ?? fallback;
    const funds = model.funds;
    if (funds) {
      const total = funds.rows.find((r) => r.line === "total");
      if (!total) {
        findings.push(
          findingOf(rule, {
            refs: [{ sheet: funds.sheet, row: funds.headerRow, col: 1 }],
            message: "绩效自评表资金部分没有“年度资金总额”行，应填列年度资金总额的全年预算数和全年执行数",
          }),
        );
      } else {
        for (const [cell, name] of [
          [total.budget, "全年预算数"],
          [total.executed, "全年执行数"],
        ] as const) {
          if (!blank(cell)) continue;
          const ref = at(cell, total.label.ref);
          findings.push(
            findingOf(rule, {
              refs: [ref],
              message: `年度资金总额${name}${cell ? `（${address(ref.row, ref.col)}）` : ""}${how(cell)}，应填写${name}`,
            }),
          );
        }
      }
    }
    for (const row of model.budget?.rows ?? []) {
      if (row.kind !== "total") continue;
      for (const [cell, name] of [
        [row.budget, "全年预算数"],
        [row.executed, "全年执行数"],
      ] as const) {
        if (!blank(cell)) continue;
        const ref = at(cell, row.name.ref);
        findings.push(
          findingOf(rule, {
            refs: [ref],
            message: `预算执行情况表${row.name.text || "合计"}行的${name}${cell ? `（${address(ref.row, ref.col)}）` : ""}${how(cell)}，应填写${name}`,
          }),
        );
      }
    }
    const balance = model.balance;
    if (balance) {
      for (const [key, name] of BALANCE) {
        const item = balance.items.find((i) => i.key === key);
        if (!item) {
          findings.push(
            findingOf(rule, {
              refs: [{ sheet: balance.sheet, row: balance.headerRow, col: 1 }],
              message: `资产负债表中没有“${name}”行，应填列${name}年末数`,
            }),
          );
          continue;
        }
        if (!blank(item.end)) continue;
        const ref = at(item.end, item.label.ref);
        findings.push(
          findingOf(rule, {
            refs: [ref],
            message: `资产负债表${name}年末数${item.end ? `（${address(ref.row, ref.col)}）` : ""}${how(item.end)}，应填写${name}年末数`,
          }),
        );
      }
    }
    const name = model.unit.name;
    if (!name || name.text.trim() === "") {
      findings.push(
        findingOf(rule, {
          refs: name ? [name.ref] : nameRef(model),
          message: "未找到单位名称：请在绩效自评表中填写“单位名称”",
          severity: "info",
        }),
      );
    }
    return findings;
  },
};
