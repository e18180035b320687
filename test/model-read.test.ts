// readModel over hand-written snapshots: tables found by their headers wherever they stand, as accountants lay
// them out (stray spaces and line breaks in headers, merged or blank-under 一级/二级, extra columns, blank rows,
// figures as text, two tables on a sheet, units from titles), and the reading notes.
import { describe, expect, it } from "vitest";
import type { Figure, Target } from "../src/core/figures";
import { readModel } from "../src/core/model/read";
import type { CellValue } from "../src/core/model/snapshot";
import type { FigureCell, TargetCell, TextCell } from "../src/core/model/types";
import { sheet, workbook } from "./helpers/workbook";

/** The number a figure cell holds (throws when it holds none). */
function num(cell: FigureCell | null | undefined): number {
  const f = cell?.figure;
  if (f?.kind !== "number") throw new Error(`not a number: ${JSON.stringify(cell)}`);
  return f.value;
}
const target = (cell: TargetCell | null | undefined): Target | Figure | undefined => cell?.target;
const text = (cell: TextCell | null | undefined): string | undefined => cell?.text;
const at = (cell: { ref: { row: number; col: number } } | null | undefined): string =>
  cell ? `${String.fromCharCode(64 + cell.ref.col)}${cell.ref.row}` : "-";

const INDICATOR_HEADER = [
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
];

