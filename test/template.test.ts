/**
 * The template as data (src/core/template): every sheet recognised by readModel as the samples are; every formula
 * reads the cells it should (its text, calculated by an Excel-like calculator over the JX functions, gives the
 * figure the template computes, and the cells it names hold what their labels say); the drop-down lists; the
 * weights of the profile; free names; tables without merged cells.
 */
import { sheetFromGrid } from "../src/core/model/snapshot";
import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../src/core/checks/catalogue";
import { runChecks } from "../src/core/checks/run";
import { readModel } from "../src/core/model/read";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../src/core/model/snapshot";
import { parseAddress } from "../src/core/model/snapshot";
import { BUILT_IN_PROFILES, DEFAULT_PROFILE } from "../src/core/profile";
import {
  BALANCE_LAYOUT,
  buildTemplate,
  defaultTemplateYear,
  firstDifference,
  freeSheetName,
  freeTableName,
  NATURES,
  sameInput,
  splitWeight,
  templateInputs,
  type Template,
  type TemplateSheet,
} from "../src/core/template";
import { calculateFormula } from "./helpers/formula-calculator";

const strict = BUILT_IN_PROFILES.find((p) => p.id === "strict-local")!;

/** The template as a snapshot: the values as Excel shows them once it has calculated. */
function snapshotOf(template: Template): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = template.sheets.map((s) => {
    const values: CellValue[][] = Array.from({ length: s.area.bottom }, () =>
      Array<CellValue>(s.area.right).fill(null),
    );
    const formats = Array.from({ length: s.area.bottom }, () => Array<string>(s.area.right).fill("General"));
    for (const c of s.cells) {
      values[c.row - 1]![c.col - 1] = c.value;
      if (c.numberFormat) formats[c.row - 1]![c.col - 1] = c.numberFormat;
    }
    return sheetFromGrid(s.name, 1, 1, values, formats, { merges: s.merges });
  });
  return { sheets, settings: {} };
}

const sheetOf = (t: Template, key: TemplateSheet["key"]) => t.sheets.find((s) => s.key === key)!;

function cell(sheet: TemplateSheet, a1: string) {
  const at = parseAddress(a1)!;
  return sheet.cells.find((c) => c.row === at.row && c.col === at.col);
}

/** The value of a cell of the template by sheet name (what a formula reads). */
function lookupOf(t: Template) {
  return (name: string, row: number, col: number): CellValue =>
    t.sheets.find((s) => s.name === name)?.cells.find((c) => c.row === row && c.col === col)?.value ?? null;
}

