/**
 * The .xlsx adapter's new sheets: added before the writes, with column widths and wrapping, before the very
 * hidden settings sheet; reused when the workbook has them; refused with Excel's reasons.
 */
import { sheetFromGrid } from "../src/core/model/snapshot";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { CellWrite } from "../src/core/checks/types";
import { type NewSheet, columnWidthInFile, invalidSheetName } from "../src/workbook/common";
import { applyXlsxWrites, readXlsx } from "../src/workbook/xlsx";
import { buildFixture, fixtureSnapshot } from "./helpers/xlsx-fixture";

const REPORT = "自评报告";
const SPEC: NewSheet = { name: REPORT, columnWidths: [12, 80], wrapColumns: [2] };
const w = (sheet: string, row: number, col: number, value: CellWrite["value"], expected: CellWrite["expected"]) => ({
  sheet,
  row,
  col,
  value,
  expected,
});
const FILL: CellWrite[] = [
  w(REPORT, 1, 1, "一、部门基本情况", null),
  w(REPORT, 2, 2, "2022年度部门整体支出预算执行率为88.39%。", null),
  w(REPORT, 3, 2, "=不是公式", null),
];

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

describe("applyXlsxWrites with new sheets", () => {
  it("adds the sheet before the settings sheet, with widths and wrapping, and writes into it", async () => {
    const bytes = await buildFixture();
    const writes = [...FILL, w(REPORT, 2, 2, "改写后的段落", FILL[1]!.value), w(REPORT, 4, 1, "x", "已有")];
    const result = await applyXlsxWrites(bytes, writes, undefined, [SPEC]);
    expect(result.createdSheets).toEqual([REPORT]);
    expect(result.rejectedSheets).toEqual([]);
    expect(result.applied).toEqual(writes.slice(0, 4));
    expect(result.skipped.map((s) => s.reason)).toEqual([
      "「自评报告」A4 现在是 空白，不是检查时的 “已有”：您已改过这个单元格，未覆盖",
    ]);

    const after = await readXlsx(result.bytes);
    const expected = fixtureSnapshot();
    expect(after.sheets.slice(0, -1)).toEqual(expected.sheets);
    expect(after.settings).toEqual(expected.settings);
    expect(after.sheets.at(-1)).toEqual(
      sheetFromGrid(REPORT, 1, 1, [["一、部门基本情况"], [null, "改写后的段落"], [null, "=不是公式"]]),
    );

    const wb = await load(result.bytes);
    expect(wb.worksheets.map((ws) => [ws.name, ws.state])).toEqual([
      ...expected.sheets.map((s) => [s.name, s.visible ? "visible" : "hidden"]),
      [REPORT, "visible"],
      ["_jixiao", "veryHidden"],
    ]);
    const ws = wb.getWorksheet(REPORT)!;
    expect([ws.getColumn(1).width, ws.getColumn(2).width, ws.getColumn(3).width]).toEqual([
      columnWidthInFile(12),
      columnWidthInFile(80),
      undefined,
    ]);
    expect(columnWidthInFile(8.43)).toBeCloseTo(9.140625, 2); // Excel's default column, as it stores it
    expect(ws.getColumn(2).alignment).toEqual({ wrapText: true });
    expect(ws.getCell("B2").alignment).toEqual({ wrapText: true });
    expect(ws.getCell("A1").alignment).toBeUndefined();
    expect(ws.getCell("B3").type).toBe(ExcelJS.ValueType.String);

    // New settings later keep the settings sheet last.
    const again = await load((await applyXlsxWrites(result.bytes, [], { profile: '"national"' })).bytes);
    expect(again.worksheets.at(-1)!.name).toBe("_jixiao");
    expect(again.worksheets.at(-2)!.name).toBe(REPORT);
  });

  it("adds a sheet last in a workbook without settings, and writes settings after it", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("绩效自评表").getCell("A1").value = "项目";
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const result = await applyXlsxWrites(bytes, [], { profile: '"national"' }, [{ name: REPORT }]);
    expect(result.createdSheets).toEqual([REPORT]);
    expect((await load(result.bytes)).worksheets.map((ws) => ws.name)).toEqual(["绩效自评表", REPORT, "_jixiao"]);
    expect((await readXlsx(result.bytes)).sheets.at(-1)).toMatchObject({ name: REPORT, rows: [] });
  });

  it("uses a sheet the workbook has (in any case) as it is", async () => {
    const bytes = await buildFixture();
    const none = await applyXlsxWrites(bytes, [], undefined, [{ name: "空表" }, { name: "偏移", columnWidths: [50] }]);
    expect(none.createdSheets).toEqual([]);
    expect(none.bytes).toEqual(bytes);

    const writes = [w("空表", 1, 1, "段落", null), w("空表", 2, 1, "x", "以为是新表")];
    const result = await applyXlsxWrites(bytes, writes, undefined, [{ name: "空表", columnWidths: [50] }]);
    expect(result.createdSheets).toEqual([]);
    expect(result.applied).toEqual([writes[0]]);
    expect(result.skipped.map((s) => s.reason)).toEqual([
      "「空表」A2 现在是 空白，不是检查时的 “以为是新表”：您已改过这个单元格，未覆盖",
    ]);
    const wb = await load(result.bytes);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(
      fixtureSnapshot()
        .sheets.map((s) => s.name)
        .concat("_jixiao"),
    );
    expect(wb.getWorksheet("空表")!.getColumn(1).width).toBeUndefined();
  });

  it("refuses each name Excel refuses, and skips its writes with the reason", async () => {
    const bytes = await buildFixture();
    const names = ["", "一".repeat(32), "a:b", "a\\b", "a/b", "a?", "a*", "[a", "a]", "'a", "a'", "History", "_jixiao"];
    const writes = names.map((name) => w(name, 1, 1, "段落", null));
    const result = await applyXlsxWrites(
      bytes,
      writes,
      undefined,
      names.map((name) => ({ name })),
    );
    expect(result.createdSheets).toEqual([]);
    expect(result.rejectedSheets).toEqual(names.map((name) => ({ name, reason: invalidSheetName(name) })));
    expect(result.skipped.map((s) => s.reason)).toEqual(
      names.map((name) => `${invalidSheetName(name)!}，未能新建工作表，A1 未写入`),
    );
    expect(result.applied).toEqual([]);
    expect(result.bytes).toEqual(bytes);
  });
});
