/**
 * The finance rules over the models of the sample workbooks: seed 000 (红谷滩分局 2022) and seed 002 (呈贡分局
 * 2021). None of the seeds' real mistakes (expectedFindings) is in these rules' area, and nothing listed in
 * notFindings may be raised: 资产总计 17,467.49 against 1,262.54 + 16,204.96 = 17,467.50, 负债和净资产总计
 * 17,467.50, the blank 年初预算数/年初数, 上年结转资金 0 with a blank 执行率, 88.39%/96.24%/82.16% …
 */
import { describe, expect, it } from "vitest";
import { BUILT_IN_PROFILES } from "../../src/core/profile";
import { FINANCE_RULES, loadSample, run, sampleModel } from "../helpers/finance-model";

const SAMPLES = ["000-honggutan-2022", "002-chenggong-2021"] as const;

describe("the finance rules over the sample workbooks", () => {
  it("have distinct kebab-case ids, a Chinese title and description each", () => {
    const ids = FINANCE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of FINANCE_RULES) {
      expect(r.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(r.title).toMatch(/[\u4e00-\u9fff]/);
      expect(r.description).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  for (const id of SAMPLES) {
    it(`raise nothing on ${id}, under every built-in profile`, () => {
      const model = sampleModel(id);
      for (const profile of BUILT_IN_PROFILES) {
        for (const r of FINANCE_RULES) expect(run(r, model, profile), `${r.id} / ${profile.id}`).toEqual([]);
      }
    });

    it(`${id}: none of the seed's real mistakes is one of these rules'`, () => {
      const mine = new Set(FINANCE_RULES.map((r) => r.id));
      const ours = loadSample(id).expectedFindings.filter((f) => f.scope === "checker" && mine.has(f.rule));
      expect(ours).toEqual([]);
    });
  }

  it("seed 000's models hold the figures the notFindings name", () => {
    const model = sampleModel("000-honggutan-2022");
    const end = (label: string) => model.balance?.items.find((i) => i.label.text === label)?.end?.raw;
    expect([end("资产总计"), end("流动资产合计"), end("非流动资产合计"), end("负债和净资产总计")]).toEqual([
      17467.49, 1262.54, 16204.96, 17467.5,
    ]);
    expect(model.budget?.rows.map((r) => r.rate?.raw)).toEqual([0.9624, 0.8216, 0.8839]);
  });
});
