// 青神县发展和改革局 (四川眉山) — 部门预算项目支出绩效自评表(2023年度), 工资性支出 (报表编号 510000_0013zp), whole form.
export default {
  name: "qingshen-fagaiju-2023",
  province: "四川",
  kind: "form",
  source: "https://www.scqs.gov.cn/info/13206/211004.htm",
  notes:
    "Sichuan, county level (青神县发展和改革局, a new unit for the corpus), 2023, the Sichuan 预算管理一体化 project self-evaluation form " +
    "'部门预算项目支出绩效自评表' (报表编号:510000_0013zp) for the project '51000021R000000019951-工资性支出'. Layout features: budget block titled " +
    "'预算执行情况(10分)' with 年初预算/调整后预算数/预算执行数/预算执行率/权重/得分/原因 over 总额, 其中:财政资金, 财政专户管理资金, 单位资金, " +
    "其他资金 ('/' in the unscored cells); indicator block titled '绩效指标(90分)' with 指标性质 ('='), 指标值, 度量单位, 完成值, 权重, 得分, " +
    "未完成原因分析; 合计 row; 评价结论/存在问题/改进措施; signature row. The whole form is in the stored copy (it ends after '财务负责人:'). " +
    "The page flattens the table into one cell per line, keeping empty cells as empty lines; cells were placed by the template's column order " +
    "(11 columns A–K; the same template appears laid out row by row on other Sichuan pages) and all merges are reconstructed: A5:A7, A8:A13, " +
    "A14:A16 for the row-group labels, B5:B6, C:F / G:K halves of the target rows, the 原因 cell I9:K13 holding the form's printed note, " +
    "A17:H17 for 合计 so that its 100 falls under 权重. Rates '100.00%' and '0.00%' are stored as percentages, amounts '0.00' as 0. The form is " +
    "a template the unit did not finish: 完成值 and every 得分 are blank and the 年度目标完成情况 / 评价结论 / 存在问题 / 改进措施 cells still hold the " +
    "template's instructions. Not encoded as expectations but worth a look: the budget rose from 年初 238.93 to 调整后 251.89 (+12.96) with no " +
    "reason although the form's own note asks for one; rows 11–12 show 0.00% for 0 ÷ 0.",
  sheets: [
    {
      name: "项目支出绩效自评表",
      rows: [
        ["报表编号:510000_0013zp", null, null, null, null, null, null, null, null, null, null],
        ["部门预算项目支出绩效自评表(2023年度)", null, null, null, null, null, null, null, null, null, null],
        ["项目名称", "51000021R000000019951-工资性支出", null, null, null, null, null, null, null, null, null],
        ["主管部门", "青神县发展和改革局本级", null, null, null, "实施单位 (盖章)", null, "青神县发展和改革局", null, null, null],
        ["项目基本情况", "1.项目年度目标完成情况", "项目年度目标", null, null, null, "年度目标完成情况", null, null, null, null],
        [
          null,
          null,
          "严格执行相关政策,保障工资及时、足额发放或社保及时、足额缴纳,预算编制科学合理,减少结余资金。",
          null, null, null,
          "对照年度目标,说明相关任务目标的完成情况(100字以内)",
          null, null, null, null,
        ],
        [null, "2.项目实施内容及过程概述", null, null, null, null, null, null, null, null, null],
        ["预算执行情况(10分)", "年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因", null, null],
        [
          null, "总额", 238.93, 251.89, 251.89, { pct: 1 }, 10, null,
          "1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的(追加或调减),应单独说明理由;3.其他资金包括:社会投入资金、银行贷款.",
          null, null,
        ],
        [null, "其中:财政资金", 238.93, 251.89, 251.89, { pct: 1 }, "/", "/", null, null, null],
        [null, "财政专户管理资金", 0, 0, 0, { pct: 0 }, "/", "/", null, null, null],
        [null, "单位资金", 0, 0, 0, { pct: 0 }, "/", "/", null, null, null],
        [null, "其他资金", null, null, null, null, "/", "/", null, null, null],
        ["绩效指标(90分)", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"],
        [null, "产出指标", "数量指标", "发放(缴纳)覆盖率", "=", 100, "%", null, 60, null, null],
        [null, "效益指标", "社会效益指标", "足额保障率(参保率)", "=", 100, "%", null, 30, null, null],
        ["合计", null, null, null, null, null, null, null, 100, null, null],
        ["评价结论", "结合自评情况,说明项目自评总分,说明项目实施取得的成效或成果。(200字以内)", null, null, null, null, null, null, null, null, null],
        ["存在问题", "结合自评情况,分析存在的问题及原因。(200字以内)", null, null, null, null, null, null, null, null, null],
        ["改进措施", "针对项目自评中发现的问题,提出下一步改进完善的意见及有关政策性建议。(200字以内)", null, null, null, null, null, null, null, null, null],
        ["项目负责人:", null, null, null, null, "财务负责人:", null, null, null, null, null],
      ],
      merges: [
        "A1:K1", "A2:K2", "B3:K3",
        "B4:E4", "F4:G4", "H4:K4",
        "A5:A7", "B5:B6", "C5:F5", "G5:K5", "C6:F6", "G6:K6", "C7:K7",
        "A8:A13", "I8:K8", "I9:K13",
        "A14:A16",
        "A17:H17",
        "B18:K18", "B19:K19", "B20:K20",
        "A21:E21", "F21:K21",
      ],
    },
  ],
  expect: {
    mustFlag: [
      {
        id: "budget-score-missing",
        sheet: "项目支出绩效自评表",
        rows: [9],
        severity: "error",
        why: "总额 carries 权重 10 and 预算执行率 251.89 ÷ 251.89 = 100.00%, but its 得分 (H9) is blank; it should be min(100%, 100%) × 10 = 10.",
      },
      {
        id: "actual-and-score-missing",
        sheet: "项目支出绩效自评表",
        rows: [15, 16],
        severity: "error",
        why:
          "发放(缴纳)覆盖率 (权重 60) and 足额保障率(参保率) (权重 30), both '= 100 %', have no 完成值 (H15, H16) and no 得分 (J15, J16): the score cannot " +
          "be worked without the actual, and 90 of the 100 points are unscored.",
      },
      {
        id: "total-score-missing",
        sheet: "项目支出绩效自评表",
        rows: [17],
        severity: "error",
        why: "合计 shows the weights (10 + 60 + 30 = 100 in I17) but the total score J17 is blank.",
      },
      {
        id: "first-level-weights-off-profile",
        sheet: "项目支出绩效自评表",
        rows: [15, 16],
        severity: "warning",
        why:
          "预算执行 10 + 产出指标 60 + 效益指标 30 + 满意度指标 0 = 100: the total is right but the split is 10/60/30/0 against the default " +
          "10/50/30/10 (no 满意度 indicator at all).",
      },
      {
        id: "template-instructions-not-replaced",
        sheet: "项目支出绩效自评表",
        rows: [6, 18, 19, 20],
        severity: "warning",
        why:
          "年度目标完成情况 (G6), 评价结论, 存在问题 and 改进措施 still hold the template's prompts ('对照年度目标,说明…(100字以内)', '结合自评情况,说明项目自评" +
          "总分…(200字以内)', …) instead of the unit's text; 2.项目实施内容及过程概述 (C7) is empty.",
      },
    ],
    mustNotFlag: [
      {
        sheet: "项目支出绩效自评表",
        rows: [10],
        why:
          "财政资金 238.93 / 251.89 / 251.89, 执行率 251.89 ÷ 251.89 = 100.00% as printed; 总额 = 财政资金 + 财政专户 0 + 单位资金 0 + 其他 (blank) in all " +
          "three amount columns (238.93, 251.89, 251.89); '/' marks the unscored 权重/得分 cells.",
      },
      {
        sheet: "项目支出绩效自评表",
        rows: [13],
        severities: ["error"],
        why: "其他资金 left blank (optional source), with '/' in the unscored cells.",
      },
      {
        sheet: "项目支出绩效自评表",
        rows: [1, 2, 3, 4, 5, 8, 14],
        why: "Title and header rows; 14 is the indicator header (指标性质/指标值/度量单位/完成值/权重/得分).",
      },
      {
        sheet: "项目支出绩效自评表",
        rows: [21],
        severities: ["error"],
        why: "Signature row with the names left blank — not an arithmetic matter.",
      },
    ],
  },
};
