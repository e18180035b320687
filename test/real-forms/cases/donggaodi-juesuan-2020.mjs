// 北京市丰台区人民政府东高地街道办事处 (北京) 2020年度部门决算(草案) — 目录 and 部门基本情况 (机构、人员).
export default {
  name: "donggaodi-juesuan-2020",
  province: "北京",
  kind: "report",
  source: "http://www.bjft.gov.cn/ftq/dgdjd2020/202109/a0aa135e5d0f4bb7b6281ef2c613c30e.shtml",
  notes:
    "Beijing, sub-district office, 2020 部门决算(草案) in the Beijing outline, whose 第四部分 is '部门绩效评价情况' (the performance part lies beyond " +
    "the stored copy). Included as a report text because its opening carries the organisation and staff facts a 绩效 report restates and a " +
    "table of contents with a numbering fault. Row 1 is the document title; the page lines '日期/来源/字体' and the section label above the " +
    "title are left out. One paragraph per row, verbatim. The 目录 lists 第一部分's tables 一、…十二、 but the seventh item " +
    "'政府性基金预算财政拨款收入支出决算表' has no number on the page. The body restarts at 第一部分 after the 目录. The stored copy breaks off at " +
    "'二、' after the staff paragraph; that heading and everything after it (funds, 三公, 绩效评价) are NOT included.",
  sheets: [
    {
      name: "决算说明",
      rows: [
        ["北京市丰台区人民政府东高地街道办事处2020年度部门决算(草案)"],
        ["第一部分 2020年度部门决算报表"],
        ["一、收入支出决算总表"],
        ["二、收入决算表"],
        ["三、支出决算表"],
        ["四、财政拨款收入支出决算总表"],
        ["五、一般公共预算财政拨款支出决算表"],
        ["六、一般公共预算财政拨款基本支出决算表"],
        ["政府性基金预算财政拨款收入支出决算表"],
        ["八、政府性基金预算财政拨款基本支出决算表"],
        ["九、国有资本经营预算财政拨款支出决算表"],
        ["十、财政拨款“三公”经费支出决算表"],
        ["十一、政府采购情况表"],
        ["十二、政府购买服务支出情况表"],
        ["第二部分 2020年度部门决算说明"],
        ["第三部分 2020年度其他重要事项的情况说明"],
        ["第四部分 2020年度部门绩效评价情况"],
        ["第一部分 2020年度部门决算报表"],
        ["东高地街道办事处2020年度部门决算报表详见附件。"],
        ["第二部分 2020年度部门决算说明"],
        ["一、部门/单位基本情况"],
        ["(一)部门机构设置、职责"],
        [
          "东高地街道办事处是丰台区人民政府的派出机构,受区人民政府领导,依据法律、法规的规定,在本辖区内行使政府管理职能。其主要职责职权是:贯彻执行法律、法规、规章和市、区人民政府的决定、命令,完成市、区人民政府部署的各项任务。",
        ],
        [
          "行政单位1个(含行政执法机构1个),下设六大办公室,分别为综合办公室、党群办公室、城市管理办公室、平安建设办公室、社区建设办公室和民生保障办公室;事业单位3个,分别为北京市丰台区东高地街道市民活动中心、北京市丰台区东高地街道便民服务中心和东高地街道市民诉求处置中心。",
        ],
        ["(二)人员构成情况"],
        ["本部门行政编制87人(含工勤人员1人),实有人数77人;事业编制57人,实有人数46人。"],
      ],
      merges: [],
    },
  ],
  expect: {
    mustFlag: [
      {
        id: "toc-item-number-missing",
        sheet: "决算说明",
        rows: [9],
        severity: "warning",
        why:
          "In the list under 第一部分 the items run 一、二、三、四、五、六、 then '政府性基金预算财政拨款收入支出决算表' with no number, then 八、…十二、: " +
          "'七、' is missing (the list counts 12 items, so the unnumbered one is 七).",
      },
    ],
    mustNotFlag: [
      {
        sheet: "决算说明",
        rows: [24],
        why:
          "'六大办公室' = 综合、党群、城市管理、平安建设、社区建设、民生保障 (6); '事业单位3个' = 市民活动中心、便民服务中心、市民诉求处置中心 (3); " +
          "'行政单位1个(含行政执法机构1个)' is a unit count, not a list.",
      },
      {
        sheet: "决算说明",
        rows: [26],
        why: "实有 77 ≤ 行政编制 87 (88.51%) and 实有 46 ≤ 事业编制 57 (80.70%); '(含工勤人员1人)' is an 'of which', not a missing part.",
      },
      {
        sheet: "决算说明",
        rows: [3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16, 17],
        severities: ["error"],
        why: "The other items of the table list and 第一部分–第四部分 are in order; a checker may also attach the missing-七、 warning to row 10.",
      },
      {
        sheet: "决算说明",
        rows: [18, 20, 21, 22, 25],
        severities: ["error"],
        why: "The body restarts at 第一部分 after the 目录 and 一、(一)(二) open their levels — document structure, not a numbering error.",
      },
    ],
  },
};
