// 中共中山市委党校 (广东中山) 关于2017年度项目绩效评价结果的说明 — whole page.
export default {
  name: "zhongshan-dangxiao-2017",
  province: "广东",
  kind: "report",
  source: "http://www.zsswdx.gov.cn/jsxx/5481.htm",
  notes:
    "Guangdong, city-level unit (市委党校), 2017, short statement of self-evaluation and 市一般性评价 results for two projects: amounts, execution " +
    "rates, scores and grade words in one paragraph. The WHOLE text is in the stored copy and transcribed, one paragraph per row, verbatim; the " +
    "page lines '发布时间 ¦ 2018-11-16 浏览次数 ¦' and '撰稿 ¦ 陈锦华 审核 ¦陈进华 来源 ¦ 本站原创' are left out. The two attachment lines are " +
    "kept as on the page ('附件 1:' then '2:'); the PDF attachments themselves are not included. The budgets of the two projects are not stated; " +
    "they are implied by amount ÷ rate (20.67 ÷ 82.68% = 25.00; 192.70 ÷ 91.24% = 211.20).",
  sheets: [
    {
      name: "评价结果说明",
      rows: [
        ["中共中山市委党校 关于2017年度项目绩效评价结果的说明"],
        [
          "我校按照《中山市财政局关于开展2017年度市级财政支出项目绩效自评及一般性评价工作的通知》(中财绩[2018]15号)工作安排,对14个支出项目进行了绩效自评,项目覆盖率达100%,整体绩效水平达良好以上(绩效自评的具体信息可在我校2017年财政决算公开信息中查看)。其中“校园文化经费”及“校园场室修缮和设施维护经费”两项目同时纳入了市一般性评价,涉及公共预算支出共213.37万元,两项目整体预算执行率为90.29%:“校园文化经费”项目支出20.67万元,预算执行率82.68%,绩效评价结果分数为83分,达到良好水平;“校园场室修缮和设施维护经费”项目支出192.70万元,预算执行率为91.24%,绩效评价结果分数为82分,达到良好水平。两项目均达到预期目标。我校今后将依据《2017年度中山市市级财政支出项目绩效评价小组评分意见表》(详见附件)中专家提出的意见和建议进一步完善项目管理,优化项目绩效指标体系,做好绩效满意度调查工作,提高财政资金使用效益。",
        ],
        ["附件 1:2017年度中山市市级财政支出项目绩效评价小组评分意见表——校园文化经费.pdf"],
        ["2:2017年度中山市市级财政支出项目绩效评价小组评分意见表——校园场室修缮和设施维护经费.pdf"],
      ],
      merges: [],
    },
  ],
  expect: {
    mustFlag: [],
    mustNotFlag: [
      {
        sheet: "评价结果说明",
        rows: [2],
        severities: ["error"],
        why:
          "Totals and grades agree: 213.37 = 20.67 + 192.70; 83分 and 82分 both fall in 80 to under 90 → 良 ('良好水平'). The combined rate " +
          "90.29% cannot be recomputed from stated figures (no budgets are given); from the implied budgets 25.00 + 211.20 = 236.20 it is " +
          "213.37 ÷ 236.20 = 90.33%, 0.04 points from the stated 90.29% (inside the 0.05 tolerance). 校园文化经费 at 82.68% is under 90% with " +
          "no reason given here — a warning is defensible under a profile that asks for one, an error is not.",
      },
      {
        sheet: "评价结果说明",
        rows: [3, 4],
        why: "Attachment lines '附件 1:' and '2:' are a numbered list of files, consecutive.",
      },
    ],
  },
};
