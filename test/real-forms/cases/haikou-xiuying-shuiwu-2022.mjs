// 海口市秀英区水务局 (海南) 2022年衔接资金项目绩效自评报告 (西秀镇龙头村蔬菜园产业项目) — republished copy.
export default {
  name: "haikou-xiuying-shuiwu-2022",
  province: "海南",
  kind: "report",
  source: "https://m.bidcenter.com.cn/newsrili-1-238076203.html",
  notes:
    "Hainan, district bureau, 2022, 衔接资金 project self-evaluation report in the national outline (一、绩效目标分解下达情况 二、绩效自评工作开展情况 " +
    "三、绩效目标自评完成情况分析 (一)1.2.3. (二)1.(1)–(4) 2. ...). The copy is a republication on a tender-information site (bidcenter.com.cn), " +
    "not the district's own site; the unit and project are named in full. The title appears twice on the page (page title and document title); " +
    "both are kept (rows 1–2). One paragraph per row, verbatim, including the typo '拔入' and the run of '?' characters after the 项目完成数量 " +
    "paragraph (an encoding artefact of the republishing site, kept as stored). The stored copy breaks off at '(1)项目实施的社会效'; that " +
    "broken heading and the rest (效益/满意度 analysis, problems, application) are NOT included.",
  sheets: [
    {
      name: "自评报告",
      rows: [
        ["海口市秀英区水务局2022年衔接资金项目绩效自评报告"],
        ["海口市秀英区水务局2022年衔接资金项目绩效自评报告"],
        ["一、绩效目标分解下达情况"],
        ["(一)海口市秀英区水务局2022年衔接资金共下达105万元,用于实施西秀镇龙头村蔬菜园产业项目。"],
        ["(二)海口市秀英区水务局2022年衔接资金项目绩效目标为做好西秀镇龙头田洋产业农业灌溉用水的工作。"],
        ["二、绩效自评工作开展情况"],
        [
          "项目实施过程中,严格遵守财政资金使用管理办法,专款专用,确保了财政资金的正常合理使用。自评工作开展范围为西秀镇,是否严格按照建设内容施工,是否在规定时间内完成竣工等,并对受益乡镇满意度进行了调查,详实掌握了村庄的实际情况,为准确填报绩效目标自评情况奠定了基础。",
        ],
        ["三、绩效目标自评完成情况分析"],
        ["(一)资金投入情况分析。"],
        ["1.项目资金到位情况分析"],
        ["海口市秀英区水务局2022年衔接资金105万元已全部到位。"],
        ["2.项目资金执行情况分析"],
        ["实施西秀镇龙头村蔬菜园产业项目,该专项资金已按合同规定完成对该项目进度的支付。"],
        ["3.项目资金管理情况分析"],
        ["该专项资金已拔入到秀英区水务局,严格管理,做到专款专用。"],
        ["(二)项目绩效指标完成情况分析。"],
        ["1.产出指标完成情况分析。"],
        ["(1)项目完成数量。"],
        [
          "完成年度建设项目1个,主要建设内容为新建300米深机井1座,新建20米100吨水塔1座,设备房1间(3.0m×3.0m),潜水泵2台,配套Ф160PVC干管管长1100m、Ф110PVC分干管管长1100m及其他配套设施,并新增低压电线50m等。 ?????????????????????????????????????",
        ],
        ["(2)项目完成质量"],
        ["已通过竣工验收。"],
        ["(3)项目实施进度"],
        ["西秀镇龙头村蔬菜园产业项目已完成竣工验收,完成率100%。"],
        ["(4)项目成本节约情况"],
        ["项目以中标单价实施,最终以结算审计为准。"],
        ["2.效益指标完成情况分析。"],
      ],
      merges: [],
    },
  ],
  expect: {
    mustFlag: [
      {
        id: "execution-figures-missing",
        sheet: "自评报告",
        rows: [13],
        severity: "warning",
        why:
          "Under '2.项目资金执行情况分析' the report gives neither the amount paid nor an execution rate ('已按合同规定完成对该项目进度的支付'), " +
          "although 105万元 was released (rows 4, 11) and the final settlement is still open ('最终以结算审计为准', row 25). 执行率 = 执行数 ÷ 105 " +
          "cannot be computed; the 执行数 must be stated.",
      },
    ],
    mustNotFlag: [
      {
        sheet: "自评报告",
        rows: [4, 11],
        why: "下达 105万元 (row 4) = 到位 105万元 (row 11).",
      },
      {
        sheet: "自评报告",
        rows: [3, 6, 8, 9, 10, 12, 14, 16, 17, 18, 20, 22, 24, 26],
        why: "一、二、三、; (一)(二); 1.2.3. and 1.2.; (1)–(4): every level consecutive and in one style.",
      },
      {
        sheet: "自评报告",
        rows: [23],
        why: "完成率100% is a stated completion (竣工验收 done), not a ratio of two figures on the page.",
      },
    ],
  },
};
