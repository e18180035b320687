// 益阳市赫山区城市管理和综合执法局 (湖南) 2019年部门整体支出绩效评价报告 — opening (一、基本情况: 机构, 人员, 职责).
export default {
  name: "heshan-chengguan-2019",
  province: "湖南",
  kind: "report",
  source: "http://www.hnhs.gov.cn/23247/23297/23780/content_1219000.html",
  notes:
    "Hunan, district level, 2019 部门整体支出绩效评价报告 of 赫山区城市管理和综合执法局, published 2020-07-27. One paragraph per row in column A, verbatim. " +
    "Left out: the page title line, the '信息来源/索引号/发布机构' lines, and everything from the paragraph '3.负责职责…' on, where the stored copy breaks off " +
    "mid-sentence (so 职责 items 3 onwards, the funds, indicators and score are NOT included). Joined: '2.' and '人员编制' (row 11) and '1.' and its text (row 14) " +
    "are on separate lines in the copy. The stored copy has evidently lost some characters: the document numbers read '益赫政发201612号', '湘政发〔201910号', " +
    "'湘财绩〔20207号' (brackets missing), '①局机关内设股室7' has no measure word, and between '①' and '③' the line '局下辖“17个大队、4个中队、1个服务中心”' " +
    "carries no '②' — so whether the document itself skips ② cannot be told from this copy. The staff sentence breaks 1894 into 局本级 187 and 环卫处 1707, " +
    "each with its own parts.",
  sheets: [
    {
      name: "绩效评价报告",
      rows: [
        ["益阳市赫山区城市管理和综合执法局"],
        ["2019年部门整体支出绩效评价报告"],
        [
          "根据《益阳市赫山区人民政府关于全面推进预算绩效管理的实施意见》(益赫政发201612号)、《中共湖南省委办公厅  湖南省人民政府办公厅关于全面实施预算绩效管理的实施意见》(湘政发〔201910号)和《湖南省财政厅关于印发〈湖南省预算支出绩效评价管理办法〉的通知》(湘财绩〔20207号)等有关文件精神,本着对预算支出的经济性、效率性和效益性进行客观、公正的评价的原则,按照绩效评价要求,我局积极组织,对2019年度本单位整体支出进行了绩效自评,现将具体绩效评价情况报告如下:",
        ],
        ["一、基本情况"],
        ["1.机构设置"],
        ["①局机关内设股室7"],
        ["内设股室:办公室、督查考核股、法制股、市政公用设施管理股、财务股、人事股、城市管理指挥中心。"],
        ["局下辖“17个大队、4个中队、1个服务中心”"],
        ["③区级办公室2"],
        ["区城市管理委员会办公室、区查违办"],
        ["2.人员编制"],
        [
          "区城管执法局现有人员1894人,其中局本级187人(在职在编139人、退休人员8人、协管员40人),环卫处1707人(在职在编132人、退休人员148人、临聘人员272人、3个市场化公司聘用人员1155人)。",
        ],
        ["3.职责职能"],
        [
          "1.贯彻执行城市管理和综合执法工作的方针政策和法律法规。深化城市管理综合行政执法体制改革,加强城市管理行政执法体系建设。",
        ],
        ["2.负责指导、协调、监督和考核全区城市管理和综合执法工作。"],
      ],
      merges: [],
    },
  ],
  expect: {
    mustFlag: [],
    mustNotFlag: [
      {
        sheet: "绩效评价报告",
        rows: [12],
        why: "局本级 139 + 8 + 40 = 187; 环卫处 132 + 148 + 272 + 1155 = 1707; 187 + 1707 = 1894 = 现有人员. Every stated total equals its parts.",
      },
      {
        sheet: "绩效评价报告",
        rows: [6, 7, 9, 10],
        severities: ["error"],
        why:
          "'内设股室7' and seven names (办公室、督查考核股、法制股、市政公用设施管理股、财务股、人事股、城市管理指挥中心); '区级办公室2' and two names " +
          "(区城市管理委员会办公室、区查违办). A warning that the circled numbers run ① then ③ is defensible, but the stored copy may have lost a '②'.",
      },
      {
        sheet: "绩效评价报告",
        rows: [8],
        severities: ["error"],
        why: "17个大队、4个中队、1个服务中心 states no total, so there is nothing to add up; the missing '②' is at most a warning.",
      },
      {
        sheet: "绩效评价报告",
        rows: [4, 5, 11, 13],
        why: "一、 then 1. 2. 3. under it, consecutive and one style.",
      },
      {
        sheet: "绩效评价报告",
        rows: [14, 15],
        severities: ["error"],
        why:
          "A list 1. 2. nested under '3.职责职能' in the same '1.' style as its parent level; consecutive within the parent — a warning about one style at two " +
          "levels is defensible, an error is not.",
      },
      {
        sheet: "绩效评价报告",
        rows: [3],
        severities: ["error"],
        why: "Citation paragraph; the malformed document numbers are not figures the checker computes with.",
      },
    ],
  },
};
