// 大英县司法局 (四川遂宁) — 部门预算项目支出绩效自评表(2023年度), 2023年全县安可替代补助资金项目: header and 预算执行情况 block.
export default {
  name: "daying-sifaju-2023",
  province: "四川",
  kind: "form",
  source: "https://dyxrmt.cn/article-157795-21.html",
  notes:
    "Sichuan, county level (大英县司法局), 2023, the same Sichuan 预算管理一体化 template as qingshen-fagaiju-2023 ('部门预算项目支出绩效自评表'), " +
    "here for project '51092324T000010263357-2023年全县安可替代补助资金项目' and filled in (得分 10 given). The page is page 21 of a long article on " +
    "dyxrmt.cn (by its name and content apparently 大英县's county media-centre site, not a *.gov.cn host) that republishes the unit's 决算 with its 自评表; the stored copy of this page shows the row structure of " +
    "the table ('|' between cells), so cells are placed as shown; merges are reconstructed on the qingshen layout (11 columns A–K). INCLUDED: title, " +
    "项目名称, 主管部门/实施单位, 项目基本情况 and the whole 预算执行情况(10分) block. LEFT OUT: (1) the top of the copy, which is the tail of the " +
    "PREVIOUS project's form (its indicator rows, 合计, 评价结论, signatures) whose title and budget block are on the previous page — it cannot be " +
    "attributed to a project; (2) this form's '绩效指标(90分)' block, which the copy cuts after its first indicator ('产出指标 | 质量指标 | 完成安可" +
    "产品购买并按要求支付资金 | = | 100 |'): a half indicator block would fake a weight error, so neither its header nor its rows are transcribed. " +
    "The copy has no '报表编号' line above the title and prints '实施单位' without '(盖章)'. Amounts '0.00' stored as 0, rates as percentages. " +
    "Not encoded: the whole budget (3.36) was added during the year (年初预算 0.00) and the 原因 cell holds only the printed note; rows 10–11 show " +
    "0.00% for 0 ÷ 0.",
  sheets: [
    {
      name: "项目支出绩效自评表",
      rows: [
        ["部门预算项目支出绩效自评表(2023年度)", null, null, null, null, null, null, null, null, null, null],
        [
          "项目名称",
          "51092324T000010263357-2023年全县安可替代补助资金项目",
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
        ],
        ["主管部门", "大英县司法局部门", null, null, null, "实施单位", null, "大英县司法局", null, null, null],
        [
          "项目基本情况",
          "1.项目年度目标完成情况",
          "项目年度目标",
          null,
          null,
          null,
          "年度目标完成情况",
          null,
          null,
          null,
          null,
        ],
        [null, null, "根据要求购买安可设备,并完成项目资金支付。", null, null, null, "完成", null, null, null, null],
        [
          null,
          "2.项目实施内容及过程概述",
          "2023年购买13台安可电脑,并于12月前完成资金支付。",
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
        ],
        [
          "预算执行情况(10分)",
          "年度预算数(万元)",
          "年初预算",
          "调整后预算数",
          "预算执行数",
          "预算执行率",
          "权重",
          "得分",
          "原因",
          null,
          null,
        ],
        [
          null,
          "总额",
          0,
          3.36,
          3.36,
          { pct: 1 },
          10,
          10,
          "1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的(追加或调减),应单独说明理由;3.其他资金包括:社会投入资金、银行贷款.",
          null,
          null,
        ],
        [null, "其中:财政资金", 0, 3.36, 3.36, { pct: 1 }, "/", "/", null, null, null],
        [null, "财政专户管理资金", 0, 0, 0, { pct: 0 }, "/", "/", null, null, null],
        [null, "单位资金", 0, 0, 0, { pct: 0 }, "/", "/", null, null, null],
        [null, "其他资金", null, null, null, null, "/", "/", null, null, null],
      ],
      merges: [
        "A1:K1",
        "B2:K2",
        "B3:E3",
        "F3:G3",
        "H3:K3",
        "A4:A6",
        "B4:B5",
        "C4:F4",
        "G4:K4",
        "C5:F5",
        "G5:K5",
        "C6:K6",
        "A7:A12",
        "I7:K7",
        "I8:K12",
      ],
    },
  ],
  expect: {
    mustFlag: [],
    mustNotFlag: [
      {
        sheet: "项目支出绩效自评表",
        rows: [8],
        severities: ["error"],
        why:
          "总额: 执行率 3.36 ÷ 3.36 = 100.00% as printed; 得分 = min(100%, 100%) × 权重 10 = 10 as given; 总额 = 财政资金 3.36 + 财政专户 0 + 单位资金 0 + " +
          "其他 (blank) in each amount column (0.00, 3.36, 3.36). A warning that the budget was raised from 0.00 to 3.36 without a stated reason is " +
          "defensible; an error is not.",
      },
      {
        sheet: "项目支出绩效自评表",
        rows: [9],
        why: "财政资金 0.00 / 3.36 / 3.36, 执行率 3.36 ÷ 3.36 = 100.00%; '/' marks the unscored 权重/得分 cells.",
      },
      {
        sheet: "项目支出绩效自评表",
        rows: [12],
        severities: ["error"],
        why: "其他资金 left blank (optional source).",
      },
      {
        sheet: "项目支出绩效自评表",
        rows: [1, 2, 3, 4, 5, 6, 7],
        why: "Title, project and header rows; the target ('…完成项目资金支付') is reported '完成' and the content line gives 13台 computers bought before December.",
      },
    ],
  },
};
