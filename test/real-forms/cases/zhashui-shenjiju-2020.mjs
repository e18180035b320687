// 柞水县审计局 (陕西商洛) — 2020年部门决算: 目录 and the opening of 第一部分 (职责 list to (2)).
export default {
  name: "zhashui-shenjiju-2020",
  province: "陕西",
  kind: "report",
  source: "http://219.145.244.73:88/html/zwgk/czysjs/118395.html",
  notes:
    "Shaanxi, county level (柞水县审计局, 商洛市), the 2020 部门决算 publication. It is a 决算 document, not a 绩效 report (its '四、2020年度部门绩效" +
    "管理情况说明' lies beyond the copy); included as a consistent heading case from Shaanxi with four levels (一、 (一) 1. (1)) and part-wise " +
    "restarts (第一部分–第四部分). The host is given as an IP address (the county portal's 政务公开/财政预决算 path 'zwgk/czysjs'); the unit and " +
    "content identify it. One paragraph per row. The 目录 item '三、2020年度“三公”经费、培训费及会议费支出情' / '况说明' is broken over two lines in " +
    "the stored copy and is joined into one row. The copy breaks off at '(3)县级各部门(单位)及其下属单位的财务', which is left out with everything " +
    "after it. The spacing '第二部分 2020 年部门决算表' is the page's.",
  sheets: [
    {
      name: "决算公开",
      rows: [
        ["柞水县审计局2020年部门决算"],
        ["保密审查情况:已审查"],
        ["部门主要负责人审签情况:已审签"],
        ["目 录"],
        ["第一部分 部门概况"],
        ["一、部门主要职责及内设机构"],
        ["二、部门决算单位构成"],
        ["三、部门人员情况"],
        ["第二部分 2020 年部门决算表"],
        ["一、收入支出决算总表"],
        ["二、收入决算总表"],
        ["三、支出决算总表"],
        ["四、财政拨款收入支出决算总表"],
        ["五、一般公共预算财政拨款支出决算表"],
        ["六、一般公共预算财政拨款基本支出决算表"],
        ["七、一般公共预算财政拨款“三公”经费及会议费、培训费支出决算表"],
        ["八、政府性基金预算财政拨款收入支出决算表"],
        ["九、国有资本经营预算财政拨款支出决算表"],
        ["第三部分 2020年部门决算情况说明"],
        ["一、收入支出决算总体情况说明"],
        ["二、2020年度财政拨款收入支出总体情况说明"],
        ["三、2020年度“三公”经费、培训费及会议费支出情况说明"],
        ["四、2020年度部门绩效管理情况说明"],
        ["五、其他重要事项的情况说明"],
        ["第四部分 专业名词解释"],
        ["第一部分 部门概况"],
        ["一、部门主要职责及内设机构"],
        ["(一)主要职责"],
        [
          "根据《中共商洛市委办公室、商洛市人民政府办公室关于印发<商洛市柞水县机构改革方案>的通知》(商办字〔2019〕14号),柞水县审计局是主管全县审计工作的县政府工作部门。",
        ],
        ["1.贯彻执行国家、省、市审计方针政策;参与制定地方性审计、财经法规,制定审计规章制度并监督执行情况。"],
        [
          "2.向县委审计委员会提出年度县级预算执行和其他财政支出情况的审计报告,向县政府报告和向县政府有关部门通报审计情况,提出制定和完善政策措施的建议。",
        ],
        ["3.依据《中华人民共和国审计法》的规定,直接进行下列审计:"],
        ["(1)中、省、市、县有关重大政策措施贯彻执行情况;"],
        ["(2)县级财政预算执行情况和其他财政收支情况;"],
      ],
      merges: [],
    },
  ],
  expect: {
    mustFlag: [],
    mustNotFlag: [
      {
        sheet: "决算公开",
        rows: [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25],
        why: "目录: 第一–第四部分 consecutive; under each part 一、 restarts and runs consecutively (一–三, 一–九, 一–五), one style.",
      },
      {
        sheet: "决算公开",
        rows: [27, 28, 30, 31, 32, 33, 34],
        why: "Body: 一、 → (一) → 1. 2. 3. → (1)(2): the four levels in the right order, consecutive, one style each.",
      },
      {
        sheet: "决算公开",
        rows: [26],
        severities: ["error"],
        why: "The body restarts at 第一部分 after the 目录 — document structure.",
      },
    ],
  },
};
