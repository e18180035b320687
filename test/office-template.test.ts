/**
 * The template through office.js (src/workbook/office-template.ts, the office host's insertTemplate, undo and
 * createWorkbook) against the fake Excel: two syncs with calculation suspended in the one that writes; only new
 * sheets, with free names; formats, merges, lists, tables, widths and frozen rows as the template says; the
 * formulas, calculated, give the template's figures; a protected workbook structure, a cell being edited and an
 * Excel too old are refused in Chinese; the undo deletes exactly the sheets inserted and keeps one the user has
 * changed since.
 */
import { describe, expect, it } from "vitest";
import { readOffice } from "../src/workbook/office";
import { officeHost, type OfficeHostOptions } from "../src/workbook/office-host";
import { base64Of, insertOfficeTemplate } from "../src/workbook/office-template";
import { HostError, isTemplateResult, type HostTemplateResult } from "../src/workbook/host";
import { columnWidthPoints } from "../src/workbook/common";
import { buildTemplate, templateInputs } from "../src/core/template";
import { createFakeExcel, createFakeSettings, type FakeExcel, type FakeSheetInit } from "./fakes/fake-excel";
import { calculate } from "./helpers/formula-calculator";

const USER_SHEETS: FakeSheetInit[] = [
  {
    name: "我的表",
    values: [
      ["项目", "金额"],
      ["办公费", 12.5],
    ],
    merges: ["C1:D1"],
  },
  { name: "绩效自评表", values: [["旧的自评表"]] },
];

function setup(sheets: readonly FakeSheetInit[] = USER_SHEETS, options: Partial<OfficeHostOptions> = {}) {
  const fake = createFakeExcel(sheets, { calculate });
  const host = officeHost({
    run: (batch) => fake.run(batch),
    store: createFakeSettings(),
    save: async () => {},
    ownWriteWindowMs: 0,
    createWorkbook: (base64) => fake.createWorkbook(base64),
    ...options,
  });
  return { fake, host };
}

/** A deep copy of what the fake's sheets hold, to compare before and after. */
function contents(fake: FakeExcel, names: readonly string[]) {
  return names.map((n) => {
    const s = fake.sheet(n);
    return JSON.stringify({
      rows: [...s.rows].map(([r, c]) => [r, [...c]]),
      merges: s.merges,
      columns: [...s.columns],
    });
  });
}

async function insert(host: ReturnType<typeof setup>["host"], options = { year: 2024, unitName: "某市某局" }) {
  return (await host.insertTemplate!(options)) as HostTemplateResult;
}

