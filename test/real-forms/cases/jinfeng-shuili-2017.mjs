// 银川市金凤区财政局 (宁夏) — 金凤区2017年度中央财政水利发展资金绩效自评报告 (银金财发〔2018〕55号), opening sections.
export default {
  name: "jinfeng-shuili-2017",
  province: "宁夏",
  kind: "report",
  source: "http://www.ycjinfeng.gov.cn/xxgk/xxgkbm/jfqczj/xxgkml_18977/bmwj_18979/201806/t20180612_804658.html",
  notes:
    "Ningxia, district level (银川市金凤区), 2017, 中央转移支付 self-evaluation report of the 水利发展资金 (高效节水灌溉). One paragraph per row: title, " +
    "一、基本情况 with (一) and (二), and paragraphs 1、 and 2、 of (二). Left out as page chrome: the 索引号/文号/发布机构 block and the " +
    "'保护视力色' line. The stored copy breaks off at the end of paragraph 2、 right after '…和百顺葡萄酿酒种植基地840亩' (no closing punctuation): " +
    "that paragraph is kept up to there — the list of seven plots is complete (it adds up to the 7050亩 stated before it and matches the '7个工程' of " +
    "paragraph 1、) — and whatever followed is NOT included. Leading/trailing spaces of the stored paragraphs are trimmed; the space inside " +
    "'光明村 1队' and the page's own inconsistencies ('财政部…通知》(宁水计发…)', '以上7个工程' before any list) are kept verbatim. " +
    "Consistent case: the payment split adds up to 100% and the seven plots add up to 7050亩.",
  sheets: [
    {
      name: "自评报告",
      rows: [
        ["金凤区2017年度中央财政水利发展资金绩效自评报告"],
        ["一、基本情况"],
        ["(一)中央下达水利发展资金预算和绩效目标情况"],
        [
          "根据《财政部关于提前下达2017年水利发展资金预算指标的通知》(宁水计发〔2016〕132号),下达金凤区中央财政水利发展资金1785万元,用于高效节水灌溉工程、发展高效节水灌溉1.2万亩。",
        ],
        ["(二)预算和绩效目标分解情况"],
        [
          "1、资金分配办法严格执行《中央财政水利发展资金使用管理办法》(财农[2016]181号)相关要求,并按照建设程序,完成了以上7个工程的招投标工作,项目完成后,先行拨付工程总量80%的资金,剩余15%待审计决算后拨付,5%作为质量保证金待工程运行一年后实施总拨付。所下达的资金包含中央资金、自治区配套资金,市县配套资金和企业、种植大户的自筹资金,在资金管理上,严格执行中央、自治区相关规定,确保资金使用的规范性、安全性、有效性。",
        ],
        [
          "2、预算和绩效目标省内分解下达情况按照《财政部关于提前下达2017年水利发展资金预算指标的通知》(宁水计发〔2016〕132号)文件要求,下达到金凤区高效节水灌溉工程,发展高效节水灌溉1.2万亩,下达资金1785万元。目前已落实7050亩,并启动建设了良田镇金星村2队500亩,园子村1队610亩,园子村6队1060亩,园子村2、3、4、5队1550亩,光明村 1队690亩,和顺新村(设施温棚园区补水工程)1800亩和百顺葡萄酿酒种植基地840亩",
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
        rows: [6],
        why: "Payment split 80% + 15% + 5% = 100% of the project amount.",
      },
      {
        sheet: "自评报告",
        rows: [7],
        why:
          "已落实 7050亩 = 500 + 610 + 1060 + 1550 + 690 + 1800 + 840 (seven plots: 金星村2队, 园子村1队, 园子村6队, 园子村2、3、4、5队, 光明村1队, 和顺新村, " +
          "百顺基地 — the '2、3、4、5队' enumeration is one plot of 1550亩, not four items); seven plots agree with '以上7个工程' in row 6. 1785万元 and 1.2万亩 " +
          "agree with row 4. 7050 < 12000亩 is work in progress ('目前已落实'), not a shortfall to score.",
      },
      {
        sheet: "自评报告",
        rows: [2, 3, 5],
        why: "Headings 一、 → (一)(二) consecutive, one style per level.",
      },
    ],
  },
};
