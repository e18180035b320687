// readModel on any snapshot: it never throws, and every cell it hands out lies inside the sheet it names, with
// the value the snapshot holds there (so that a finding always points at a real cell).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readModel } from "../src/core/model/read";
import { cellAt, sheetFromGrid, type Area, type CellValue, type SheetSnapshot } from "../src/core/model/snapshot";
import type { CellRef, WorkbookModel } from "../src/core/model/types";

const WORDS = [
  "一级指标",
  "二级指标",
  "三级指标",
  "指标性质",
  "年度指标值",
  "实际完成值",
  "分值",
  "得分",
  "项目名称",
  "项目",
  "全年预算数（万元）",
  "全年执行数",
  "执行率(%)",
  "资产部类",
  "年末数",
  "年初数",
  "负债和净资产部类",
  "总分",
  "自评等级",
  "评价结论：良好",
  "合计",
  "一、基本支出",
  "项目支出小计",
  "年度资金总额",
  "其中：财政拨款",
  "资产总计",
  "单位：万元",
  "单位名称：某局",
  "2022年度整体支出绩效自评报告",
  "≥95%",
  "１，２３４．５",
  "—",
  "   ",
  "第一段\n第二段内容较长，超过二十个字符的段落文字用于测试。",
];

const value: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.constantFrom(...WORDS), weight: 4 },
  { arbitrary: fc.constant(null), weight: 4 },
  { arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }), weight: 2 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.string({ maxLength: 30 }), weight: 1 },
);

const sheetArb = (name: string): fc.Arbitrary<SheetSnapshot> =>
  fc
    .record({
      top: fc.integer({ min: 1, max: 5 }),
      left: fc.integer({ min: 1, max: 4 }),
      values: fc.array(fc.array(value, { maxLength: 9 }), { maxLength: 25 }),
      merges: fc.array(
        fc
          .tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 12 }), fc.nat(4), fc.nat(3))
          .map(([top, left, h, w]): Area => ({ top, left, bottom: top + h, right: left + w })),
        { maxLength: 4 },
      ),
      visible: fc.boolean(),
    })
    .map(({ top, left, values, merges, visible }) => sheetFromGrid(name, top, left, values, null, { merges, visible }));

/** Every CellRef in the model, with the raw value the model says the cell holds (where it says one). */
function refs(model: WorkbookModel): { ref: CellRef; raw?: CellValue }[] {
  const out: { ref: CellRef; raw?: CellValue }[] = [];
  const walk = (x: unknown): void => {
    if (x === null || typeof x !== "object") return;
    if (Array.isArray(x)) return x.forEach(walk);
    const o = x as Record<string, unknown>;
    if (o.ref && typeof o.ref === "object" && "sheet" in o.ref && "raw" in o)
      out.push({ ref: o.ref as CellRef, raw: o.raw as CellValue });
    for (const v of Object.values(o)) walk(v);
  };
  walk(model);
  return out;
}

describe("readModel on any snapshot", () => {
  it("never throws and hands out only cells of the sheets, with their values", () => {
    fc.assert(
      fc.property(fc.tuple(sheetArb("表一"), sheetArb("表二")), (sheets) => {
        const model = readModel({ sheets, settings: {} });
        expect(model.sheets).toEqual(["表一", "表二"]);
        for (const { ref, raw } of refs(model)) {
          const s = sheets.find((x) => x.name === ref.sheet)!;
          expect(s).toBeDefined();
          expect(ref.row).toBeGreaterThanOrEqual(s.top);
          expect(ref.col).toBeGreaterThanOrEqual(s.left);
          const held = cellAt(s, ref.row, ref.col);
          // A cell hands out what the snapshot holds there (covered cells of a merge read as empty).
          if (raw !== null) expect(raw).toBe(held);
        }
        for (const note of model.notes) expect(note.message).toMatch(/工作表“/);
      }),
      { numRuns: 400 },
    );
  });
});