describe("inserting the template through office.js", () => {
  it("takes two syncs, calculation suspended in the second, and adds only new sheets", async () => {
    const { fake, host } = setup();
    const before = contents(fake, ["我的表", "绩效自评表"]);
    const result = await insert(host);
    expect(fake.syncCount).toBe(2);
    expect(fake.suspendedSyncs()).toEqual([1]);
    expect(fake.syncs[0]!.ops.every((op) => op.kind === "load")).toBe(true);
    expect(fake.sheets.map((s) => s.name)).toEqual([
      "我的表",
      "绩效自评表",
      "绩效自评表（2）",
      "预算执行情况",
      "资产负债表",
      "单位基本情况",
    ]);
    expect(contents(fake, ["我的表", "绩效自评表"])).toEqual(before);
    expect(result.createdSheets).toEqual(["绩效自评表（2）", "预算执行情况", "资产负债表", "单位基本情况"]);
    expect(result.applied).toEqual([]);
    expect(isTemplateResult(result)).toBe(true);
    expect(fake.activeSheet).toBe("绩效自评表（2）");
  });

  it("writes the cells, formulas, formats, merges, lists, tables, widths and frozen rows of the template", async () => {
    const { fake, host } = setup();
    const { template } = await insert(host);
    const form = fake.sheet("绩效自评表（2）");
    expect(form.value("A1")).toBe("2024年度部门整体支出绩效自评表");
    expect(form.value("B3")).toBe("某市某局");
    expect(form.formula("I5")).toBe('=IF(F5=0,"",JX.EXECRATE(G5,F5))');
    expect(form.formula("I10")).toBe("=JX.SCORE(G10,E10,H10,D10)");
    expect(form.cell(5, 6)?.numberFormat).toBe("#,##0.00");
    expect(form.cell(5, 9)?.numberFormat).toBe("0.00%");
    expect(form.merges).toContainEqual({ top: 10, left: 1, bottom: 13, right: 1 });
    expect(form.merges).toContainEqual({ top: 1, left: 1, bottom: 1, right: 10 });
    expect(form.styleAt("A1")).toMatchObject({ "font.bold": true, "font.size": 16, horizontalAlignment: "Center" });
    expect(form.styleAt("E9")).toMatchObject({ "fill.color": "#D9D9D9", "borders.EdgeTop.style": "Continuous" });
    expect(form.validationAt("D12")).toMatchObject({
      rule: { list: { inCellDropDown: true, source: "≥,≤,＝,>,<,定性" } },
      errorAlert: { showAlert: true, style: "Warning" },
      prompt: { showPrompt: true, title: "指标性质" },
    });
    expect(form.validationAt("G15")?.rule).toEqual({
      list: { inCellDropDown: true, source: "达成年度指标,部分达成年度指标并具有一定效果,未达成年度指标且效果较差" },
    });
    expect(form.validationAt("G10")).toBeNull();
    expect(form.columnWidth(3)).toBe(columnWidthPoints(24));
    expect(form.rowHeights.get(1)).toBe(30);
    // “2024年12月31日” stays text (Excel would read it as a date).
    expect(fake.sheet("资产负债表").value("A2")).toBe("2024年12月31日");
    expect(fake.sheet("资产负债表").frozenRows).toBe(4);
    expect(fake.sheet("预算执行情况").frozenRows).toBe(3);
    expect(fake.tables.map((t) => [t.name, t.sheet.name, t.style, t.showFilterButton])).toEqual([
      ["预算执行表", "预算执行情况", "TableStyleLight9", false],
      ["单位情况表", "单位基本情况", "TableStyleLight9", false],
      ["机构名单", "单位基本情况", "TableStyleLight9", false],
    ]);
    // Every cell holds what the template typed; calculated, the formulas give the template's figures.
    for (const sheet of template.sheets) {
      const s = fake.sheet(sheet.name);
      templateInputs(sheet).forEach((row, r) =>
        row.forEach((input, c) => {
          const held = s.cell(r + 1, c + 1);
          if (input === null) expect(held?.value ?? "", `${sheet.name} ${r + 1},${c + 1}`).toBe("");
          else if (typeof input === "string" && input.startsWith("=")) expect(held?.formula).toBe(input);
          else expect(held?.value).toBe(input);
        }),
      );
      for (const c of sheet.cells)
        expect(s.cell(c.row, c.col)?.value ?? "", `${sheet.name} ${c.row},${c.col}`).toBe(c.value ?? "");
    }
  });

  it("takes free names for sheets and tables, and the formulas name the sheets so", async () => {
    const { fake, host } = setup([
      { name: "资产负债表", values: [["x"]] },
      {
        name: "数据",
        values: [
          ["项目名称", "金额"],
          ["a", 1],
        ],
        tables: [{ name: "机构名单", address: "A1:B2" }],
      },
    ]);
    const { template } = await insert(host);
    expect(template.sheets.map((s) => s.name)).toEqual([
      "绩效自评表",
      "预算执行情况",
      "资产负债表（2）",
      "单位基本情况",
    ]);
    expect(fake.tables.map((t) => t.name)).toEqual(["机构名单", "预算执行表", "单位情况表", "机构名单2"]);
    expect(fake.sheet("单位基本情况").formula("B9")).toContain("'资产负债表（2）'!B23");
    // A second insertion goes on numbering.
    await insert(host);
    expect(fake.sheets.map((s) => s.name).slice(-4)).toEqual([
      "绩效自评表（2）",
      "预算执行情况（2）",
      "资产负债表（3）",
      "单位基本情况（2）",
    ]);
    expect(fake.tables.map((t) => t.name).slice(-3)).toEqual(["预算执行表2", "单位情况表2", "机构名单3"]);
  });

  it("is read back as the template: every table recognised", async () => {
    const { fake, host } = setup([{ name: "Sheet1" }]);
    await insert(host);
    const snapshot = await host.read();
    expect(snapshot.sheets.map((s) => s.name)).toEqual([
      "Sheet1",
      "绩效自评表",
      "预算执行情况",
      "资产负债表",
      "单位基本情况",
    ]);
    const direct = await readOffice(fake.context, { settings: null });
    expect(direct).toEqual(snapshot);
  });

  it("refuses a workbook whose structure is protected, in Chinese, before writing anything", async () => {
    const { fake, host } = setup();
    fake.workbookProtected = true;
    await expect(host.insertTemplate!({ year: 2024 })).rejects.toThrow(/工作簿结构受保护.*审阅 → 保护工作簿/);
    await expect(host.insertTemplate!({ year: 2024 })).rejects.toBeInstanceOf(HostError);
    expect(fake.syncCount).toBe(2); // one look each time
    expect(fake.sheets).toHaveLength(2);
  });

  it("says in Chinese when a cell is being edited, and when this Excel is too old", async () => {
    const { fake, host } = setup();
    fake.editMode = true;
    await expect(host.insertTemplate!({ year: 2024 })).rejects.toThrow(
      "Excel 正在编辑单元格：请先按 Enter 或 Esc 结束编辑，再点一次",
    );
    fake.editMode = false;
    const old = setup(USER_SHEETS, { apiSupported: (v) => Number(v.split(".")[1]) < 8 });
    await expect(old.host.insertTemplate!({ year: 2024 })).rejects.toThrow("需要 ExcelApi 1.8");
    await expect(old.host.createWorkbook!(new Uint8Array([1]))).rejects.toThrow("需要 ExcelApi 1.8");
    expect(old.fake.syncCount).toBe(0);
    // A sync failing half-way (Excel refuses something) leaves a Chinese message too.
    const failing = setup();
    failing.fake.failNextSync("InvalidArgument", 1);
    await expect(failing.host.insertTemplate!({ year: 2024 })).rejects.toThrow(
      "写入工作簿失败（Excel 错误代码 InvalidArgument），请重试",
    );
  });
});

