// 天津市东丽区财政局 (天津) (直达资金)天津市东丽湖新建光辉路(智景东道-星宇道)工程项目2020年度绩效自评报告 — whole page.
export default {
  name: "dongli-guanghuilu-2020",
  province: "天津",
  kind: "report",
  source: "https://www.tjdl.gov.cn/gongkai/czzjzdjc/202105/t20210514_5450772.html",
  notes:
    "Tianjin, district level, 2020, self-evaluation report on a 直达资金 (抗疫特别国债) road project in the national 转移支付 outline (一、绩效目标分解下达情况 " +
    "二、绩效目标完成情况分析 (一)(二)(三) 1.2.3. 三、偏离绩效目标的原因和下一步改进措施 四、绩效自评结果拟应用和公开情况 五、其他需要说明的问题), published " +
    "in the district's 财政直达资金 column. The WHOLE report is in the stored copy and transcribed. Row 1 is the page title; the document title " +
    "follows on two lines as on the page (rows 2–3); '发布时间/来源/字号' and the site footer are left out. One paragraph per row, verbatim: " +
    "sections 三、 and 五、 are empty on the page, the typo '完成道路建设座' is the page's. NOT flagged because no checker rule covers it, but " +
    "worth knowing: section 一、 names a different project ('东丽区雨污分流改造工程项目估算投资2082.48万元') and the 质量指标 line speaks of a " +
    "'天桥' — text copied from another report.",
  sheets: [
    {
      name: "自评报告",
      rows: [
        ["(直达资金)天津市东丽湖新建光辉路(智景东道-星宇道)工程项目2020年度绩效自评报告"],
        ["天津市东丽湖新建光辉路(智景东道-星宇道)"],
        ["工程项目2020年度绩效自评报告"],
        ["一、绩效目标分解下达情况"],
        ["东丽区雨污分流改造工程项目估算投资2082.48万元,区财政通过抗疫特别国债安排资金700万元。"],
        ["二、绩效目标完成情况分析"],
        ["(一)资金投入情况分析。"],
        ["该项目已拨付工程款700万元,前期费、剩余工程款待申请,项目完工后质保期满,再支付尾款。"],
        ["(二)总体绩效目标完成情况分析。"],
        [
          "按照东丽区东丽湖新建光辉路(智景东道-星宇道)工程方案设定,制定项目绩效目标:1.保质保量完成道路建设座;2.符合工程施工质量验收相关要求,按时投入使用;3.改善周边居民出行需求。",
        ],
        ["总体绩效目标基本完成。"],
        ["(三)绩效指标完成情况分析。"],
        ["1.产出指标完成情况分析。"],
        ["数量指标:完成道路建设491米,已完成;"],
        ["质量指标:确保天桥质量,已完成;"],
        ["时效指标:按时完成建设,随项目进度把控;"],
        ["2.效益指标完成情况分析。"],
        ["社会效益指标:方便周边居民出行,已完成;"],
        ["可持续影响指标:持续改善周边居民出行,已完成。"],
        ["3.满意度指标完成情况分析。"],
        ["服务对象满意度指标:提升周边居民满意度,已完成。"],
        ["三、偏离绩效目标的原因和下一步改进措施"],
        ["四、绩效自评结果拟应用和公开情况"],
        ["按规定申请公开"],
        ["五、其他需要说明的问题"],
      ],
      merges: [],
    },
  ],
  expect: {
    mustFlag: [],
    mustNotFlag: [
      {
        sheet: "自评报告",
        rows: [5, 8],
        why:
          "安排 700万元 (row 5) = 已拨付 700万元 (row 8): the 直达资金 is fully paid (100%); 2082.48万元 is the estimated total investment, of which " +
          "700 is 33.61% — no rate is stated, so none can be wrong.",
      },
      {
        sheet: "自评报告",
        rows: [4, 6, 7, 9, 12, 13, 17, 20, 23, 25],
        why: "一、二、三、四、五、 consecutive; (一)(二)(三) consecutive; 1.2.3. consecutive; one style per level.",
      },
      {
        sheet: "自评报告",
        rows: [22],
        severities: ["error"],
        why:
          "Section 三、 is empty. 时效指标 is only '随项目进度把控' and the overall goal only '基本完成', so a warning asking for the deviation " +
          "reason is defensible; there is no score or figure that makes it an error.",
      },
      {
        sheet: "自评报告",
        rows: [10],
        why: "The inline goals '1.…;2.…;3.…' are a run-in list inside a paragraph, consecutive; they are not headings.",
      },
    ],
  },
};
