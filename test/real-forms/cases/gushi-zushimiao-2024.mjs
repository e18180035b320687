// 固始县祖师庙镇人民政府 (河南信阳) 2024年固始县祖师庙镇仰天洼社区产业设施配套项目绩效目标自评报告.
export default {
  name: "gushi-zushimiao-2024",
  province: "河南",
  kind: "report",
  source: "https://www.gushi.gov.cn/2026/01-03/765939.html",
  notes:
    "Henan, township level, 2024, 衔接资金 project self-evaluation report addressed to the county 衔接 headquarters, outline 一、绩效目标分解下达情况 " +
    "二、绩效目标自评工作开展情况 三、绩效目标自评完成情况分析 ((一)(二)) 四、绩效自评结果拟应用和公开情况, signed and dated. The WHOLE page is in the stored " +
    "copy and transcribed, one paragraph per row, verbatim — including '国办文[2018]35号' (the notice is 国办发〔2018〕35号) and the boilerplate " +
    "'培训内容是否按计划完成,培训质量是否达标' although the project has no training. The attached 自评表 is only a download link on the page " +
    "('[点击下载]') and is not included. No figure other than 56万元 is given; no execution rate is stated ('全部用于...').",
  sheets: [
    {
      name: "自评报告",
      rows: [
        ["固始县巩固拓展脱贫攻坚成果与乡村振兴有效衔接指挥部:"],
        [
          "根据《国务院办公厅关于转发财政部、国务院扶贫办、国家发展改革委扶贫项目资金绩效管理办法的通知》国办文[2018]35号文件精神,切实提高财政扶贫项目资金使用效益,落实资金监管责任。现将2024年固始县祖师庙镇仰天洼社区产业设施配套项目绩效目标自评报告如下:",
        ],
        ["一、绩效目标分解下达情况"],
        [
          "因我镇所属仰天洼社区排水设施薄弱,山洪破坏力大,我镇计划对仰天洼社区实施排水沟建设工程,新建C25砼排水沟1300m(规格:0.6*0.6)砼、浆砌石。全面提升山洪防御基础,从而推动经济社会高质量发展,安排项目资金56万元。",
        ],
        ["二、绩效目标自评工作开展情况"],
        [
          "对2024年固始县祖师庙镇仰天洼社区产业设施配套项目开展自评,包括项目建设内容是否按计划完成,项目质量是否达标,培训内容是否按计划完成,培训质量是否达标,资金是否发放到位等进行自评。",
        ],
        ["三、绩效目标自评完成情况分析"],
        ["(一)资金投入情况分析"],
        ["下达建设资金56万元,全部用于仰天洼社区排水沟建设。"],
        ["(二)绩效目标完成情况分析"],
        [
          "计划资金全部到位56万元,2024年固始县祖师庙镇仰天洼社区产业设施配套项目已验收结算。项目数量、质量达到预期目的,项目实施后,可有效解决群众出行、农产业运输问题,通过对基础设施的改善,带动相关产业的发展,社会效益均较显著,受益群众满意度100%。",
        ],
        ["四、绩效自评结果拟应用和公开情况"],
        ["本次自评结果可以为下次资金分配提供数据参考,并在系统内部公开。"],
        ["附件:2024年固始县祖师庙镇仰天洼社区产业设施配套项目自评表[点击下载]"],
        ["固始县祖师庙镇人民政府"],
        ["2025年12月30日"],
      ],
      merges: [],
    },
  ],
  expect: {
    mustFlag: [],
    mustNotFlag: [
      {
        sheet: "自评报告",
        rows: [4, 9, 11],
        why: "安排 56万元 (row 4) = 下达 56万元, 全部用于 (row 9) = 全部到位 56万元 (row 11); no rate is stated, so none can be wrong.",
      },
      {
        sheet: "自评报告",
        rows: [3, 5, 7, 8, 10, 12],
        why: "一、二、三、四、 consecutive; (一)(二) under 三、 consecutive; one style per level.",
      },
      {
        sheet: "自评报告",
        rows: [1, 14, 15, 16],
        why: "Salutation, attachment line, signature and date are not headings and carry no figures to check.",
      },
    ],
  },
};
