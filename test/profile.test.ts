import { describe, expect, it } from "vitest";
import { BUILT_IN_PROFILES, DEFAULT_PROFILE, findProfile, parseProfile, validateProfile } from "../src/core/profile";
import national from "../src/core/profiles/national.json";

describe("built-in profiles", () => {
  it("the national default follows 财预〔2020〕10号: 10/50/30/10, total 100, 优 ≥ 90", () => {
    expect(DEFAULT_PROFILE.id).toBe("national");
    expect(DEFAULT_PROFILE.firstLevelWeights).toEqual({ 预算执行率: 10, 产出指标: 50, 效益指标: 30, 满意度指标: 10 });
    expect(Object.values(DEFAULT_PROFILE.firstLevelWeights).reduce((a, b) => a + b, 0)).toBe(100);
    expect(DEFAULT_PROFILE.grades.map((g) => [g.grade, g.min])).toEqual([
      ["优", 90],
      ["良", 80],
      ["中", 60],
      ["差", 0],
    ]);
    expect(DEFAULT_PROFILE.tolerances).toEqual({ sum: 0.01, ratePoints: 0.05, score: 0.1 });
    expect(DEFAULT_PROFILE.totalCaps).toEqual([]);
  });

  it("ships the local variants of GUIDE §3", () => {
    const ids = BUILT_IN_PROFILES.map((p) => p.id);
    expect(ids).toEqual(["national", "common-framework", "strict-local", "evaluation-framework"]);
    const strict = BUILT_IN_PROFILES[2]!;
    expect(strict.reverseMethod).toBe("deviation");
    expect(strict.qualitativeBands.map((b) => b.min)).toEqual([0.8, 0.5, 0]);
    expect(strict.totalCaps).toEqual([{ execRateBelow: 0.8, maxTotal: 89 }]);
    expect(strict.reasons).toEqual({ belowFullScore: true, execRateBelow: 0.9, maxLength: 100 });
    expect(strict.textLimits).toEqual({ 评价结论: 200, 存在问题: 200, 改进措施: 200 });
    const common = BUILT_IN_PROFILES[1]!;
    expect(common.requiredIndicators.length).toBe(29);
    expect(common.requiredIndicators).toContainEqual({ first: "过程", second: "资产管理", third: "固定资产利用率" });
  });

  it("is found by id (any case) or Chinese name; blank gives the default; unknown is #N/A", () => {
    expect(findProfile("Strict-Local").ok && findProfile("Strict-Local")).toMatchObject({
      value: { id: "strict-local" },
    });
    expect(findProfile("全国通用（财预〔2020〕10号）")).toMatchObject({ ok: true, value: { id: "national" } });
    expect(findProfile(null)).toMatchObject({ ok: true, value: { id: "national" } });
    expect(findProfile("  ")).toMatchObject({ ok: true, value: { id: "national" } });
    const unknown = findProfile("shanghai");
    expect(unknown).toMatchObject({ ok: false, code: "na" });
    expect(!unknown.ok && unknown.message).toContain("national");
  });
});

describe("a user's own profile file", () => {
  it("is accepted when complete, and then found by its id", () => {
    const mine = { ...national, id: "my-county", name: "本县口径", reverseMethod: "deviation" };
    const r = parseProfile(JSON.stringify(mine), "my-county.json");
    expect(r.ok).toBe(true);
    if (r.ok) expect(findProfile("my-county", [r.value])).toMatchObject({ ok: true, value: { name: "本县口径" } });
  });

  it.each([
    [{ reverseMethod: "linear" }, "reverseMethod"],
    [{ overAchievementReasonAt: "130%" }, "overAchievementReasonAt"],
    [
      {
        grades: [
          { grade: "优", min: 90 },
          { grade: "良", min: 95 },
          { grade: "差", min: 0 },
        ],
      },
      "grades",
    ],
    [{ qualitativeBands: [{ grade: "达成", aliases: [], min: 0.9, max: 0.8 }] }, "min 应小于 max"],
    [{ tolerances: { sum: 0.01, ratePoints: -1, score: 0.1 } }, "tolerances.ratePoints"],
    [{ id: "有 空格" }, "id"],
    [
      {
        commonIndicators: {
          预算调整率: {
            method: "steps",
            steps: [
              { upTo: 0.2, share: 1 },
              { upTo: 0.1, share: 0.5 },
            ],
          },
        },
      },
      "upTo",
    ],
  ])("is refused with a message naming the field: %j", (change, field) => {
    const r = validateProfile({ ...national, ...change });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain(field);
    expect(!r.ok && r.message).toMatch(/^规则口径无效/);
  });

  it("names the missing field", () => {
    const { execution: _dropped, ...rest } = national;
    const r = validateProfile(rest);
    expect(!r.ok && r.message).toContain("execution");
  });

  it("says so when the file is not JSON", () => {
    const r = parseProfile("{ id: national", "坏文件.json");
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain("坏文件.json 不是有效的 JSON");
  });
});