describe("undoing an insertion", () => {
  it("deletes exactly the sheets inserted, in two syncs", async () => {
    const { fake, host } = setup();
    const before = contents(fake, ["我的表", "绩效自评表"]);
    const result = await insert(host);
    const syncs = fake.syncCount;
    const undone = await host.undo(result);
    expect(fake.syncCount - syncs).toBe(2);
    expect(undone).toEqual({ skipped: [], keptSheets: [] });
    expect(fake.sheets.map((s) => s.name)).toEqual(["我的表", "绩效自评表"]);
    expect(contents(fake, ["我的表", "绩效自评表"])).toEqual(before);
    expect(fake.tables).toEqual([]);
  });

  it("keeps a sheet the user has changed since (in the template's cells or beyond), and deletes the others", async () => {
    const { fake, host } = setup();
    const result = await insert(host);
    fake.userEdit("绩效自评表（2）", "C10", "重点工作完成率");
    fake.userEdit("单位基本情况", "F30", "备注");
    const undone = await host.undo(result);
    expect(undone.keptSheets.map((k) => k.name)).toEqual(["绩效自评表（2）", "单位基本情况"]);
    expect(undone.keptSheets[0]!.reason).toBe(
      "工作表「绩效自评表（2）」插入后已有改动（C10），未删除；如不需要，请在 Excel 中删除",
    );
    expect(undone.keptSheets[1]!.reason).toBe(
      "工作表「单位基本情况」插入的 A1:C14 之外写入了内容（已用区域 A1:F30），未删除；如不需要，请在 Excel 中删除",
    );
    expect(fake.sheets.map((s) => s.name)).toEqual(["我的表", "绩效自评表", "绩效自评表（2）", "单位基本情况"]);
  });

  it("deletes a sheet whose figures were only recalculated, and notes one the user deleted", async () => {
    const { fake, host } = setup();
    const result = await insert(host);
    // Entering figures and clearing them again leaves the sheet as inserted (the formulas recalculate).
    fake.userEdit("绩效自评表（2）", "F6", 100);
    fake.userEdit("绩效自评表（2）", "F6", null);
    // The user deletes one of them.
    fake.context.workbook.worksheets.getItem("资产负债表").delete();
    await fake.context.sync();
    const undone = await host.undo(result);
    expect(undone.keptSheets).toEqual([
      { name: "资产负债表", reason: "工作表「资产负债表」已不在工作簿中（可能已删除或改名），无需删除" },
    ]);
    expect(fake.sheets.map((s) => s.name)).toEqual(["我的表", "绩效自评表"]);
  });

  it("keeps the last visible sheet, as Excel must", async () => {
    const { fake, host } = setup([{ name: "隐藏", visibility: "Hidden", values: [["x"]] }]);
    const result = await insert(host);
    const undone = await host.undo(result);
    expect(undone.keptSheets.map((k) => k.name)).toEqual(["单位基本情况"]);
    expect(fake.sheets.map((s) => s.name)).toEqual(["隐藏", "单位基本情况"]);
  });

  it("is refused in Chinese while the workbook's structure is protected", async () => {
    const { fake, host } = setup();
    const result = await insert(host);
    fake.workbookProtected = true;
    await expect(host.undo(result)).rejects.toThrow("工作簿结构受保护，不能删除插入的工作表");
    expect(fake.sheets).toHaveLength(6);
  });
});

