// 长沙市雨花区发展和改革局 (湖南) 2022年度部门(单位)整体支出绩效评价自评报告 — cover and the 投入 block of the 共性指标 scoring table.
export default {
  name: "yuhua-fagaiju-2022",
  province: "湖南",
  kind: "form",
  source: "https://yzwku.com/doc/561683.html",
  notes:
    "Hunan, district level, 2022 部门整体支出 self-evaluation in the 雨花区财政局 format: a cover (部门(单位)名称, 预算编码, 报告日期, '雨花区财政局(制)') then " +
    "'部门整体支出绩效评价指标表', a filled-in 共性指标 table (投入/过程/产出/效果) with a 分值 column at each of the three levels, then 评价标准, 指标说明 and " +
    "得分: 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 评价标准 | 指标说明 | 得分. Copy on a document-sharing site (优知文库, 26-page docx) that names " +
    "the unit. ONLY THE COVER AND THE 投入 BLOCK (投入 13 = 预算配置 13: 在职人员控制率 5, '三公经费'变动率 8) ARE INCLUDED: the stored copy breaks off inside " +
    "过程 (61) → 预算执行 (20), after 预算完成率 5/5, 预算控制率 5/5 and 新建楼堂馆所面积控制率 5/5, at '新建楼堂馆所投资…'; 过程, 产出, 效果, the total and the " +
    "grade are LEFT OUT rather than transcribed half-way (a cut block would fake a weight error; the sheet therefore has no 合计 row). Text is verbatim with " +
    "the extraction artefacts of the stored copy: 'W100%' and '至0' stand where the document has ≤ signs, the '>' before '0,每超过' is missing, " +
    "'(在职人员数/编制数)100%' lacks its ×, '“在公经费”' is the document's own typo. Two edits: the header's first cell reads '级指标' in the copy (the " +
    "'一' lost) and is written '一级指标'; the site's page marker '2、' inside the 三公 评价标准 text is removed. Merges (A8:A9 … D8:D9, cover rows) are reconstructed.",
  sheets: [
    {
      name: "整体支出绩效评价指标表",
      rows: [
        ["雨花区2022年度部门(单位)整体支出绩效评价自评报告", null, null, null, null, null, null, null, null],
        ["部门(单位)名称", "长沙市雨花区发展和改革局", null, null, null, null, null, null, null],
        ["预算编码", "302001", null, null, null, null, null, null, null],
        ["报告日期:2023年5月10日", null, null, null, null, null, null, null, null],
        ["雨花区财政局(制)", null, null, null, null, null, null, null, null],
        ["部门整体支出绩效评价指标表", null, null, null, null, null, null, null, null],
        ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "评价标准", "指标说明", "得分"],
        [
          "投入",
          13,
          "预算配置",
          13,
          "在职人员控制率",
          5,
          "以100%为标准。在职人员控制率W100%,计5分;每超过一个百分点扣0.5分,扣完为止。",
          "在职人员控制率=(在职人员数/编制数)100%,在职人员数:部门(单位)实际在职人数,以财政局确定的部门决算编制口径为准。编制数:机构编制部门核定批复的部门(单位)的人员编制数。",
          5,
        ],
        [
          null,
          null,
          null,
          null,
          "“三公经费”变动率",
          8,
          "“三公经费”变动率至0,计8分;“三公经费”0,每超过一个百分点扣0.8分,扣完为止。",
          "“在公经费”变动率=(本年度三公经费”预算数-上年度“三公经费”预算数)/上年度“三公经费”预算数X100%",
          8,
        ],
      ],
      merges: ["A1:I1", "B2:I2", "B3:I3", "A4:I4", "A5:I5", "A6:I6", "A8:A9", "B8:B9", "C8:C9", "D8:D9"],
    },
  ],
  expect: {
    mustFlag: [],
    mustNotFlag: [
      {
        sheet: "整体支出绩效评价指标表",
        rows: [8, 9],
        severities: ["error"],
        why:
          "投入 13 = 预算配置 13 = 在职人员控制率 5 + '三公经费'变动率 8; 得分 5 ≤ 5 and 8 ≤ 8, block score 13. The block is internally consistent. " +
          "The table is truncated on purpose (no 合计 row): a 'weights do not reach 100' finding would be an artefact of the transcription, and the 投入 13 / " +
          "过程 61 split is a local 共性 scheme, so at most a warning is defensible.",
      },
      {
        sheet: "整体支出绩效评价指标表",
        rows: [1, 2, 3, 4, 5, 6],
        why: "Cover lines and the table title; the 预算编码 302001 is an identifier, not an amount.",
      },
    ],
  },
};
