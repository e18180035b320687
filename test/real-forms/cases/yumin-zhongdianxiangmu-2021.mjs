// 裕民县财政局 (新疆塔城地区) — 裕民县2021年10个重点项目绩效评价报告公开 (published 2023-04-12): intro and the first three project paragraphs.
export default {
  name: "yumin-zhongdianxiangmu-2021",
  province: "新疆",
  kind: "report",
  source: "http://xjym.gov.cn/czgk/25280.html",
  notes:
    "Xinjiang, county level (裕民县, 塔城地区), budget year 2021, a 财政局 notice publishing the results of third-party (北京用友政务软件股份有限公司) " +
    "绩效评价 of 10 county key projects. One paragraph per row in column A: the page title, the introduction, and the paragraphs of projects 1–3, " +
    "each stating 下达资金, 实际已支付, 支付完成率, 总得分 and 评价等级. The stored copy breaks off inside project 4 ('4、哈拉布拉乡南哈拉布拉村大棚建设项目," +
    ":建设4座标准化大棚…50 平'), so projects 4–10 are NOT included. Left out as page chrome: the date banner '2024年03月19日 星期二' and the line " +
    "'来源:裕民县财政局 日期:2023-04-12 17:16:42'. Leading spaces before '2、' are dropped; everything else verbatim, including the unbalanced " +
    "parenthesis '(裕党办[2018]81号、' and the mix of '截止到'/'截至'. Fully consistent case: every 支付完成率 equals 已支付 ÷ 下达资金 and every " +
    "score of 90 or more is graded 优秀.",
  sheets: [
    {
      name: "评价报告公开",
      rows: [
        ["裕民县2021年10个重点项目绩效评价报告公开"],
        [
          "按照《裕民县贯彻落实<自治区党委 自治区人民政府关于全面实施预算绩效管理的实施意见>的实施方案》(裕党办[2018]81号、《关于印发<关于进一步做好自治区全面实施预算绩效管理的工作措施>的通知》(新财预[2019]126号)等文件要求,我县选择10个2021年县级重点项目,委托北京用友政务软件股份有限公司开展了重点项目绩效评价,经县人民政府审定、县人大常委会审议批复,现按规定予以公开:",
        ],
        [
          "1、哈拉布拉乡南哈拉布拉村农田道路建设项目,铺建砂石路11公里、修建4个桥涵以及配套设施、新建林间道路450平方米及相关配套实施。2021年下达财政专项扶贫资金197万元,截止到2021年12月31日,实际已支付186.98万元,支付完成率为94.91%。第三方机构最终绩效评价总得分为91.8分,评价等级为优秀。",
        ],
        [
          "2、哈拉布拉乡北哈拉布拉村旅游扶贫交易市场建设项目,新建30平方米管理用房一座,场地硬化3000平方米。2021年度下达财政专项扶贫资金108万元,截至2021年12月31日,实际已支付101.59万元,支付完成率为94.06%。第三方机构最终绩效评价总得分为90.76分,评价等级为优秀。",
        ],
        [
          "3、哈拉布拉乡北哈拉布拉村村内干道,巷道路面硬化建设项目,哈拉布拉乡人民政府已修建北哈拉布拉村村组道路5.7公里及相关配套附属设施。2021年下达中央财政衔接推进乡村振兴衔接资金以工代赈资金300万元,截至2021年12月31日,实际已支付289.14万元,支付完成率为96.38%。第三方机构最终绩效评价总得分为90.36分,评价等级为优秀。",
        ],
      ],
      merges: [],
    },
  ],
  expect: {
    mustFlag: [],
    mustNotFlag: [
      {
        sheet: "评价报告公开",
        rows: [3],
        why: "支付完成率 186.98 ÷ 197 = 94.9137% → 94.91% as stated; 91.8 ≥ 90 → 优秀 as stated.",
      },
      {
        sheet: "评价报告公开",
        rows: [4],
        why: "支付完成率 101.59 ÷ 108 = 94.0648% → 94.06% as stated; 90.76 ≥ 90 → 优秀.",
      },
      {
        sheet: "评价报告公开",
        rows: [5],
        why: "支付完成率 289.14 ÷ 300 = 96.38% exactly; 90.36 ≥ 90 → 优秀.",
      },
      {
        sheet: "评价报告公开",
        rows: [2],
        severities: ["error"],
        why:
          "'选择10个…重点项目' is followed by numbered project paragraphs 1、2、3、 that the stored copy cuts after project 3; the published page lists all ten, " +
          "so a count mismatch here is an artefact of the copy (a warning that only 3 of 10 are present would be defensible, an error is not).",
      },
    ],
  },
};
