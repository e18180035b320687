// 廊坊市食品工程学校 (河北) 2019年度项目支出绩效自评表 — 办公宿舍楼、食堂及餐厅暖通改造经费.
export default {
  name: "langfang-shipin-2019",
  province: "河北",
  kind: "form",
  source: "http://www.lfsp.cn/newsinfo/1158053.html",
  notes:
    "Hebei, school (主管部门 廊坊市发改委), 2019, national 项目支出绩效自评表 template (附件1) published as an HTML table on the school's site " +
    "(lfsp.cn; page title '办公宿舍楼、食堂及餐厅暖通改造经费 绩效自评表(修改)'). The template's placeholder rows ('指标2', '……') are kept as " +
    "published. The stored copy flattens the table (one cell per line, blank cells as spaces), so cells were placed by the template's column " +
    "order: funds block 项目资金(万元) | label | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分; indicator block 一级 | 二级 | 三级 | " +
    "年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 (8 columns, A–H). Inferences: 主管部门/实施单位 values placed in B6 and F6; the " +
    "年度总体目标 figures '43.2' and '37.24' placed under 预期目标 (B13) and 实际完成情况 (E13); the lone '0' after the scores of 安全率, 学校发展能力 " +
    "and 学生满意度 placed in the 偏差原因 column (H), where the page puts it. The first-level label '效益指标' is printed a second time on the " +
    "可持续影响指标 row (a page-break repeat in the original), kept, so the 效益 block has two merges. The year line reads '2019年度)' without " +
    "its opening bracket on the page. 执行率 is shown on the page as '86%' (37.24 ÷ 43.2 = 86.20% to two decimals) and is stored as the printed " +
    "fraction 0.86. Merges are reconstructed. The stored copy ends after the 满意度 '指标2' placeholder row: the template's remaining '……' row " +
    "and the 总分 row are NOT in the copy and are left out (weights of the included rows already total 10 + 50 + 30 + 10 = 100).",
  sheets: [
    {
      name: "项目支出绩效自评表",
      rows: [
        ["办公宿舍楼、食堂及餐厅暖通改造经费 绩效自评表(修改)"],
        ["附件1"],
        ["项目支出绩效自评表"],
        ["2019年度)"],
        ["项目名称", "办公宿舍楼、食堂及餐厅暖通改造经费"],
        ["主管部门", "廊坊市发改委", null, null, "实施单位", "廊坊市食品工程学校"],
        ["项目资金(万元)", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [null, "年度资金总额", 43.2, 43.2, 37.24, 10, { pct: 0.86 }, 9],
        [null, "其中:当年财政拨款", 43.2, 43.2, 37.24, null, null, null],
        [null, "上年结转资金", null, null, null, null, null, null],
        [null, "其他资金", null, null, null, null, null, null],
        ["年度总体目标", "预期目标", null, null, "实际完成情况", null, null, null],
        [null, 43.2, null, null, 37.24, null, null, null],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [
          "产出指标",
          "数量指标",
          "指标1工程资金金额",
          43.2,
          37.24,
          10,
          9,
          "已完工,剩余3%尾款未付,且最高限价低于预算金额。提高预算准确度。",
        ],
        [null, null, "指标2", null, null, null, null, null],
        [null, null, "……", null, null, null, null, null],
        [null, "质量指标", "指标1工程完工率", 100, 100, 10, 10, null],
        [null, null, "指标2工程验收合格率", 100, 100, 10, 10, null],
        [null, null, "……", null, null, null, null, null],
        [null, "时效指标", "指标1项目完成及时率", 100, 100, 10, 10, null],
        [null, null, "指标2", null, null, null, null, null],
        [null, null, "……", null, null, null, null, null],
        [null, "成本指标", "指标1成本控制率", 100, 100, 10, 10, null],
        [null, null, "指标2", null, null, null, null, null],
        [null, null, "……", null, null, null, null, null],
        ["效益指标", "经济效益指标", "指标1安全率", 100, 100, 10, 10, 0],
        [null, null, "指标2", null, null, null, null, null],
        [null, null, "……", null, null, null, null, null],
        [null, "社会效益指标", "指标1学校发展能力", 100, 100, 10, 10, 0],
        [null, null, "指标2", null, null, null, null, null],
        [null, null, "……", null, null, null, null, null],
        [null, "生态效益指标", "指标1", null, null, null, null, null],
        [null, null, "指标2", null, null, null, null, null],
        [null, null, "……", null, null, null, null, null],
        ["效益指标", "可持续影响指标", "指标1长期使用性", 100, 100, 10, 10, null],
        [null, null, "指标2", null, null, null, null, null],
        [null, null, "……", null, null, null, null, null],
        ["满意度指标", "服务对象满意度指标", "指标1学生满意度", 100, 100, 10, 10, 0],
        [null, null, "指标2", null, null, null, null, null],
      ],
      merges: [
        "A1:H1",
        "A2:H2",
        "A3:H3",
        "A4:H4",
        "B5:H5",
        "B6:D6",
        "F6:H6",
        "A7:A11",
        "A12:A13",
        "B12:D12",
        "E12:H12",
        "B13:D13",
        "E13:H13",
        "A15:A26",
        "B15:B17",
        "B18:B20",
        "B21:B23",
        "B24:B26",
        "A27:A35",
        "B27:B29",
        "B30:B32",
        "B33:B35",
        "A36:A38",
        "B36:B38",
        "A39:A40",
        "B39:B40",
      ],
    },
  ],
  expect: {
    mustFlag: [
      {
        id: "budget-score-above-formula",
        sheet: "项目支出绩效自评表",
        rows: [8],
        severity: "error",
        why:
          "执行率 = 37.24 ÷ 43.2 = 86.20% (printed 86%); 得分 = min(执行率, 100%) × 分值 = 86.20% × 10 = 8.62 (8.6 on the printed 86%). " +
          "The form gives 9, 0.38 above the formula (tolerance 0.1): the score has been rounded up to a whole point.",
      },
      {
        id: "indicator-score-fits-no-rule",
        sheet: "项目支出绩效自评表",
        rows: [15],
        severity: "warning",
        why:
          "工程资金金额: target 43.2, actual 37.24, 分值 10, 得分 9, no 指标性质 given. Read as higher-is-better the proportional score is " +
          "10 × 37.24 ÷ 43.2 = 8.62 (9 is 0.38 too high); read as a cost cap (the 偏差原因 argues the 最高限价 was below budget) the target is met " +
          "and the score is the full 10. 9 fits neither reading; the direction of the indicator must be stated and the score recomputed.",
      },
    ],
    mustNotFlag: [
      {
        sheet: "项目支出绩效自评表",
        rows: [9],
        why: "其中:当年财政拨款 43.2 / 43.2 / 37.24 equals 年度资金总额 in all three amount columns (上年结转 and 其他资金 blank); sub-rows carry no 分值/得分.",
      },
      {
        sheet: "项目支出绩效自评表",
        rows: [18, 19, 21, 24, 27, 30, 36, 39],
        why: "Each actual 100 meets its target 100 and the full 分值 10 is given; the '0' in 偏差原因 of rows 27, 30 and 39 is a filler, not a figure.",
      },
      {
        sheet: "项目支出绩效自评表",
        rows: [10, 11, 16, 17, 20, 22, 23, 25, 26, 28, 29, 31, 32, 33, 34, 35, 37, 38, 40],
        severities: ["error"],
        why: "Blank template rows ('指标2', '……', empty 生态效益 指标1, empty 上年结转/其他资金) with no 分值 or 得分.",
      },
      {
        sheet: "项目支出绩效自评表",
        rows: [13],
        severities: ["error"],
        why: "年度总体目标 restates the amounts 43.2 / 37.24 instead of describing goals — odd but not an arithmetic fault (a warning is defensible).",
      },
    ],
  },
};
