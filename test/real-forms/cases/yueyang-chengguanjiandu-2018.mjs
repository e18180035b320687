// 岳阳市城市管理监督指挥中心 (湖南) — 2018年度部门整体支出绩效评价自评报告: cover and 一、部门(单位)基本概况 table.
export default {
  name: "yueyang-chengguanjiandu-2018",
  province: "湖南",
  kind: "both",
  source: "http://www.yueyang.gov.cn/cgj/9886/9901/content_1560779.html",
  notes:
    "Hunan, prefecture level (岳阳市城市管理监督指挥中心, under 市城管局), 2018, the Hunan 部门整体支出绩效评价自评报告 form ('岳阳市财政局(制)'): " +
    "cover lines (one per row in column A), then section 一、部门(单位)基本概况, which on the page is a table — transcribed as a 4-column block: " +
    "联系人/吴俊/联络电话/8690022, 人员编制/21/实有人数/21, then three label/text rows whose text spans columns B:D. The page flattens the table into " +
    "one cell per line; cells were placed in the form's own order and the B:D merges are reconstructed. The label '年度主要\\n\\n工作内容' was " +
    "broken over lines on the page and is joined as '年度主要工作内容'. The phone number is kept as text. Row 1 is the page title (it names the " +
    "attached 评分表 for 整体支出 and for the 数字城管信息采集服务费 project). Left out as page chrome: '来源:财务科 2019-07-09', '浏览量'. " +
    "Whitespace runs on the cover lines are kept as single/triple spaces as stored, trailing spaces trimmed. The stored copy breaks off at " +
    "'二、部门(单位' — sections 二 onward (funds, indicators) and both 评分表 are NOT included.",
  sheets: [
    {
      name: "自评报告",
      rows: [
        ["岳阳市城市管理监督指挥中心2018绩效评价自评报告及评分表(整体支出和数字城管信息采集服务费专项支出)"],
        ["岳阳市2018年度部门整体支出"],
        ["绩效评价自评报告"],
        ["部门(单位)名称:  岳阳市城市管理监督指挥中心"],
        ["预 算 编 码:   906017"],
        ["评价方式:部门(单位)绩效自评"],
        ["评价机构:部门(单位)评价组"],
        ["报告日期:2019年06月18日"],
        ["岳阳市财政局(制)"],
        ["一、部门(单位)基本概况"],
        ["联系人", "吴俊", "联络电话", "8690022"],
        ["人员编制", 21, "实有人数", 21],
        [
          "职能职责概述",
          "负责全市数字化城市管理监督、指挥、调度和协调工作。负责全市数字化城市管理系统市级平台的日常维护和管理。负责对各类城市管理信息的收集、分析和整理。对数字城管终端单的考核考评,负责受理数字化城市管理的投诉、举报等有关工作。负责对县市区数字化城市管理工作的业务指导。",
          null,
          null,
        ],
        [
          "年度主要工作内容",
          "1.完成数字化城市管理监督、指挥、调度和协调工作。2.做好全市数字化城市管理系统市级平台的日常维护和管理。3.对各类城市管理信息的收集、分析和整理。4.完成数字城管各终端单位的考核考评。4.对受理的数字化城市管理的投诉、举报等有关工作进行处理。5.对各县市区数字化城市管理工作的业务指导。",
          null,
          null,
        ],
        [
          "年度部门(单位)总体运行情况及取得的成绩",
          "我中心的数字城管二期建设项目属于市新增长极建设项目,已于2018年验收运行。据国家卫生城市复查迎检标准,按时报送资料,及时监督发现和指挥处置各类城市管理问题。按要求对城市管理中的重大疑难问题,主动和各单位、部门沟通协调。",
          null,
          null,
        ],
      ],
      merges: ["B13:D13", "B14:D14", "B15:D15"],
    },
  ],
  expect: {
    mustFlag: [
      {
        id: "list-numbering-repeated",
        sheet: "自评报告",
        rows: [14],
        severity: "warning",
        why:
          "The 年度主要工作内容 items are numbered 1. 2. 3. 4. 4. 5. — '4.' is used twice (考核考评 and 投诉举报), so the six items carry five numbers; " +
          "numbering within a level must be consecutive.",
      },
    ],
    mustNotFlag: [
      {
        sheet: "自评报告",
        rows: [12],
        why: "人员编制 21, 实有人数 21 → 在职人员控制率 21 ÷ 21 = 100% ≤ 100%.",
      },
      {
        sheet: "自评报告",
        rows: [11],
        why: "Contact row: '8690022' is a phone number kept as text, not an amount.",
      },
      {
        sheet: "自评报告",
        rows: [4, 5, 6, 7, 8, 9, 10],
        why: "Cover lines and the section heading 一、 (the only section in the copy).",
      },
    ],
  },
};
