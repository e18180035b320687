/**
 * A workbook built with ExcelJS that holds every kind of cell the adapters must read, and the snapshot they
 * must read from it. Used by the .xlsx adapter's tests and by the test that both adapters agree.
 */
import ExcelJS from "exceljs";
import { sheetFromGrid, sheetOf, type SnapshotCell, type WorkbookSnapshot } from "../../src/core/model/snapshot";

const G = "General";

/** 2023-01-01 12:00 UTC is serial 44927.5 in the 1900 system. */
const NOON = new Date(Date.UTC(2023, 0, 1, 12, 0, 0));

export async function buildFixture(options: { date1904?: boolean } = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  if (options.date1904) wb.properties.date1904 = true;

  const form = wb.addWorksheet("绩效自评表");
  form.mergeCells("A1:F1");
  form.getCell("A1").value = "2023年度部门整体支出绩效自评表";
  form.getCell("A1").font = { bold: true, size: 16 };
  form.getCell("A2").value = { richText: [{ text: "单位：" }, { font: { bold: true }, text: "万元" }] };
  form.getCell("A3").value = "日期";
  form.getCell("B3").value = NOON;
  form.getCell("B3").numFmt = "yyyy-mm-dd hh:mm";
  form.getCell("C3").value = { text: "链接", hyperlink: "https://example.invalid/x" };
  form.getCell("D3").value = true;
  form.getCell("E3").value = { error: "#N/A" };
  form.getCell("A4").value = "全年预算数";
  form.getCell("B4").value = 36353.37;
  form.getCell("B4").numFmt = "#,##0.00";
  form.getCell("C4").value = 32132.93;
  form.getCell("C4").numFmt = "#,##0.00";
  form.getCell("D4").value = { formula: "C4/B4", result: 0.8839 };
  form.getCell("D4").numFmt = "0.00%";
  form.getCell("E4").value = { formula: "C4/0", result: { error: "#DIV/0!" } };
  form.getCell("F4").value = { formula: "B4+C4" }; // no cached result
  form.getCell("A5").value = 1;
  form.getCell("A6").value = 2;
  // A shared formula (ExcelJS's types do not know shareType and ref).
  form.getCell("B5").value = {
    formula: "A5*2",
    result: 2,
    shareType: "shared",
    ref: "B5:B6",
  } as ExcelJS.CellFormulaValue;
  form.getCell("B6").value = { sharedFormula: "B5", result: 4 };
  form.mergeCells("C5:D6");
  form.getCell("C5").value = "合并";
  // Only formatted, no value: must not widen the used range.
  form.getCell("H20").numFmt = "0.00";
  form.getCell("H20").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };

  const offset = wb.addWorksheet("偏移");
  offset.getCell("C5").value = "左上";
  offset.getCell("E7").value = 3.5;
  offset.getCell("E7").numFmt = "0.0";

  const hidden = wb.addWorksheet("隐藏表", { state: "hidden" });
  hidden.getCell("A1").value = "隐藏";

  const locked = wb.addWorksheet("受保护");
  locked.getCell("A1").value = 7;
  await locked.protect("", {});

  wb.addWorksheet("空表");

  const settings = wb.addWorksheet("_jixiao", { state: "veryHidden" });
  settings.getCell("A1").value = "profile";
  settings.getCell("B1").value = '"national"';
  settings.getCell("A2").value = "accepted";
  settings.getCell("B2").value = '["over-execution"]';

  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** What readXlsx must give for buildFixture() (dates 1462 days less in the 1904 system). F4 holds a formula
 *  whose file has no computed result: it is listed as uncomputed. H20 is only formatted: nothing. */
export function fixtureSnapshot(options: { date1904?: boolean } = {}): WorkbookSnapshot {
  const noon = 44927.5 - (options.date1904 ? 1462 : 0);
  const form = sheetFromGrid(
    "绩效自评表",
    1,
    1,
    [
      ["2023年度部门整体支出绩效自评表"],
      ["单位：万元"],
      ["日期", noon, "链接", true, "#N/A"],
      ["全年预算数", 36353.37, 32132.93, 0.8839, "#DIV/0!"],
      [1, 2, "合并"],
      [2, 4],
    ],
    [[], [], [G, "yyyy-mm-dd hh:mm"], [G, "#,##0.00", "#,##0.00", "0.00%"]],
    {
      merges: [
        { top: 1, left: 1, bottom: 1, right: 6 },
        { top: 5, left: 3, bottom: 6, right: 4 },
      ],
    },
  );
  const f4: SnapshotCell = { col: 6, value: null, format: G, uncomputed: "=B4+C4" };
  return {
    sheets: [
      { ...form, right: 6, rows: form.rows.map((r) => (r.row === 4 ? { row: 4, cells: [...r.cells, f4] } : r)) },
      sheetFromGrid("偏移", 5, 3, [["左上"], [], [null, null, 3.5]], [[], [], [G, G, "0.0"]]),
      sheetFromGrid("隐藏表", 1, 1, [["隐藏"]], null, { visible: false }),
      sheetFromGrid("受保护", 1, 1, [[7]], null, { protected: true }),
      sheetFromGrid("空表", 1, 1, []),
    ],
    settings: { profile: '"national"', accepted: '["over-execution"]' },
  };
}

/** The snapshot as office.js would give it: Excel computes every formula, so no cell is uncomputed (the fake
 *  Excel holds the .xlsx reader's values, and F4's result is not among them). */
export function withoutUncomputed(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((s) =>
      sheetOf(
        s.name,
        s.rows.map((r) => ({ row: r.row, cells: r.cells.filter((c) => c.uncomputed === undefined) })),
        { merges: s.merges, protected: s.protected, visible: s.visible },
      ),
    ),
  };
}
