// 江门市高新区(江海区)财政局 (广东) 预算绩效工作开展情况说明, 2018 — a whole short page.
export default {
  name: "jianghai-yusuanjixiao-2018",
  province: "广东",
  kind: "report",
  source: "http://www.jianghai.gov.cn/zwgk/zdlyxxgk/czgk/zfysgk/zfysgk2018/content/post_2300114.html",
  notes:
    "Guangdong, district level (江门市高新区/江海区, 文章来源 财政局, 2018-11-09), filed under 2018 政府预算公开: a short statement on the district's 重点评价 of " +
    "7 projects by a third party. The whole text is in the stored copy: title plus three paragraphs, verbatim, one per row. Left out: the page lines " +
    "'文章来源/更新时间/浏览数/字体大小/打印本页/保护视力色' and the attachment name '高新区(江海区)预算绩效工作开展情况说明.doc'. The page uses its own grade " +
    "bands (优良 = 80分以上, 中 = 70-80分), not the 优/良/中/差 bands of the national profile. Shares are printed as whole percentages.",
  sheets: [
    {
      name: "情况说明",
      rows: [
        ["高新区(江海区)预算绩效工作开展情况说明"],
        [
          "项目支出绩效情况:区本级财政支出预算绩效管理项目中选取7个项目开展重点评价,涉及预算金额为2298万元。经过第三方机构评审,等级为优良(80分以上)的项目有4个,占57%,等级为中(70-80分)的项目有3个,占43%。",
        ],
        ["从整体上看,大部分项目决策合理,项目管理规范、项目绩效较明显,改进措施得当。"],
        [
          "综合来看,随着财政绩效工作的不断深入,我区一直推动财政绩效的深入开展,部门单位对绩效评价的重视程度不断提高,本年度事后绩效评价情况良好。",
        ],
      ],
      merges: [],
    },
  ],
  expect: {
    mustFlag: [],
    mustNotFlag: [
      {
        sheet: "情况说明",
        rows: [2],
        severities: ["error"],
        why:
          "4 + 3 = 7 projects; 4 ÷ 7 = 57.14% printed as 57%, 3 ÷ 7 = 42.86% printed as 43% — both right when rounded half up to the whole percent " +
          "the text uses, and 57% + 43% = 100%. The 0.14-point gap is the text's stated precision, not a wrong share: a warning about low precision is " +
          "defensible, an error is not. The local grade bands (优良 ≥ 80, 中 70-80) are the document's own, not a misgrading.",
      },
      {
        sheet: "情况说明",
        rows: [1, 3, 4],
        why: "Title and plain prose without figures.",
      },
    ],
  },
};
