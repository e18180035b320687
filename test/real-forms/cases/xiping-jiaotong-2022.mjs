// 西平县交通运输局 (河南驻马店) 2022年财政衔接推进乡村振兴资金项目绩效自评总结报告 (农村公路通村道路建设项目).
export default {
  name: "xiping-jiaotong-2022",
  province: "河南",
  kind: "report",
  source: "http://xiping.gov.cn/portal/zwgk/zdgk/hjbh/tpgj/webinfo/2022/12/phone1711893935395357.htm",
  notes:
    "Henan, county level, 2022, project self-evaluation report for 衔接资金 in the Henan outline (一、绩效目标分解下达情况 二、绩效自评工作开展情况 " +
    "三、绩效目标自评完成情况分析 ...), published on the county government portal. One paragraph per row in column A, verbatim. The stored copy " +
    "begins with the body text (no page title is in the copy, so none is added) and breaks off inside the paragraph under " +
    "'2、效益指标完成情况分析' ('...26113户97401人出行难问题,改善农村基'); that paragraph and everything after it (效益/满意度 analysis, " +
    "problems, 自评结果应用) are NOT included. Numbering as published: under 一、 the sub-items are '1、''2、' directly (no (一)), " +
    "under 三、 the document uses (一)(二) then '1、''2、''3、'. Punctuation as in the stored copy. No table on the page.",
  sheets: [
    {
      name: "自评总结报告",
      rows: [
        [
          "为做好2022年财政衔接推进乡村振兴资金项目绩效管理工作,根据《河南省财政厅河南省扶贫开发办公室河南省发展和改革委员会关于印发河南省扶贫项目资金绩效管理办法的通知》(豫财农〔2018〕130号),现将2022年西平县交通运输局财政衔接推进乡村振兴资金项目绩效自评总结报告如下:",
        ],
        ["一、绩效目标分解下达情况"],
        ["1、财政衔接推进乡村振兴资金下达预算及项目情况"],
        ["我县2022年农村公路通村道路建设项目计划投资2179万元,实现新建村内道路、连通道路32.63公里。"],
        ["2、财政衔接推进乡村振兴资金项目绩效目标设定情况"],
        ["该项目共编制12个绩效目标指标,其中一级指标3个,二级指标9个,三级指标12个。"],
        ["二、绩效自评工作开展情况"],
        [
          "根据资金使用的绩效目标要求,我单位对该项目资金使用的效果情况进行自评。于2022年12月6日至8日,对该项目的各项绩效指标完成情况进行了调查。",
        ],
        ["三、绩效目标自评完成情况分析"],
        ["(一)资金投入情况分析"],
        ["1、项目资金到位情况分析。乡村振兴衔接资金2179万元目前已全部拨付,及时安排到相关项目。"],
        ["2、项目资金执行情况分析。项目资金共2179万元,截止2022年12月8日,已完成拨付2113.63万元,执行率97%。"],
        [
          "3、项目资金管理情况分析。严格按照《河南省衔接推进乡村振兴补助资金管理办法》,资金报账严格规范,资金专款专用,已完成的项目能及时完成报账。",
        ],
        ["(二)绩效目标完成情况分析"],
        ["1、产出指标完成情况分析"],
        [
          "年内已完成项目产出指标,产出质量、数量指标、成本指标等均能按时按量完成。已完成建设工程32.63公里,我们局已组织相关技术人员对该项目进行验收,质量鉴定为合格。",
        ],
        ["2、效益指标完成情况分析"],
      ],
      merges: [],
    },
  ],
  expect: {
    mustFlag: [],
    mustNotFlag: [
      {
        sheet: "自评总结报告",
        rows: [12],
        why: "执行率 = 2113.63 ÷ 2179 = 97.00% exactly (2179 × 0.97 = 2113.63); the stated 97% is right at any precision.",
      },
      {
        sheet: "自评总结报告",
        rows: [6],
        why:
          "'共编制12个绩效目标指标,其中一级指标3个,二级指标9个,三级指标12个' is a hierarchy count, not a sum of parts: the 12 indicators are the " +
          "12 三级指标 grouped under 9 二级 and 3 一级 (the national 产出/效益/满意度). Adding 3 + 9 + 12 = 24 and comparing with 12 would be a false alarm.",
      },
      {
        sheet: "自评总结报告",
        rows: [4, 11, 16],
        why: "2179万元 and 32.63公里 are restated consistently (rows 4, 11, 12 and 16); nothing to recompute.",
      },
      {
        sheet: "自评总结报告",
        rows: [2, 7, 9, 10, 14],
        why: "一、二、三、 and (一)(二) are consecutive and one style per level.",
      },
      {
        sheet: "自评总结报告",
        rows: [3, 5, 15, 17],
        severities: ["error"],
        why:
          "'1、''2、' follow 一、 directly (no (一) level) while under 三、 the same '1、' style sits below (一)/(二). Within each parent the " +
          "numbers are consecutive; a warning that a level is skipped under 一、 is defensible, an error is not.",
      },
    ],
  },
};