describe("the template as data", () => {
  const template = buildTemplate({ year: 2024, unitName: "某市某局" });
  const form = sheetOf(template, "form");
  const budget = sheetOf(template, "budget");
  const balance = sheetOf(template, "balance");
  const unit = sheetOf(template, "unit");

  it("has the four sheets under their own names, for the year and unit given", () => {
    expect(template.sheets.map((s) => s.name)).toEqual(["绩效自评表", "预算执行情况", "资产负债表", "单位基本情况"]);
    expect(cell(form, "A1")?.value).toBe("2024年度部门整体支出绩效自评表");
    expect(cell(form, "A2")?.value).toBe("单位：万元");
    expect([cell(form, "A3")?.value, cell(form, "B3")?.value]).toEqual(["单位名称", "某市某局"]);
    expect(cell(budget, "A1")?.value).toBe("某市某局2024年度预算执行情况表");
    expect(cell(balance, "A3")?.value).toBe("编制单位：某市某局");
    expect(cell(balance, "A2")?.value).toBe("2024年12月31日");
    expect(buildTemplate().year).toBe(defaultTemplateYear());
    expect(defaultTemplateYear(new Date(2025, 3, 1))).toBe(2024);
    expect(() => buildTemplate({ year: 24 })).toThrow("四位数年份");
  });

  it("is recognised by readModel as the samples are: every table, the unit's name and year, no reading note", () => {
    const model = readModel(snapshotOf(template));
    expect(model.notes).toEqual([]);
    expect(model.unit.name?.text).toBe("某市某局");
    expect(model.unit.year?.figure).toMatchObject({ kind: "number", value: 2024 });
    expect(model.funds).toMatchObject({ sheet: "绩效自评表", headerRow: 4 });
    expect(model.funds!.rows.map((r) => r.line)).toEqual(["total", "appropriation", "carryover", "other"]);
    expect(model.funds!.unit.unit.text).toBe("万元");
    const ind = model.indicators!;
    expect(ind.headerRow).toBe(9);
    expect(ind.rows.map((r) => [r.first?.text, r.second?.text])).toEqual([
      ["产出指标", "数量指标"],
      ["产出指标", "质量指标"],
      ["产出指标", "时效指标"],
      ["产出指标", "成本指标"],
      ["效益指标", "经济效益指标"],
      ["效益指标", "社会效益指标"],
      ["效益指标", "生态效益指标"],
      ["效益指标", "可持续影响指标"],
      ["满意度指标", "服务对象满意度指标"],
    ]);
    expect(ind.total?.ref).toMatchObject({ row: 19, col: 9 });
    expect(ind.grade?.text).toBe("优");
    expect(model.budget!.rows.map((r) => `${r.kind}:${r.name.text}`)).toEqual([
      "basic:基本支出",
      "item:人员经费",
      "item:公用经费",
      "project:项目支出",
      "total:合计",
    ]);
    expect(model.balance!.items.map((i) => i.key).filter(Boolean)).toEqual([
      "currentAssets",
      "nonCurrentAssets",
      "totalAssets",
      "currentLiabilities",
      "nonCurrentLiabilities",
      "totalLiabilities",
      "accumulatedSurplus",
      "netAssets",
      "totalLiabilitiesAndNetAssets",
    ]);
    expect(model.sheets).toEqual(["绩效自评表", "预算执行情况", "资产负债表", "单位基本情况"]);
  });

  it("raises no error in the checker as it stands (the unit's name left blank is a warning only)", () => {
    for (const options of [{ year: 2024 }, { year: 2024, unitName: "某市某局" }, { year: 2023, profile: strict }]) {
      const t = buildTemplate(options);
      const findings = runChecks(readModel(snapshotOf(t)), options.profile ?? DEFAULT_PROFILE, CATALOGUE);
      expect(findings.filter((f) => f.severity === "error")).toEqual([]);
      expect(findings.map((f) => f.rule)).toEqual(options.unitName ? [] : ["required-blank"]);
    }
  });

  it("uses the JX functions where a figure is computed, and each formula reads the cells it should", () => {
    expect(cell(form, "E5")?.formula).toBe("=SUM(E6:E8)");
    expect(cell(form, "I5")?.formula).toBe('=IF(F5=0,"",JX.EXECRATE(G5,F5))');
    expect(cell(form, "I6")?.formula).toBe('=IF(F6=0,"",JX.EXECRATE(G6,F6))');
    expect(cell(form, "J5")?.formula).toBe('=IF(F5=0,"",JX.EXECSCORE(G5,F5,H5))');
    expect(cell(form, "I10")?.formula).toBe("=JX.SCORE(G10,E10,H10,D10)");
    expect(cell(form, "I14")?.formula).toBeNull(); // a qualitative score is the evaluator's judgement
    expect(cell(form, "I19")?.formula).toBe("=SUM(J5,I10:I18)");
    expect(cell(form, "H19")?.formula).toBe("=SUM(H5,H10:H18)");
    expect(cell(form, "I20")?.formula).toBe("=JX.GRADE(I19)");
    expect(cell(budget, "B10")?.formula).toBe("=SUM(B4,B7)");
    expect(cell(budget, "B4")?.formula).toBe("=SUM(B5:B6)");
    expect(cell(budget, "D10")?.formula).toBe('=IF(B10=0,"",JX.EXECRATE(C10,B10))');
    expect(cell(unit, "B9")?.formula).toBe(
      "=IF('资产负债表'!B23=0,\"\",JX.DEBTRATIO('资产负债表'!E16,'资产负债表'!B23))",
    );

    // The cells a formula names hold what its labels say.
    const label = (s: TemplateSheet, a1: string) => cell(s, a1)?.value;
    expect([label(balance, "D16"), label(balance, "A23"), label(balance, "D23")]).toEqual([
      "负债合计",
      "资产总计",
      "负债和净资产总计",
    ]);
    expect(cell(balance, "B23")?.formula).toBe("=SUM(B13,B20)");
    expect([label(balance, "A13"), label(balance, "A20")]).toEqual(["流动资产合计", "非流动资产合计"]);
    expect(cell(balance, "E23")?.formula).toBe("=SUM(E16,E21)");
    expect([label(balance, "D16"), label(balance, "D21")]).toEqual(["负债合计", "净资产合计"]);
    expect(cell(unit, "B8")?.formula).toBe('=IF(B6=0,"",JX.SHARE(B7,B6))');
    expect([label(unit, "A6"), label(unit, "A7"), label(unit, "A8")]).toEqual(["编制数", "实有人数", "在职人员控制率"]);

    // Every formula's text, calculated independently, gives the figure the template computes for it.
    const get = lookupOf(template);
    for (const s of template.sheets)
      for (const c of s.cells)
        if (c.formula) expect(calculateFormula(c.formula, s.name, get), `${s.name} ${c.formula}`).toEqual(c.value);
  });

  it("computes with figures entered as the checker does", () => {
    // The form with amounts typed in: the formulas, calculated, give what the checker expects.
    const t = buildTemplate({ year: 2024, unitName: "某市某局" });
    const f = sheetOf(t, "form");
    const typed = new Map<string, CellValue>([
      ["F6", 100],
      ["G6", 88.39],
      ["F7", 20],
      ["G7", 5],
      ["G10", 95],
    ]);
    const values = new Map<string, CellValue>();
    const get = (name: string, row: number, col: number): CellValue => {
      const key = `${name}!${row},${col}`;
      if (name === f.name) {
        const a1 = `${"ABCDEFGHIJ"[col - 1]}${row}`;
        if (typed.has(a1)) return typed.get(a1)!;
      }
      if (values.has(key)) return values.get(key)!;
      const c = t.sheets.find((s) => s.name === name)?.cells.find((x) => x.row === row && x.col === col);
      const v = c?.formula ? calculateFormula(c.formula, name, get) : (c?.value ?? null);
      values.set(key, v);
      return v;
    };
    const at = (a1: string) => get(f.name, parseAddress(a1)!.row, parseAddress(a1)!.col);
    expect(at("F5")).toBe(120);
    expect(at("G5")).toBe(93.39);
    expect(at("I5")).toBeCloseTo(0.77825, 10);
    expect(at("J5")).toBe(7.78);
    expect(at("I10")).toBe(19); // 95% of a 100% target: 20 × 95 ÷ 100
    expect(at("I19")).toBe(96.78);
    expect(at("I20")).toBe("优");
  });

  it("lists 指标性质 and the profile's qualitative grades as drop-downs", () => {
    const [nature, ...grades] = form.validations;
    expect(nature!.area).toEqual({ top: 10, left: 4, bottom: 18, right: 4 });
    expect(nature!.values).toEqual(NATURES);
    expect(nature!.values).toEqual(["≥", "≤", "＝", ">", "<", "定性"]);
    const qualitative = [14, 15, 16, 17];
    expect(grades.map((g) => g.area.top)).toEqual(qualitative);
    for (const g of grades) {
      expect(g.area.left).toBe(7);
      expect(g.values).toEqual(DEFAULT_PROFILE.qualitativeBands.map((b) => b.grade));
    }
    for (const r of qualitative) {
      expect(cell(form, `D${r}`)?.value).toBe("定性");
      expect(grades[0]!.values).toContain(cell(form, `G${r}`)?.value);
    }
    for (const s of template.sheets)
      for (const v of s.validations) expect(v.values.join(",").length).toBeLessThanOrEqual(255);
  });

  it("shares the profile's first-level weights among the rows, totalling 100 with the 预算执行率", () => {
    const rows = readModel(snapshotOf(template)).indicators!.rows;
    const byFirst = new Map<string, number>();
    for (const r of rows) byFirst.set(r.first!.text, (byFirst.get(r.first!.text) ?? 0) + (r.weight!.raw as number));
    expect(Object.fromEntries(byFirst)).toEqual({ 产出指标: 50, 效益指标: 30, 满意度指标: 10 });
    expect(cell(form, "H5")?.value).toBe(10);
    expect(cell(form, "H19")?.value).toBe(100);
    expect(splitWeight(50, [2, 1, 1, 1])).toEqual([20, 10, 10, 10]);
    expect(splitWeight(10, [1, 1, 1])).toEqual([3.34, 3.33, 3.33]);
    // A built-in profile other than national is named in the JX functions' last argument.
    const s = sheetOf(buildTemplate({ year: 2024, profile: strict }), "form");
    expect(cell(s, "J5")?.formula).toBe('=IF(F5=0,"",JX.EXECSCORE(G5,F5,H5,"strict-local"))');
    expect(cell(s, "I10")?.formula).toBe('=JX.SCORE(G10,E10,H10,D10,"strict-local")');
    expect(cell(s, "I20")?.formula).toBe('=JX.GRADE(I19,"strict-local")');
  });

  it("takes free sheet and table names, and formulas name the sheets as they are called", () => {
    expect(freeSheetName("绩效自评表", ["Sheet1"])).toBe("绩效自评表");
    expect(freeSheetName("绩效自评表", ["绩效自评表", "绩效自评表（2）"])).toBe("绩效自评表（3）");
    expect(freeSheetName("Report", ["report"])).toBe("Report（2）");
    expect(
      freeSheetName("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一", [
        "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一",
      ]),
    ).toHaveLength(31);
    expect(freeTableName("预算执行表", ["预算执行表", "预算执行表2"])).toBe("预算执行表3");
    const t = buildTemplate({ year: 2024 }, { sheets: ["资产负债表", "绩效自评表"], tables: ["机构名单"] });
    expect(t.sheets.map((s) => s.name)).toEqual(["绩效自评表（2）", "预算执行情况", "资产负债表（2）", "单位基本情况"]);
    expect(t.sheets.flatMap((s) => s.tables.map((x) => x.name))).toEqual(["预算执行表", "单位情况表", "机构名单2"]);
    expect(cell(sheetOf(t, "unit"), "B9")?.formula).toContain("'资产负债表（2）'!B23");
  });

  it("makes Excel tables only of blocks without merged cells, with unique headers", () => {
    expect(form.tables).toEqual([]);
    expect(balance.tables).toEqual([]); // 年末数 / 年初数 twice
    expect(budget.tables.map((t) => [t.name, t.area])).toEqual([
      ["预算执行表", { top: 3, left: 1, bottom: 10, right: 5 }],
    ]);
    expect(unit.tables.map((t) => t.name)).toEqual(["单位情况表", "机构名单"]);
    const overlaps = (a: { top: number; left: number; bottom: number; right: number }, b: typeof a) =>
      a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
    for (const s of template.sheets)
      for (const t of s.tables) {
        expect(s.merges.some((m) => overlaps(m, t.area))).toBe(false);
        const headers = [];
        for (let c = t.area.left; c <= t.area.right; c++)
          headers.push(cell(s, `${"ABCDE"[c - 1]}${t.area.top}`)?.value);
        expect(new Set(headers).size).toBe(headers.length);
        expect(headers.every((h) => typeof h === "string" && h !== "")).toBe(true);
      }
    expect(BALANCE_LAYOUT.columns.filter((c) => c === "年末数")).toHaveLength(2);
    expect(budget.freezeRows).toBe(3);
    expect(balance.freezeRows).toBe(4);
  });

  it("compares what a cell holds later with what was typed", () => {
    const inputs = templateInputs(form);
    expect(inputs[4]![8]).toBe('=IF(F5=0,"",JX.EXECRATE(G5,F5))');
    expect(inputs[0]![0]).toBe("2024年度部门整体支出绩效自评表");
    expect(sameInput('=if(F5=0,"",jx.execrate(G5,F5))', inputs[4]![8]!)).toBe(true);
    expect(sameInput('=IF(F5=0,"",_xldudf_JX_EXECRATE($G$5,F5))', inputs[4]![8]!)).toBe(true);
    expect(sameInput("=SUM('资产负债表'!B1)", "=SUM(资产负债表!B1)")).toBe(true);
    expect(sameInput("", null)).toBe(true);
    expect(sameInput(20, 20)).toBe(true);
    expect(sameInput(21, 20)).toBe(false);
    expect(firstDifference(inputs, inputs)).toBeNull();
    const changed = inputs.map((r) => [...r]);
    changed[9]![2] = "重点工作完成率";
    expect(firstDifference(changed, inputs)).toEqual({ row: 10, col: 3 });
  });
});
