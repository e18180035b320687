import { describe, expect, it } from "vitest";
import { englishWordsIn, rule } from "../../src/core/checks/rules/english-words";
import { DEFAULT_PROFILE } from "../../src/core/profile";
import { reportModel } from "../helpers/report-model";

function check(...paragraphs: string[]) {
  return rule.check(reportModel({ paragraphs, reportSheet: "自评报告" }), { profile: DEFAULT_PROFILE });
}

describe("english-words", () => {
  it("seed 000: “and” and “etc” inside Chinese sentences, one info each paragraph with the word to write", () => {
    const found = check(
      "负责居民身份证、枪支弹药、危险物品、特种行业等工作 and 集会、游行、示威活动；负责城区主要街道的治安巡逻。",
      "卧龙派出所装修及设备 etc 6 个项目，受疫情影响推进缓慢。",
    );
    expect(found.map((f) => [f.severity, f.cell])).toEqual([
      ["info", "A1"],
      ["info", "A2"],
    ]);
    expect(found[0]!.message).toBe(
      "此段的中文句子中夹有英文词：“and”应写作“和”（“…品、特种行业等工作 and 集会、游行、示…”）。",
    );
    expect(found[1]!.message).toContain("“etc”应写作“等”");
  });

  it("acronyms, names, units and English sentences are left alone", () => {
    expect(englishWordsIn("为全面做好建党100周年暨COP15安保维稳工作")).toEqual([]);
    expect(englishWordsIn("开发“平安红谷滩”APP，接入Wi-Fi热点20个，巡逻里程3000km。")).toEqual([]);
    expect(englishWordsIn("Annual report of the bureau and its units.")).toEqual([]);
    expect(englishWordsIn("详见 www.example.gov.cn/and/or 网页。")).toEqual([]);
  });

  it("a word at a sentence's edge with no Chinese on one side is not inside a Chinese sentence", () => {
    expect(englishWordsIn("etc。")).toEqual([]);
    expect(englishWordsIn("工作 and")).toEqual([]);
  });

  it("each word once, in order", () => {
    expect(englishWordsIn("甲 and 乙 and 丙，丁 etc. 戊 or 己。")).toEqual(["and", "etc", "or"]);
  });
});
