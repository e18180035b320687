import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/checks/rules/report-total-parts";
import { DEFAULT_PROFILE } from "../../src/core/profile";
import { reportModel } from "../helpers/report-model";

function check(...paragraphs: string[]) {
  return rule.check(reportModel({ paragraphs }), { profile: DEFAULT_PROFILE });
}

describe("report-total-parts: totals against their parts", () => {
  it("jizhou-xueliang-2020: 558 + 1488 + 34 + 14666 + 242 = 16988 套, not 16954 — error", () => {
    const [f, ...rest] = check(
      "共建设和安装软硬件设备共16954套(台、块、项),其中:总平台安装软硬件设备558套(台、块、项);综治分平台安装软硬件设备1488套(台、块、项),公安分平台安装软硬件设备34套(台、块、项);前端视频监控补点建设安装设备14666台(套);综治精品社区软硬件设备242套(台、块、项)。年内完成项目总体30%投入。",
    );
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: "report-total-parts",
      severity: "error",
      cell: "A1",
      expected: 16954,
      actual: 16988,
    });
    expect(f!.message).toBe(
      "“共建设和安装软硬件设备共16954套”，其中所列各项 558套 + 1488套 + 34套 + 14666台 + 242套 = 16,988套，比合计多 34套。",
    );
  });

  it("parts that add up, in 元 and 万元 mixed, across a ; after 其中：, or up to the ; after a bare 其中", () => {
    expect(
      check(
        // gongyi-xianjie-2023: 1836 + 1682 + 6954 + 3908 = 14380
        "2023年巩义市共投入各级财政衔接推进乡村振兴补助资金14380万元,其中:中央资金1836万元、省级资金1682万元、郑州市市级资金6954万元,巩义市本级资金3908万元。",
        // seed 002 A23: 0元 + 1480元 + 269.2万元 = 269.348 万元 → 269.35
        "2021年区公安分局“三公”经费支出269.35万元，其中：因公出国（境）费用0元；公务接待费1480元；公务用车购置及运行维护费269.2万元。",
        // seed 000: 526 + 1 = 527; the 708 after the ; is not a part
        "截止 2022 年 12 月 31 日, 我分局实有在编在岗人员 527 人, 其中行政人员 526 人, 参照公务员法管理事业人员 1 人; 年末其他人员 708 人。",
        // seed 000 A11: 1,262.54 + 16,204.96 = 17,467.50 against 17,467.49, within the rounding of three amounts
        "我分局资产合计 17,467.49 万元, 其中流动资产 1,262.54 万元, 占比 7.23%; 非流动资产 16,204.96 万元, 占比 92.77%。",
        // nanxian-caizhengju-2020: 其中 opening a sentence, the total the last figure before it
        "现有编制人员205人。其中,局机关在职113人、离休2人、退休75人、财政事务中心10人,国库集中支付中心5人。",
        // leiyang-sizhong-2022, dongjiang-anxian-2020
        "我校2022年按生均1000元安排,共计239万元,其中上级资金179.25万元,本级59.75万元。",
        "本项目2020年下达直达资金2300万元,资金全部用于本项目建设使用,其中一类费2156.7899万元,二类费143.2101万元。",
        // the score passage jixiao writes
        "经自评，2022年度部门整体支出绩效自评结果为：总分90.84分，自评等级为“优”。其中预算执行率得分8.84分，产出指标得分35分，效益指标得分37分，满意度指标得分10分。",
      ),
    ).toEqual([]);
  });

  it("parts that add up to less are not flagged (其中 may name some); a single part above its whole is", () => {
    expect(check("全年执行数为 32,132.93 万元，其中基本支出 15,478.81 万元。")).toEqual([]);
    const [f] = check("年度资金总额 100 万元，其中财政拨款 120 万元。");
    expect(f).toMatchObject({ severity: "error", expected: 100, actual: 120 });
    expect(f!.message).toBe("“年度资金总额100万元”，其中所列 120万元，比合计多 20万元。");
  });

  it("levels of one hierarchy, changes and other totals before a list of sources are not parts", () => {
    expect(
      check(
        // xiping-jiaotong-2022, xiping-cangchu-2023
        "该项目共编制12个绩效目标指标,其中一级指标3个,二级指标9个,三级指标12个。",
        "2023年西平县农产品交易市场仓储基地建设项目共编制15个绩效目标指标,其中一级指标3个,二级指标8个,三级指标15个。",
        // nanxian-zhengxie-2021: the sentence before 其中 ends in a share; 同比增加 is not a part
        "1、收入:792.22万元。同比上年度增加189.25万元,增加31.39%。其中:财政拨款收入792.22万元,同比上年度增加209.28万元,增加35.9%。",
        "2、支出:799.12万元。其中:人员经费支出434.89万元,公用经费支出77.4万元,项目支出286.83万元。",
        // a budget passage: the sources listed before 其中 are not the whole
        "2022年全年预算数为105.1万元，资金来源为财政拨款100万元、上年结转资金5万元、其他资金0.1万元，其中基本支出100万元，项目支出5.1万元。",
        // in brackets: an "of which" note, not a part
        "本部门行政编制87人(含工勤人员1人),实有人数77人。",
      ),
    ).toEqual([]);
  });

  it("scores naming every first-level group are the whole total: less is an error too", () => {
    // 91 is 90.84 at the precision written; 92 is not.
    const parts = "其中预算执行率得分 8.84 分，产出指标得分 35 分，效益指标得分 37 分，满意度指标得分 10 分。";
    expect(check(`总分 91 分，${parts}`)).toEqual([]);
    const [f] = check(`总分 92 分，${parts}`);
    expect(f).toMatchObject({ severity: "error", expected: 92, actual: 90.84 });
    expect(f!.message).toBe("“总分92分”，其中所列各项 8.84分 + 35分 + 37分 + 10分 = 90.84分，比合计少 1.16分。");
  });

  it("a sum that holds only with one amount in the other unit: the unit is the slip (warning)", () => {
    const [f] = check("项目总投资500万元，其中财政资金300万元，自筹资金200元。");
    expect(f).toMatchObject({ severity: "warning", expected: 500 });
    expect(f!.message).toBe(
      "“项目总投资500万元”，其中各项 300万元 + 200元 与合计不符；若“200元”是“200万元”则正好相符，疑为单位写错。",
    );
  });
});

