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
    });
    // One whole (174) to divide by: the share is corrected in the text, at the one decimal written.
    expect(found[0]!.fix!.label).toBe("把 A1 中的“78.6%”改为“78.2%”");
    expect(found[0]!.fix!.edits![0]).toMatchObject({ was: "78.6%", text: "78.2%", label: "占比" });
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

describe("report-share: execution rates against the amounts the paragraph states", () => {
  it("hbust-zhuxuejin-2021: 2595.6208 ÷ 2596 = 99.985%, written 99% (wrong at its own rounding: 100%)", () => {
    const [f, ...rest] = check(
      "2021年本专科生奖助学金项目实际下达预算2596万元,全年度实际总支出2595.6208 万元,项目预算执行率99%。项目预算资金未执行完的主要原因是剩余未执行完的0.3792万元为应征入伍学生国家资助经费。",
    );
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: "report-share", severity: "error", cell: "A1", expected: 0.9999, actual: 0.99 });
    expect(f!.message).toBe(
      "报告写项目预算执行率为 99%，按支出 2595.6208 万元 ÷ 预算 2596 万元应为 99.99%（保留 0 位小数为 100%）。",
    );
  });

  it("rates that agree at the precision written: nothing (jizhou 93.86%, xiping 100% and 97%)", () => {
    expect(
      check(
        "2020年度该项目资金2842.5157万元,已执行支付2668万元,全部用于雪亮工程项目建设费用支出,执行率93.86%。", // 0.938605
        "2.项目资金执行情况分析。项目资金共8010万元,截止2023年11月30日,已完成拨付8010万元,执行率100%。",
        "项目资金共2179万元,截止2022年12月8日,已完成拨付2113.63万元,执行率97%。", // 2179 × 0.97 = 2113.63
        "2022年全年预算数为36,353.37 万元，执行数为 32,132.93 万元，预算执行率为 88.39%。", // seed 000 A58
      ),
    ).toEqual([]);
  });

  it("the budget may stand in an earlier sentence; the spent amount must be the one just before the rate", () => {
    const [f] = check("本年预算 500 万元。全年支出 400 万元，执行率 85%。");
    expect(f).toMatchObject({ expected: 0.8, actual: 0.85 });
    // The amount just before the rate names a kind of spending, not an amount spent: not read.
    expect(
      check(
        "全年预算数36,353.37万元。全年执行数32,132.93万元,预算执行率88.39%,其中基本支出15,478.81万元,预算执行率96.24%。",
      ),
    ).toEqual([]);
    // The rate of a part the label names, or a rate after another rate, is not the rate of the amounts before it.
    expect(check("预算数500万元，执行数450万元，执行率为90%，其中专项资金执行率95%。")).toEqual([]);
    expect(check("预算数500万元，执行数450万元，专项资金执行率95%。")).toEqual([]);
    // Without a budget stated in the paragraph (seed 000 A37): nothing to recompute.
    expect(check("2022 年全年执行数为 32,132.93 万元,预算执行率为 88.39%。")).toEqual([]);
  });

  it("the rounding of small amounts is allowed for: 1.23 of 1.50 万元 may be 82.13%", () => {
    // 1.23 ÷ 1.50 = 82.00%; the amounts may be 1.2349 and 1.4951 (82.60%) or 1.2251 and 1.5049 (81.41%).
    expect(check("预算 1.50 万元，支出 1.23 万元，执行率 82.13%。")).toEqual([]);
    expect(check("预算 1.50 万元，支出 1.23 万元，执行率 83%。")).toEqual([]); // 82.60% rounds to 83%
    expect(check("预算 1.50 万元，支出 1.23 万元，执行率 84%。")).toHaveLength(1);
  });
});
