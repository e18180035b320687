/**
 * Which subtotal a budget item falls under when the table does not say it the usual way: a closing
 * "项目支出小计" below its projects after an opening 基本支出, decided by the sums; a 支出类型 column, which
 * decides by itself. Worked examples an accountant adds up by hand.
 */
import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../src/core/checks/catalogue";
import { runChecks } from "../src/core/checks/run";
import { readModel } from "../src/core/model/read";
import type { CellValue } from "../src/core/model/snapshot";
import { DEFAULT_PROFILE } from "../src/core/profile";
import { sheet, workbook } from "./helpers/workbook";

function read(rows: CellValue[][]) {
  const model = readModel(workbook([sheet("预算执行情况", [["单位：万元"], ...rows])]));
  return {
    groups: model.budget!.rows.map((r) => [r.name.text, r.kind, r.group]),
    errors: runChecks(model, DEFAULT_PROFILE, CATALOGUE).filter((f) => f.rule === "budget-subtotals"),
  };
}

describe("budget items and their subtotals", () => {
  it("基本支出 above its items, 项目支出小计 below the projects: 60 + 40 = 100 and 30 + 20 = 50 split the run", () => {
    const { groups, errors } = read([
      ["项目名称", "全年预算数", "全年执行数", "执行率"],
      ["基本支出", 100, 90, 0.9],
      ["人员经费", 60, 55, null],
      ["公用经费", 40, 35, null],
      ["信息化建设项目", 30, 20, null],
      ["执法装备项目", 20, 20, null],
      ["项目支出小计", 50, 40, 0.8],
      ["合计", 150, 130, 0.8667],
    ]);
    expect(groups).toEqual([
      ["基本支出", "basic", null],
      ["人员经费", "item", "basic"],
      ["公用经费", "item", "basic"],
      ["信息化建设项目", "item", "project"],
      ["执法装备项目", "item", "project"],
      ["项目支出小计", "project", null],
      ["合计", "total", null],
    ]);
    expect(errors).toEqual([]);
  });

  it("a 支出类型 column decides, wherever the subtotals stand", () => {
    const { groups, errors } = read([
      ["项目名称", "支出类型", "全年预算数", "全年执行数", "执行率"],
      ["基本支出", null, 100, 90, 0.9],
      ["人员经费", "基本支出", 60, 55, null],
      ["信息化建设项目", "项目支出", 30, 20, null],
      ["公用经费", "基本支出", 40, 35, null],
      ["执法装备项目", "项目支出", 20, 20, null],
      ["项目支出小计", null, 50, 40, 0.8],
      ["合计", null, 150, 130, 0.8667],
    ]);
    expect(groups.filter((g) => g[1] === "item").map((g) => g[2])).toEqual(["basic", "project", "basic", "project"]);
    expect(errors).toEqual([]);
  });

  it("a real mistake still shows: 项目支出小计 50 over projects of 30 + 25 = 55", () => {
    const { errors } = read([
      ["项目名称", "支出类型", "全年预算数", "全年执行数", "执行率"],
      ["基本支出", null, 100, 90, 0.9],
      ["人员经费", "基本支出", 60, 55, null],
      ["公用经费", "基本支出", 40, 35, null],
      ["信息化建设项目", "项目支出", 30, 20, null],
      ["执法装备项目", "项目支出", 25, 20, null],
      ["项目支出小计", null, 50, 40, 0.8],
      ["合计", null, 150, 130, 0.8667],
    ]);
    expect(errors.map((f) => f.message)).toEqual([expect.stringMatching(/项目支出.*50.*55/)]);
  });
});
