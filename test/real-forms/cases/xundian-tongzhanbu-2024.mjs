// 中共寻甸县委统战部 (云南昆明) — 2024年部门整体支出绩效自评报告: 目录, 一、摘要 and the opening of 二、部门概况.
export default {
  name: "xundian-tongzhanbu-2024",
  province: "云南",
  kind: "report",
  source: "http://www.kmxd.gov.cn/c/2025-05-21/7010043.shtml",
  notes:
    "Yunnan, county level (中共寻甸县委统战部 — a different unit and page from the corpus's xundian-danganguan case), 2024, 部门整体支出 report in the " +
    "寻甸 评价报告 outline (一、摘要 二、部门概况 … 八、改进措施及建议, 附件1–6). One paragraph per row: page title, heading title (the page repeats " +
    "it), the 目录, the body title lines, 一、摘要 with its paragraph, 二、部门概况 and its first sub-headings and paragraphs. An empty image " +
    "placeholder ('![]()') after the title is left out. The stored copy breaks off in the staff paragraph after '在职实有10人,其中:'; that paragraph " +
    "is kept up to '…其中:行政编制12人。' and the rest (在职实有 breakdown, funds, assets, scores) is NOT included. The cover calls it a 自评报告 and " +
    "the body title a 评价报告, as published. Verbatim ('为确实做好' sic).",
  sheets: [
    {
      name: "自评报告",
      rows: [
        ["中共寻甸县委统战部2024年部门整体支出绩效自评报告"],
        ["中共寻甸县委统战部2024年部门整体支出绩效自评报告"],
        ["目录"],
        ["一、摘要"],
        ["二、部门概况"],
        ["(一)部门机构设置、编制"],
        ["(二)部门职能"],
        ["(三)部门工作完成情况"],
        ["(四)部门管理制度"],
        ["(五)部门资金来源及使用情况"],
        ["(六)政府采购情况"],
        ["(七)固定资产情况"],
        ["三、绩效目标"],
        ["四、评价思路和过程"],
        ["(一)评价思路"],
        ["(二)评价目的"],
        ["(三)评价依据"],
        ["(四)评价对象及评价时段"],
        ["五、评价结论和绩效分析"],
        ["(一)评价结论"],
        ["(二)具体绩效分析"],
        ["六、主要经验做法"],
        ["七、存在的问题"],
        ["八、改进措施及建议"],
        ["附件1 成本费用分析报告"],
        ["附件2 部门职能分解及2024年工作完成情况表"],
        ["附件3评价指标体系"],
        ["附件4问卷调查报告"],
        ["附件5工作底稿"],
        ["附件6 中共寻甸县委统战部2024年收入支出决算明细表(单位:元)"],
        ["中共寻甸县委统战部"],
        ["2024年度部门整体支出绩效评价报告"],
        ["一、摘要"],
        [
          "根据《寻甸回族彝族自治县财政支出绩效评价管理办法》和《寻甸县本级部门预算绩效自评管理暂行办法的通知》文件精神,为确实做好2024年度部门整体支出绩效自评工作,提高财政资金使用效益,中共寻甸县委统战部组织成立了绩效评价工作小组,对2024年度部门整体财政支出的管理、使用及效益情况进行了绩效评价。评价小组采取翻看资料、座谈等方式了解情况,检查基本支出、有关账目,收集整理支出相关资料进行分析、总结,现将县委统战部整体支出绩效自评结果报告如下:",
        ],
        ["二、部门概况"],
        ["(一)部门基本情况"],
        ["(一)部门机构设置、编制"],
        [
          "县委统战部财政全供给单位1个,下设办公室、港澳台侨办公室、非公有制经济科、党外人士工作科4个内设机构。较2023年无变化。",
        ],
        ["截止2024年12月统计,部门基本情况如下:在职人员编制12人,其中:行政编制12人。"],
      ],
      merges: [],
    },
  ],
  expect: {
    mustFlag: [
      {
        id: "numbering-repeated",
        sheet: "自评报告",
        rows: [36, 37],
        severity: "warning",
        why:
          "Under 二、部门概况 the body numbers two consecutive second-level headings '(一)': '(一)部门基本情况' (row 36) then '(一)部门机构设置、编制' " +
          "(row 37) — numbering within a level must run (一)(二)…; the 目录 (row 6) has only '(一)部门机构设置、编制' there.",
      },
    ],
    mustNotFlag: [
      {
        sheet: "自评报告",
        rows: [38],
        why: "'财政全供给单位1个' and '下设…4个内设机构' followed by exactly four: 办公室、港澳台侨办公室、非公有制经济科、党外人士工作科.",
      },
      {
        sheet: "自评报告",
        rows: [39],
        why: "在职人员编制 12 = 行政编制 12 (the only part named).",
      },
      {
        sheet: "自评报告",
        rows: [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30],
        why: "目录: 一–八 consecutive, (一)–(七), (一)–(四), (一)–(二) consecutive, 附件1–6 consecutive.",
      },
      {
        sheet: "自评报告",
        rows: [33, 35],
        severities: ["error"],
        why: "The body restarts at 一、 after the 目录 — document structure, not a numbering error.",
      },
    ],
  },
};
