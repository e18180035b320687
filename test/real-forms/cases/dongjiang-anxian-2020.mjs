// 天津东疆保税港区 (天津) 2020年直达资金项目绩效自评 — 东疆东部沿海岸线基础设施环境提升生态修复及配套设施建设.
export default {
  name: "dongjiang-anxian-2020",
  province: "天津",
  kind: "report",
  source: "https://www.dongjiang.gov.cn/contents/24/15313.html",
  notes:
    "Tianjin, 东疆保税港区 (dongjiang.gov.cn), 2020, self-evaluation of 直达资金 for a coastline park project, text outline of the national 转移支付 " +
    "report with each indicator written as '指标值为“...”,全年实际完成值...'. The stored copy begins with '一、绩效目标完成情况分析' (no title, " +
    "none added) and breaks off inside the ninth indicator line ('超概算项目比例:指标值为“0%”,所有项目均未超概算,全年实际完成'); that line and " +
    "everything after it are NOT included. One paragraph per row, verbatim, curly quotes as on the page. Not flagged because no rule covers " +
    "it, but noted: the target date '完工日期 2021年4月15日' (row 10) differs from '预计竣工日期为2021年5月30日' (row 4), and the park's " +
    "'占地面积约20万平方米' (row 4) is ten times the indicator's '约20000平方米' (row 6).",
  sheets: [
    {
      name: "自评报告",
      rows: [
        ["一、绩效目标完成情况分析"],
        ["(一)资金投入情况分析。"],
        [
          "本项目2020年下达直达资金2300万元,资金全部用于本项目建设使用,其中一类费2156.7899万元,二类费143.2101万元,均已在2020年支付到位。",
        ],
        ["(二)总体绩效目标完成情况分析。"],
        [
          "总体绩效目标一是完成东疆东部沿海岸线基础设施环境提升生态修复及配套设施建设,该项目总投资额为3.8亿元,建成后为占地面积约20万平方米的可供市民游玩的海滨公园一座,配套设施面积2012平方米,基本满足东部岸线区域人员疏散及游玩需求,实现环境得以改善和人员分散的科学有序游玩效果。二是符合工程施工质量验收相关要求,按时投入使用。由于本项目预计竣工日期为2021年5月30日,故2020年未能达成总体绩效目标。将按照工期合理安排进度,加紧推进建设工作。",
        ],
        ["(三)绩效指标完成情况分析。"],
        ["建设占地面积:指标值为“约12000平方米”,全年实际完成值约20000平方米;"],
        ["建设三座服务中心等配套设施面积:指标值为“约120平方米”,全年实际完成值约1737平方米;"],
        ["项目竣工验收合格率:指标值为“100%”,全年实际完成值为0,因项目尚在建设工期内,未到竣工验收环节;"],
        ["设施质量合格率:指标值为“100%”,使用直达资金采购的各类设施及物料均为合格产品,完成值为100%;"],
        ["安装工程验收合格率:指标值为“100%”,使用直达资金进行的安装工程验收均为合格,完成值为100%;"],
        ["完工日期:指标值为“2021年4月15日”,全年实际完成值为0,因项目尚在建设工期内,未到完工日期;"],
        ["项目按计划开工率:指标值为“100%”,项目按照计划开工时间如期开工,完成值为100%;"],
        ["项目计划完工率:指标值为“100%”,全年实际完成值为0,因项目尚在建设工期内,未到竣工验收环节;"],
      ],
      merges: [],
    },
  ],
  expect: {
    mustFlag: [
      {
        id: "over-achievement-without-reason",
        sheet: "自评报告",
        rows: [7, 8],
        severity: "warning",
        why:
          "Actuals far above their targets with no 偏差原因: 占地面积 20000 ÷ 12000 = 166.7% of target; 配套设施面积 1737 ÷ 120 = 1447.5% of target " +
          "(both ≥ 130%). Either the targets were set too low or the units differ; a written deviation reason is needed.",
      },
    ],
    mustNotFlag: [
      {
        sheet: "自评报告",
        rows: [3],
        why: "2300 = 一类费 2156.7899 + 二类费 143.2101 (= 2300.0000); all paid in 2020, so execution is 100%.",
      },
      {
        sheet: "自评报告",
        rows: [10, 11, 13],
        why: "Targets of 100% met with 100%.",
      },
      {
        sheet: "自评报告",
        rows: [9, 12, 14],
        severities: ["error"],
        why:
          "Actual 0 against 100% / a 2021 date, each with its reason on the same line ('因项目尚在建设工期内'); the targets fall due in 2021, so " +
          "a warning is defensible but not an error.",
      },
      {
        sheet: "自评报告",
        rows: [1, 2, 4, 6],
        why: "一、 then (一)(二)(三) consecutive.",
      },
    ],
  },
};
