// 北京市文物局 (北京) 2021年度部门决算 — 目录 and 部门机构设置 (12个内设机构).
export default {
  name: "beijing-wenwu-2021",
  province: "北京",
  kind: "report",
  source: "https://www.beijing.gov.cn/gongkai/caizheng/czzt/2021js/202208/t20220813_2792171.html",
  notes:
    "Beijing, municipal bureau, 2021 部门决算 on the Beijing government portal (2021市级部门决算专题), Beijing outline with 第四部分 '部门绩效评价情况' " +
    "(beyond the stored copy). Included for its table of contents and its count-with-list of 内设机构, whose items carry parenthesised second names " +
    "with their own '、'. Row 1 is the title; the page lines '日期/来源/分享/字号' are left out; '目 录' kept with its space. One paragraph per row, " +
    "verbatim. The stored copy breaks off inside the next paragraph ('北京市文物局所属单位28家参加了2021年度部门决算,包括...北京西山'); that " +
    "paragraph (the list of 28 units) and everything after it are NOT included.",
  sheets: [
    {
      name: "决算说明",
      rows: [
        ["北京市文物局2021年度部门决算"],
        ["目 录"],
        ["第一部分 2021年度部门决算报表"],
        ["一、收入支出决算总表"],
        ["二、收入决算表"],
        ["三、支出决算表"],
        ["四、财政拨款收入支出决算总表"],
        ["五、一般公共预算财政拨款支出决算表"],
        ["六、一般公共预算财政拨款基本支出决算表"],
        ["七、政府性基金预算财政拨款收入支出决算表"],
        ["八、政府性基金预算财政拨款基本支出决算表"],
        ["九、国有资本经营预算财政拨款支出决算表"],
        ["十、财政拨款“三公”经费支出决算表"],
        ["十一、政府采购情况表"],
        ["十二、政府购买服务支出情况表"],
        ["第二部分 2021年度部门决算说明"],
        ["第三部分 2021年度其他重要事项的情况说明"],
        ["第四部分 2021年度部门绩效评价情况"],
        ["第一部分 2021年度部门决算报表"],
        ["报表详见附件"],
        ["第二部分 2021年度部门决算说明"],
        ["一、部门基本情况"],
        ["(一)部门机构设置、职责"],
        ["1.北京市文物局机构设置"],
        [
          "北京市文物局核定行政编制80人,共设办公室(行政审批服务处)、法制处(科研处)、研究室、申遗处、文物保护处(革命文物处)、遗产管理处、考古处、博物馆处、文物市场管理处(文博产业管理处)、安全保卫处、计划财务处、组织宣传处(人事处、对外联络处)12个内设机构。另设机关党委、机关纪委、工会(团委)、离退休干部处。",
        ],
      ],
      merges: [],
    },
  ],
  expect: {
    mustFlag: [],
    mustNotFlag: [
      {
        sheet: "决算说明",
        rows: [25],
        why:
          "'12个内设机构' matches its list: 办公室、法制处、研究室、申遗处、文物保护处、遗产管理处、考古处、博物馆处、文物市场管理处、安全保卫处、" +
          "计划财务处、组织宣传处 = 12. The bracketed second names — including '(人事处、对外联络处)' with its inner '、' — are not extra units " +
          "(splitting on every '、' would give 13); the four bodies after '另设' are outside the count.",
      },
      {
        sheet: "决算说明",
        rows: [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
        why: "一、 to 十二、 consecutive.",
      },
      {
        sheet: "决算说明",
        rows: [3, 16, 17, 18, 19, 21, 22, 23, 24],
        severities: ["error"],
        why: "第一部分–第四部分 in order; the body restarting at 第一部分 after the 目录, and 一、(一)1. opening their levels, is document structure, not a numbering error.",
      },
    ],
  },
};
