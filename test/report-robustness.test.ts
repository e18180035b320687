/** The report rules on any text: they never throw, and every finding points at a paragraph with a Chinese message. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_PROFILE } from "../src/core/profile";
import { REPORT_TEXT_RULES, reportModel, sampleModel } from "./helpers/report-model";

const RULES = REPORT_TEXT_RULES;

// Pieces of report text: numbers, units, keywords, heading markers, punctuation and spaces of every width.
const PIECES = [
  "一、",
  "（一）",
  "(二)",
  "（二 ）",
  "1.",
  "2、",
  "（1）",
  "(2)",
  "3.",
  "a、",
  "六、",
  "十二、",
  "36,353.37",
  "0",
  "100",
  "99.1",
  "7194",
  "2022",
  "1,2",
  "3.5.6",
  "８８．３９",
  "00",
  "1e5",
  "万元",
  "元",
  "亿元",
  "%",
  "％",
  "起",
  "件",
  "个",
  "分",
  "人次",
  "年",
  "余",
  "约",
  "不少于",
  "以上",
  "全年预算数",
  "执行数",
  "预算执行率",
  "基本支出",
  "项目支出",
  "合计",
  "资产合计",
  "流动资产",
  "负债合计",
  "资产负债率",
  "占比",
  "占",
  "的",
  "化解",
  "化解率",
  "排查",
  "指标分数",
  "实际得分",
  "完成年度绩效指标值的",
  "总分",
  "等级为",
  "优",
  "，",
  "。",
  "；",
  "、",
  "（",
  "）",
  "(",
  ")",
  "“",
  "”",
  "其中",
  "其中：",
  "共",
  "年初",
  "年中增加",
  "分别为",
  "即",
  "下设",
  "内设机构",
  "科室",
  "办公室",
  "等",
  "和",
  "套",
  "台",
  "（台、块、项）",
  "指标值为",
  "实际完成值",
  "截至",
  "12月31日",
  "年末",
  "编制",
  "评价年度：",
  "存在的问题",
  "暂无问题",
  "执行情况",
  "支出",
  "下达",
  "（200字以内）",
  "说明",
  "第一部分",
  "第二部分",
  "基本情况",
  "绩效评价工作情况",
  "有关建议",
  " ",
  "\u00a0",
  "\u3000",
  "\t",
];
const paragraph = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((a) => a.join(""));

describe("report rules on arbitrary text", () => {
  const { data } = sampleModel("000-honggutan-2022");
  it("never throw and always point at a paragraph", () => {
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 12 }), (paragraphs) => {
        const model = reportModel({
          paragraphs,
          funds: data.funds.rows,
          indicators: data.indicators,
          total: data.total,
          budget: data.budget.rows,
          balance: data.balanceSheet!.rows,
        });
        for (const r of RULES) {
          for (const f of r.check(model, { profile: DEFAULT_PROFILE })) {
            expect(f.sheet).toBe("自评报告");
            expect(f.cell).toMatch(/^A\d+(:A\d+)?$/);
            expect(f.message).toMatch(/[\u4e00-\u9fa5]/);
            expect(f.message).not.toMatch(/NaN|Infinity|undefined/);
            for (const v of [f.expected, f.actual]) if (v !== null) expect(Number.isFinite(v)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
