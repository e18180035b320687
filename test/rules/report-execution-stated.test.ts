import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/checks/rules/report-execution-stated";
import { DEFAULT_PROFILE } from "../../src/core/profile";
import { reportModel } from "../helpers/report-model";

function check(...paragraphs: string[]) {
  return rule.check(reportModel({ paragraphs }), { profile: DEFAULT_PROFILE });
}

// haikou-xiuying-shuiwu-2022: 105万元 released, the execution section says only that it was paid as agreed.
const HAIKOU = [
  "一、绩效目标分解下达情况",
  "(一)海口市秀英区水务局2022年衔接资金共下达105万元,用于实施西秀镇龙头村蔬菜园产业项目。",
  "二、绩效目标自评完成情况分析",
  "(一)资金投入情况分析。",
  "1.项目资金到位情况分析",
  "海口市秀英区水务局2022年衔接资金105万元已全部到位。",
  "2.项目资金执行情况分析",
  "实施西秀镇龙头村蔬菜园产业项目,该专项资金已按合同规定完成对该项目进度的支付。",
  "3.项目资金管理情况分析",
  "该专项资金已拔入到秀英区水务局,严格管理,做到专款专用。",
];

describe("report-execution-stated", () => {
  it("haikou-xiuying-shuiwu-2022: no amount spent and no rate anywhere — a warning at the section's text", () => {
    const found = check(...HAIKOU);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: "report-execution-stated", severity: "warning", cell: "A8" });
    expect(found[0]!.message).toBe(
      "“2.项目资金执行情况分析”一节只写“实施西秀镇龙头村蔬菜园产业项目,该专项资…”，没有写执行数（支出数）和预算执行率，全文也没有：预算执行率 = 执行数 ÷ 预算数无从核对，应补写。",
    );
  });

  it("a section that states the amount or the rate, in its heading's paragraph or below: nothing", () => {
    expect(
      check(
        "2.项目资金执行情况分析。项目资金共8010万元,截止2023年11月30日,已完成拨付8010万元,执行率100%。",
        "(五) 当年部门预算及执行情况",
        "2022 年全年执行数为 32,132.93 万元,预算执行率为 88.39%。",
      ),
    ).toEqual([]);
  });

  it("the execution stated elsewhere in the report (支付率, 全额支付, a rate), an empty section, a contents line: nothing", () => {
    expect(check(...HAIKOU, "(二)总体绩效目标完成情况分析", "资金预算105万元,支付率100%。")).toEqual([]);
    expect(check(...HAIKOU.slice(0, 9), "项目资金已全额支付。")).toEqual([]);
    expect(check("2.项目资金执行情况分析", "3.项目资金管理情况分析", "严格管理。")).toEqual([]);
    expect(check("目 录", "二、预算编制及执行情况 3", "(一)预算编制情况 4", "(二)预算执行情况 7")).toEqual([]);
  });
});
