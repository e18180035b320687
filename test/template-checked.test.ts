/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- ExcelJS cells, not office.js proxies */
/**
 * The template passes the checker: inserted into the fake Excel (formulas calculated over the JX functions),
 * written out as an .xlsx file and read back with readXlsx + readModel + runChecks (national profile), it raises
 * no error, as it stands and with consistent figures entered; a wrong figure entered is still caught. The same
 * through xlsx-template.ts, the file “新建工作簿” opens.
 */
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { xlsxOf } from "../bench/checker.bench";
import { CATALOGUE } from "../src/core/checks/catalogue";
import { runChecks } from "../src/core/checks/run";
import { readModel } from "../src/core/model/read";
import type { WorkbookSnapshot } from "../src/core/model/snapshot";
import { DEFAULT_PROFILE } from "../src/core/profile";
import { buildTemplate, templateInputs } from "../src/core/template";
import { readOffice } from "../src/workbook/office";
import { officeHost } from "../src/workbook/office-host";
import { readXlsx } from "../src/workbook/xlsx";
import { fileFormula, insertTemplateIntoXlsx, templateWorkbook } from "../src/workbook/xlsx-template";
import { createFakeExcel, createFakeSettings, sheetsFromSnapshot } from "./fakes/fake-excel";
import { calculate } from "./helpers/formula-calculator";
import { sampleSnapshot } from "./helpers/sample-snapshot";
import { samplePath } from "../scripts/build-samples";
import { readFile } from "node:fs/promises";

async function checked(snapshot: WorkbookSnapshot) {
  const model = readModel(await readXlsx(await xlsxOf(snapshot)));
  return { model, findings: runChecks(model, DEFAULT_PROFILE, CATALOGUE) };
}

async function inserted(options = { year: 2024, unitName: "某市某局" }) {
  const fake = createFakeExcel([{ name: "Sheet1" }], { calculate });
  const host = officeHost({ run: (b) => fake.run(b), store: createFakeSettings(), save: async () => {} });
  await host.insertTemplate!(options);
  const read = () => readOffice(fake.context, { settings: null });
  return { fake, read };
}

const errors = <F extends { readonly severity: string }>(findings: readonly F[]): F[] =>
  findings.filter((f) => f.severity === "error");

describe("the template inserted into Excel and checked", () => {
  it("raises no error as it stands (a blank unit name is the one warning)", async () => {
    const { read } = await inserted({ year: 2024, unitName: "" });
    const { model, findings } = await checked(await read());
    expect(model.indicators?.rows).toHaveLength(9);
    expect(model.funds?.rows).toHaveLength(4);
    expect(model.budget?.rows).toHaveLength(5);
    expect(model.balance?.items.filter((i) => i.key)).toHaveLength(9);
    expect(model.notes).toEqual([]);
    expect(errors(findings)).toEqual([]);
    expect(findings.map((f) => `${f.rule} ${f.message}`)).toEqual([
      "required-blank 未找到单位名称：请在绩效自评表中填写“单位名称”",
    ]);
  });

  it("raises nothing with the unit's consistent figures entered: the formulas compute what the checker expects", async () => {
    const { fake, read } = await inserted();
    const type = (sheet: string, cells: Record<string, number | string>) => {
      for (const [a1, v] of Object.entries(cells)) fake.userEdit(sheet, a1, v);
    };
    type("绩效自评表", {
      E6: 100,
      F6: 110,
      G6: 99,
      F7: 10,
      G7: 8,
      G10: 96,
      G13: 104,
      G15: "部分达成年度指标并具有一定效果",
      I15: 11,
      J10: "个别任务因政策调整未实施",
      J13: "物价上涨，公用经费超支",
      J15: "部分工作尚未见效",
    });
    type("预算执行情况", { B5: 80, C5: 78, B6: 20, C6: 18, A8: "信息化建设", B8: 20, C8: 11, E8: "项目尚在履约期" });
    type("资产负债表", { B6: 500, B16: 1500, E7: 100, E18: 1900 });
    type("单位基本情况", { B5: 6, B6: 50, B7: 48 });
    const form = fake.sheet("绩效自评表");
    expect(form.value("F5")).toBe(120);
    expect(form.value("I5")).toBeCloseTo(107 / 120, 12);
    expect(form.value("J5")).toBe(8.92);
    expect(form.value("I10")).toBe(19.2); // 20 × 96 ÷ 100
    expect(form.value("I13")).toBe(9.62); // ≤ 100%: 10 × 100 ÷ 104
    expect(form.value("I19")).toBe(93.74);
    expect(form.value("I20")).toBe("优");
    expect(fake.sheet("单位基本情况").value("B9")).toBe(0.05);
    const { findings } = await checked(await read());
    expect(findings).toEqual([]);
  });

  it("still catches a wrong figure entered", async () => {
    const { fake, read } = await inserted();
    fake.userEdit("绩效自评表", "F6", 100);
    fake.userEdit("绩效自评表", "G6", 90);
    fake.userEdit("预算执行情况", "B5", 100);
    fake.userEdit("预算执行情况", "C5", 95); // 合计 执行数 95, not the 90 of the form
    const { findings } = await checked(await read());
    expect(errors(findings).map((f) => `${f.rule} ${f.cell}`)).toEqual(["funds-budget-agree G5"]);
  });
});

