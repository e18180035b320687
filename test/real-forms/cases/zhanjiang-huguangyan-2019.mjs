// 湛江市湖光岩风景区管理局 (广东) 2019年度整体绩效自评报告 — introduction and 单位基本情况 (一).
export default {
  name: "zhanjiang-huguangyan-2019",
  province: "广东",
  kind: "report",
  source: "https://www.zhanjiang.gov.cn/zjsfw/bmdh/hgy/zwgk/zdly/czyjssgjf/czzxxx/content/post_1411853.html",
  notes:
    "Guangdong, prefecture-city unit (参公 正处级), 2019, 部门整体支出 自评报告 on the 湛江 government portal (layout as zhanjiang-caizheng-2017). " +
    "Row 1 is the page title, then one paragraph per row, verbatim; the page furniture ('时间:2020-08-28 15:29:03 来源:本网 【打印】') is left out. " +
    "The stored copy breaks off at the heading '(二)年度总体工作和' — that broken heading and everything after it (tasks, funds, indicators, " +
    "scores) are NOT included. The one long paragraph of (一) holds the organisation list, the unit list and the staff figures.",
  sheets: [
    {
      name: "自评报告",
      rows: [
        ["2019年度湛江市湖光岩风景区管理局整体绩效自评报告"],
        [
          "根据《湛江市财政局关于开展2020年度市级财政资金绩效评价工作的通知》(湛财绩[2020]6号)文的规定,我单位及时布置自评,成立自评工作小组,明确分工,落实责任,认真开展自评自查工作,经查阅、核实有关账务及项目等执行情况,填写自评表格并综合分析,形成本评价报告。现将2019年度湛江市湖光岩风景区管理局整体绩效自我评价报告如下:",
        ],
        ["一、单位基本情况"],
        ["(一)单位机构设置、部门职能情况。"],
        [
          "2008年经省人事厅批准同意,湛江市湖光岩风景区管理局参照公务员法管理,2010年经省编办批准改定为正处级。现管理局内设办公室、园艺科(现更名为规划建设科)、综合管理科(现更名为科技教育科)、资源保护科、营销发展科(现更名为旅游发展科)5个科室(正科级),下设湛江市湖光岩风景区管理中心、湛江市玛珥湖医疗保健中心、湛江市三岭山森林公园三个正科级事业单位。本单位严格执行行政事业单位会计制度,财务实行收支两条线。主要职能有:对湖光岩的湖水、空气和地质资源进行保护;对湖光岩风景区进行开发和建设,为医疗保健,旅游提供服务,并开展各类科普教育活动。市湖光岩风景区管理局本部行政编制20名,后勤服务人员编制2名。经费由市财政核拨。下属单位共有事业编制337人。目前在职职工291人,离退休人员共245人,外聘临时工人369人。",
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
        why:
          "Counts agree with their lists: '5个科室' = 办公室、园艺科、综合管理科、资源保护科、营销发展科 (5; the parenthesised new names '(现更名为...)' " +
          "are renames, not extra 科室); '三个正科级事业单位' = 管理中心、玛珥湖医疗保健中心、三岭山森林公园 (3, count written as a Chinese numeral). " +
          "Staff: 编制 20 + 2 + 337 = 359, 在职 291 ≤ 359 (81.06%); 离退休 245 and 临时工 369 are separate counts with no stated total.",
      },
      {
        sheet: "自评报告",
        rows: [3, 4],
        why: "一、 and (一) open their levels.",
      },
    ],
  },
};
