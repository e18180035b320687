import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/checks/rules/report-indicator-figure";
import { DEFAULT_PROFILE } from "../../src/core/profile";
import { reportModel } from "../helpers/report-model";

const INDICATORS = [
  {
    一级指标: "产出指标",
    二级指标: "数量指标",
    三级指标: "采购应急处突装备",
    指标性质: "=",
    年度指标值: 1,
    度量单位: "批",
    实际完成值: 1,
    分值: 7,
    得分: 7,
  },
  {
    二级指标: "数量指标",
    三级指标: "化解矛盾纠纷案件",
    指标性质: "≥",
    年度指标值: 2000,
    度量单位: "件",
    实际完成值: 7129,
    分值: 7,
    得分: 7,
  },
  {
    二级指标: "质量指标",
    三级指标: "矛盾纠纷化解率",
    指标性质: "≥",
    年度指标值: 95,
    度量单位: "%",
    实际完成值: 99.1,
    分值: 7,
    得分: 7,
  },
];

function check(...paragraphs: string[]) {
  return rule.check(reportModel({ paragraphs, indicators: INDICATORS }), { profile: DEFAULT_PROFILE });
}

describe("report-indicator-figure", () => {
  it("seed 000-08: the paragraph cites 排查 7194 起 where the indicator counts 7129 化解", () => {
    const found = check(
      "(2) 化解矛盾纠纷案件（指标分数 7 分，实际得分 7 分）：在派出所融调解中心警务区的基础上，组织开展矛盾纠纷大排查大化解，全年排查矛盾纠纷 7194 起，完成年度绩效指标值的 100%。",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      rule: "report-indicator-figure",
      severity: "warning",
      cell: "A1",
      expected: 7129,
      actual: 7194,
    });
    expect(found[0]!.message).toBe(
      "化解矛盾纠纷案件：报告引用 7194 起，与绩效自评表实际完成值 7,129 件、年度指标值 2,000 件均不一致，请核对引用的是否为该指标的完成数。",
    );
    expect(found[0]!.refs.map((r) => `${r.sheet}!${r.row}:${r.col}`)).toEqual(["自评报告!1:1", "绩效自评表!11:7"]);
  });

  it("citing the actual (起 and 件 alike), the target, or parts adding up to it: nothing", () => {
    expect(
      check(
        "(2) 化解矛盾纠纷案件（指标分数 7 分，实际得分 7 分）：全年排查矛盾纠纷 7194 起，化解 7129 起。",
        "(2) 化解矛盾纠纷案件（指标分数 7 分，实际得分 7 分）：目标 2000 件。",
        "(2) 化解矛盾纠纷案件（指标分数 7 分，实际得分 7 分）：化解民事纠纷 5000 件、治安纠纷 2129 件。",
        "(1) 采购应急处突装备（指标分数 7 分，实际得分 7 分）：2022 年采购应急处突装备 1 批，数量 215 套，验收合格率 100%。",
      ),
    ).toEqual([]);
  });

  it("leaves alone approximate counts, other units, percentage indicators, unnamed passages and counts of other things", () => {
    expect(
      check(
        "(2) 化解矛盾纠纷案件（指标分数 7 分，实际得分 7 分）：化解 7000 余件，涉及群众 9000 人。",
        "(2) 矛盾纠纷化解率（指标分数 7 分，实际得分 7 分）：化解率 98%，排查 7194 起。",
        "(3) 其他工作（指标分数 7 分，实际得分 7 分）：办理 100 件。",
        "(2) 化解矛盾纠纷案件（指标分数 7 分，实际得分 7 分）：同时受理群众来信 300 件。",
      ),
    ).toEqual([]);
  });

  it("reads the body after a heading-only statement", () => {
    const found = check("(2) 化解矛盾纠纷案件（指标分数 7 分，实际得分 7 分）", "全年排查矛盾纠纷 7194 起。");
    expect(found.map((f) => f.cell)).toEqual(["A2"]);
  });
});
