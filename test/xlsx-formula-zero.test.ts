/**
 * A formula whose cached result is 0 (a =SUM of blank cells, a 合计 of nothing yet) reads as 0, not as a blank
 * cell: ExcelJS's cell.value drops a result of 0, so required-blank reported such totals as missing.
 */
import { valuesOf } from "./helpers/workbook";
import { snapshotCellAt } from "../src/core/model/snapshot";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readXlsx } from "../src/workbook/xlsx";

describe("readXlsx and formulas", () => {
  it("reads a formula's cached 0 as 0, and other results as they are", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("预算执行情况");
    ws.getCell("A1").value = { formula: "SUM(B1:B3)", result: 0 };
    ws.getCell("A2").value = { formula: "SUM(B1:B3)", result: 36353.37 };
    ws.getCell("A3").value = { formula: 'IF(B1=0,"",1)', result: "" };
    ws.getCell("A4").value = { formula: "SUM(B1:B3)" };
    const snapshot = await readXlsx(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const column = valuesOf(snapshot.sheets[0]!).map((r) => r[0] ?? null);
    // A3 (an empty text result) holds nothing; A4 (no cached result) is listed as a formula without its result.
    expect(column).toEqual([0, 36353.37, null, null]);
    expect(snapshotCellAt(snapshot.sheets[0]!, 4, 1)).toEqual({
      col: 1,
      value: null,
      format: "General",
      uncomputed: "=SUM(B1:B3)",
    });
  });
});
