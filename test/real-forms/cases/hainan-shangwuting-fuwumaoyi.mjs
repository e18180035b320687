// 海南省商务厅服务贸易和商贸服务业处, 服务贸易项目绩效自评表 (year not stated in the stored copy) — copy on a document-sharing site.
export default {
  name: "hainan-shangwuting-fuwumaoyi",
  province: "海南",
  kind: "form",
  source: "https://m.bdocx.com/doc/30238812.html",
  notes:
    "Hainan, provincial department (项目实施单位 省商务厅服务贸易和商贸服务业处, 主管部门 省商务厅, 地址 海口市国兴大道省政府办公楼), project " +
    "'服务贸易项目'. The copy is on a document-sharing site (冰豆网, uploaded 2023-08-13) and names the unit; the stored text is clean docx text, not OCR. " +
    "The year is not stated in the stored copy, so the name carries none. Layout: '一、项目基本情况' (label/value grid; 计划投资额 570, 实际到位资金 398.88, " +
    "实际使用情况 395.86万元, each with 其中 中央财政/省财政/市县财政/其他) and '二、绩效评价指标评分' in the older three-level scheme with a 分值 column at every " +
    "level: 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分 (项目决策 20 / 项目管理 25 / 项目绩效 55). ONLY 项目决策 AND 项目管理 ARE INCLUDED: the " +
    "stored copy breaks off inside 项目绩效 (55) — after 项目产出 15 (产出数量 5/5, 产出质量 4/4, 产出时效 3/3, 产出成本 3/3) it stops at '项目效益 40 经济…' — so " +
    "the whole 项目绩效 block, the total and any grade are LEFT OUT (a cut block would fake a weight error). The document-site header lines are left out. " +
    "Placements that are inferences: '计划投资额 (万元)' and '实际到位资金 (万元)' are single cells with an in-cell break, joined; '其中:' and '中央财政' are joined " +
    "into one label; the breakdown of 计划投资额 sits in A/B and that of 实际到位资金 in C/D, under their totals; 联系电话 is empty on the page; the postcode " +
    "570204 is kept as text; 项目类型 is the page's text '经常性项目(√)一次性项目()'. Merges are reconstructed.",
  sheets: [
    {
      name: "绩效自评表",
      rows: [
        ["服务贸易项目绩效自评表", null, null, null, null, null, null],
        ["一、项目基本情况", null, null, null, null, null, null],
        ["项目实施单位", "省商务厅服务贸易和商贸服务业处", null, null, "主管部门", "省商务厅", null],
        ["项目负责人", "李鹏", null, null, "联系电话", null, null],
        ["地址", "海口市国兴大道省政府办公楼2楼", null, null, "邮编", "570204", null],
        ["项目类型", "经常性项目(√)一次性项目()", null, null, null, null, null],
        ["计划投资额(万元)", 570, "实际到位资金(万元)", 398.88, "实际使用情况(万元)", 395.86, null],
        ["其中:中央财政", 0, "其中:中央财政", 0, null, null, null],
        ["省财政", 570, "省财政", 398.88, null, null, null],
        ["市县财政", 0, "市县财政", 0, null, null, null],
        ["其他", 0, "其他", 0, null, null, null],
        ["二、绩效评价指标评分", null, null, null, null, null, null],
        ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分"],
        ["项目决策", 20, "项目目标", 4, "目标内容", 4, 4],
        [null, null, "决策过程", 8, "决策依据", 3, 3],
        [null, null, null, null, "决策程序", 5, 5],
        [null, null, "资金分配", 8, "分配办法", 2, 2],
        [null, null, null, null, "分配结果", 6, 6],
        ["项目管理", 25, "资金到位", 5, "到位率", 3, 3],
        [null, null, null, null, "到位时效", 2, 2],
        [null, null, "资金管理", 10, "资金使用", 7, 7],
        [null, null, null, null, "财务管理", 3, 3],
        [null, null, "组织实施", 10, "组织机构", 1, 1],
        [null, null, null, null, "管理制度", 9, 9],
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
        "B6:G6",
        "A12:G12",
        "A14:A18",
        "B14:B18",
        "C15:C16",
        "D15:D16",
        "C17:C18",
        "D17:D18",
        "A19:A24",
        "B19:B24",
        "C19:C20",
        "D19:D20",
        "C21:C22",
        "D21:D22",
        "C23:C24",
        "D23:D24",
      ],
    },
  ],
  expect: {
    mustFlag: [
      {
        id: "full-score-while-target-missed",
        sheet: "绩效自评表",
        rows: [19],
        severity: "error",
        why:
          "到位率 = 实际到位资金 ÷ 计划投资额 = 398.88 ÷ 570 = 69.98% (D7 ÷ B7), well short of the 100% the indicator measures against, yet 到位率 is given " +
          "its full 分值 3 (G19). By the proportional rule the score is 3 × 69.98% = 2.10; the sheet overstates it by 0.90 and gives no reason.",
      },
    ],
    mustNotFlag: [
      {
        sheet: "绩效自评表",
        rows: [7, 8, 9, 10, 11],
        severities: ["error"],
        why:
          "计划投资额 570 = 中央 0 + 省 570 + 市县 0 + 其他 0; 实际到位资金 398.88 = 0 + 398.88 + 0 + 0; 实际使用 395.86 ≤ 到位 398.88 (99.24% of what arrived). " +
          "A warning that only 69.98% of the plan arrived is defensible; nothing here is wrong arithmetic.",
      },
      {
        sheet: "绩效自评表",
        rows: [14, 15, 16, 17, 18],
        severities: ["error"],
        why:
          "项目决策 20 = 项目目标 4 + 决策过程 8 + 资金分配 8; 4 = 4; 8 = 3 + 5; 8 = 2 + 6; every 得分 equals its 三级 分值 and none exceeds it. " +
          "The 决策/管理/绩效 split is not the 产出/效益/满意度 profile — a warning is defensible, not an error.",
      },
      {
        sheet: "绩效自评表",
        rows: [20, 21, 22, 23, 24],
        severities: ["error"],
        why: "项目管理 25 = 资金到位 5 + 资金管理 10 + 组织实施 10; 5 = 3 + 2; 10 = 7 + 3; 10 = 1 + 9; scores equal their 分值. Only row 19 (到位率) is wrong.",
      },
    ],
  },
};