describe("a new workbook", () => {
  it("hands the .xlsx bytes to Excel.createWorkbook as Base64", async () => {
    const { fake, host } = setup();
    const bytes = new Uint8Array([80, 75, 3, 4, 0, 255, 128]);
    await host.createWorkbook!(bytes);
    expect(fake.createdWorkbooks).toEqual([base64Of(bytes)]);
    expect(Uint8Array.from(atob(fake.createdWorkbooks[0]!), (c) => c.charCodeAt(0))).toEqual(bytes);
    expect(base64Of(new Uint8Array(100_000).fill(7)).length).toBe(133_336);
    expect(fake.syncCount).toBe(0);
  });

  it("says in Chinese when Excel cannot create one", async () => {
    const { fake, host } = setup();
    fake.createWorkbookFails = "ApiNotFound";
    await expect(host.createWorkbook!(new Uint8Array([1]))).rejects.toThrow("需要 ExcelApi 1.8");
    fake.createWorkbookFails = "GeneralException";
    await expect(host.createWorkbook!(new Uint8Array([1]))).rejects.toThrow(
      "新建工作簿未完成（Excel 错误代码 GeneralException）",
    );
    const none = setup(USER_SHEETS, { createWorkbook: undefined });
    await expect(none.host.createWorkbook!(new Uint8Array([1]))).rejects.toThrow("需要 ExcelApi 1.8");
  });
});

describe("the adapter alone", () => {
  it("builds the template from the names the workbook has", async () => {
    const fake = createFakeExcel([{ name: "预算执行情况" }]);
    const result = await insertOfficeTemplate(fake.context, { year: 2023 });
    expect(result.template).toEqual(buildTemplate({ year: 2023 }, { sheets: ["预算执行情况"], tables: [] }));
    expect(result.inserted.map((s) => s.name)).toEqual(result.createdSheets);
    expect(result.inserted[0]!.inputs).toEqual(templateInputs(result.template.sheets[0]!));
  });
});
