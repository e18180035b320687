// 天水市财政局 (甘肃) — notice publishing the 2021 市级 project and 部门整体支出 绩效评价 reports (dated 2022-12-15).
export default {
  name: "tianshui-caizhengju-2021",
  province: "甘肃",
  kind: "report",
  source: "http://www.tianshui.gov.cn/czj/info/1111/22852.htm",
  notes:
    "Gansu, prefecture level (天水市), budget year 2021. The 财政局's publication notice for third-party 绩效评价 of 8 projects and 2 预算部门 " +
    "(部门整体支出), followed by its list of attachments 附件1–附件10 (the reports themselves are PDFs and are not part of the page). One paragraph " +
    "per row, verbatim, including the typo '以全面完成' (for 已全面完成). The stored copy holds the whole notice (it ends with the signature and date); " +
    "the page title is not in the copy, so the sheet starts at the first paragraph. Nothing left out. Consistent case: the counts in the first " +
    "paragraph match the attachment list.",
  sheets: [
    {
      name: "绩效评价公开",
      rows: [
        [
          "为加强财政支出管理,强化财政支出责任,切实提高财政资金使用效益,按照《中华人民共和国预算法》五十七条的规定,我局委托第三方评价机构,于8月25日至10月24日,对2021年市级预算执行的8个项目和2个预算部门,开展了项目绩效评价和部门整体支出绩效评价工作。目前评价工作以全面完成,现将绩效部分在门户网站公开,请社会各界予以监督。",
        ],
        ["附件:"],
        ["附件1:2021年构树产业发展及体验服务综合体建设补助资金项目绩效评价报告.pdf"],
        ["附件2:陆港委2018年—2021年秦州三阳川隧道项目绩效评价报告.pdf"],
        ["附件3:天水市各县区乡镇2021年乡村公益性补贴绩效评价报告.pdf"],
        ["附件4:天水市二十里铺大桥及接线工程项目绩效评价报告.pdf"],
        ["附件5:天水市卫生学校2021年屋面改造及信息化能力提升建设项目绩效评价报告.pdf"],
        ["附件6:天水市食品检验检测中心2021年食品安全监督抽验经费项目绩效评价报告.pdf"],
        ["附件7:天水市公安局2021年社会治安防控体系信息化建设项目绩效评价报告.pdf"],
        ["附件8:2021年度天水日报社整体搬迁项目绩效评价报告.pdf"],
        ["附件9:2021年度天水市残疾人联合会部门整体支出绩效评价报告.pdf"],
        ["附件10:天水市公安局交通警察支队部门整体支出绩效评价报告.pdf"],
        ["天水市财政局"],
        ["2022年12月15日"],
      ],
      merges: [],
    },
  ],
  expect: {
    mustFlag: [],
    mustNotFlag: [
      {
        sheet: "绩效评价公开",
        rows: [1],
        why: "'8个项目和2个预算部门' matches the attachments: 附件1–8 are 项目绩效评价报告 (8) and 附件9–10 are 部门整体支出绩效评价报告 (2); 8 + 2 = 10 attachments.",
      },
      {
        sheet: "绩效评价公开",
        rows: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        why: "附件1 … 附件10 numbered consecutively in one style.",
      },
    ],
  },
};
