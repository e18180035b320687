// 内蒙古自治区审计厅 — 2020年度决算公开报告: 目录 (incl. 三、预算绩效情况说明) and the first body headings.
export default {
  name: "neimenggu-shenjiting-2020",
  province: "内蒙古",
  kind: "report",
  source: "http://audit.nmg.gov.cn/zfxxgk/fdzdgknr/yjsgk/202108/t20210830_1861152.html",
  notes:
    "Inner Mongolia, provincial level (内蒙古自治区审计厅), the 2020 决算公开报告 (published 2021-08-30). A 决算 document whose second part contains " +
    "'三、预算绩效情况说明 (一)预算绩效管理工作开展情况 (二)部门决算中项目绩效自评结果'; that text lies beyond the stored copy. Included as a consistent " +
    "heading case with four parts, part-wise restarts and three levels (一、 (一) 1、). One paragraph per row: title, 目录, body headings. Left out as page " +
    "chrome: search box, breadcrumb, '发布时间:2021-08-30 17:52 分享到:'. The copy breaks off inside the first 职责 item ('(一)贯彻执行国家有关审计方针" +
    "政策、法律法规;参与制订自治区财经方面的审计法规和规章'), which is left out with everything after it. Spacing as stored ('第一部分部门基本情况' in " +
    "the 目录, '第一部分  部门基本情况' with two spaces in the body). The 目录 says '一、部门职责' where the body says '一、单位职能、职责' — a wording " +
    "difference, not a numbering one.",
  sheets: [
    {
      name: "决算公开报告",
      rows: [
        ["内蒙古自治区审计厅2020年度决算公开报告"],
        ["目录"],
        ["第一部分部门基本情况"],
        ["一、部门职责"],
        ["二、机构设置"],
        ["第二部分2020年度部门决算情况说明"],
        ["一、关于2020年度预算执行情况分析"],
        ["二、关于2020年度决算情况说明"],
        ["(一)关于收支情况总体说明"],
        ["(二)关于2020年度收入决算情况说明"],
        ["(三)关于2020年度支出决算情况说明"],
        ["(四)关于2020年度财政拨款收入支出决算总体情况说明"],
        ["(五)关于2020年度一般公共预算财政拨款支出决算情况说明"],
        ["(六)关于2020年度一般公共预算财政拨款基本支出决算情况说明"],
        ["(七)关于2020年度财政拨款“三公”经费支出决算情况说明"],
        ["1、财政拨款“三公”经费支出决算总体情况说明"],
        ["2、财政拨款“三公”经费支出决算具体情况说明"],
        ["三、预算绩效情况说明"],
        ["(一)预算绩效管理工作开展情况"],
        ["(二)部门决算中项目绩效自评结果"],
        ["四、其他重要事项的情况说明"],
        ["(一)机关运行经费支出情况"],
        ["(二)政府采购支出情况"],
        ["(三)国有资产占用情况"],
        ["第三部分名词解释"],
        ["第四部分决算公开联系方式及信息反馈渠道"],
        ["第五部分部门决算公开表"],
        ["一、收入支出决算总表"],
        ["二、收入决算表"],
        ["三、支出决算表"],
        ["四、财政拨款收入支出决算总表"],
        ["五、一般公共预算财政拨款支出决算表"],
        ["六、一般公共预算财政拨款基本支出决算明细表"],
        ["七、政府性基金预算财政拨款收入支出决算表"],
        ["八、国有资本经营预算财政拨款收入支出决算表"],
        ["九、机构运行信息表"],
        ["第一部分  部门基本情况"],
        ["一、单位职能、职责"],
      ],
      merges: [],
    },
  ],
  expect: {
    mustFlag: [],
    mustNotFlag: [
      {
        sheet: "决算公开报告",
        rows: [
          3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31,
          32, 33, 34, 35, 36,
        ],
        why:
          "目录: 第一–第五部分 consecutive; 一、 restarts under each part (一–二, 一–四, 一–九); (一)–(七), (一)–(二), (一)–(三) consecutive under their " +
          "parents; 1、2、 under (七); one style per level.",
      },
      {
        sheet: "决算公开报告",
        rows: [37, 38],
        severities: ["error"],
        why: "The body restarts at 第一部分 / 一、 after the 目录 — document structure, not a numbering error.",
      },
    ],
  },
};
