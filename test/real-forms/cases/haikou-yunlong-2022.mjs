// 海口国家高新区管委会 (海南) 海口市财政支出项目绩效自评报告(云龙产业园基础设施配套路网项目), 2022 funds.
export default {
  name: "haikou-yunlong-2022",
  province: "海南",
  kind: "report",
  source: "http://gxq.haikou.gov.cn/xxgk/czxx/202306/t1288834.shtml",
  notes:
    "Hainan, 海口国家高新区 (行政主管部门), 2022 budget year, published 2023-07-24: 海口市财政支出项目绩效自评报告 in the 海口 outline (一、项目概况 " +
    "(一)项目基本情况 1.2. (二)绩效目标 二、项目决策及资金使用管理情况 (一)(二)(三) ...). Row 1 is the page title; the page line '作者: - 来源: " +
    "海口国家高新区 发布时间: 2023-07-24 16:47' is left out. One paragraph per row, verbatim (trailing spaces of the stored copy trimmed); the " +
    "contact line with name and phone is as published. The stored copy breaks off inside (三) ('资金执行情况如下:2022年云龙产业园基础设施配套路网项目'); " +
    "(三) and everything after it (indicators, scores, problems) are NOT included. The same budget and payment (3483万元) are restated five times.",
  sheets: [
    {
      name: "自评报告",
      rows: [
        ["海口市财政支出项目绩效自评报告(云龙产业园基础设施配套路网项目)"],
        ["一、项目概况"],
        ["(一)项目基本情况:"],
        [
          "1.项目主要内容:包括云龙产业园区范围内5条市政道路,道路总长度为4335.943m,均为规划支路,红线宽度为14、20m不等。主要建设内容包括:道路工程、交通工程、桥涵工程、给排水工程、照明工程、电力管沟工程和绿化工程等。燃气等管线仅预留管位,不考虑具体设计。",
        ],
        ["2.资金:2022年云龙产业园基础设施配套路网项目预算经费为3483万元,2022年支付3483万元。"],
        ["预算单位海口国家高新区管委会(行政主管部门)的云龙产业园基础设施配套路网项目。"],
        ["主管部门为海口国家高新区管委会(行政主管部门)"],
        ["项目业主为海口国家高新区管委会"],
        ["项目负责人为赵兴亮联系电话:15208981602。"],
        ["项目概述如下:保障经费的支出,保障项目正常开展建设。"],
        ["(二)项目年度预算绩效目标和绩效指标设定情况"],
        ["总体目标:完成项目改造建设总量50%。"],
        ["当年年度目标完成情况:2022年预算价为3483万元,2022年完成支付3483万元。"],
        ["二、项目决策及资金使用管理情况"],
        ["(一)项目决策情况:2022年云龙产业园基础设施配套路网项目列入部门预算经费为3483万元,2022年实际支付3483万元。"],
        [
          "(二)项目资金安排落实、总投入等情况:2022年云龙产业园基础设施配套路网项目资金3483万元列入2022年部门预算,2022年已完成支付3483万元。预算情况如下:2022年度云龙产业园基础设施配套路网项目部门预算,预算金额为3483万元。",
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
        rows: [5, 13, 15, 16],
        why: "Budget 3483万元 and payment 3483万元 agree wherever stated (rows 5, 13, 15, 16): 执行率 3483 ÷ 3483 = 100%.",
      },
      {
        sheet: "自评报告",
        rows: [4],
        why: "'5条市政道路' with a total length and a list of 7 work types has no count-with-list to check (the 7 work types carry no stated number).",
      },
      {
        sheet: "自评报告",
        rows: [2, 3, 11, 14, 15, 16],
        why: "一、二、 consecutive; (一)(二) under 一、 and (一)(二) under 二、 consecutive; '1.''2.' consecutive.",
      },
      {
        sheet: "自评报告",
        rows: [12],
        severities: ["error"],
        why: "总体目标 '完成项目改造建设总量50%' is a target share with no figures to recompute; the report does not (in the included part) state the share achieved.",
      },
    ],
  },
};
