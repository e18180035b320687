// 嘉峪关市农业农村局 (甘肃) — 2022年度部门决算: 目录 and the first body heading.
export default {
  name: "jiayuguan-nongyenongcun-2022",
  province: "甘肃",
  kind: "report",
  source: "https://www.jyg.gov.cn/nyncj/xwdt/tzgg/art/2023/art_cd4ae38d501941bf85e0ad880c8440eb.html",
  notes:
    "Gansu, prefecture level (嘉峪关市农业农村局), the 2022 部门决算 publication in the Gansu template (第一部分 部门概况 … 第四部分 预算绩效情况说明 " +
    "第五部分 名词解释). A 决算 document, not a 绩效 report (its 第四部分 预算绩效情况说明 lies beyond the copy); included as a heading-style case " +
    "from Gansu. One paragraph per row: page title, the two-line cover title, the 目录, and the body down to '一、部门职责'. The stored copy breaks off " +
    "inside the first body paragraph ('嘉峪关市农业农村局主要职责 贯彻执行…负责重大农业建设项目的审查和申报工'), which is left out with everything " +
    "after it. Verbatim.",
  sheets: [
    {
      name: "决算公开",
      rows: [
        ["2022年度嘉峪关市农业农村局部门决算"],
        ["2022年度"],
        ["嘉峪关市农业农村局部门决算"],
        ["目录"],
        ["第一部分 部门概况"],
        ["(一)部门职责"],
        ["(二)机构设置"],
        ["第二部分 2022年度部门决算表"],
        ["一、收入支出决算总表"],
        ["二、收入决算表"],
        ["三、支出决算表"],
        ["四、财政拨款收入支出决算总表"],
        ["五、一般公共预算财政拨款支出决算表"],
        ["六、一般公共预算财政拨款基本支出决算明细表"],
        ["七、政府性基金预算财政拨款收入支出决算表"],
        ["八、国有资本经营预算财政拨款收入支出决算表"],
        ["九、财政拨款“三公”经费支出决算表"],
        ["第三部分 2022年度部门决算情况说明"],
        ["一、收入支出决算总体情况说明"],
        ["二、收入决算情况说明"],
        ["三、支出决算情况说明"],
        ["四、财政拨款收入支出决算总体情况说明"],
        ["五、一般公共预算财政拨款支出决算情况说明"],
        ["六、一般公共预算财政拨款基本支出决算情况说明"],
        ["七、机关运行经费支出情况说明"],
        ["八、政府采购支出情况说明"],
        ["九、国有资产占用情况说明"],
        ["十、政府性基金预算财政拨款收支决算情况说明"],
        ["十一、国有资本经营预算财政拨款支出情况说明"],
        ["十二、财政拨款“三公”经费支出决算情况说明"],
        ["第四部分 预算绩效情况说明"],
        ["第五部分 名词解释"],
        ["第一部分 部门概况"],
        ["一、部门职责"],
      ],
      merges: [],
    },
  ],
  expect: {
    mustFlag: [
      {
        id: "heading-styles-mixed",
        sheet: "决算公开",
        rows: [6, 7],
        severity: "warning",
        why:
          "The level directly under 第N部分 is numbered '(一)部门职责 / (二)机构设置' under 第一部分 (rows 6–7) but '一、二、…' under 第二部分 and 第三部分 " +
          "(rows 9–17, 19–30), and the body itself heads the same item '一、部门职责' (row 34): one level, two numbering styles.",
      },
    ],
    mustNotFlag: [
      {
        sheet: "决算公开",
        rows: [9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30],
        why: "一–九 under 第二部分 and 一–十二 under 第三部分: consecutive, restarting per part, one style.",
      },
      {
        sheet: "决算公开",
        rows: [5, 8, 18, 31, 32, 33],
        severities: ["error"],
        why: "第一–第五部分 consecutive; the body restarts at 第一部分 after the 目录 (document structure).",
      },
      {
        sheet: "决算公开",
        rows: [34],
        severities: ["error"],
        why: "'一、部门职责' is the regular style for this level; at most a warning tying it to the 目录's '(一)'.",
      },
    ],
  },
};
