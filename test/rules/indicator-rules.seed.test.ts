// The indicator-table rules on the seed samples: on 000 they raise exactly the seed's checker-scope mistakes in
// their area (000-02 weights, 000-03 first-level split, 000-04 over-achievement without a reason, 000-05 满分缺少
// 依据) and nothing on what samples/data lists under notFindings; on 002 (no indicator rows) nothing at all.
import { describe, expect, it } from "vitest";
import { parseAddress } from "../../src/core/model/snapshot";
import type { Finding } from "../../src/core/checks/types";
import { loadSampleData } from "../../scripts/build-samples";
import { INDICATOR_RULES, run, sampleModel } from "../helpers/indicator-model";

const all = (id: Parameters<typeof sampleModel>[0], profileId: Parameters<typeof run>[2] = "national"): Finding[] =>
  INDICATOR_RULES.flatMap((r) => run(r, sampleModel(id), profileId));

/** Bounding box of an A1 cell or range. */
function box(a1: string): { top: number; left: number; bottom: number; right: number } {
  const [from, to = from] = a1.split(":");
  const a = parseAddress(from!)!;
  const b = parseAddress(to!)!;
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

const inside = (inner: string, outer: string): boolean => {
  const i = box(inner);
  const o = box(outer);
  return i.top >= o.top && i.left >= o.left && i.bottom <= o.bottom && i.right <= o.right;
};

/** The seed's mistakes in this area, by the rule of ours that reports each. */
const OURS: Record<string, string> = {
  "000-02": "weights-total",
  "000-03": "first-level-weights",
  "000-04": "reason-required",
  "000-05": "indicator-row-complete",
};

describe("indicator-table rules on seed 000", () => {
  const data = loadSampleData("000-honggutan-2022");

  it("raise exactly 000-02, 000-03, 000-04 and 000-05 under the national profile", () => {
    const findings = all("000-honggutan-2022");
    expect(findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([
      ["indicator-row-complete", "error", "D17:G17"],
      ["weights-total", "error", "H5:H17"],
      ["first-level-weights", "warning", "H10:H14"],
      ["first-level-weights", "warning", "H15:H16"],
      ["reason-required", "warning", "G11:J11"],
    ]);
    for (const [id, ruleId] of Object.entries(OURS)) {
      const expected = data.expectedFindings.find((e) => e.id === id)!;
      expect(expected.scope).toBe("checker");
      const ours = findings.filter((f) => f.rule === ruleId);
      expect(ours.length, id).toBeGreaterThan(0);
      for (const f of ours) expect(f.severity, id).toBe(expected.severity);
      // Every cell of the sheet the seed's finding names lies in one of ours.
      for (const where of expected.where.filter((w) => w.sheet === "绩效自评表")) {
        expect(
          ours.some((f) => inside(where.cell, f.cell)),
          `${id} ${where.cell}`,
        ).toBe(true);
      }
    }
  });

  it("say what the reviewer says, with the seed's figures", () => {
    const messages = all("000-honggutan-2022").map((f) => f.message);
    expect(messages).toEqual([
      "社会满意度：未填写指标性质、年度指标值、实际完成值，满分 10 分缺少依据",
      "分值合计 95 分（预算执行率 10 分 + 各指标 85 分），不等于 100 分，少 5 分",
      "一级指标“产出指标”分值合计 35 分，规则口径“全国通用（财预〔2020〕10号）”为 50 分，少 15 分",
      "一级指标“效益指标”分值合计 40 分，规则口径“全国通用（财预〔2020〕10号）”为 30 分，多 10 分",
      "化解矛盾纠纷案件：实际完成值 7,129件 为年度指标值 2,000件 的 356.45%，达到 130% 以上，应在偏差原因分析及改进措施中说明原因",
    ]);
  });

  it("raise the same under strict-local: 88.39% is under its 90%, but the 项目支出 row gives the reason", () => {
    expect(all("000-honggutan-2022", "strict-local").map((f) => [f.rule, f.cell])).toEqual(
      all("000-honggutan-2022").map((f) => [f.rule, f.cell]),
    );
  });

  it("raise nothing on the notFindings of the 绩效自评表 (8.84, 88.39%, 17 of 20 with its reason, 90.84 优 …)", () => {
    const cells = all("000-honggutan-2022").flatMap((f) => f.refs.map((r) => `${r.row}:${r.col}`));
    // J5 (8.84), I5 (88.39%), I16/J16 (17 of 20 and its reason), I18:I19 (总分, 等级), rows 10, 12, 13, 15.
    for (const a1 of ["J5", "I5", "I16", "J16", "I18", "I19", "I10", "I12", "I13", "I15", "G13"]) {
      const p = parseAddress(a1)!;
      expect(cells, a1).not.toContain(`${p.row}:${p.col}`);
    }
  });
});

describe("indicator-table rules on seed 002", () => {
  it("raise nothing: the table has no indicator rows (indicators-missing is another rule's) and 100% scores 10", () => {
    expect(all("002-chenggong-2021")).toEqual([]);
    expect(all("002-chenggong-2021", "strict-local")).toEqual([]);
  });
});
