// 巩义市 (河南郑州) 2023年度衔接推进乡村振兴补助资金绩效自评情况报告 (市财政局等报郑州市财政局、市农委).
export default {
  name: "gongyi-xianjie-2023",
  province: "河南",
  kind: "report",
  source: "http://gy.jiceng.zhengzhou.gov.cn/026005/8235692.jhtml",
  notes:
    "Henan, county-level city, 2023, self-evaluation report on the whole 衔接资金 of the city (Henan 衔接资金绩效评价及考核 outline: 资金保障/项目管理/" +
    "使用成效/工作评价), published on the 郑州 基层政务公开 site for 巩义. One paragraph per row, verbatim; the space in '1. 市县履行支出责任情况' " +
    "is the page's. The second top-level heading '财政衔接推进乡村振兴补助资金绩效评价自评情况' carries no number in the stored copy, although the " +
    "first one is numbered '一、' in the same copy (kept as published). The stored copy breaks off in the paragraph after " +
    "'1. 市县履行支出责任情况' ('...巩义市本级资金3908万元。中央、省、市、县衔接资金'): the complete sentences of that paragraph are not " +
    "separable from the cut, so the whole paragraph up to the last full stop ('...3908万元。') is kept and the broken tail is left out. " +
    "Everything after (项目管理, 使用成效, 工作评价, scores per item) is NOT included. 102.8分 exceeds 100 because the Henan 衔接资金考核 adds " +
    "bonus points; that is the province's rule, not a transcription error.",
  sheets: [
    {
      name: "自评报告",
      rows: [
        ["郑州市财政局、郑州市农业农村工作委员会:"],
        [
          "为加强财政衔接推进乡村振兴补助资金绩效管理,提高财政衔接资金的使用效益,按照《河南省衔接推进乡村振兴补助资金绩效评价及考核办法》(豫财农综〔2021〕37号)和《郑州市财政局郑州市农业农村工作委员会关于做好2023年度衔接推进乡村振兴补助资金绩效评价及考核工作的通知》要求,巩义市高度重视,认真组织开展衔接推进乡村振兴补助资金绩效自评工作。现将巩义市2023年度衔接资金绩效自评情况报告如下:",
        ],
        ["一、绩效考评工作开展情况"],
        [
          "一是加强组织领导,落实工作责任。为做好衔接资金绩效评价及考核自评工作,我市召开专题会议,由市财政局、乡村振兴服务中心组成绩效考评组,结合年度工作任务,对各镇(街道)2023年度实施的衔接资金项目进行了全面考评,从资金保障、项目管理、使用成效等各个环节开展自评。二是强化考评力度,严格绩效考核。按照郑州市财政局、郑州市农委相关要求,结合年度项目建设工作实际,通过实地抽查项目建设、运维管护情况,进村入户查看联农带农实效等方式,对全市衔接资金绩效工作进行考评,为全市财政衔接资金绩效评价及考核自评工作奠定了基础。",
        ],
        ["财政衔接推进乡村振兴补助资金绩效评价自评情况"],
        [
          "根据我省衔接资金绩效评价及考核办法要求,我们从资金保障、项目管理、使用成效和工作评价等方面对2023年全市衔接资金项目进行逐项对照自评,自评得分102.8分。存在主要问题:预算执行率未达到100%。",
        ],
        ["(一)资金保障"],
        ["1. 市县履行支出责任情况"],
        [
          "2023年巩义市共投入各级财政衔接推进乡村振兴补助资金14380万元,其中:中央资金1836万元、省级资金1682万元、郑州市市级资金6954万元,巩义市本级资金3908万元。",
        ],
      ],
      merges: [],
    },
  ],
  expect: {
    mustFlag: [
      {
        id: "top-level-heading-unnumbered",
        sheet: "自评报告",
        rows: [5],
        severity: "warning",
        why:
          "The second top-level section '财政衔接推进乡村振兴补助资金绩效评价自评情况' has no number although the first is '一、绩效考评工作开展情况' " +
          "and it is followed by '(一)资金保障': the sequence 一、 → (unnumbered) → (一) lacks the expected '二、'.",
      },
    ],
    mustNotFlag: [
      {
        sheet: "自评报告",
        rows: [9],
        why: "14380 = 中央 1836 + 省级 1682 + 郑州市级 6954 + 巩义本级 3908 (1836 + 1682 + 6954 + 3908 = 14380).",
      },
      {
        sheet: "自评报告",
        rows: [6],
        severities: ["error"],
        why:
          "自评得分 102.8 exceeds 100 under the Henan 衔接资金 考核办法, which adds bonus points; no weights are on the page to recompute it. " +
          "A warning that the score is above 100 under the national profile is defensible, an error is not.",
      },
      {
        sheet: "自评报告",
        rows: [3, 8],
        why: "'一、' and '1.' are each the first of their level; nothing skips within a level.",
      },
      {
        sheet: "自评报告",
        rows: [7],
        severities: ["error"],
        why: "'(一)资金保障' is correctly the first item of its level; a checker may attach the missing-'二、' warning here instead of row 5, but no error.",
      },
    ],
  },
};