describe("indicators block", () => {
  it("reads a header with stray spaces and line breaks, merged 一级/二级, and the 总分/等级 footer", () => {
    const rows: CellValue[][] = [
      ["2022年度部门整体支出绩效自评表"],
      [
        "一级\n指标",
        " 二级指标",
        "三级 指标",
        "指标性质",
        "年度\r\n指标值",
        "度量单位",
        "实际\u3000完成值",
        "分 值",
        "得分",
        "偏差原因分析\n及改进措施",
      ],
      ["产出指标", "数量指标", "采购应急处突装备", "=", 1, "批", 1, 7, 7, null],
      [null, null, "化解矛盾纠纷案件", "≥", 2000, "件", 7129, 7, 7, null],
      [null, "质量指标", "矛盾纠纷化解率", "≥", 95, "%", 99.1, 7, 7, null],
      [
        "效益指标",
        "社会效益指标",
        "维护隔离点秩序稳定",
        "定性",
        "有效维护",
        null,
        "达成年度指标",
        20,
        17,
        "个别人员不熟悉流程",
      ],
      ["总分", null, null, null, null, null, null, null, 51],
      ["自评等级", null, null, null, null, null, null, null, "差"],
    ];
    const m = readModel(
      workbook([sheet("绩效自评表", rows, { merges: ["A1:J1", "A3:A5", "B3:B4", "A7:G7", "A8:G8"] })]),
    );
    const t = m.indicators!;
    expect(t.sheet).toBe("绩效自评表");
    expect(t.headerRow).toBe(2);
    expect(t.columns).toEqual({
      first: 1,
      second: 2,
      third: 3,
      nature: 4,
      target: 5,
      unit: 6,
      actual: 7,
      weight: 8,
      score: 9,
      reason: 10,
    });
    expect(t.rows.map((r) => [r.row, text(r.first), at(r.first), text(r.second), at(r.second), text(r.third)])).toEqual(
      [
        [3, "产出指标", "A3", "数量指标", "B3", "采购应急处突装备"],
        [4, "产出指标", "A3", "数量指标", "B3", "化解矛盾纠纷案件"],
        [5, "产出指标", "A3", "质量指标", "B5", "矛盾纠纷化解率"],
        [6, "效益指标", "A6", "社会效益指标", "B6", "维护隔离点秩序稳定"],
      ],
    );
    const [r1, r2, , r4] = t.rows;
    expect(r1!.nature?.op).toBe("=");
    expect(r2!.nature?.op).toBe("≥");
    expect(r4!.nature?.op).toBe("qualitative");
    expect(target(r2!.target)).toMatchObject({ op: null, value: 2000 });
    expect(target(r2!.actual)).toMatchObject({ value: 7129 });
    expect(text(r2!.unit)).toBe("件");
    expect(num(r4!.weight)).toBe(20);
    expect(num(r4!.score)).toBe(17);
    expect(text(r4!.reason)).toBe("个别人员不熟悉流程");
    expect(target(r4!.actual)).toMatchObject({ kind: "invalid", reason: "定性指标值，不是数字" });
    expect(num(t.total)).toBe(51);
    expect(at(t.total)).toBe("I7");
    expect(text(t.grade)).toBe("差");
    expect(at(t.grade)).toBe("I8");
    expect(m.notes).toEqual([]);
  });

  it("carries 一级/二级 left blank under their first row; a new 一级 clears the 二级", () => {
    const m = readModel(
      workbook([
        sheet("Sheet1", [
          INDICATOR_HEADER,
          ["产出指标", "数量指标", "指标甲", "≥", 1, "批", 1, 10, 10],
          [null, null, "指标乙", "≥", 1, "批", 1, 10, 10],
          [null, "时效指标", "指标丙", "≥", 1, "批", 1, 10, 10],
          ["效益指标", null, "指标丁", "≥", 1, "批", 1, 10, 10],
          [null, "社会效益指标", "指标戊", "≥", 1, "批", 1, 10, 10],
        ]),
      ]),
    );
    expect(m.indicators!.rows.map((r) => [text(r.first), at(r.first), text(r.second), at(r.second)])).toEqual([
      ["产出指标", "A2", "数量指标", "B2"],
      ["产出指标", "A2", "数量指标", "B2"],
      ["产出指标", "A2", "时效指标", "B4"],
      ["效益指标", "A5", "", "B5"],
      ["效益指标", "A5", "社会效益指标", "B6"],
    ]);
  });

  it("ignores extra columns (序号, 指标解释, 备注), skips blank rows, and starts anywhere (table at C4)", () => {
    const rows: CellValue[][] = [
      ["序号", "一级指标", "二级指标", "三级指标", "指标解释", "年度指标值", "实际完成值", "分值", "得分", "备注"],
      [1, "产出指标", "数量指标", "培训人次", "参训人数", "≥500人次", "520人次", 10, 10, "无"],
      [],
      [],
      [2, null, "质量指标", "合格率", "考核合格", "≥95%", "９８．５％", "１０", "10.00", null],
    ];
    const m = readModel(workbook([sheet("表1", rows, { at: "C4" })]));
    const t = m.indicators!;
    expect(t.headerRow).toBe(4);
    expect(t.columns).toEqual({ first: 4, second: 5, third: 6, target: 8, actual: 9, weight: 10, score: 11 });
    expect(t.rows.map((r) => r.row)).toEqual([5, 8]);
    const [a, b] = t.rows;
    expect(a!.nature).toBeNull(); // no 指标性质 column: the target's folded operator decides
    expect(a!.unit).toBeNull();
    expect(a!.reason).toBeNull();
    expect(target(a!.target)).toMatchObject({ op: "≥", value: 500, unit: { text: "人次", kind: "count" } });
    expect(text(b!.first)).toBe("产出指标");
    expect(at(b!.first)).toBe("D5");
    expect(target(b!.target)).toMatchObject({ op: "≥", value: 0.95, unit: { text: "%" } });
    expect(target(b!.actual)).toMatchObject({ op: null, value: 0.985 });
    // 全角 digits stored as text: read, and flagged as text for the hygiene check.
    expect(b!.weight!.figure).toEqual({ kind: "number", value: 10, unit: null, fromText: true });
    expect(b!.score!.figure).toMatchObject({ kind: "number", value: 10, fromText: true });
    expect(b!.weight!.raw).toBe("１０");
  });

  it("reads targets folded with operator and unit: ≥95%, 不高于150万元, 1批, 全覆盖", () => {
    const m = readModel(
      workbook([
        sheet("指标", [
          ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
          ["产出指标", "数量指标", "采购装备", "1批", "1批", 10, 10],
          [null, "质量指标", "验收合格率", "≥95%", "100%", 10, 10],
          [null, "成本指标", "项目成本", "不高于150万元", "148.6万元", 10, 10],
          [null, "覆盖", "楼栋摸排率", "全覆盖", "全覆盖", 10, 10],
        ]),
      ]),
    );
    const rows = m.indicators!.rows;
    expect(rows.map((r) => target(r.target))).toEqual([
      { op: null, value: 1, unit: { text: "批", kind: "count", factor: 1 }, text: "1批" },
      { op: "≥", value: 0.95, unit: { text: "%", kind: "percent", factor: 1 }, text: "≥95%" },
      { op: "≤", value: 150, unit: { text: "万元", kind: "money", factor: 10000 }, text: "不高于150万元" },
      { op: "≥", value: 1, unit: { text: "%", kind: "percent", factor: 1 }, text: "全覆盖" },
    ]);
    expect(rows.every((r) => r.nature === null)).toBe(true);
  });

  it("reads 总分 from the next filled cell when the score column is empty, 等级 in the same row, and the texts below", () => {
    const m = readModel(
      workbook([
        sheet("自评表", [
          ["一级指标", "二级指标", "三级指标", "分值", "得分"],
          ["产出指标", "数量指标", "指标甲", 90, 85],
          ["总分", 90.5, "等级", "优"],
          ["评价结论：", "全年目标基本完成。"],
          ["存在问题"],
          ["个别项目执行进度偏慢。"],
          ["改进措施：加强预算执行监控。"],
          [],
          ["编制人：张三"],
        ]),
      ]),
    );
    const t = m.indicators!;
    expect(t.rows).toHaveLength(1);
    expect(num(t.total)).toBe(90.5);
    expect(at(t.total)).toBe("B3");
    expect(text(t.grade)).toBe("优");
    expect(at(t.grade)).toBe("D3");
    expect(t.texts.map((x) => [x.label, x.value.text, at(x.value)])).toEqual([
      ["评价结论", "全年目标基本完成。", "B4"],
      ["存在问题", "个别项目执行进度偏慢。", "A6"],
      ["改进措施", "加强预算执行监控。", "A7"],
    ]);
  });

  it("ends at three blank rows: what follows is not read", () => {
    const m = readModel(
      workbook([
        sheet("自评表", [
          ["一级指标", "二级指标", "三级指标", "分值", "得分"],
          ["产出指标", "数量指标", "指标甲", 50, 50],
          [],
          [],
          ["产出指标", "质量指标", "指标乙", 50, 50],
          [],
          [],
          [],
          ["附：其他说明", "指标丙", 1, 1],
        ]),
      ]),
    );
    expect(m.indicators!.rows.map((r) => text(r.third))).toEqual(["指标甲", "指标乙"]);
  });

  it("does not take words scattered in text for a header", () => {
    const m = readModel(
      workbook([
        sheet("说明", [
          ["填表说明：一级指标、二级指标、三级指标按财政部门下达的框架填列"],
          ["一级指标", "按框架填写"],
          ["二级指标", "按框架填写"],
          ["分值", "得分合计为100分"],
        ]),
      ]),
    );
    expect(m.indicators).toBeNull();
    expect(m.notes.map((n) => n.message)).toEqual(["工作表“说明”中没有识别出绩效自评表、预算执行表或资产负债表"]);
  });
});

