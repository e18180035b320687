import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/checks/rules/report-share";
import { DEFAULT_PROFILE } from "../../src/core/profile";
import { reportModel } from "../helpers/report-model";

function check(...paragraphs: string[]) {
  return rule.check(reportModel({ paragraphs, reportSheet: "评价报告" }), { profile: DEFAULT_PROFILE });
}

describe("report-share", () => {
  it("seed 002-01: 136 of 174 is 78.16%, not 78.6%", () => {
    const found = check(
      "d、全力实现社会治安净化提质。共整治重点区域、点位107个，城中村63个；三是全力推动平安小区建设。实现174个“两区一村”智慧安防建设全覆盖，实现社会面技防能力不断提档升级。一年来共创建“零发案”小区、城中村136个，占比达78.6%。",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      rule: "report-share",
      severity: "error",
      sheet: "评价报告",
      cell: "A1",
      expected: 0.7816,
      actual: 0.786,
      fix: null,
    });
    expect(found[0]!.message).toBe("报告写占比达 78.6%，按 136 个 ÷ 174 个应为 78.16%（保留 1 位小数为 78.2%）。");
  });

  it("the same share stated right: nothing (78.2% at one decimal)", () => {
    expect(check("实现174个“两区一村”全覆盖。一年来共创建“零发案”小区、城中村136个，占比达78.2%。")).toEqual([]);
  });

  it("seed 000's shares, 100% of an equal whole included: nothing", () => {
    expect(
      check(
        "我分局资产合计 17,467.49 万元, 其中流动资产 1,262.54 万元, 占比 7.23%; 非流动资产 16,204.96 万元, 占比 92.77%。负债合计 388.73 万元, 其中流动负债 388.73 万元, 占比 100%。净资产 17,078.77 万元, 其中累计盈余 17,078.77 万元, 占比 100%。",
      ),
    ).toEqual([]);
  });

  it("a wrong share in the same sentence names the nearest whole", () => {
    const [f] = check("我分局资产合计 17,467.49 万元, 其中流动资产 1,262.54 万元, 占比 8.23%。");
    expect(f).toMatchObject({ expected: 0.0723, actual: 0.0823 });
    expect(f!.message).toBe("报告写占比为 8.23%，按 1,262.54 万元 ÷ 17,467.49 万元应为 7.23%。");
  });

  it("any candidate whole that gives the share clears it", () => {
    expect(check("甲类 200 件，乙类 400 件，其中已办结 100 件，占比 50%。")).toEqual([]);
  });

  it("counted rates: 化解率 against 化解 ÷ 排查", () => {
    expect(check("排查矛盾纠纷1815起，化解1793起，化解率为98.79%。")).toEqual([]);
    expect(check("全年排查矛盾纠纷 7194 起，化解 7129 起，化解率 99.1%。")).toEqual([]);
    const [f] = check("排查矛盾纠纷1815起，化解1793起，化解率为97.79%。");
    expect(f).toMatchObject({ expected: 0.9879, actual: 0.9779 });
    expect(f!.message).toBe("报告写化解率为 97.79%，按 1793 起 ÷ 1815 起应为 98.79%。");
  });

  it("nothing to check without a stated part and whole (seed 002's 同比, 赔付率, 到位率)", () => {
    expect(
      check(
        "今年来，共立刑事案件3071起、刑拘刑侦治安类嫌疑人880人，同比上升57.99%；打处497人，同比上升93.34%。",
        "赔付金额403763元，赔付率79.59%。",
        "区财政2021年预算拨付资金37364.61万元,年结转0元，到位率100%，",
        "共创建小区136个，其中城中村占比达78.6%。",
        "占比约 30%。",
      ),
    ).toEqual([]);
  });
});
