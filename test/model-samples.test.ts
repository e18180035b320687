// readModel over the two sample workbooks of samples/ (built from samples/data/*.json, read by the .xlsx
// adapter): the model must hold the figures of the data, at the cells samples/README.md lays out.
import { beforeAll, describe, expect, it } from "vitest";
import { parseNature } from "../src/core/figures";
import { readModel } from "../src/core/model/read";
import type { FigureCell, TextCell, WorkbookModel } from "../src/core/model/types";
import { readXlsx } from "../src/workbook/xlsx";
import { buildSampleWorkbook, loadSampleData, type SampleData } from "../scripts/build-samples";

const value = (cell: FigureCell | null | undefined): number | null =>
  cell?.figure.kind === "number" ? cell.figure.value : null;
const a1 = (cell: { ref: { row: number; col: number } } | null | undefined): string =>
  cell ? `${String.fromCharCode(64 + cell.ref.col)}${cell.ref.row}` : "-";
const text = (cell: TextCell | null | undefined): string | null => cell?.text ?? null;

async function model(id: string): Promise<{ data: SampleData; model: WorkbookModel }> {
  const data = loadSampleData(id);
  const snapshot = await readXlsx(await buildSampleWorkbook(data));
  return { data, model: readModel(snapshot) };
}

describe("sample 000 (南昌市公安局红谷滩分局 2022, 自评报告)", () => {
  let data: SampleData;
  let m: WorkbookModel;
  beforeAll(async () => ({ data, model: m } = await model("000-honggutan-2022")));

  it("reads the unit facts", () => {
    expect(m.sheets).toEqual(["绩效自评表", "预算执行情况", "资产负债表", "单位基本情况", "自评报告"]);
    expect(m.unit.name).toMatchObject({ text: "南昌市公安局红谷滩分局", ref: { sheet: "绩效自评表", row: 3, col: 2 } });
    expect(value(m.unit.year)).toBe(2022);
    expect(m.unit.facts.map((f) => [f.label, f.value.raw])).toEqual([
      ["内设机构数", 35],
      ["实有人数", 527],
      ["其中：行政人员", 526],
      ["其中：参照公务员法管理事业人员", 1],
      ["其他人员", 708],
    ]);
  });

  it("reads the funds block: 36,353.37 / 32,132.93 / 88.39% / 8.84", () => {
    const f = m.funds!;
    expect(f).toMatchObject({ sheet: "绩效自评表", headerRow: 4 });
    expect(f.unit).toEqual({
      unit: { text: "万元", kind: "money", factor: 10000 },
      ref: { sheet: "绩效自评表", row: 2, col: 1 },
    });
    expect(f.rows.map((r) => r.line)).toEqual(["total", "appropriation", "carryover", "other"]);
    f.rows.forEach((r, i) => {
      const d = data.funds.rows[i]!;
      expect(text(r.label)).toBe(d.项目);
      expect([value(r.initialBudget), value(r.budget), value(r.executed)]).toEqual([
        d.年初预算数,
        d.全年预算数,
        d.全年执行数,
      ]);
      expect([value(r.weight), value(r.rate), value(r.score)]).toEqual([d.分值, d.执行率, d.得分]);
    });
    const total = f.rows[0]!;
    expect([a1(total.budget), a1(total.executed), a1(total.weight), a1(total.rate), a1(total.score)]).toEqual([
      "F5",
      "G5",
      "H5",
      "I5",
      "J5",
    ]);
    expect(value(total.budget)).toBe(36353.37);
    expect(value(total.executed)).toBe(32132.93);
    expect(total.rate!.numberFormat).toBe("0.00%");
    expect(value(total.rate)).toBe(0.8839);
    expect(value(total.score)).toBe(8.84);
  });

  it("reads the 8 indicators with their 一级/二级 from the merged cells, 总分 90.84 and 等级 优", () => {
    const t = m.indicators!;
    expect(t).toMatchObject({ sheet: "绩效自评表", headerRow: 9 });
    expect(t.rows).toHaveLength(8);
    expect(t.rows.map((r) => [r.row, a1(r.first), a1(r.second)])).toEqual([
      [10, "A10", "B10"],
      [11, "A10", "B10"],
      [12, "A10", "B12"],
      [13, "A10", "B12"],
      [14, "A10", "B14"],
      [15, "A15", "B15"],
      [16, "A15", "B16"],
      [17, "A17", "B17"],
    ]);
    t.rows.forEach((r, i) => {
      const d = data.indicators[i]!;
      expect([text(r.first), text(r.second), text(r.third)]).toEqual([d.一级指标, d.二级指标, d.三级指标]);
      expect(r.nature!.op).toBe(parseNature(d.指标性质));
      expect([value(r.weight), value(r.score)]).toEqual([d.分值, d.得分]);
      expect(text(r.unit)).toBe(d.度量单位 ?? "");
      expect(text(r.reason)).toBe(d.偏差原因分析及改进措施 ?? "");
      expect(r.target!.raw).toBe(d.年度指标值);
      expect(r.actual!.raw).toBe(d.实际完成值);
    });
    expect(t.rows[1]!.actual!.target).toMatchObject({ value: 7129 });
    expect(value(t.total)).toBe(90.84);
    expect(a1(t.total)).toBe("I18");
    expect(text(t.grade)).toBe("优");
    expect(a1(t.grade)).toBe("I19");
    expect(t.texts).toEqual([]);
  });

  it("reads the budget table: 基本支出, 项目支出 and 合计", () => {
    const b = m.budget!;
    expect(b).toMatchObject({ sheet: "预算执行情况", headerRow: 3 });
    expect(b.unit.unit.text).toBe("万元");
    expect(b.rows.map((r) => [r.kind, text(r.name), value(r.budget), value(r.executed), value(r.rate)])).toEqual([
      ["basic", "基本支出", 16084.2, 15478.81, 0.9624],
      ["project", "项目支出", 20269.17, 16654.12, 0.8216],
      ["total", "合计", 36353.37, 32132.93, 0.8839],
    ]);
    expect(a1(b.rows[1]!.budget)).toBe("B5");
    expect(text(b.rows[1]!.reason)).toBe(data.budget.rows[1]!.未执行原因);
  });

  it("reads the two-sided balance sheet with its keys", () => {
    const b = m.balance!;
    expect(b).toMatchObject({ sheet: "资产负债表", headerRow: 4 });
    expect(b.unit).toEqual({
      unit: { text: "万元", kind: "money", factor: 10000 },
      ref: { sheet: "资产负债表", row: 3, col: 5 },
    });
    expect(b.items.map((i) => [i.side, i.label.text, i.key, value(i.end), i.begin!.figure.kind, a1(i.end)])).toEqual([
      ["assets", "流动资产合计", "currentAssets", 1262.54, "blank", "B5"],
      ["assets", "非流动资产合计", "nonCurrentAssets", 16204.96, "blank", "B6"],
      ["assets", "资产总计", "totalAssets", 17467.49, "blank", "B10"],
      ["liabilitiesAndNetAssets", "流动负债合计", "currentLiabilities", 388.73, "blank", "E5"],
      ["liabilitiesAndNetAssets", "非流动负债合计", "nonCurrentLiabilities", 0, "blank", "E6"],
      ["liabilitiesAndNetAssets", "负债合计", "totalLiabilities", 388.73, "blank", "E7"],
      ["liabilitiesAndNetAssets", "累计盈余", "accumulatedSurplus", 17078.77, "blank", "E8"],
      ["liabilitiesAndNetAssets", "净资产合计", "netAssets", 17078.77, "blank", "E9"],
      ["liabilitiesAndNetAssets", "负债和净资产总计", "totalLiabilitiesAndNetAssets", 17467.5, "blank", "E10"],
    ]);
  });

  it("reads the report one paragraph per row, verbatim", () => {
    const r = m.report!;
    expect(r.sheet).toBe("自评报告");
    expect(r.paragraphs).toHaveLength(66);
    expect(r.paragraphs.map((p) => p.text)).toEqual(data.report.paragraphs);
    expect(r.paragraphs[0]).toEqual({
      text: "2022年度南昌市公安局红谷滩分局 整体支出绩效自评报告",
      ref: { sheet: "自评报告", row: 1, col: 1 },
      whole: true,
    });
    expect(r.paragraphs[65]).toEqual({
      text: "2023年3月18日",
      ref: { sheet: "自评报告", row: 66, col: 1 },
      whole: true,
    });
  });

  it("has nothing to note", () => {
    expect(m.notes).toEqual([]);
  });
});

