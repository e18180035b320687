// 中共黄石市委党校 (湖北) 2022年度 项目支出绩效目标批复表, 项目 '主体班', published by 黄石市财政局.
export default {
  name: "huangshi-dangxiao-2022",
  province: "湖北",
  kind: "form",
  source: "http://czj.huangshi.gov.cn/2020xxgkzn/2020gknr/2020czzj/2020zxzj/202201/t20220125_875008.html",
  notes:
    "Hubei, city level, 2022 project target table (项目支出绩效目标批复表, the 财政局's approval of the targets, not a self-evaluation): cover block " +
    "(项目名称/项目负责人, 项目金额 with 其中:当年市级财政资金, 项目主管部门/实施单位, 项目属性/项目期, 年度绩效目标(文字)) and an indicator block with a " +
    "two-row header: 指标值 over '2021年实际实现值' and '预期2022年实现值', beside 绩效指标/一级/二级/三级指标 and 指标标准或依据 spanning both rows. " +
    "No 分值/得分 columns and no 效益指标 rows exist on the page. The whole table is in the stored copy (it ends with the two 盖章 lines). " +
    "The page flattens the table and drops empty cells; placements that are inferences: each indicator shows ONE value, placed under " +
    "'预期2022年实现值' (the 2022 targets restate the 年度绩效目标 text: 280人次, 25人次, 6批次, 220门), leaving '2021年实际实现值' and 指标标准或依据 blank; " +
    "'产出指标' is printed beside the fifth indicator row (开设课程数量) in the stored copy — it is placed at the top of a reconstructed merge B10:B21 " +
    "over all 数量/质量/时效/成本 rows, and '开设课程数量' is kept under 数量指标; the cover rows use label | value(B:D) | label(E) | value(F:G). " +
    "项目负责人 (F3) and 项目主管部门 (B5) are empty on the page (the copy drops only empty cells, so these are blank, not lost). Amounts are text " +
    "with their unit as printed ('164万元'). The check marks '■'/'口' of 项目属性 are the page's own characters. All merges are reconstructed.",
  sheets: [
    {
      name: "绩效目标批复表",
      rows: [
        ["项目支出绩效目标批复表", null, null, null, null, null, null],
        ["(2022年度)", null, null, null, null, null, null],
        ["项目名称", "主体班", null, null, "项目负责人", null, null],
        ["项目金额", "164万元", null, null, "其中:当年市级财政资金", "132万元", null],
        ["项目主管部门", null, null, null, "实施单位", "中共黄石市委党校", null],
        ["项目属性", "持续性项目■ 新增性项目口", null, null, "项目期", "2022年", null],
        [
          "年度绩效目标(文字)",
          "主体班培训280人次;邀请校外名师、领导授课25人次;情景教学或外训批次6批次;开设课程数量220门;高质量完成干部教育培训工作。",
          null,
          null,
          null,
          null,
          null,
        ],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", null, "指标标准或依据"],
        [null, null, null, null, "2021年实际实现值", "预期2022年实现值", null],
        [null, "产出指标", "数量指标", "主体班培训人次", null, "280人次", null],
        [null, null, null, "邀请校外名师、领导授课人次", null, "25人次", null],
        [null, null, null, "情景教学或外训批次", null, "6次", null],
        [null, null, null, "理论教育和党性教育课时比例", null, "70%", null],
        [null, null, null, "开设课程数量", null, "220", null],
        [null, null, "质量指标", "培训完成率", null, "100%", null],
        [null, null, null, "邀请校外名师、领导授课完成率", null, "100%", null],
        [null, null, null, "情景教学或外训完成率", null, "100%", null],
        [null, null, null, "理论教育和党性教育课时比例完成率", null, "100%", null],
        [null, null, null, "课程数量达标率", null, "100%", null],
        [null, null, "时效指标", "及时完成率", null, "100%", null],
        [null, null, "成本指标", "成本控制率", null, "100%", null],
        [null, "满意度指标", "服务对象满意度指标", "培训学员对培训效果满意度", null, "≥95%", null],
        ["财政资金管理科室(盖章) 年 月 日", null, null, "财政绩效管理科室(盖章) 年 月 日", null, null, null],
      ],
      merges: [
        "A1:G1",
        "A2:G2",
        "B3:D3",
        "F3:G3",
        "B4:D4",
        "F4:G4",
        "B5:D5",
        "F5:G5",
        "B6:D6",
        "F6:G6",
        "B7:G7",
        "A8:A22",
        "B8:B9",
        "C8:C9",
        "D8:D9",
        "E8:F8",
        "G8:G9",
        "B10:B21",
        "C10:C14",
        "C15:C19",
        "A23:C23",
        "D23:G23",
      ],
    },
  ],
  expect: {
    mustFlag: [
      {
        id: "required-cells-blank",
        sheet: "绩效目标批复表",
        rows: [3, 5],
        severity: "warning",
        why: "项目负责人 (F3) and 项目主管部门 (B5) are empty on the published form; both are fields of the cover block that a reviewer would ask to fill.",
      },
    ],
    mustNotFlag: [
      {
        sheet: "绩效目标批复表",
        rows: [4],
        severities: ["error"],
        why:
          "'其中:当年市级财政资金 132万元' is an of-which of 项目金额 164万元 (132 ≤ 164); the other 32万元 is simply not itemised, which is not a sum error. " +
          "A warning that the amounts are text with a unit ('164万元') is defensible.",
      },
      {
        sheet: "绩效目标批复表",
        rows: [10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22],
        severities: ["error"],
        why:
          "A target table: no 分值, 得分 or 实际完成值 columns, so no score or completion check applies and the blank '2021年实际实现值' cells are not missing " +
          "figures of a self-evaluation (a warning that a 持续性项目 gives no prior-year actuals is defensible).",
      },
      {
        sheet: "绩效目标批复表",
        rows: [7],
        severities: ["error"],
        why:
          "The text targets match the indicator rows (280人次, 25人次, 220门 ↔ 220); '6批次' against '6次' on row 12 differs only in the unit word — a " +
          "warning about the unit is defensible, not an error.",
      },
      {
        sheet: "绩效目标批复表",
        rows: [8, 9],
        why: "Two-row header: 指标值 over 2021年实际实现值 / 预期2022年实现值; the other header cells span both rows.",
      },
    ],
  },
};
