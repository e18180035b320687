/**
 * Reading the workbook model (readModel) from a large snapshot: a 绩效自评表 with the funds block and 2,000
 * indicators (一级/二级 merged over their runs, figures partly as text), a 预算执行情况 sheet of 10,000 rows under
 * 基本支出 / 项目支出 with a 合计, a two-sided 资产负债表 and a report of 300 paragraphs. The baseline is the least
 * any reader must do: parseFigure on every cell of the same snapshot into an array, measured in the same run.
 */
import { parseFigure, type Figure } from "../src/core/figures";
import { readModel } from "../src/core/model/read";
import type { Area, CellValue, SheetSnapshot, WorkbookSnapshot } from "../src/core/model/snapshot";
import { cellCount, sheetFromGrid } from "../src/core/model/snapshot";
import { measure, type BenchRow } from "./measure";

export const BUDGET_ROWS = 10_000;
export const INDICATORS = 2_000;

function sheet(name: string, values: CellValue[][], merges: Area[] = [], formats?: string[][]): SheetSnapshot {
  return sheetFromGrid(name, 1, 1, values, formats, { merges });
}

const amount = (i: number): number => Math.round(1000 + ((i * 7919) % 900000)) / 100;

function form(): SheetSnapshot {
  const rows: CellValue[][] = [
    ["2022年度部门整体支出绩效自评表"],
    ["单位：万元"],
    ["单位名称", "某某单位"],
    ["年度预算资金", null, null, null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["年度资金总额", null, null, null, null, 36353.37, 32132.93, 10, 0.8839, 8.84],
    ["其中：财政拨款", null, null, null, null, 36353.37, 32132.93, null, 0.8839, null],
    ["上年结转资金", null, null, null, null, 0, 0, null, null, null],
    ["其他资金", null, null, null, null, 0, 0, null, null, null],
    [
      "一级指标",
      "二级指标",
      "三级指标",
      "指标性质",
      "年度指标值",
      "度量单位",
      "实际完成值",
      "分值",
      "得分",
      "偏差原因分析及改进措施",
    ],
  ];
  const merges: Area[] = [{ top: 1, left: 1, bottom: 1, right: 10 }];
  const first = rows.length + 1;
  for (let i = 0; i < INDICATORS; i++) {
    const r = first + i;
    const text = i % 3 === 0;
    rows.push([
      i % 50 === 0 ? `一级${i / 50}` : null,
      i % 10 === 0 ? `二级${i / 10}` : null,
      `指标${i}`,
      i % 7 === 0 ? "定性" : "≥",
      text ? `≥${90 + (i % 10)}%` : 90 + (i % 10),
      "%",
      text ? `${(95 + (i % 5)).toString()}％` : 95 + (i % 5),
      text ? "０．５" : 0.5,
      0.5,
      i % 11 === 0 ? "偏差原因说明" : null,
    ]);
    if (i % 50 === 0) merges.push({ top: r, left: 1, bottom: r + 49, right: 1 });
    if (i % 10 === 0) merges.push({ top: r, left: 2, bottom: r + 9, right: 2 });
  }
  rows.push(["总分", null, null, null, null, null, null, null, 1000]);
  rows.push(["自评等级", null, null, null, null, null, null, null, "优"]);
  return sheet("绩效自评表", rows, merges);
}

function budget(): SheetSnapshot {
  const rows: CellValue[][] = [
    ["某某单位2022年度预算执行情况表"],
    ["单位：万元"],
    ["项目名称", "全年预算数", "全年执行数", "执行率", "未执行原因"],
    ["一、基本支出", 1000, 900, 0.9, null],
  ];
  const formats: string[][] = [[], [], [], ["General", "#,##0.00", "#,##0.00", "0.00%", "General"]];
  const half = BUDGET_ROWS / 2;
  for (let i = 0; i < BUDGET_ROWS; i++) {
    if (i === half) rows.push(["二、项目支出", 2000, 1800, 0.9, null]);
    const b = amount(i);
    const e = amount(i + 17);
    rows.push([
      `项目${i}`,
      i % 4 === 0 ? b.toLocaleString("en-US") : b,
      e,
      e / b,
      i % 9 === 0 ? "部分资金未支付" : null,
    ]);
    formats.push(["General", "#,##0.00", "#,##0.00", "0.00%", "General"]);
  }
  rows.push(["合计", 3000, 2700, 0.9, null]);
  return sheet("预算执行情况", rows, [{ top: 1, left: 1, bottom: 1, right: 5 }], formats);
}

function balance(): SheetSnapshot {
  return sheet("资产负债表", [
    ["资产负债表"],
    ["编制单位：某某单位", null, "2022年12月31日", null, "单位：万元"],
    ["资产部类", "年末数", "年初数", "负债和净资产部类", "年末数", "年初数"],
    ["流动资产合计", 1262.54, 1100, "流动负债合计", 388.73, 300],
    ["非流动资产合计", 16204.96, 15000, "非流动负债合计", 0, 0],
    [null, null, null, "负债合计", 388.73, 300],
    [null, null, null, "净资产合计", 17078.77, 15800],
    ["资产总计", 17467.5, 16100, "负债和净资产总计", 17467.5, 16100],
  ]);
}

function report(): SheetSnapshot {
  const rows: CellValue[][] = [["2022年度某某单位整体支出绩效自评报告"]];
  for (let i = 0; i < 300; i++)
    rows.push([`第${i}段：本年度预算执行情况良好，全年预算数为36,353.37万元，执行率为88.39%。`]);
  return sheet("自评报告", rows);
}

/** The snapshot of the benchmark: 10,000 budget rows and 2,000 indicators. */
export function largeSnapshot(): WorkbookSnapshot {
  return { sheets: [form(), budget(), balance(), report()], settings: {} };
}

export function benchModel(): BenchRow[] {
  const snapshot = largeSnapshot();
  const cells = snapshot.sheets.reduce((n, s) => n + cellCount(s), 0);
  let sink = 0;
  const baseline = measure(
    "parseFigure on every cell into an array (baseline)",
    1,
    () => {
      const out: { raw: CellValue; figure: Figure }[] = [];
      for (const s of snapshot.sheets)
        for (const row of s.rows) for (const { value: v } of row.cells) out.push({ raw: v, figure: parseFigure(v) });
      sink += out.length;
    },
    10,
  );
  const model = measure(
    `readModel: ${BUDGET_ROWS.toLocaleString("en-US")} budget rows, ${INDICATORS.toLocaleString("en-US")} indicators (${cells.toLocaleString("en-US")} cells)`,
    1,
    () => {
      const m = readModel(snapshot);
      sink += (m.budget?.rows.length ?? 0) + (m.indicators?.rows.length ?? 0);
    },
    10,
  );
  if (Number.isNaN(sink)) throw new Error("benchmark produced NaN");
  return [baseline, model].map((row) => ({ ...row, ratio: row.nsPerOp / baseline.nsPerOp }));
}
