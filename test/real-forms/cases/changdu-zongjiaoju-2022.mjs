// 西藏昌都市宗教事务局 — 2022年1-9月部门整体支出绩效评价报告 (third party, 藏源财绩【2022】第186号): cover, 目录 and opening.
export default {
  name: "changdu-zongjiaoju-2022",
  province: "西藏",
  kind: "report",
  source: "https://zjsw.changdu.gov.cn/cdsmzzj/c102701/202301/af3ddc0d3b1a4683a5208b0dfebd9130.shtml",
  notes:
    "Tibet, prefecture level (昌都市宗教事务局), January–September 2022, 部门整体支出绩效评价报告 written by 西藏楚源会计师事务所 for 昌都市财政局. " +
    "Its outline follows the 共性指标 framework (四、绩效评价分析情况: 绩效管理, 预算配置, 预算执行, 预算管理, 资产管理, 职责履行情况, 履职成果). One paragraph " +
    "per row: cover lines, the 目录 (each entry keeps its trailing page number, separated by a space as stored), the body title, the 文号, the " +
    "introduction, 一、 and (一). The stored copy breaks off in the first 职责 item ('1.贯彻执行党中央、国务院和自治区关于宗教工作的'), which is left " +
    "out with everything after it (budget, scores). The space in '(三) 部门(单位)重点工作任务概述' is the page's. Noticed but outside the domain rules, " +
    "so not encoded: the 目录's page numbers run backwards ('(二)预算执行情况 7' then '三、绩效评价工作情况 5', and '二、…3' before '(一)…4').",
  sheets: [
    {
      name: "评价报告",
      rows: [
        ["西藏昌都市宗教事务局2022年1-9月"],
        ["部门整体支出绩效评价报告"],
        ["项目名称:2022年1-9月部门整体支出绩效评价"],
        ["实施单位:西藏昌都市宗教事务局"],
        ["委托单位:昌都市财政局"],
        ["评价机构:西藏楚源会计师事务所(普通合伙)"],
        ["2022年11月"],
        ["目 录"],
        ["一、部门(单位)概况 1"],
        ["(一)部门(单位)职能职责 1"],
        ["(二)部门组织架构 1"],
        ["(三) 部门(单位)重点工作任务概述 3"],
        ["二、预算编制及执行情况 3"],
        ["(一)预算编制情况 4"],
        ["(二)预算执行情况 7"],
        ["三、绩效评价工作情况 5"],
        ["(一)绩效评价目的 8"],
        ["(二)绩效评价原则、评价指标体系、评价方法 8"],
        ["(三)绩效评价工作过程 8"],
        ["四、绩效评价分析情况 9"],
        ["(一)绩效管理 9"],
        ["(二)预算配置 10"],
        ["(三)预算执行 11"],
        ["(四)预算管理 13"],
        ["(五)资产管理 15"],
        ["(六)职责履行情况 16"],
        ["(七)履职成果 17"],
        ["五、绩效综合评价及结论 18"],
        ["六、主要问题及具体建议 19"],
        ["(一)存在的问题 19"],
        ["(二)下一步改进工作的意见和建议 19"],
        ["西藏昌都市宗教事务局2022年1-9月部门整体支出绩效评价报告"],
        ["藏源财绩【2022】第186号"],
        [
          "按照西藏自治区《西藏自治区财政支出预算绩效评价管理暂行办法》(藏财预字〔2017〕89号)、《项目支出绩效评价管理办法》(财预〔2020〕10号)以及《<昌都市本级全面实施预算绩效管理的实施方案>的通知》(昌党发〔2020〕4号),我们接受昌都市财政局(以下简称“市财政局”)委托,于2022年11月10日至2022年11月27日对西藏昌都市宗教事务局(以下简称“市宗教局”)2022年1-9月部门整体支出开展绩效评价,具体情况如下:结合本项目的实际情况,我们实施了查阅资料、实地察看、社会调查、检查、函证、询问、计算、分析性复核等评价程序,现将有关情况报告如下:",
        ],
        ["一、部门(单位)概况"],
        ["(一)部门(单位)职能职责"],
        ["市宗教局主要职责是:"],
      ],
      merges: [],
    },
  ],
  expect: {
    mustFlag: [],
    mustNotFlag: [
      {
        sheet: "评价报告",
        rows: [9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31],
        why:
          "目录: 一–六 consecutive; (一)–(三), (一)–(二), (一)–(三), (一)–(七), (一)–(二) consecutive under their parents, one style per level. The trailing " +
          "numbers are page numbers, not amounts or heading numbers.",
      },
      {
        sheet: "评价报告",
        rows: [35, 36],
        severities: ["error"],
        why: "The body restarts at 一、(一) after the 目录 — document structure, not a numbering error.",
      },
      {
        sheet: "评价报告",
        rows: [34],
        why: "Introduction: the evaluation ran 2022年11月10日–11月27日, within the cover date 2022年11月; no figures to check.",
      },
    ],
  },
};