describe("report-total-parts: a total against the start of the year and what was added", () => {
  it("honghe-shuju-2024: 共15个 against 年初 8 + 年中增加 8 = 16 — warning", () => {
    const [f, ...rest] = check(
      "2024年,红河州数据发展中心(以下简称“州数据发展中心”)实施项目共15个(含2023年转列暂付性款项项目5个),年初批复预算8个项目985万元(含1个年初结转结余项目50万元),调整预算后项目预算861.46万元,年中增加8个项目(含2023年转列暂付性款项项目5个),实际到位资金334.67万元。",
    );
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: "warning", expected: 15, actual: 16 });
    expect(f!.message).toBe(
      "“实施项目共15个”，而同一句所写 年初批复预算8个 + 年中增加8个 = 16个，相差 1个：如有撤并、调整，应在报告中写明。",
    );
  });

  it("a change that adds up, with what was taken away: nothing", () => {
    expect(check("全年实施项目共14个，年初批复10个项目，年中新增5个项目，调减1个项目。")).toEqual([]);
  });
});

describe("report-total-parts: what follows the parts, and parts of other kinds", () => {
  it("figures after the parts that add up are about something else; mixed measures are not held to exceed", () => {
    expect(
      check(
        "核定编制25人,其中行政编制20人,事业编制5人,实有23人。",
        "核定编制25人,其中行政编制20人,实有在职23人。", // 实有 is no part of 编制: no common ending
        "资产总计500万元,其中流动资产100万元,固定资产原值600万元,累计折旧200万元。",
      ),
    ).toEqual([]);
  });
});
