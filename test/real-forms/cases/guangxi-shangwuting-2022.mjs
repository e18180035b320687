// 广西壮族自治区商务厅 — 2022年中央服务业发展资金(县域商业建设行动) 绩效自评 report: 一、绩效目标分解下达情况.
export default {
  name: "guangxi-shangwuting-2022",
  province: "广西",
  kind: "report",
  source: "http://swt.gxzf.gov.cn/zfxxgk/fdzdgknr/czxx/qt/t16697854.shtml",
  notes:
    "Guangxi, provincial level (自治区商务厅, 政府信息公开 > 财政信息), 2022, the self-evaluation of a 中央转移支付 (服务业发展资金, 县域商业建设行动, " +
    "14680万元) in the 转移支付 outline (一、绩效目标分解下达情况 (一) 中央下达 (二) 广西分解). One paragraph per row. The stored copy has no title " +
    "(it starts after the sharing widgets '我要收藏 / 公共资源调用站点 / 文章分享', which are left out) and breaks off inside the paragraph under the second " +
    "'2.下达绩效目标情况。' ('…具体指标。产出指标:全区县域商业建设行动试点县数量20个;2022年全区县域'); that heading is kept, the cut paragraph and " +
    "everything after it (the 自评表, scores) are NOT included. Verbatim, including the date '2012年6月14日' for the receipt of a 2022 notice " +
    "(财建〔2022〕153号) — evidently a typo for 2022, but no domain rule covers it, so it is not encoded.",
  sheets: [
    {
      name: "自评报告",
      rows: [
        ["一、绩效目标分解下达情况"],
        ["(一)中央下达资金和绩效目标情况"],
        [
          "1.资金下达情况。2012年6月14日,广西收到《财政部关于下达2022年服务业发展资金预算的通知》(财建〔2022〕153号),下达中央服务业发展资金(县域商业建设行动)14680万元。",
        ],
        [
          "2.下达绩效目标情况。中央下达广西的总体绩效目标为:以乡镇为重点,升级改造一批商贸中心、超市、集贸市场等,发展连锁经营和电子商务,改善农村商业设施和公共服务短板;完善县乡村物流配送体系,加强资源整合,发展共同配送,畅通工业品下乡和农产品进城渠道,带动农民增收和农村消费。同时,下达广西具体绩效指标:包含一级指标3个、二级指标5个、三级指标7个(具体详见自评表)。",
        ],
        ["(二)广西资金安排、分解下达预算和绩效目标情况"],
        [
          "1.资金安排、分解情况。广西采用因素法分配资金,经广西区人民政府同意,广西财政厅于2022年7月14日以《广西壮族自治区财政厅关于下达2022年中央服务业发展资金(县域商业建设)的通知》(桂财建〔2022〕98号),将资金切块下达各市,其中:南宁市610万元、柳州市1080万元、桂林市3240万元、梧州市2150万元、北海市820万元、防城港市350万元、钦州市1110万元、玉林市1060万元、百色市1870万元、河池市1490万元、崇左市900万元。",
        ],
        ["2.下达绩效目标情况。"],
      ],
      merges: [],
    },
  ],
  expect: {
    mustFlag: [],
    mustNotFlag: [
      {
        sheet: "自评报告",
        rows: [6],
        why:
          "The eleven city amounts add up to the 14680万元 of row 3: 610 + 1080 + 3240 + 2150 + 820 + 350 + 1110 + 1060 + 1870 + 1490 + 900 = 14680. " +
          "('其中' introduces the complete split: the sum equals the whole.)",
      },
      {
        sheet: "自评报告",
        rows: [4],
        why: "一级指标3个、二级指标5个、三级指标7个 is a count of indicators in the 自评表, not followed by a list in the text; nothing to check here.",
      },
      {
        sheet: "自评报告",
        rows: [1, 2, 3, 5, 7],
        why: "Headings 一、 → (一)(二) → 1. 2. restarting under each (一)/(二): consecutive, one style per level.",
      },
    ],
  },
};
