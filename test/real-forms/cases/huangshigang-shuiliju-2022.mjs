// 黄石市黄石港区水利和湖泊局 (湖北) — 2022年部门决算公开: 目录 and the first body headings.
export default {
  name: "huangshigang-shuiliju-2022",
  province: "湖北",
  kind: "report",
  source: "http://huangshigang.gov.cn/czgs/slhhbj/202309/t20230922_1053009.html",
  notes:
    "Hubei, district level (黄石港区水利和湖泊局, published by 黄石港区财政局 2023-09-22), the 2022 部门决算公开 document. This is a 决算 publication, " +
    "not a 绩效 report (its 十三、预算绩效情况说明 lies beyond the copy); it is included as a heading-order case from a Hubei unit new to the corpus. " +
    "One paragraph per row: the page heading, the document title (repeated on the page), the 目录 (第一部分–第四部分 with their items), then the " +
    "body from '第一部分部门概况'. Left out as page chrome: '发布时间:2023-09-22 来源:黄石港区财政局'. The stored copy breaks off in the first body " +
    "paragraph ('黄石港区水利和湖泊局贯彻落实…在履行职责过程中坚持和'), which is left out with everything after it. Verbatim, including the double " +
    "colon '第二部分::' and the table numbers printed out of order (公开08表, 公开09表, then 公开07表). The same heading slip appears on the sibling " +
    "page of 黄石港区财政局 (t20230922_1052992), i.e. it comes from the shared template.",
  sheets: [
    {
      name: "决算公开",
      rows: [
        ["水利和湖泊局2022年决算公开"],
        ["黄石港区水利和湖泊局2022年部门决算公开"],
        ["黄石港区水利和湖泊局2022年部门决算公开"],
        ["第一部分:黄石港区水利和湖泊局概况"],
        ["一、部门主要职责"],
        ["二、部门决算单位构成"],
        ["第二部分::黄石港区水利和湖泊局2022年部门决算表"],
        ["一、收入支出决算总表(公开01表)"],
        ["二、收入决算表(公开02表)"],
        ["三、支出决算表(公开03表)"],
        ["四、财政拨款收入支出决算总表(公开04表)"],
        ["五、一般公共预算财政拨款支出决算表(公开05表)"],
        ["六、一般公共预算财政拨款基本支出决算表(公开06表)"],
        ["七、政府性基金预算财政拨款收入支出决算表(公开08表)"],
        ["八、国有资本经营预算财政拨款支出决算表(公开09表)"],
        ["九、财政拨款“三公”经费支出决算表(公开07表)"],
        ["第三部分:部门2022年部门决算情况说明"],
        ["一、收入支出决算总体情况说明"],
        ["二、收入决算情况说明"],
        ["三、支出决算情况说明"],
        ["四、财政拨款收入支出决算总体情况说明"],
        ["五、一般公共预算财政拨款支出决算情况说明"],
        ["六、一般公共预算财政拨款基本支出决算情况说明"],
        ["七、政府性基金预算财政拨款收入支出决算情况说明"],
        ["八、国有资本经营预算财政拨款支出决算情况说明"],
        ["九、财政拨款“三公”经费支出决算情况说明"],
        ["十、机关运行经费支出说明"],
        ["十一、政府采购支出说明"],
        ["十二、国有资产占用情况说明"],
        ["十三、预算绩效情况说明"],
        ["十四、专项支出、转移支付支出情况说明"],
        ["第四部分:名词解释"],
        ["第一部分部门概况"],
        ["(一)主要职责"],
        ["一、部门主要职责"],
      ],
      merges: [],
    },
  ],
  expect: {
    mustFlag: [
      {
        id: "heading-level-out-of-order",
        sheet: "决算公开",
        rows: [34, 35],
        severity: "warning",
        why:
          "In the body, '第一部分部门概况' is followed by the second-level heading '(一)主要职责' (row 34) before any first-level heading, and only then by " +
          "'一、部门主要职责' (row 35): the order must be 一、 → (一), and the 目录 (rows 4–5) has '一、部门主要职责' directly under 第一部分.",
      },
    ],
    mustNotFlag: [
      {
        sheet: "决算公开",
        rows: [5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31],
        why:
          "目录: each 第N部分 restarts its own 一、 list — 一–二 under 第一部分, 一–九 under 第二部分, 一–十四 under 第三部分 — consecutive and in one style. " +
          "The (公开0N表) labels are form codes, not heading numbers.",
      },
      {
        sheet: "决算公开",
        rows: [4, 7, 17, 32, 33],
        severities: ["error"],
        why: "第一部分–第四部分 consecutive, and the body restarts at 第一部分 after the 目录 (document structure). The '::' typo is not a numbering error.",
      },
    ],
  },
};
