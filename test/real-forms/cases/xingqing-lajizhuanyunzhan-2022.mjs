// 银川市兴庆区住房和城乡建设局 (宁夏) — 月牙湖乡滨河家园垃圾转运站提升改造项目绩效自评报告 (2022 衔接资金).
export default {
  name: "xingqing-lajizhuanyunzhan-2022",
  province: "宁夏",
  kind: "report",
  source: "http://xqq.gov.cn/zwgk/bmxxgkml/xqqzfhcxjsj/fdzdgknr_44766/zdgz_9109/202211/t20221102_3827749.html",
  notes:
    "Ningxia, district level (银川市兴庆区住房和城乡建设局), 2022, project self-evaluation report of a 财政衔接推进乡村振兴补助资金 project (100万元). " +
    "One paragraph per row: title, 一、 with its paragraph, 二、 with (一) 1. 2. 3. and (二). Left out as page chrome: the 索引号/发布机构 block and the " +
    "'保护视力色/字体颜色' line. Row 3 ends '绩效目标如下:' and the stored copy goes straight on to '二、' — whatever list or table of targets the page " +
    "had there is not in the copy and is not reconstructed. The copy breaks off in the (二) paragraph after '…资金预算100万元,支付率100%。辐射带'; " +
    "that paragraph is kept up to '支付率100%。' and the rest is left out. Leading spaces trimmed; '压缩对换车' (sic) and the space in '268 号' kept. " +
    "Consistent case.",
  sheets: [
    {
      name: "自评报告",
      rows: [
        ["银川市兴庆区月牙湖乡滨河家园垃圾转运站提升改造项目绩效自评报告"],
        ["一、绩效目标分解下达情况"],
        [
          "根据《兴庆区2022年度第一批财政衔接推进乡村振兴补助资金使用分配计划》(银兴党农发〔2022〕1号)文件,中共银川市兴庆区委农村工作领导小组下达2022年乡村振兴衔接资金100万元,主要用于支持移民重点村产业发展。兴庆区根据资金使用方向,分解下达绩效目标要求,绩效目标如下:",
        ],
        ["二、绩效目标完成情况分析"],
        ["(一)资金投入情况分析。"],
        ["1.项目资金到位情况分析。"],
        [
          "2022年中共银川市兴庆区委农村工作领导小组下达第一批乡村振兴衔接资金100万元,全部列入兴庆区月牙湖乡滨河家园垃圾转运站提升改造项目,资金到位率100%。",
        ],
        ["2.项目资金执行情况分析。"],
        ["项目已完成并通过验收。已购置生活垃圾压缩对换车1辆、配套转运箱2个、生活垃圾分类垃圾桶等。"],
        ["3.项目资金管理情况分析。"],
        [
          "项目资金已全额支付。兴庆区住建局严格按照《宁夏回族自治区财政衔接推进乡村振兴补助资金管理办法》(宁财(农)发〔2021〕268 号)要求,进行衔接资金的使用管理,认真做好项目档案管理工作,确保每个项目档案完整、规范。",
        ],
        ["(二)总体绩效目标完成情况分析"],
        [
          "该项目为月牙湖乡滨河家园垃圾转运站购置1辆垃圾压缩车辆及2个配套压缩箱,为促进农村生活垃圾分类工作,配套243个垃圾分类垃圾桶,验收合格率100%。资金预算100万元,支付率100%。",
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
        rows: [3, 7, 13],
        why:
          "下达 100万元 (row 3) = 全部列入 this project 100万元, 到位率 100 ÷ 100 = 100% (row 7); 预算 100万元, 支付率 100% agrees with '项目资金已全额支付' " +
          "(row 11); 1辆 压缩车 and 2个 压缩箱 in row 13 agree with '1辆、…2个' in row 9.",
      },
      {
        sheet: "自评报告",
        rows: [2, 4, 5, 6, 8, 10, 12],
        why: "Headings 一、二、 → (一)(二) → 1. 2. 3. consecutive, one style per level (a trailing '。' on some headings is punctuation, not numbering).",
      },
    ],
  },
};
