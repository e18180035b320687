// 济南市历城区文化馆 (山东) 2019年度区级部门预算项目支出绩效自评表 — header and 项目预算执行情况 block only.
export default {
  name: "licheng-wenhuaguan-2019",
  province: "山东",
  kind: "form",
  source: "http://jnslcqwhg.cn/newsinf_id_308.html",
  notes:
    "Shandong, district-level unit (主管部门 济南市历城区文化和旅游局), 2019, the 济南 区级部门预算项目支出绩效自评表 published as an HTML table on the " +
    "文化馆's site. This template differs from the national one: the funds block '项目预算执行情况(10分)' has 年初预算数(A) | 全年执行数(B) | 分值 | " +
    "执行率(B/A) | 得分 | 得分计算方法 (no 全年预算数 column; the denominator is 年初预算数), and '-' in the unscored cells. The stored copy flattens the " +
    "table; cells were placed by the header order (8 columns A–H): row 4 项目名称 | value | 主管部门 | value, row 5 项目实施单位 | value | 项目负责人 | " +
    "value | 联系电话 | value (contact details as published), row 3 '主管部门(盖章):' left and '单位:万元' right. In-cell line breaks joined " +
    "('项目预算\\n执行情况\\n(10分)' → '项目预算执行情况(10分)'). Merges reconstructed. 执行率 '100%' stored as a percentage. " +
    "ONLY THESE BLOCKS ARE INCLUDED: the stored copy breaks off inside the 绩效指标 table (in the 社会效益指标 row '...满足广大人民群众接受素质教育、'), " +
    "so the indicator table — whose first-level cells show only '(50分)' and '(30分)' in the copy — its total and grade are left out rather than " +
    "transcribed half-way.",
  sheets: [
    {
      name: "项目支出绩效自评表",
      rows: [
        ["区级部门预算项目支出绩效自评表"],
        ["( 2019 年度)"],
        ["主管部门(盖章):", null, null, null, null, null, null, "单位:万元"],
        ["项目名称", "商品和服务支出", null, null, "主管部门", "济南市历城区文化和旅游局", null, null],
        ["项目实施单位", "济南市历城区文化馆", null, "项目负责人", "田延青", "联系电话", "88894492", null],
        ["年度总体目标", "年初设定目标", null, null, "年度总体目标完成情况综述", null, null, null],
        [
          null,
          "历城区文化馆免费开放",
          null,
          null,
          "用于历城区文化馆全年免费开放,主要支付招聘合同人员工资,确保我馆全年正常免费开放和群众文化工作开展。",
          null,
          null,
          null,
        ],
        [
          "项目预算执行情况(10分)",
          null,
          "年初预算数(A)",
          "全年执行数(B)",
          "分值",
          "执行率(B/A)",
          "得分",
          "得分计算方法",
        ],
        [null, "年度资金总额", 45, 45, 10, { pct: 1 }, 10, "执行率*该指标分值,最高不得超过分值上限。"],
        [null, "其中:财政拨款", 45, 45, "-", "-", "-", null],
        [null, "其他资金", null, null, "-", "-", "-", null],
      ],
      merges: [
        "A1:H1",
        "A2:H2",
        "A3:G3",
        "B4:D4",
        "F4:H4",
        "B5:C5",
        "G5:H5",
        "A6:A7",
        "B6:D6",
        "E6:H6",
        "B7:D7",
        "E7:H7",
        "A8:A11",
      ],
    },
  ],
  expect: {
    mustFlag: [],
    mustNotFlag: [
      {
        sheet: "项目支出绩效自评表",
        rows: [9],
        severities: ["error"],
        why:
          "执行率 = 45 ÷ 45 = 100%; 得分 = min(100%, 100%) × 10 = 10, within the stated rule '执行率*该指标分值,最高不得超过分值上限'. The template " +
          "divides by 年初预算数 (no adjusted-budget column exists); a warning about the denominator is defensible, an error is not.",
      },
      {
        sheet: "项目支出绩效自评表",
        rows: [10, 11],
        severities: ["error"],
        why: "年度资金总额 45 = 财政拨款 45 + 其他资金 (blank); '-' marks the unscored cells of the sub-rows.",
      },
      {
        sheet: "项目支出绩效自评表",
        rows: [4, 5, 6, 7],
        severities: ["error"],
        why: "Header and goal cells are text; the phone number is an identifier, not a figure stored as text.",
      },
    ],
  },
};
