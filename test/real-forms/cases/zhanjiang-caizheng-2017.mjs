// 湛江市财政局 (广东) 2017年度整体支出自我绩效评价报告 — opening sections (单位情况, 人员情况, 工作职能).
export default {
  name: "zhanjiang-caizheng-2017",
  province: "广东",
  kind: "report",
  source: "http://zjsczj.zhanjiang.gov.cn/czj/xxgk/zdlyxxgk/czzxxx/content/post_14489.html",
  notes:
    "Guangdong, prefecture-city bureau, 2017, 部门整体支出 自我绩效评价报告 (湛江 layout: introduction, 一、单位基本情况 (一)单位情况 (二)人员情况 " +
    "(三)工作职能 1.–...). One paragraph per row, verbatim. The stored copy begins with the introduction (no page title in the copy, none added) " +
    "and breaks off inside item '5.负责市级非税收入专户...' of (三)工作职能; item 5 and everything after it (budget, execution, indicators, " +
    "scores) are NOT included. Staff figures only; no amounts in the included part.",
  sheets: [
    {
      name: "自评报告",
      rows: [
        [
          "根据《关于开展2017年度市级部门单位整体支出自我绩效评价的通知》(湛财评〔2018〕20号)文件要求,我单位及时布置自评工作,成立自评工作小组,明确分工,落实责任,认真开展自评自查工作,经查阅、核实有关账务及项目等执行情况,填写自评表格,形成本评价报告。现将2017年度湛江市财政局整体支出自我绩效评价报告如下:",
        ],
        ["一、单位基本情况"],
        ["(一)单位情况"],
        ["湛江市财政局成立于1983年9月,为湛江市人民政府正处级工作部门。"],
        ["(二)人员情况"],
        [
          "湛江市财政局行政、事业在职编制数198个,截至2017年年末行政、事业在职人员186人,离退休人员79人,外聘临时工人员39人。",
        ],
        ["(三)工作职能"],
        [
          "1.贯彻执行国家和省有关财政、税收的法律、法规、规章和方针对策;组织拟订财政、行政事业单位资产管理、资产评估、财务会计等方面的地方规范性文件,并监督实施。",
        ],
        [
          "2.拟定财政发展战略、中长期财政规划,参与制订各项宏观经济政策;执行中央与地方、国家与企业的分配政策;提出运用财税政策实施宏观调控、综合平衡社会财力和推进基本公共服务均等化及主体功能区规划的建议。",
        ],
        [
          "3.编制年度市级预算草案并组织执行,受市人民政府委托,向市人民代表大会报告市级和全市预算及其执行情况,向市人大常委会报告决算;制定全市财政和预算收入计划;负责各项财政收支的管理。",
        ],
        [
          "4.指导、监督农村财务管理工作;负责耕地占用税、契税的征收和管理;负责农业综合开发管理工作;参与拟订国家与企业分配政策和产业政策;承担工交、商贸等企业财务制度制定和管理工作。",
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
        why:
          "在职人员 186 ≤ 在职编制数 198 (在职人员控制率 186 ÷ 198 = 93.94%); the evaluation year 2017 matches '截至2017年年末'; 离退休 79 and " +
          "临时工 39 are separate counts with no stated total to check.",
      },
      {
        sheet: "自评报告",
        rows: [2, 3, 5, 7, 8, 9, 10, 11],
        why: "一、 opens the body; (一)(二)(三) consecutive; 1.–4. consecutive in one style.",
      },
    ],
  },
};
