import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/checks/rules/arrival-rate-score";
import { readModel } from "../../src/core/model/read";
import type { CellValue } from "../../src/core/model/snapshot";
import { DEFAULT_PROFILE } from "../../src/core/profile";
import { sheet, workbook } from "../helpers/workbook";

/** The 海南 服务贸易 form's cover grid and scoring table (test/real-forms/cases/hainan-shangwuting-fuwumaoyi.mjs). */
function form(arrivedScore: CellValue): CellValue[][] {
  return [
    ["计划投资额(万元)", 570, "实际到位资金(万元)", 398.88, "实际使用情况(万元)", 395.86, null],
    ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分"],
    ["项目管理", 25, "资金到位", 5, "到位率", 3, arrivedScore],
    [null, null, null, null, "到位时效", 2, 2],
  ];
}

const run = (rows: CellValue[][]) =>
  rule.check(readModel(workbook([sheet("绩效自评表", rows, { merges: ["A3:A4", "B3:B4", "C3:C4", "D3:D4"] })])), {
    profile: DEFAULT_PROFILE,
  });

describe("arrival-rate-score: 资金到位率 = 实际到位资金 ÷ 计划投资额", () => {
  it("398.88 ÷ 570 = 69.98%: the full 3 points given, 3 × 69.98% = 2.10 due", () => {
    const findings = run(form(3));
    expect(findings.map((f) => [f.refs[0], f.message, f.expected, f.actual])).toEqual([
      [
        { sheet: "绩效自评表", row: 3, col: 7 },
        "到位率 = 实际到位资金 398.88 ÷ 计划投资额 570 = 69.98%，得分应为 2.10 分（分值 3 × 69.98%），表中为 3 分，多 0.90 分",
        2.1,
        3,
      ],
    ]);
    expect(findings[0]!.fix?.writes).toEqual([{ sheet: "绩效自评表", row: 3, col: 7, value: 2.1, expected: 3 }]);
  });

  it("2.1 given: within the tolerance, nothing to say", () => {
    expect(run(form(2.1))).toEqual([]);
  });

  it("no cover grid of money: nothing to compute from", () => {
    expect(run(form(3).slice(1))).toEqual([]);
  });
});
