// 昌吉高新技术产业开发区市政公用事业管理中心(本级) (新疆昌吉州) 2023年度部门决算公开说明 — unit, staff and totals paragraphs.
export default {
  name: "changji-shizhenggongyong-2023",
  province: "新疆",
  kind: "report",
  source: "https://www.cjgjgxq.cn/p172/czyjs/20240930/280151.html",
  notes:
    "Xinjiang, 昌吉国家高新技术产业开发区, 2023, the unit's 部门决算公开说明 in the Xinjiang template (单位概况 with 实有人数/在职/离休/退休 and " +
    "'下设N个科室,分别是:…', then 收入支出决算总体情况 with 总计 = 本年 + 结余 + 结转). This is a 决算 explanation, not a 绩效 report; it is included " +
    "for its staff figures, its count-with-list and its totals-with-parts sentences in a region with little else in the store. One paragraph per row. " +
    "The stored copy is lossy at the top: its 目录 holds only two stray lines ('十二、其他需说明的事项', '九、《国有资本经营预算财政拨款收入支出决算表》') " +
    "and the body headings '第一部分 单位概况', '一、主要职能', '二、机构设置及人员情况' and '一、收入支出决算总体情况说明' are missing, so the 目录 " +
    "fragments are left out and no heading is invented; only '第二部分 部门决算情况说明', which the copy keeps, is transcribed. The copy breaks off " +
    "in the last paragraph after '主要原因是:支'; that paragraph is kept up to '主要原因是:' (its figures are complete) and the rest is left out. " +
    "Amounts keep the page's thousands separators ('13,007.74万元') as they are text in prose.",
  sheets: [
    {
      name: "决算公开说明",
      rows: [
        [
          "昌吉高新技术产业开发区市政公用事业管理中心(本级)属昌吉高新技术产业开发区管理委员会全额拨款的一级法人事业单位。主要职能:",
        ],
        [
          "1、认真执行国家、自治区、州、市及管委会有关市政公用事业的方针、政策、法律法规和制度规章。参与拟定行业管理办法及其他规范性文件。",
        ],
        [
          "2、负责辖区市政基础设施的维修养护工作,编制年度管护项目计划;负责辖区环境卫生工作,收取卫生费;负责辖区园林绿化工作,做好重点区域管理服务工作;负责自来水和污水处理厂以及配套给排水管网的运行管理和维护,收取自来水费和污水处理费。",
        ],
        [
          "3、负责辖区道路占用、挖掘和广告牌设置审批工作。负责做好辖区供电、供热、燃气、通讯等市政公用事业管理运营协调工作,确保服务到位。",
        ],
        [
          "4、负责辖区城市管理、城市管理行政执法工作,协调市公安、运管部门做好辖区内道路交通执法工作。负责辖区市政、高空、环卫行业运营、作业市场的培育、发展和监督管理,推进城市管理公共服务的市场化、社会化、专业化。",
        ],
        ["昌吉高新技术产业开发区市政公用事业管理中心2023年度,实有人数8人,其中:在职人员6人,离休人员0人,退休人员2人。"],
        ["单位无下属预算单位,下设4个科室,分别是:综合办公室、市政公用管理科、园林绿化所、市容环卫所。"],
        ["第二部分 部门决算情况说明"],
        [
          "2023年度收入总计13,007.74万元,其中:本年收入合计13,007.74万元,使用非财政拨款结余0.00万元,年初结转和结余0.00万元。",
        ],
        ["2023年度支出总计13,007.74万元,其中:本年支出合计13,007.74万元,结余分配0.00万元,年末结转和结余0.00万元。"],
        ["收入支出总体与上年相比,增加5,614.60万元,增长75.94%,主要原因是:"],
      ],
      merges: [],
    },
  ],
  expect: {
    mustFlag: [],
    mustNotFlag: [
      {
        sheet: "决算公开说明",
        rows: [6],
        why: "实有人数 8 = 在职 6 + 离休 0 + 退休 2.",
      },
      {
        sheet: "决算公开说明",
        rows: [7],
        why: "'下设4个科室,分别是:' followed by exactly four names: 综合办公室、市政公用管理科、园林绿化所、市容环卫所.",
      },
      {
        sheet: "决算公开说明",
        rows: [9, 10],
        why:
          "收入总计 13,007.74 = 本年收入 13,007.74 + 非财政拨款结余 0.00 + 年初结转和结余 0.00; 支出总计 13,007.74 = 本年支出 13,007.74 + 结余分配 0.00 + " +
          "年末结转和结余 0.00; 收入总计 = 支出总计.",
      },
      {
        sheet: "决算公开说明",
        rows: [11],
        why: "上年 = 13,007.74 − 5,614.60 = 7,393.14; 增长 5,614.60 ÷ 7,393.14 = 75.943% → 75.94% as stated.",
      },
      {
        sheet: "决算公开说明",
        rows: [1, 2, 3, 4, 5],
        why: "主要职能 list numbered 1、2、3、4、 consecutively in one style.",
      },
    ],
  },
};
