// 宁晋县教育局 (河北邢台) 2019年度宁晋县高中助学金项目绩效评价指标表.
export default {
  name: "ningjin-gaozhongzhuxuejin-2019",
  province: "河北",
  kind: "form",
  source: "https://www.ningjin.gov.cn/content/26279.html",
  notes:
    "Hebei, county level (published by 宁晋县教育局, 2020-12-02, 体裁 决算信息), 2019 project 高中助学金: an indicator-and-weight table of an older " +
    "template whose header is 评价指标 | 评价内容 | 指标名称 | 指标说明 | 目标值 | 分值 | 备注 (no 实际完成值, no 得分, no 预算执行率 row), closed by a 总分 row. " +
    "The page's meta lines (发布时间/发布机构/体裁分类/索引号) and the attachment name '2019年度宁晋县高中助学金项目绩效评价指标表.xlsx' under the table are left out. " +
    "The stored copy runs each row together with no cell separators ('产出数量指标享受资助人数达到预计值210010'); cells were split by the header order: " +
    "'210010' is read as 目标值 2100 and 分值 10 (the 分值 then total 100 as the 总分 row says). Placements that are inferences: '规章制度建立与否' is split " +
    "into 指标名称 '规章制度' and 指标说明 '建立与否' with 目标值 blank; '资助标准达标率' is kept whole as 指标名称 with 指标说明 blank; '产出数量指标' is kept as one " +
    "评价内容 cell as printed; the 评价指标 '项目年度绩效目标(定量指标)' is taken to span all indicator rows, and 产出数量指标/质量指标 to span two rows each " +
    "(merges reconstructed). Targets with % are kept as text; 2100 (人, no unit printed) is a number. The table is whole in the stored copy.",
  sheets: [
    {
      name: "绩效评价指标表",
      rows: [
        ["2019年度宁晋县高中助学金项目绩效评价指标表", null, null, null, null, null, null],
        ["评价指标", "评价内容", "指标名称", "指标说明", "目标值", "分值", "备注"],
        ["项目年度绩效目标(定量指标)", "制度指标", "规章制度", "建立与否", null, 20, null],
        [null, "产出数量指标", "享受资助人数", "达到预计值", 2100, 10, null],
        [null, null, "资金支出率", "达到目标值", "95%", 10, null],
        [null, "质量指标", "建档立卡学生", "全面覆盖", "100%", 10, null],
        [null, null, "资助对象满意度", "达到目标值", "95%以上", 10, null],
        [null, "时效指标", "及时发放率", "达到目标值", "100%", 20, null],
        [null, "成本指标", "资助标准达标率", null, "100%", 20, null],
        ["总分", null, null, null, null, 100, null],
      ],
      merges: ["A1:G1", "A3:A9", "B4:B5", "B6:B7", "A10:E10"],
    },
  ],
  expect: {
    mustFlag: [],
    mustNotFlag: [
      {
        sheet: "绩效评价指标表",
        rows: [10],
        why: "分值 20 + 10 + 10 + 10 + 10 + 20 + 20 = 100 = 总分 (F10).",
      },
      {
        sheet: "绩效评价指标表",
        rows: [3, 4, 5, 6, 7, 8, 9],
        severities: ["error"],
        why:
          "A target-and-weight table without 实际完成值 or 得分 columns: there is no score to check, and a blank 得分 is not a missing figure here. " +
          "The split (制度 20, 产出/质量/时效/成本 80, no 预算执行率/效益/满意度 first levels) is an older local template — a warning that it is off the " +
          "national profile is defensible, an error is not (the total is 100). Row 3 has no 目标值 because its indicator is yes/no ('建立与否').",
      },
    ],
  },
};
