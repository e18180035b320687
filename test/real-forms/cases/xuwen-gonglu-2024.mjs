// 徐闻县地方公路局 (广东湛江) 2024年度整体支出绩效自评情况报告 — opening sections.
export default {
  name: "xuwen-gonglu-2024",
  province: "广东",
  kind: "report",
  source: "http://www.xuwen.gov.cn/jxzpgkqkl/content/post_2118370.html",
  notes:
    "Guangdong, county level, 2024, 部门(单位)整体支出 self-evaluation report in the Guangdong (湛江) layout: cover lines 评价年度/评价单位(公章)/填报日期, " +
    "then 一、(the introduction is itself numbered 一、) 二、单位基本情况 (一)(二)(三) .... One paragraph per row, verbatim, including the spaces " +
    "around figures ('成立于 1952 年', '截至 2023 年 12 月 31日', '好路率达 95%', '县道 X695'). The stored copy breaks off inside the paragraph " +
    "'县道 X695 和锦线那板桥危桥改造工程:2024年该桥改造工程开工建设,争取早日'; that paragraph and the rest of the report (funds, indicators, " +
    "scores, problems) are NOT included. The three unnumbered paragraphs after '1、上级部门...' are the page's own (the item '2、' probably " +
    "follows after the cut).",
  sheets: [
    {
      name: "自评报告",
      rows: [
        ["评价年度:2024"],
        ["评价单位(公章): 徐闻县地方公路局"],
        ["填报日期:2025年10月29日"],
        [
          "一、根据县财政局《关于做好 2024年度县级财政资金绩效自评工作的通知》(徐财绩[2025]5号)文件要求,我单位及时布置自评工作,成立自评工作小组,明确分工,落实责任,认真开展自评自查工作。经查阅、核实有关账务及项目等执行情况,填写自评表格并综合分析,形成本评价报告。现将2024年度徐闻县地方公路局整体支出绩效自评情况报告如下:",
        ],
        ["二、单位基本情况"],
        ["(一)单位机构设置、部门职能情况。"],
        [
          "徐闻县地方公路局成立于 1952 年,时称湛江市公路局徐闻公路工区,1965 年更名为公路运输革命委员会徐闻地道站,1973年更名为徐闻县交通局地方公路管理站,1997 年改称为徐闻县地方公路局,由股级升格为副科级事业单位。主要职能是负责境内省、县道公路建设、养护与路政管理工作。截至 2023 年 12 月 31日,本单位财政核定编制在职人员为 36 人,年末实有在职人员为 34 人,退休人员 64 人,临时工人37人。",
        ],
        ["(二)年度总体工作和重点工作任务"],
        [
          "本年度围绕省县道公路建设、养护及路政管理展开工作,重点保障公路安全畅通,提升服务水平,同时加强国有资产管理维护、资产清查及推进危桥改造工程工作。",
        ],
        ["(三)部门整体支出绩效目标"],
        [
          "1、上级部门和市委、市政府下达的工作目标及相关考核指标目标值:无明确上级特殊下达目标,以提升公路服务水平和保障安全畅通为主要方向。",
        ],
        ["县道公路日常养护费:确保全年县道养护路况好路率达 95%,优等路率达 85%,改善行车环境,延长公路使用寿命。"],
        ["成品油价格和税费改革税收返还支出:用于公路相关建设与维护,保障资金合理使用,提升公路整体状况。"],
      ],
      merges: [],
    },
  ],
  expect: {
    mustFlag: [
      {
        id: "staff-figures-wrong-year",
        sheet: "自评报告",
        rows: [7],
        severity: "warning",
        why:
          "The report evaluates 2024 (评价年度:2024, '现将2024年度...报告如下') but gives staff 'as at 2023 年 12 月 31日' (编制 36, 实有 34, 退休 64, " +
          "临时工 37): the figures are a year old or the date is a leftover from the previous report; a reviewer asks for the 2024 year-end figures.",
      },
    ],
    mustNotFlag: [
      {
        sheet: "自评报告",
        rows: [7],
        severities: ["error"],
        why: "Staff figures are internally consistent: 实有在职 34 ≤ 核定编制 36 (在职人员控制率 34 ÷ 36 = 94.44% ≤ 100%); 退休 64 and 临时工 37 are separate counts with no stated total.",
      },
      {
        sheet: "自评报告",
        rows: [4, 5, 6, 8, 10, 11],
        why: "一、二、 consecutive (the introduction is numbered 一、 as on the page); (一)(二)(三) consecutive; '1、' opens its level.",
      },
      {
        sheet: "自评报告",
        rows: [12],
        why: "好路率 95% and 优等路率 85% are targets, not computed rates; nothing to recompute.",
      },
    ],
  },
};