describe("funds block", () => {
  it("is recognised by its column headers under a merged label cell, and reads the unit hint and the percent header", () => {
    const m = readModel(
      workbook([
        sheet(
          "绩效自评表",
          [
            ["项目", null, "年初预算数", "全年预算数（万元）", "全年执行数（万元）", "分值", "执行率(%)", "得分"],
            ["年度资金总额", null, 30000, "36,353.37", 32132.93, 10, 88.39, 8.84],
            ["其中：财政拨款", null, 30000, 36353.37, 32132.93, null, 88.39, null],
            ["上年结转资金", null, 0, 0, 0, null, null, null],
            ["其他资金", null, 0, 0, 0, null, null, null],
          ],
          { merges: ["A1:B1", "A2:B2", "A3:B3", "A4:B4", "A5:B5"] },
        ),
      ]),
    );
    const f = m.funds!;
    expect(m.budget).toBeNull(); // "项目" + 全年预算数 + 全年执行数 would make a budget header: the rows decide
    expect(f.headerRow).toBe(1);
    expect(f.unit).toEqual({
      unit: { text: "万元", kind: "money", factor: 10000 },
      ref: { sheet: "绩效自评表", row: 1, col: 4 },
    });
    expect(f.rows.map((r) => r.line)).toEqual(["total", "appropriation", "carryover", "other"]);
    const total = f.rows[0]!;
    expect(text(total.label)).toBe("年度资金总额");
    expect(total.budget!.figure).toEqual({ kind: "number", value: 36353.37, unit: null, fromText: true });
    expect(num(total.executed)).toBe(32132.93);
    expect(num(total.initialBudget)).toBe(30000);
    expect(num(total.weight)).toBe(10);
    // 88.39 typed into a General cell under "执行率(%)": kept as parsed; the header hint is recorded.
    expect(num(total.rate)).toBe(88.39);
    expect((f as typeof f & { percentHeader: unknown }).percentHeader).toEqual({ sheet: "绩效自评表", row: 1, col: 7 });
    expect(num(total.score)).toBe(8.84);
    expect(text(f.rows[1]!.label)).toBe("其中：财政拨款");
    expect(f.rows[1]!.weight!.figure.kind).toBe("blank");
  });

  it("is followed by the indicators block on the same sheet; the unit comes from the title line", () => {
    const m = readModel(
      workbook([
        sheet(
          "绩效自评表",
          [
            ["2023年度部门整体支出绩效自评表"],
            ["（金额单位：元）"],
            ["资金", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["年度资金总额", 100, 100, 90, 10, 0.9, 9],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "指标甲", 1, 1, 90, 90],
            ["总分", null, null, null, null, null, 99],
          ],
          { merges: ["A1:G1", "A2:G2"] },
        ),
      ]),
    );
    expect(m.funds!.unit).toEqual({
      unit: { text: "元", kind: "money", factor: 1 },
      ref: { sheet: "绩效自评表", row: 2, col: 1 },
    });
    expect(m.funds!.rows).toHaveLength(1);
    expect(m.indicators!.headerRow).toBe(5);
    expect(m.indicators!.rows).toHaveLength(1);
    expect(num(m.indicators!.total)).toBe(99);
    expect(m.unit.year?.figure).toEqual({ kind: "number", value: 2023, unit: null, fromText: true });
  });

  it("finds each row's label past a numbering column and skips rows it does not know", () => {
    const m = readModel(
      workbook([
        sheet("Sheet1", [
          ["序号", "项目", "全年预算数", "全年执行数", "执行率"],
          ["一", "年度资金总额", 100, 90, 0.9],
          ["（一）", "其中：当年财政拨款", 80, 75, 0.9375],
          ["（二）", "其中：一般公共预算", 80, 75, 0.9375],
          ["（三）", "上年结转", 20, 15, 0.75],
        ]),
      ]),
    );
    expect(m.budget).toBeNull();
    expect(m.funds!.rows.map((r) => [r.line, text(r.label), at(r.label), num(r.budget)])).toEqual([
      ["total", "年度资金总额", "B2", 100],
      ["appropriation", "其中：当年财政拨款", "B3", 80],
      ["carryover", "上年结转", "B5", 20],
    ]);
  });

  it("assumes 万元 with ref null when nothing states the unit", () => {
    const m = readModel(
      workbook([
        sheet("Sheet1", [
          ["资金", "全年预算数", "全年执行数", "执行率"],
          ["年度资金总额", 100, 90, 0.9],
        ]),
      ]),
    );
    expect(m.funds!.unit).toEqual({ unit: { text: "万元", kind: "money", factor: 10000 }, ref: null });
  });

  it("takes the unit from the label over the block (项目资金（元）, 永德's form), not 万元 assumed", () => {
    // 年度资金总额 36,353.37 万元 written in 元 as 363,533,700.00: read as 万元 it would be 36,353.37 亿元.
    const m = readModel(
      workbook([
        sheet(
          "绩效自评表",
          [
            ["项目资金（元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["年度资金总额", null, 300000000, 363533700, 321329300, 10, 0.8839, 8.84],
            ["其中：财政拨款", null, 300000000, 363533700, 321329300, "—", 0.8839, "—"],
          ],
          { merges: ["A1:B1", "A2:B2", "A3:B3"] },
        ),
      ]),
    );
    expect(m.funds!.unit).toEqual({
      unit: { text: "元", kind: "money", factor: 1 },
      ref: { sheet: "绩效自评表", row: 1, col: 1 },
    });
  });
});

describe("budget execution table", () => {
  it("reads subtotals written as 一、/（一）, the items under them, 合计, and stops there", () => {
    const m = readModel(
      workbook([
        sheet(
          "预算执行情况",
          [
            ["某单位2022年度预算执行情况表"],
            ["金额单位：元"],
            ["序号", "项目名称", "全年预算数", "全年执行数", "执行率", "未执行原因"],
            ["一", "一、基本支出", "160,842,000.00", 154788100, 0.9624, null],
            [1, "人员经费", 120000000, 118000000, 0.9833, null],
            [2, "公用经费", 40842000, 36788100, 0.9007, null],
            ["二", "（二）项目支出", 202691700, 166541200, 0.8216, null],
            [],
            [3, "红谷警眼", "１２，０００．００", 8000, 0.6667, "留存质保金"],
            [null, "合计", 363533700, 321329300, 0.8839, null],
            [null, "注：执行率=全年执行数÷全年预算数", 1, 2, 3],
          ],
          { merges: ["A1:F1", "A2:F2"] },
        ),
      ]),
    );
    const b = m.budget!;
    expect(b.headerRow).toBe(3);
    expect(b.unit).toEqual({
      unit: { text: "元", kind: "money", factor: 1 },
      ref: { sheet: "预算执行情况", row: 2, col: 1 },
    });
    expect(b.rows.map((r) => [r.kind, r.group, text(r.name)])).toEqual([
      ["basic", null, "一、基本支出"],
      ["item", "basic", "人员经费"],
      ["item", "basic", "公用经费"],
      ["project", null, "（二）项目支出"],
      ["item", "project", "红谷警眼"],
      ["total", null, "合计"],
    ]);
    expect(b.rows[0]!.budget!.figure).toEqual({ kind: "number", value: 160842000, unit: null, fromText: true });
    expect(num(b.rows[4]!.budget)).toBe(12000);
    expect(text(b.rows[4]!.reason)).toBe("留存质保金");
    expect(num(b.rows[5]!.rate)).toBe(0.8839);
    expect(m.unit.name?.text).toBe("某单位");
  });

  it("gives items to a closing subtotal (基本支出小计) and reads 合计 first as the opening row", () => {
    const m = readModel(
      workbook([
        sheet("支出", [
          ["项目", "预算数", "支出数", "预算执行率", "备注"],
          ["合计", 300, 270, 0.9, null],
          ["人员经费", 100, 95, 0.95, null],
          ["公用经费", 50, 45, 0.9, null],
          ["基本支出小计", 150, 140, 0.9333, null],
          ["项目甲", 150, 130, 0.8667, "进度滞后"],
          ["项目支出小计", 150, 130, 0.8667, null],
        ]),
      ]),
    );
    expect(m.budget!.rows.map((r) => [r.kind, r.group, text(r.name)])).toEqual([
      ["total", null, "合计"],
      ["item", "basic", "人员经费"],
      ["item", "basic", "公用经费"],
      ["basic", null, "基本支出小计"],
      ["item", "project", "项目甲"],
      ["project", null, "项目支出小计"],
    ]);
    expect(text(m.budget!.rows[4]!.reason)).toBe("进度滞后");
  });

  it("takes the unit of a two-row header from the group word over the amounts (预算执行情况（元）)", () => {
    const m = readModel(
      workbook([
        sheet(
          "预算执行情况",
          [
            ["单位：万元"],
            ["项目名称", "预算执行情况（元）", null, null, "未执行原因"],
            [null, "全年预算数", "全年执行数", "执行率", null],
            ["基本支出", 1500000, 1400000, 0.9333, null],
            ["项目支出", 1500000, 1300000, 0.8667, "进度滞后"],
            ["合计", 3000000, 2700000, 0.9, null],
          ],
          { merges: ["B2:D2", "A2:A3", "E2:E3"] },
        ),
      ]),
    );
    const b = m.budget!;
    expect([b.headerRow, num(b.rows[2]!.budget)]).toEqual([2, 3000000]);
    // The label over the amount columns is nearer to the figures than the sheet's note: it wins.
    expect(b.unit).toEqual({
      unit: { text: "元", kind: "money", factor: 1 },
      ref: { sheet: "预算执行情况", row: 2, col: 2 },
    });
  });

  it("points the unit of a two-row header at the lower row where the amount word stands (全年预算数（元）)", () => {
    const m = readModel(
      workbook([
        sheet(
          "预算执行情况",
          [
            ["项目名称", "预算执行情况", null, null, "未执行原因"],
            [null, "全年预算数（元）", "全年执行数（元）", "执行率", null],
            ["基本支出", 1500000, 1400000, 0.9333, null],
            ["合计", 1500000, 1400000, 0.9333, null],
          ],
          { merges: ["B1:D1", "A1:A2", "E1:E2"] },
        ),
      ]),
    );
    expect(m.budget!.unit).toEqual({
      unit: { text: "元", kind: "money", factor: 1 },
      ref: { sheet: "预算执行情况", row: 2, col: 2 },
    });
  });

  it("does not take a table of 项目 | 全年执行数 (the “三公” table) for a budget table, and says so", () => {
    const m = readModel(
      workbook([
        sheet(
          "预算执行情况",
          [
            ["项目名称", "全年预算数", "全年执行数", "执行率", "未执行原因"],
            ["合计", 37364.61, 37364.61, 1, null],
            [],
            ["“三公”经费支出情况（单位：万元）"],
            ["项目", "全年执行数"],
            ["公务接待费", 0.148],
            ["合计", 269.35],
          ],
          { merges: ["A4:E4"] },
        ),
      ]),
    );
    expect(m.budget!.rows.map((r) => text(r.name))).toEqual(["合计"]);
    expect(m.notes).toEqual([
      {
        sheet: "预算执行情况",
        area: { top: 5, left: 1, bottom: 5, right: 2 },
        message:
          "工作表“预算执行情况”第5行像表头（“项目”、“全年执行数”），但不是绩效自评表、预算执行表或资产负债表的完整表头，这张表没有读入",
      },
    ]);
  });
});

describe("balance sheet (会政财01表)", () => {
  it("reads the two halves as separate items with their keys; extra columns and section headings left out", () => {
    const m = readModel(
      workbook([
        sheet(
          "资产负债表",
          [
            ["资产负债表"],
            ["编制单位：某某局", null, null, "2022年12月31日", null, null, null, "单位：元"],
            ["资产", "行次", "期末余额", "年初余额", "负债和净资产", "行次", "期末余额", "年初余额"],
            ["流动资产：", null, null, null, "流动负债：", null, null, null],
            ["货币资金", 1, "1,000.00", 900, "应付账款", 20, 300, 200],
            ["1.流动资产合计", 2, 1000, 900, "流动负债合计", 21, 300, 200],
            ["非流动资产合计", 3, 500, 400, "非流动负债合计", 22, 0, 0],
            [null, null, null, null, "负债合计", 23, 300, 200],
            [null, null, null, null, "其中：累计盈余", 24, 1200, 1100],
            [null, null, null, null, "净资产合计", 25, 1200, 1100],
            ["资产总计", 4, 1500, 1300, "负债和净资产总计", 26, 1500, 1300],
            [],
            ["单位负责人：李四", null, null, "财务负责人：王五"],
          ],
          { merges: ["A1:H1"] },
        ),
      ]),
    );
    const b = m.balance!;
    expect(b.headerRow).toBe(3);
    expect(b.unit).toEqual({
      unit: { text: "元", kind: "money", factor: 1 },
      ref: { sheet: "资产负债表", row: 2, col: 8 },
    });
    expect(b.items.map((i) => [i.side, text(i.label), i.key, num(i.end), num(i.begin), at(i.end)])).toEqual([
      ["assets", "货币资金", null, 1000, 900, "C5"],
      ["assets", "1.流动资产合计", "currentAssets", 1000, 900, "C6"],
      ["assets", "非流动资产合计", "nonCurrentAssets", 500, 400, "C7"],
      ["assets", "资产总计", "totalAssets", 1500, 1300, "C11"],
      ["liabilitiesAndNetAssets", "应付账款", null, 300, 200, "G5"],
      ["liabilitiesAndNetAssets", "流动负债合计", "currentLiabilities", 300, 200, "G6"],
      ["liabilitiesAndNetAssets", "非流动负债合计", "nonCurrentLiabilities", 0, 0, "G7"],
      ["liabilitiesAndNetAssets", "负债合计", "totalLiabilities", 300, 200, "G8"],
      ["liabilitiesAndNetAssets", "其中：累计盈余", "accumulatedSurplus", 1200, 1100, "G9"],
      ["liabilitiesAndNetAssets", "净资产合计", "netAssets", 1200, 1100, "G10"],
      ["liabilitiesAndNetAssets", "负债和净资产总计", "totalLiabilitiesAndNetAssets", 1500, 1300, "G11"],
    ]);
    expect(m.unit.name?.text).toBe("某某局"); // 编制单位, when no 单位名称 label exists
  });

  it("needs both 年末数 and an asset label: 年末数 | 年初数 alone is no balance sheet", () => {
    const m = readModel(
      workbook([
        sheet("Sheet1", [
          ["项目", "年末数", "年初数"],
          ["在职人数", 10, 9],
        ]),
      ]),
    );
    expect(m.balance).toBeNull();
  });

  it("reads a one-sided sheet top to bottom, turning to 负债和净资产 at the first liability label", () => {
    const m = readModel(
      workbook([
        sheet("资产负债表", [
          ["资产部类", "年末数", "年初数"],
          ["资产总计", 1500, 1300],
          ["负债合计", 300, 200],
          ["净资产合计", 1200, 1100],
        ]),
      ]),
    );
    expect(m.balance!.items.map((i) => [i.side, i.key])).toEqual([
      ["assets", "totalAssets"],
      ["liabilitiesAndNetAssets", "totalLiabilities"],
      ["liabilitiesAndNetAssets", "netAssets"],
    ]);
  });
});

describe("several tables, each on its own sheet or together", () => {
  it("reads a budget table and a balance sheet on one sheet, separated by a title", () => {
    const m = readModel(
      workbook([
        sheet("汇总", [
          ["项目名称", "全年预算数", "全年执行数", "执行率"],
          ["基本支出", 100, 90, 0.9],
          ["合计", 100, 90, 0.9],
          [],
          ["资产负债表"],
          ["资产部类", "年末数", "年初数", "负债和净资产部类", "年末数", "年初数"],
          ["资产总计", 10, 9, "负债和净资产总计", 10, 9],
        ]),
      ]),
    );
    expect(m.budget!.rows).toHaveLength(2);
    expect(m.balance!.headerRow).toBe(6);
    expect(m.balance!.items.map((i) => i.key)).toEqual(["totalAssets", "totalLiabilitiesAndNetAssets"]);
  });

  it("uses the first of two indicator tables and says so", () => {
    const table = (name: string): CellValue[][] => [
      ["一级指标", "二级指标", "三级指标", "分值", "得分"],
      ["产出指标", "数量指标", name, 100, 100],
    ];
    const m = readModel(workbook([sheet("表一", table("指标甲")), sheet("表二", table("指标乙"), { at: "B3" })]));
    expect(m.indicators!.sheet).toBe("表一");
    expect(m.indicators!.rows.map((r) => text(r.third))).toEqual(["指标甲"]);
    expect(m.notes).toEqual([
      {
        sheet: "表二",
        area: { top: 3, left: 2, bottom: 4, right: 6 },
        message: "工作表“表二”第3行也是一个绩效指标表；只使用了第一个（工作表“表一”第1行），这一个没有读入",
      },
    ]);
  });

  it("notes a header that matched ambiguously and uses the leftmost column", () => {
    const m = readModel(
      workbook([
        sheet("自评表", [
          ["一级指标", "二级指标", "三级指标", "完成值", "实际值", "分值", "得分"],
          ["产出指标", "数量指标", "指标甲", 1, 2, 100, 100],
        ]),
      ]),
    );
    expect(m.indicators!.columns.actual).toBe(4);
    expect(m.notes.map((n) => n.message)).toEqual([
      "工作表“自评表”第1行的表头有多列都可作为“实际完成值”：D列“完成值”、E列“实际值”，使用了D列",
    ]);
  });

  it("takes a 分值 beside each level for that level's, the one after 三级 for the indicator's, and notes no ambiguity", () => {
    const m = readModel(
      workbook([
        sheet(
          "自评表",
          [
            ["一级指标", "分值", "二级指标", "分值", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", 50, "数量指标", 30, "培训人次", "≥500人次", "520人次", 30, 30],
            [null, null, "质量指标", 20, "合格率", "≥95%", "96%", 20, 20],
            ["总分", null, null, null, null, null, null, 50, 50],
          ],
          { merges: ["A2:A3", "B2:B3"] },
        ),
      ]),
    );
    const t = m.indicators!;
    expect(t.columns.weight).toBe(8);
    expect(t.rows.map((r) => [num(r.firstWeight), num(r.secondWeight), num(r.weight)])).toEqual([
      [50, 30, 30],
      [50, 20, 20],
    ]);
    // The note used to say “使用了B列” (the 一级's 分值) while the 分值 of column H was read.
    expect(m.notes).toEqual([]);
  });

  it("carries a level's 分值 down like its label, from a row of the level alone, written once and blank under", () => {
    const m = readModel(
      workbook([
        sheet("自评表", [
          ["一级指标", "分值", "二级指标", "分值", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
          ["产出指标", 50, null, null, null, null, null, null, null],
          [null, null, "数量指标", 30, "培训人次", "≥500人次", "520人次", 30, 30],
          [null, null, "质量指标", 20, "合格率", "≥95%", "96%", 20, 20],
        ]),
      ]),
    );
    // The 50 of B2 used to be lost: the indicator rows' own B cells are blank.
    expect(m.indicators!.rows.map((r) => [at(r.firstWeight), num(r.firstWeight), num(r.secondWeight)])).toEqual([
      ["B2", 50, 30],
      ["B2", 50, 20],
    ]);
  });

  it("leaves jixiao's settings sheet out and notes a sheet with nothing recognisable", () => {
    const m = readModel(
      workbook([
        sheet("封面", [["某单位"], ["2022年"]]),
        sheet("空白", []),
        sheet("_jixiao", [["profile", "national"]], { visible: false }),
      ]),
    );
    expect(m.sheets).toEqual(["封面", "空白"]);
    expect(m.notes).toEqual([
      { sheet: "封面", area: null, message: "工作表“封面”中没有识别出绩效自评表、预算执行表或资产负债表" },
    ]);
    expect(m.funds).toBeNull();
    expect(m.report).toBeNull();
  });
});

describe("report", () => {
  const paragraph = (i: number): string =>
    `（${i}）本年度部门整体支出绩效目标完成情况良好，具体情况说明如下，第${i}段。`;

  it("reads a sheet named 自评报告 one paragraph per row, joining the cells of a row", () => {
    const m = readModel(
      workbook([
        sheet("绩效自评报告", [
          ["2022年度某单位整体支出绩效自评报告"],
          [],
          ["一、", "部门基本概况"],
          ["  （一）主要职责\t"],
          [123.5],
        ]),
      ]),
    );
    expect(m.report!.sheet).toBe("绩效自评报告");
    // A paragraph that is its cell's whole text says so (a correction may be written back into it); the row of
    // two cells joined does not.
    expect(m.report!.paragraphs).toEqual([
      { text: "2022年度某单位整体支出绩效自评报告", ref: { sheet: "绩效自评报告", row: 1, col: 1 }, whole: true },
      { text: "一、部门基本概况", ref: { sheet: "绩效自评报告", row: 3, col: 1 } },
      { text: "  （一）主要职责\t", ref: { sheet: "绩效自评报告", row: 4, col: 1 }, whole: true },
      { text: "123.5", ref: { sheet: "绩效自评报告", row: 5, col: 1 }, whole: true },
    ]);
    expect(m.notes).toEqual([]);
  });

  it("splits a report held in a few cells at its line breaks, each paragraph with its cell's ref", () => {
    const first = Array.from({ length: 6 }, (_, i) => paragraph(i + 1)).join("\n");
    const second = ["", ...Array.from({ length: 6 }, (_, i) => paragraph(i + 7)), ""].join("\r\n");
    const m = readModel(workbook([sheet("Sheet3", [[first], [second]])]));
    expect(m.report!.sheet).toBe("Sheet3");
    expect(m.report!.paragraphs).toHaveLength(12);
    expect(m.report!.paragraphs[0]).toEqual({ text: paragraph(1), ref: { sheet: "Sheet3", row: 1, col: 1 } });
    expect(m.report!.paragraphs[6]).toEqual({ text: paragraph(7), ref: { sheet: "Sheet3", row: 2, col: 1 } });
    expect(m.report!.paragraphs[11]!.text).toBe(paragraph(12));
  });

  it("finds a report by its long paragraphs in column A when no table stands on the sheet", () => {
    const rows = Array.from({ length: 12 }, (_, i) => [paragraph(i)]);
    const m = readModel(workbook([sheet("Sheet2", rows, { at: "B2" })]));
    expect(m.report!.paragraphs).toHaveLength(12);
    expect(m.report!.paragraphs[0]!.ref).toEqual({ sheet: "Sheet2", row: 2, col: 2 });
    // Nine paragraphs, each with a figure beside it, are a list, not a report.
    const listed = rows.slice(0, 9).map((r) => [...r, 12.5]);
    expect(readModel(workbook([sheet("Sheet2", listed)])).report).toBeNull();
  });

  it("finds a report pasted into one column, one paragraph a row (a 决算说明, a 自评结果)", () => {
    const rows = [
      ["南漳县招商服务中心2019年部门决算"],
      ["第一部分 概况"],
      ["一、部门职能"],
      ["招商服务中心担负着全县招商引资工作，负责全县在境内外举办的招商引资活动的组织实施。"],
      ["二、机构设置及人员情况"],
      ["招商服务中心设9个内设机构，分别为：办公室、区域协作股、招商股、信息统计股。"],
    ];
    const m = readModel(workbook([sheet("部门决算", rows)]));
    expect(m.report!.sheet).toBe("部门决算");
    expect(m.report!.paragraphs).toHaveLength(6);
    // One paragraph among headings is not enough; nor is text spread over columns like a table.
    expect(readModel(workbook([sheet("部门决算", rows.slice(0, 5))])).report).toBeNull();
    const spread = rows.map((r, i) => (i % 2 ? [...r, "说明", "备注"] : r));
    expect(readModel(workbook([sheet("部门决算", spread)])).report).toBeNull();
  });

  it("prefers long paragraphs to a cover page whose title says 自评报告, and notes a second named report", () => {
    const body = Array.from({ length: 10 }, (_, i) => [paragraph(i)]);
    const m = readModel(
      workbook([sheet("封面", [["2022年度某单位整体支出绩效自评报告"], ["二〇二三年三月"]]), sheet("Sheet2", body)]),
    );
    expect(m.report!.sheet).toBe("Sheet2");
    const two = readModel(workbook([sheet("自评报告", body), sheet("自评报告（修改稿）", body)]));
    expect(two.report!.sheet).toBe("自评报告");
    expect(two.notes).toEqual([
      {
        sheet: "自评报告（修改稿）",
        area: null,
        message: "工作表“自评报告（修改稿）”也像报告正文；只读入了工作表“自评报告”",
      },
    ]);
  });

  it("does not take the form's instructions (a 说明 sheet beginning 填表说明) for the report", () => {
    const m = readModel(
      workbook([
        sheet(
          "说明",
          [
            "填表说明",
            "一、本表由预算单位根据年度预算执行情况填报，金额保留两位小数。",
            "二、预算执行率=全年执行数÷全年预算数，得分=执行率×分值，最高不超过分值。",
            "三、得分低于分值的指标，应在偏差原因分析及改进措施栏说明原因及改进措施。",
            "四、自评等级：90分（含）以上为优，80（含）-90分为良，60（含）-80分为中，60分以下为差。",
          ].map((t) => [t]),
        ),
      ]),
    );
    // Five rows of text in one column, four of them paragraphs, used to make it the 自评报告.
    expect(m.report).toBeNull();
    expect(m.notes.map((n) => n.message)).toEqual(["工作表“说明”中没有识别出绩效自评表、预算执行表或资产负债表"]);
  });

  it("reads a workbook that holds only a report", () => {
    const m = readModel(workbook([sheet("评价报告", [["2021年度某局"], ["整体支出绩效评价报告"], ["一、基本情况"]])]));
    expect(m.report!.paragraphs.map((p) => p.text)).toEqual(["2021年度某局", "整体支出绩效评价报告", "一、基本情况"]);
    expect(m.unit.year?.figure).toMatchObject({ value: 2021 });
    expect(m.indicators).toBeNull();
    expect(m.notes).toEqual([]);
  });
});

describe("unit facts", () => {
  it("reads 单位名称 from a single cell, 年度 from a title, and label | value pairs of a 基本信息 sheet", () => {
    const m = readModel(
      workbook([
        sheet("封面", [["2022年度部门整体支出绩效自评表"], ["单位名称：某某市公安局某分局"]]),
        sheet("单位基本信息", [
          ["单位基本信息"],
          ["项目", "内容", "说明"],
          ["编制数", 500, "行政编制"],
          ["实有人数", 527],
          ["内设机构数：", "35个"],
          ["其中：派出所", 7],
          ["成立时间：2010年"],
          [],
          ["序号", "机构名称"],
          [1, "办公室"],
        ]),
      ]),
    );
    expect(m.unit.name).toMatchObject({
      text: "某某市公安局某分局",
      raw: "单位名称：某某市公安局某分局",
      ref: { row: 2, col: 1 },
    });
    expect(m.unit.year).toMatchObject({ figure: { value: 2022 }, ref: { sheet: "封面", row: 1, col: 1 } });
    expect(m.unit.facts.map((f) => [f.label, f.value.raw, at(f.value)])).toEqual([
      ["编制数", 500, "B3"],
      ["实有人数", 527, "B4"],
      ["内设机构数", "35个", "B5"],
      ["其中：派出所", 7, "B6"],
      ["成立时间", "成立时间：2010年", "A7"],
    ]);
    expect((m.unit.facts[4]!.value as TextCell).text).toBe("2010年");
    expect(m.notes).toEqual([]);
  });

  it("prefers a labelled 年度 and reads 填报单位 with the value right of a merged label", () => {
    const m = readModel(
      workbook([
        sheet("表", [["2021年度部门整体支出绩效自评表"], ["填报单位", null, "某某局", null, "年度", 2022]], {
          merges: ["A2:B2"],
        }),
      ]),
    );
    expect(m.unit.name).toMatchObject({ text: "某某局", ref: { row: 2, col: 3 } });
    expect(m.unit.year).toMatchObject({ figure: { value: 2022, fromText: false }, ref: { row: 2, col: 6 } });
  });
});