describe("the template as an .xlsx file (xlsx-template.ts)", () => {
  it("is recognised when read back, and caches the figures the formulas give", async () => {
    const { bytes, template } = await templateWorkbook({ year: 2024, unitName: "某市某局" });
    const model = readModel(await readXlsx(bytes));
    expect(model.notes).toEqual([]);
    expect(model.unit.name?.text).toBe("某市某局");
    expect(model.indicators?.rows).toHaveLength(9);
    expect(model.indicators?.total?.figure).toMatchObject({ value: 90 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    // Excel calculates everything when it opens the file (ExcelJS does not read calcPr back: look at the XML).
    expect(new TextDecoder().decode(unzipSync(bytes)["xl/workbook.xml"])).toContain('fullCalcOnLoad="1"');
    for (const sheet of template.sheets) {
      const ws = workbook.getWorksheet(sheet.name)!;
      for (const c of sheet.cells) {
        const cell = ws.getCell(c.row, c.col);
        if (c.formula) {
          expect(cell.formula, `${sheet.name} ${cell.address}`).toBe(fileFormula(c.formula));
          expect(cell.result ?? null, `${sheet.name} ${cell.address}`).toEqual(c.value);
        } else expect(cell.value ?? null).toEqual(c.value);
        if (c.numberFormat) expect(cell.numFmt).toBe(c.numberFormat);
      }
    }
    const form = workbook.getWorksheet("绩效自评表")!;
    expect(form.getCell("I5").formula).toBe('IF(F5=0,"",_xldudf_JX_EXECRATE(G5,F5))');
    expect(form.getCell("D12").dataValidation).toMatchObject({ type: "list", formulae: ['"≥,≤,＝,>,<,定性"'] });
    expect(workbook.getWorksheet("预算执行情况")!.getTable("预算执行表")).toBeTruthy();
    expect(workbook.getWorksheet("资产负债表")!.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
  });

  // The template's totals are =SUM of blanks, cached as 0: readXlsx reads them as 0, not blank.
  it("raises no error when read back by the checker", async () => {
    const { bytes } = await templateWorkbook({ year: 2024, unitName: "某市某局" });
    const findings = runChecks(readModel(await readXlsx(bytes)), DEFAULT_PROFILE, CATALOGUE);
    expect(errors(findings)).toEqual([]);
  });

  it("adds the template to a workbook's bytes under free names, leaving its sheets as they were", async () => {
    const original = await readFile(samplePath("000-honggutan-2022"));
    const { bytes, createdSheets, template } = await insertTemplateIntoXlsx(original, { year: 2022 });
    expect(createdSheets).toEqual(["绩效自评表（2）", "预算执行情况（2）", "资产负债表（2）", "单位基本情况（2）"]);
    const before = await sampleSnapshot("000-honggutan-2022");
    const after = await readXlsx(bytes);
    expect(after.sheets.slice(0, before.sheets.length)).toEqual(before.sheets);
    expect(after.sheets.slice(before.sheets.length).map((s) => s.name)).toEqual(createdSheets);
    // The same cells as the office adapter writes (inputs), through the fake and through the file.
    const fake = createFakeExcel(sheetsFromSnapshot(before));
    const host = officeHost({ run: (b) => fake.run(b), store: createFakeSettings(), save: async () => {} });
    const viaOffice = await host.insertTemplate!({ year: 2022 });
    expect(viaOffice.template).toEqual(template);
    expect(viaOffice.inserted.map((s) => s.inputs)).toEqual(template.sheets.map(templateInputs));
    expect(buildTemplate({ year: 2022 }, { sheets: before.sheets.map((s) => s.name), tables: [] })).toEqual(template);
  });
});
