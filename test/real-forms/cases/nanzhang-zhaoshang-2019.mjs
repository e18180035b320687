// 南漳县招商服务中心 (湖北襄阳) 2019年部门决算 — 目录 and 第一部分 概况 (职能, 机构, 人员).
export default {
  name: "nanzhang-zhaoshang-2019",
  province: "湖北",
  kind: "report",
  source: "http://www.hbnz.gov.cn/bmxz/bm/zsfwzx/fdzdgk/czgk/202010/t20201021_2291670.shtml",
  notes:
    "Hubei, county level, 2019 部门决算 of 南漳县招商服务中心 (a 全额拨款事业单位), published 2020-10-21 on the county portal. One paragraph per row in column A, " +
    "verbatim (double spaces after '第一部分'/'第二部分' and the break in '资 金' are the page's). Left out: the page's navigation line and date line; the " +
    "line under the title that reads '  录' in the stored copy (the '目' of '目录' is missing there); and, after the heading '第二部分  县招商服务中心2019年部门决算表', " +
    "the '一、收入支出决算总表' (公开01表, 金额单位:万元), which the stored copy flattens cell by cell and cuts off after its fourth line pair (五、经…) — that table is " +
    "NOT included. The body restarts at 第一部分 after the list of parts. The staff sentence counts 编制 25, 在职在编 16, 人事派遣 5, 退休 6.",
  sheets: [
    {
      name: "部门决算",
      rows: [
        ["南漳县招商服务中心2019年部门决算"],
        ["第一部分县招商服务中心概况"],
        ["第二部分 县招商服务中心2019年部门决算表"],
        ["第三部分 县招商服务中心2019年部门决算情况说明"],
        ["第四部分 县招商服务中心2019年分配专项转移支付资 金安排情况说明"],
        ["第五部分 名词解释"],
        ["第一部分  县招商服务中心概况"],
        ["一、部门职能"],
        [
          "招商服务中心担负着全县招商引资工作、负责全县在境内外举办的招商引资活动的组织实施、负责协调解决埠外投资项目遇到的困难和问题并提供后续服务、负责全县经济技术协作工作。",
        ],
        ["二、部门决算单位机构设置及人员情况"],
        [
          "南漳县招商服务中心属于县委、县政府下设一级局,全额拨款事业单位,担负着全县的招商引资工作。招商服务中心设9个内设机构,分别为:办公室、投资促进股科、区域协作股、招商股、信息统计股、政工人事股、政策法规股、项目服务股。招商服务中心内有事业编制25名。现单位实有在职在编人员16名,人事派遣人员5名,退休职工6名。",
        ],
        ["第二部分  县招商服务中心2019年部门决算表"],
      ],
      merges: [],
    },
  ],
  expect: {
    mustFlag: [
      {
        id: "stated-count-disagrees-with-list",
        sheet: "部门决算",
        rows: [11],
        severity: "warning",
        why:
          "'设9个内设机构,分别为:' lists 8 names: 办公室、投资促进股科、区域协作股、招商股、信息统计股、政工人事股、政策法规股、项目服务股 = 8 ≠ 9. " +
          "Either the count or the list is wrong ('投资促进股科' may hide two names); a reviewer would send it back for correction.",
      },
    ],
    mustNotFlag: [
      {
        sheet: "部门决算",
        rows: [11],
        severities: ["error"],
        why:
          "Staff: 实有在职在编 16 ≤ 事业编制 25 (64%). 人事派遣 5 and 退休 6 are not 编制 posts: adding 16 + 5 + 6 = 27 and comparing with 25 would be a false alarm. " +
          "The only finding on this row is the count-vs-list warning.",
      },
      {
        sheet: "部门决算",
        rows: [2, 3, 4, 5, 6, 7, 8, 10, 12],
        severities: ["error"],
        why: "第一部分…第五部分 in the list are consecutive; the body restarts at 第一部分 and 第二部分 after the list (document structure), and 一、二、 are consecutive.",
      },
    ],
  },
};
