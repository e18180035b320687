// 天津市蓟州区 (天津) 天津市雪亮工程转移支付2020年度绩效自评报告 (附件3) — 一、and 二、(一)–(三) heading.
export default {
  name: "jizhou-xueliang-2020",
  province: "天津",
  kind: "report",
  source: "https://www.tjjz.gov.cn/ztzl/jzczzjzdjc/202108/t20210823_5548899.html",
  notes:
    "Tianjin, district level (蓟州区; 公安蓟州分局 manages the funds), 2020, self-evaluation report on a central transfer payment for the 雪亮工程 " +
    "(public video surveillance) in the national 转移支付 outline, published as 附件3 in the district's 财政直达资金 column. One paragraph per row, " +
    "verbatim (the page's own headings end with ';' as in '1.资金到位情况分析;'). The stored copy breaks off inside the paragraph after " +
    "'(1)数量指标;' ('...主要原因是因疫情影响,延'); that paragraph and everything after it (质量/时效 indicators, 效益, 偏差原因, 应用) are NOT " +
    "included — the heading '(1)数量指标;' is kept because it is complete. Amounts in 万元 (2842.5157 has four decimals on the page).",
  sheets: [
    {
      name: "自评报告",
      rows: [
        ["附件3"],
        ["天津市雪亮工程转移支付2020年度绩效自评报告"],
        ["一、绩效目标分解下达情况"],
        [
          "2020年中央下达我市用于疫情防控的天津市蓟州区公共全视频监控建设联网应用项目(雪亮工程)建设(简称:雪亮工程)转移支付预算2842.5157万元,要建设公共视频联网共享总平台,综合分平台和公安分平台,第一包围圈、第二包围圈、区块前端布控点位完善,手机移动终端管控系统及人脸识别系统,两处精品智慧社区、光纤租用和机房托管。共建设和安装软硬件设备共16954套(台、块、项),其中:总平台安装软硬件设备558套(台、块、项);综治分平台安装软硬件设备1488套(台、块、项),公安分平台安装软硬件设备34套(台、块、项);前端视频监控补点建设安装设备14666台(套);综治精品社区软硬件设备242套(台、块、项)。年内完成项目总体30%投入。",
        ],
        ["二、绩效目标完成情况分析"],
        ["(一)资金投入情况分析。"],
        ["1.资金到位情况分析;"],
        ["2020年度该项目资金2842.5157万元转移支付资金全部及时拨付到位。"],
        ["2.资金执行情况分析;"],
        ["2020年度该项目资金2842.5157万元,已执行支付2668万元,全部用于雪亮工程项目建设费用支出,执行率93.86%。"],
        ["3.资金管理情况分析。"],
        [
          "2020年度该项目资金2842.5157万元,已执行部分严格按照财政部门相关规定及《公安蓟州分局财经管理规定》进行管理使用审批,专款专用,款项支付给施工企业。未执行部分结转下年为该项目继续建设资金使用。",
        ],
        ["(二)总体绩效目标完成情况分析。"],
        [
          "雪亮工程绩效目标完成了年内完成项目总体30%投入的目标,但因疫情影响,项目未能全部完工,其他指标均无法评估,未能完成绩效任务目标。",
        ],
        ["(三)绩效指标完成情况分析。"],
        ["(1)数量指标;"],
      ],
      merges: [],
    },
  ],
  expect: {
    mustFlag: [
      {
        id: "equipment-parts-do-not-add-up",
        sheet: "自评报告",
        rows: [4],
        severity: "error",
        why:
          "'共建设和安装软硬件设备共16954套,其中:' 总平台 558 + 综治分平台 1488 + 公安分平台 34 + 前端补点 14666 + 综治精品社区 242 = 16988, " +
          "not 16954 — 34 more than the stated total, exactly the 公安分平台 figure (counted inside another part, or left out of the total).",
      },
      {
        id: "heading-style-mixed-at-one-level",
        sheet: "自评报告",
        rows: [7, 16],
        severity: "warning",
        why:
          "The third level is numbered '1.资金到位情况分析;' under (一) but '(1)数量指标;' under (三): the same level uses '1.' and '(1)' (or the " +
          "'1.' level is skipped under (三)).",
      },
    ],
    mustNotFlag: [
      {
        sheet: "自评报告",
        rows: [10],
        why: "执行率 = 2668 ÷ 2842.5157 = 93.86% (0.938605), as stated.",
      },
      {
        sheet: "自评报告",
        rows: [8, 12],
        why: "The budget 2842.5157万元 is the same in rows 4, 8, 10 and 12.",
      },
      {
        sheet: "自评报告",
        rows: [3, 5, 6, 13, 15],
        why: "一、二、 consecutive; (一)(二)(三) consecutive.",
      },
      {
        sheet: "自评报告",
        rows: [9, 11],
        severities: ["error"],
        why: "'2.' and '3.' continue '1.' under (一) consecutively; only the style clash with '(1)' under (三) is at issue (reported on rows 7 and 16).",
      },
    ],
  },
};
