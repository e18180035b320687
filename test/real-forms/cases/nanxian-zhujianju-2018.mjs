// 南县住房和城乡建设局 (湖南益阳) — 2018年度整体支出绩效评价报告: introduction and 一、部门概况 1、 (organisation and staff).
export default {
  name: "nanxian-zhujianju-2018",
  province: "湖南",
  kind: "report",
  source: "http://www.nanxian.gov.cn/jc_nx/187/195/content_16189.html",
  notes:
    "Hunan, county level (南县住房和城乡建设局), 2018, 整体支出绩效评价报告. One paragraph per row: page title, the two-line report title, the " +
    "introduction, 一、部门概况 and its item 1、. Left out as page chrome: '归档时间', breadcrumb, '详细信息 / 公开具体内容'. The stored copy breaks off " +
    "inside item 1、 at '行政事业总编制为249个,其中行政编13个、全额事业编45个、差额' — the 编制 breakdown is cut mid-list, so item 1、 is kept only up " +
    "to '…离退休人员85人。' (a half list would fake a sum error: 13 + 45 ≠ 249) and the rest is NOT included. The heading style goes from 一、 straight " +
    "to 1、 (no (一) level), and the page uses 【】 around document numbers; both verbatim.",
  sheets: [
    {
      name: "评价报告",
      rows: [
        ["南县住房和城乡建设局2018年度整体支出 绩效评价报告"],
        ["南县住房和城乡建设局2018年度整体支出"],
        ["绩效评价报告"],
        [
          "为检验预算编制的科学性、合理性、规范性,提升我局预算编制、执行、监督和绩效管理等能力水平,强化预算支出责任,进一步管理和使用好财务资金,确保财政资金使用效益,为了以后年度资金预算安排及年度绩效评估考核提供参考依据,依据《中华人民共和国预算法》、《湖南省人民政府关于全面推进预算绩效管理的意见》(湘政发【2012】33号)、《预算管理绩效管理工作考核办法》(湘财绩【2015】15号)、《南县人民政府关于全面推进预算绩效管理的意见》(南政发【2014】7号)、《南县财政局关于做好2018年度预算绩效自评工作的通知》(南财绩【2019】7号)等文件的规定,我局已经对2018年度预算绩效进行自我评价。具体情况报告如下:",
        ],
        ["一、部门概况"],
        [
          "1、组织机构设置及人员情况:南县住房和城乡建设局正科级行政单位,内设办公室、人事股、财计股、法规股、联合工会、政务服务股、房改股、城建档案馆、城市建设股、村镇建设股、规划技术股、规划管理股、建筑管理股、公用事业股、建设工程管理站、燃气办、质安监站、建筑材料检测中心、城乡规划建设服务中心、规划勘测设计院、信息中心21个股室和直属单位,另按规定设立了机关党支部、纪检监察室。下辖自来水公司、环境卫生管理处、公用事业设施管理站、德昌公园管理处、路灯管理所、建筑勘察设计院、园林绿化管理处、建筑工程公司8个二级单位。全局现有在职人员246人,离退休人员85人。",
        ],
      ],
      merges: [],
    },
  ],
  expect: {
    mustFlag: [],
    mustNotFlag: [
      {
        sheet: "评价报告",
        rows: [6],
        severities: ["error"],
        why:
          "Counts agree with their lists: '…21个股室和直属单位' after exactly 21 names (办公室, 人事股, 财计股, 法规股, 联合工会, 政务服务股, 房改股, 城建档案馆, " +
          "城市建设股, 村镇建设股, 规划技术股, 规划管理股, 建筑管理股, 公用事业股, 建设工程管理站, 燃气办, 质安监站, 建筑材料检测中心, 城乡规划建设服务中心, " +
          "规划勘测设计院, 信息中心); '…8个二级单位' after exactly 8 (自来水公司, 环境卫生管理处, 公用事业设施管理站, 德昌公园管理处, 路灯管理所, 建筑勘察设计院, " +
          "园林绿化管理处, 建筑工程公司); the 机关党支部、纪检监察室 sentence carries no count. Staff 246 在职 + 85 离退休 are stated without a total. " +
          "The item opens with '1、' directly under '一、' (no (一) level): a style warning is defensible, an error is not.",
      },
      {
        sheet: "评价报告",
        rows: [4, 5],
        why: "Introduction and the first-level heading 一、; nothing to check beyond the heading style.",
      },
    ],
  },
};