describe("sample 002 (昆明市公安局呈贡分局 2021, 评价报告)", () => {
  let data: SampleData;
  let m: WorkbookModel;
  beforeAll(async () => ({ data, model: m } = await model("002-chenggong-2021")));

  it("reads the unit facts", () => {
    expect(m.unit.name?.text).toBe("昆明市公安局呈贡分局");
    expect(value(m.unit.year)).toBe(2021);
    expect(m.unit.facts.map((f) => [f.label, f.value.raw])).toEqual([
      ["内设机构数", 12],
      ["派出所数", 7],
      ["监管场所数", 2],
    ]);
  });

  it("reads the funds block: 37,364.61 executed in full", () => {
    const total = m.funds!.rows[0]!;
    expect(total.line).toBe("total");
    expect([
      value(total.budget),
      value(total.executed),
      value(total.weight),
      value(total.rate),
      value(total.score),
    ]).toEqual([37364.61, 37364.61, 10, 1, 10]);
    expect(m.funds!.rows.map((r) => [r.line, value(r.budget)])).toEqual([
      ["total", 37364.61],
      ["appropriation", 37364.61],
      ["carryover", 0],
      ["other", 0],
    ]);
  });

  it("reads the indicators header standing alone: a table without rows, total and grade", () => {
    expect(m.indicators).toMatchObject({
      sheet: "绩效自评表",
      headerRow: 9,
      rows: [],
      total: null,
      grade: null,
      texts: [],
    });
  });

  it("reads the budget table's 合计 and leaves the “三公” table out, with a note", () => {
    expect(
      m.budget!.rows.map((r) => [r.kind, r.group, text(r.name), value(r.budget), value(r.executed), value(r.rate)]),
    ).toEqual([["total", null, "合计", 37364.61, 37364.61, 1]]);
    expect(m.balance).toBeNull();
    expect(m.notes).toEqual([
      {
        sheet: "预算执行情况",
        area: { top: 7, left: 1, bottom: 7, right: 2 },
        message:
          "工作表“预算执行情况”第7行像表头（“项目”、“全年执行数”），但不是绩效自评表、预算执行表或资产负债表的完整表头，这张表没有读入",
      },
    ]);
  });

  it("reads the report, 84 paragraphs kept as written (leading spaces, NBSP, a trailing tab)", () => {
    const r = m.report!;
    expect(r.sheet).toBe("评价报告");
    expect(r.paragraphs.map((p) => p.text)).toEqual(data.report.paragraphs);
    expect(r.paragraphs).toHaveLength(84);
    expect(r.paragraphs[0]!.text).toBe("2021年度昆明市公安局呈贡分局");
    expect(r.paragraphs[83]).toEqual({
      text: "六、其他需要说明的问题",
      ref: { sheet: "评价报告", row: 84, col: 1 },
      whole: true,
    });
  });
});
