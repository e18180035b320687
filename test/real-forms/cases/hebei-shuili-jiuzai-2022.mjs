// 河北省水利厅 (河北) 河北省中央农业生产和水利救灾资金转移支付2022年度绩效自评报告 — 一、and 二、(一).
export default {
  name: "hebei-shuili-jiuzai-2022",
  province: "河北",
  kind: "report",
  source: "http://slt.hebei.gov.cn/a/2023/11/01/93B3D7AF0B5B4A99AF25C60B47CF7E9E.html",
  notes:
    "Hebei, provincial department (省水利厅), 2022, self-evaluation report on a central transfer payment in the national 转移支付 outline " +
    "(一、绩效目标分解下达情况 二、绩效目标完成情况分析 (一)资金投入情况分析 (二)资金管理情况分析 ...). Row 1 is the page title, then one paragraph per " +
    "row, verbatim; the page line '发布时间:2023-10-31 20:45:12 浏览次数:0' is left out. '(一)资金投入情况分析。' runs into its paragraph on the " +
    "page and is kept as one row. The stored copy breaks off inside (二)资金管理情况分析 ('...同时规范项目资'); that paragraph and everything " +
    "after it (总体目标, 绩效指标, 偏差原因, 应用) are NOT included. Amounts in 万元.",
  sheets: [
    {
      name: "自评报告",
      rows: [
        ["河北省中央农业生产和水利救灾资金转移支付2022年度绩效自评报告"],
        ["一、绩效目标分解下达情况"],
        [
          "2022年,中央下达我省3批中央农业生产和水利救灾资金(水利部分),共计6800万元。省财政厅分别于2022年6月17日、9月13日、12月30日将3批中央农业生产和水利救灾资金(水利部分)分解下达到相关市县和省水利厅厅直有关单位,共实施120项安全度汛或水毁修复项目和45项抗旱应急项目。每批资金下达后,省水利厅及时下发《关于加强水利救灾资金项目管理的通知》,对资金使用管理、项目建设和完成时限等提出具体要求。",
        ],
        ["二、绩效目标完成情况分析"],
        [
          "(一)资金投入情况分析。中央农业生产和水利救灾资金(水利部分)主要按照因素法分配,统筹考虑各地及厅直单位防洪工程隐患以及汛期水毁损失总体情况和各地旱情,并将上年度资金执行进度、使用方向、实施效果等作为调节因素,及时对中央农业生产和水利救灾资金(水利部分)6800万元进行了合理分解,已全部分解到位,其中石家庄市780万元、承德市690万元、张家口市495万元、秦皇岛市465万元、唐山市835万元、廊坊市600万元、保定市515万元、沧州市395万元、衡水市400万元、邢台市615万元、邯郸市600万元、厅直单位410万元。目前,资金已执行4132.8万元,预算执行率60.78%。",
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
        rows: [5],
        severities: ["error"],
        why:
          "6800 = 780 + 690 + 495 + 465 + 835 + 600 + 515 + 395 + 400 + 615 + 600 + 410 (twelve parts: eleven cities and 厅直单位); " +
          "预算执行率 = 4132.8 ÷ 6800 = 60.78% as stated. An execution rate under 90% may draw a warning asking for the reason (given only " +
          "as '目前', i.e. spending still under way), not an error.",
      },
      {
        sheet: "自评报告",
        rows: [3],
        why: "'3批' matches the three release dates listed (6月17日、9月13日、12月30日); 共计6800万元 agrees with row 5; 120 and 45 project counts have no stated total.",
      },
      {
        sheet: "自评报告",
        rows: [2, 4],
        why: "一、二、 consecutive.",
      },
    ],
  },
};
