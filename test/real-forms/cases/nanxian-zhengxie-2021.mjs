// 政协南县委员会 (湖南益阳) — 部门整体支出绩效评价报告 (2021年度), 一、基本情况 (一)–(三).
export default {
  name: "nanxian-zhengxie-2021",
  province: "湖南",
  kind: "report",
  source: "http://www.hnnxzx.com/a/webbase/div-css/2022/0415/1230.html",
  notes:
    "Hunan, county level (南县政协, its own site '南县政协网站', published by 县政协办 2022-04-15), budget year 2021, 部门整体支出绩效评价报告. " +
    "One paragraph per row: the page title, the report title, 一、基本情况 with (一)(二)(三). Left out as page chrome: site banner, breadcrumb, " +
    "'【字体】【发布时间】【作者】【阅读' line. The stored copy breaks off in the (三) paragraph inside its list of 项目支出 amounts ('…派出纪检监察组" +
    "专项经费5万元,调研协商'); that paragraph is kept only up to its second sentence ('…日常公用经费支出等。') so that no half list of project " +
    "amounts is transcribed; the amounts and everything after are NOT included. Verbatim otherwise ('增加31.39%', '35.9%' with one decimal). " +
    "Consistent case.",
  sheets: [
    {
      name: "评价报告",
      rows: [
        ["部门整体支出及项目支出绩效评价报告"],
        ["部门整体支出绩效评价报告"],
        ["一、基本情况"],
        ["(一)部门整体支出概况。"],
        ["2021年部门决算收支完成情况。"],
        [
          "1、收入:792.22万元。同比上年度增加189.25万元,增加31.39%。其中:财政拨款收入792.22万元,同比上年度增加209.28万元,增加35.9%。",
        ],
        ["2、支出:799.12万元。其中:人员经费支出434.89万元,公用经费支出77.4万元,项目支出286.83万元。"],
        ["(二)部门整体支出绩效目标。"],
        [
          "县政协坚持按照县委“工业强、农业优、三产活、项目兴、生态好”十五字方针和“一县、一海、一地”发展定位,精准发力,持续用力,确保“十四五”开好局,起好步,奋力谱写南县高质量跨越发展新篇章的理念,努力做到思想上求精心、工作上求精细、成果上求精品,为推动发展献计出力。充分发挥政协纽带作用,努力做好联谊交流,协调关系工作,为南县建设凝心聚力、切实转变作风、夯实基础,不断加强自身建设,不断解放思想、开拓创新,着力提升履职的能力和水平。",
        ],
        [
          "县政协牢牢把握团结和民主两大主题,切实履行政治协商、民主监督、参政议政三大职能,做好了协调关系、汇集力量、建言献策、服务大局的各项工作,为助推我县经济社会又好又快发展作出了应有贡献。",
        ],
        ["(三)部门整体支出或项目实施情况分析。"],
        ["本项目由基本支出和项目支出两个部分构成。基本支出主要包括人员经费及日常公用经费支出等。"],
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
        why:
          "上年收入 = 792.22 − 189.25 = 602.97; 189.25 ÷ 602.97 = 31.386% → 31.39% as stated. 上年财政拨款 = 792.22 − 209.28 = 582.94; 209.28 ÷ 582.94 = " +
          "35.901% → 35.9% (35.90%) as stated. 财政拨款收入 792.22 is '其中' of 收入 792.22 (≤ total).",
      },
      {
        sheet: "评价报告",
        rows: [7],
        why:
          "支出 799.12 = 人员经费 434.89 + 公用经费 77.4 + 项目支出 286.83 (434.89 + 77.40 + 286.83 = 799.12). Spending 6.90 above the year's income is " +
          "funded from balances and is not an execution-rate figure.",
      },
      {
        sheet: "评价报告",
        rows: [9, 10, 12],
        why:
          "Counts with their lists: 十五字方针 = 工业强、农业优、三产活、项目兴、生态好 (5 × 3 = 15 characters); 两大主题 = 团结、民主; 三大职能 = 政治协商、" +
          "民主监督、参政议政; 两个部分 = 基本支出、项目支出.",
      },
      {
        sheet: "评价报告",
        rows: [3, 4, 8, 11],
        why: "Headings 一、 → (一)(二)(三) consecutive; the 1、 2、 items under (一) are consecutive.",
      },
    ],
  },
};
