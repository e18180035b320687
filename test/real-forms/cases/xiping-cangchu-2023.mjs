// 西平县 (河南驻马店) 2023年西平县农产品交易市场仓储基地建设项目绩效自评报告 (财政衔接资金).
export default {
  name: "xiping-cangchu-2023",
  province: "河南",
  kind: "report",
  source: "http://218.28.100.114:82/portal/zwgk/zdgk/hjbh/tpgj/webinfo/2023/12/phone1711893936644135.htm",
  notes:
    "Henan, county level, 2023, 衔接资金 project self-evaluation report (Henan outline 一、绩效目标分解下达情况 二、绩效自评工作开展情况 三、绩效目标自评完成情况分析). " +
    "The address is the numeric host of the 西平县 government portal (same /portal/zwgk/zdgk/hjbh/tpgj/webinfo/ path as xiping.gov.cn; the page " +
    "gives '来源: 扶贫办 时间: 2023-12-26'); that source line is page furniture and is left out. Row 1 is the page title, then one paragraph " +
    "per row, verbatim (leading indentation spaces of the stored copy trimmed). The stored copy breaks off at '2.效' (the heading " +
    "'2.效益指标完成情况分析'); that broken heading and everything after it are NOT included. No table on the page.",
  sheets: [
    {
      name: "自评报告",
      rows: [
        ["2023年西平县农产品交易市场仓储基地建设项目绩效自评报告"],
        ["一、绩效目标分解下达情况"],
        ["(一)财政衔接资金下达预算及项目情况。"],
        [
          "2023年县财政共下达我局财政衔接资金8010万元,用于2023年西平县农产品交易市场仓储基地建设项目支出,新建农产品储存冷藏库10个,约50000立方米;物流仓储中心约20000平方米;小型农产品加工车间4个,约8000平方米。",
        ],
        ["(二)财政衔接资金项目绩效目标设定情况。"],
        ["2023年西平县农产品交易市场仓储基地建设项目共编制15个绩效目标指标,其中一级指标3个,二级指标8个,三级指标15个。"],
        ["二、绩效自评工作开展情况"],
        [
          "根据资金使用的绩效目标要求,我局对该项目资金使用的效果情况进行自评。由工作人员组成评价工作组,于2023年12月5日至15日,对农产品交易市场仓储基地建设项目各项绩效指标完成情况进行了调查。",
        ],
        ["三、绩效目标自评完成情况分析"],
        ["(一)资金投入情况分析。"],
        ["1.项目资金到位情况分析。项目资金8010万元均已到位及时安排到相关项目。"],
        ["2.项目资金执行情况分析。项目资金共8010万元,截止2023年11月30日,已完成拨付8010万元,执行率100%。"],
        [
          "3.项目资金管理情况分析。严格按照《河南省财政衔接推进乡村振兴补助资金管理办法》要求,资金报账严格规范,资金专款专用,已完成的项目能及时完成报账,建设中的项目对照计划预留足额资金,确保建设任务完成。",
        ],
        ["(二)绩效目标完成情况分析。"],
        ["1.产出指标完成情况分析。"],
        [
          "年内已完成农产品交易市场项目产出指标,产出数量、质量、成本、时效等指标均已按时按量完成。已新建成农产品储存冷藏库10个,约50000立方米;物流仓储中心约20000平方米;小型农产品加工车间4个,约8000平方米。",
        ],
      ],
      merges: [],
    },
  ],
  expect: {
    mustFlag: [],
    mustNotFlag: [
      {
        sheet: "自评报告",
        rows: [11, 12],
        why: "执行率 = 8010 ÷ 8010 = 100.00%, as stated; 到位 8010 = 下达 8010 (row 4).",
      },
      {
        sheet: "自评报告",
        rows: [6],
        why:
          "'共编制15个绩效目标指标,其中一级指标3个,二级指标8个,三级指标15个' counts levels of one hierarchy (15 三级 indicators under 8 二级 and " +
          "3 一级); 3 + 8 + 15 = 26 ≠ 15 is NOT an inconsistency.",
      },
      {
        sheet: "自评报告",
        rows: [4, 16],
        why: "The outputs planned in row 4 (冷藏库10个 约50000立方米, 仓储中心约20000平方米, 加工车间4个 约8000平方米) are restated identically as achieved in row 16.",
      },
      {
        sheet: "自评报告",
        rows: [2, 3, 5, 7, 9, 10, 13, 14, 15],
        why: "一、二、三、; (一)(二) under 一、 and under 三、; 1.2.3. under (一) and 1. under (二): consecutive, one style per level.",
      },
    ],
  },
};
