// 南县财政局 (湖南益阳) — 2020年度机关整体支出绩效评价报告: 自评得分 and 单位基本概况.
export default {
  name: "nanxian-caizhengju-2020",
  province: "湖南",
  kind: "report",
  source: "http://nxjw.nanxian.gov.cn/14890/36191/36192/36209/content_1639681.html",
  notes:
    "Hunan, county level (南县财政局), 2020, 机关整体支出绩效评价报告 in the Hunan outline (一、自评得分情况 二、单位基本概况 (一)机构设置 (二)人员编制 " +
    "(三)部门预算单位构成 (四)单位职责). One paragraph per row, verbatim (the space in the title '2020年度 机关整体支出', the colons used as " +
    "semicolons in 职责 item 1). The stored copy breaks off inside 职责 item 2 ('…负责审核批复部门(单位)的年'), so item 2 and everything after it " +
    "(budget, indicators, problems) are NOT included; item 1 is complete and kept. The report states the total score (97分) but no grade.",
  sheets: [
    {
      name: "评价报告",
      rows: [
        ["南县财政局2020年度 机关整体支出绩效评价报告"],
        ["一、自评得分情况"],
        [
          "根据《中共中央国务院关于全面实施预算绩效管理的意见》(中发〔2018〕34号)、《关于全面实施预算绩效管理的实施意见》(湘办发〔2019〕10号)等文件精神,按照部门整体支出绩效评价指标体系,对南县财政局2020年度机关整体支出开展了绩效评价,综合评分为97分。",
        ],
        ["二、单位基本概况"],
        ["(一)机构设置情况"],
        [
          "内设副科级事业单位2个,财政事务中心和南县国库集中支付中心。下设办公室、预算股、人事教育股、国库股、科教文化股、乡镇财政等16个股室;直属事业单位10个,即县国库集中支付中心、县财政信息中心、县工资统发中心、县财政投资评审中心、县政府债务研究评估中心、县财政预算编审中心、县国有资产服务中心、县会计服务中心、县经济开发区财政所。",
        ],
        ["(二)人员编制情况"],
        ["现有编制人员205人。其中,局机关在职113人、离休2人、退休75人、财政事务中心10人,国库集中支付中心5人。"],
        ["(三)部门预算单位构成"],
        [
          "2020年,纳入南县财政局部门预算编制范围的单位有3个,分别为南县财政局机关本级、南县财政事务中心和南县国库集中支付中心。",
        ],
        ["(四)单位职责"],
        [
          "1.组织贯彻执行国家财税方针、政策,指导全县财政工作,参与制定各项宏观经济政策:提出运用财税政策实施宏观调控和综合平衡社会财力的建议:拟定和执行县人民政府与乡镇人民政府、与企业的分配政策,完善鼓励公益事业发展的财税政策。",
        ],
      ],
      merges: [],
    },
  ],
  expect: {
    mustFlag: [
      {
        id: "count-disagrees-with-list",
        sheet: "评价报告",
        rows: [6],
        severity: "error",
        why:
          "'直属事业单位10个,即…' is followed by a complete ('即') list of only 9 units: 县国库集中支付中心, 县财政信息中心, 县工资统发中心, " +
          "县财政投资评审中心, 县政府债务研究评估中心, 县财政预算编审中心, 县国有资产服务中心, 县会计服务中心, 县经济开发区财政所 → 9 ≠ 10.",
      },
    ],
    mustNotFlag: [
      {
        sheet: "评价报告",
        rows: [8],
        severities: ["error"],
        why:
          "编制人员 205 = 局机关在职 113 + 离休 2 + 退休 75 + 财政事务中心 10 + 国库集中支付中心 5 (113+2+75+10+5 = 205). The sum holds; a warning " +
          "that retirees are counted inside '编制人员' is defensible, an arithmetic error is not.",
      },
      {
        sheet: "评价报告",
        rows: [10],
        why: "'单位有3个,分别为' followed by exactly three: 机关本级, 财政事务中心, 国库集中支付中心.",
      },
      {
        sheet: "评价报告",
        rows: [3],
        why: "综合评分 97分 stated without a grade; 97 ≥ 90 would be 优, nothing contradicts it.",
      },
      {
        sheet: "评价报告",
        rows: [2, 4, 5, 7, 9, 11],
        why: "Headings 一、二、 → (一)(二)(三)(四) consecutive, one style per level.",
      },
    ],
  },
};
