// 重庆市大足区发展和改革委员会 — 2020年度部门整体支出绩效自评报告, opening of 一、基本情况.
export default {
  name: "dazu-fagaiwei-2020",
  province: "重庆",
  kind: "report",
  source: "http://www.dazu.gov.cn/qzfbm/fzggw/zwgk_53321/fdzdgknr_53323/ysjs/ys/202108/t20210803_9535178.html",
  notes:
    "Chongqing, district level (大足区发展改革委), 2020, 部门整体支出绩效自评报告 (Chongqing outline: 一、基本情况 (一)部门基本情况。). One paragraph " +
    "per row: title, 一、, (一), the 职能 paragraph and the 机构 paragraph. Left out as page chrome: navigation, 索引号/发布机构/日期 block. The stored " +
    "copy breaks off inside the 机构 paragraph ('…下设2个管理机构,一是正处级事业单位区经济信息中心;二是正科级事业单位大足区军粮供应'); that " +
    "paragraph is kept up to '…户改办等临时机构设在发改委;' and the unfinished clause about the 2个管理机构 is left out (its list is cut). " +
    "Everything after it (staff, budget, scores) is NOT in the copy. Consistent case.",
  sheets: [
    {
      name: "自评报告",
      rows: [
        ["重庆市大足区发展和改革委员会2020年度部门整体支出绩效自评报告"],
        ["一、基本情况"],
        ["(一)部门基本情况。"],
        [
          "区发展改革委为区政府综合经济牵头主管部门,主要承担全区经济社会中长期发展战略规划编制实施、产业发展指导、年度经济社会发展计划制定及运行分析监测、固定资产投资管理及重点项目推进、工程项目招投标综合监管、粮食调控管理、民生价格服务、统筹城乡改革研究等几大块职能,以及区委区政府安排的其他重大事项和工作任务。",
        ],
        [
          "发改委内设办公室、综合科(挂区西部开发办)、固定资产投资科(挂区重点项目办、行政审批科)、体制改革科(挂推进城镇化工作办公室)、产业发展科、社会发展科、公共资源交易管理科、粮食调控管理科(挂军粮供应管理科)、信用建设科、资环能源科、价格收费管理科、价格认定科等12个科室。另有循环经济示范地区创建办、推动长江经济发展办、国动委经动办、户改办等临时机构设在发改委;",
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
          "'等12个科室' after exactly 12 names: 办公室, 综合科, 固定资产投资科, 体制改革科, 产业发展科, 社会发展科, 公共资源交易管理科, 粮食调控管理科, " +
          "信用建设科, 资环能源科, 价格收费管理科, 价格认定科. The 、 inside '(挂区重点项目办、行政审批科)' separates names of bodies hung on one 科, " +
          "not further 科室 — splitting there would give 13. The 临时机构 list carries no count ('等临时机构').",
      },
      {
        sheet: "自评报告",
        rows: [2, 3],
        why: "一、 → (一) heading order and styles are right.",
      },
    ],
  },
};
