// 金华市金东区源东乡人民政府本级 (浙江) 2020年12月31日 资产负债表 (政府部门财务报告 表1) — the asset side only.
export default {
  name: "jindong-yuandongxiang-2020",
  province: "浙江",
  kind: "form",
  source: "https://www.jindong.gov.cn/art/2021/5/18/art_1229314809_3844180.html",
  notes:
    "Zhejiang, township level (金东区源东乡人民政府本级), balance sheet at 2020-12-31 in 万元, in the 政府部门财务报告 layout " +
    "(one column of items 项目 | 附注 | 年末数 | 年初数, assets first, then liabilities and net assets further down; the page is a PDF " +
    "turned into HTML, so the printed page breaks reappear as '表1-续表' followed by the title, 编制单位 line and column header). " +
    "ONLY THE ASSET SIDE IS INCLUDED, from the title down to 资产总计 (rows 1-48), including the first repeated page header (rows 27-30) " +
    "as it stands on the page. The stored copy breaks off inside the liabilities (after 流动负债: 1.37 | 9.50, 应付账款 1.37 | 4.28 " +
    "and an empty 应付利息 row, at the second '表1-续表' header), so 流动负债/非流动负债/负债合计/净资产合计/负债和净资产总计 are LEFT OUT " +
    "and the identity 资产总计 = 负债合计 + 净资产合计 cannot be checked here. The stored copy flattens the table and drops empty cells, so " +
    "rows that show one figure are placed by arithmetic, and that placement is an inference: 存货 12.51 is put under 年末数 (年末 流动 " +
    "27.86+212.50+4.54+101.96+12.51 = 359.37 ≈ 359.38, while 年初 8.18+215.42+4.54+97.76 = 325.90 ≈ 325.89 without it); 公共基础设施原值 13.51 and " +
    "公共基础设施净值 13.51 are put under 年初数 (年初 非流动 151.30+13.51 = 164.81 ≈ 164.82, while 年末 非流动 137.18 equals 固定资产净值 " +
    "137.18 alone). Rows whose 附注 cell is empty on the page (流动资产:, 固定资产原值, 减:固定资产累计折旧, 合计 rows) show their two figures " +
    "straight after the label and are read as 年末数, 年初数. The heading rows '流动资产:' and '非流动资产:' carry the same figures as their 合计 " +
    "rows on the page; they are kept so. Row 2 has three texts (编制单位, date, unit) placed in A, B, C. The empty 在建工程 row (附表7) ends " +
    "the first printed page. No merges are evident except the title; A1:D1 and A28:D28 are reconstructed. Amounts are numbers with 2 decimals " +
    "as printed (212.50 is stored as 212.5). Nothing else was left out.",
  sheets: [
    {
      name: "资产负债表",
      rows: [
        ["资产负债表", null, null, null],
        ["编制单位: 金东区源东乡人民政府本级", "2020年12月31日", "单位:万元", null],
        ["项目", "附注", "年末数", "年初数"],
        ["流动资产:", null, 359.38, 325.89],
        ["货币资金", "附表1", 27.86, 8.18],
        ["短期投资", null, null, null],
        ["财政应返还额度", null, null, null],
        ["应收票据", null, null, null],
        ["应收账款净额", "附表2", 212.5, 215.42],
        ["预付账款", "附表3", 4.54, 4.54],
        ["应收股利", null, null, null],
        ["应收利息", null, null, null],
        ["其他应收款净额", "附表4", 101.96, 97.76],
        ["存货", null, 12.51, null],
        ["待摊费用", null, null, null],
        ["一年内到期的非流动资产", null, null, null],
        ["其他流动资产", null, null, null],
        ["流动资产合计", null, 359.38, 325.89],
        ["非流动资产:", null, 137.18, 164.82],
        ["长期股权投资", "附表5", null, null],
        ["长期债券投资", "附表5", null, null],
        ["固定资产原值", null, 307.13, 303.47],
        ["减:固定资产累计折旧", null, 169.95, 152.16],
        ["固定资产净值", "附表6", 137.18, 151.3],
        ["工程物资", null, null, null],
        ["在建工程", "附表7", null, null],
        ["表1-续表", null, null, null],
        ["资产负债表", null, null, null],
        ["编制单位: 金东区源东乡人民政府本级", "2020年12月31日", "单位:万元", null],
        ["项目", "附注", "年末数", "年初数"],
        ["无形资产原值", null, null, null],
        ["减:无形资产累计摊销", null, null, null],
        ["无形资产净值", "附表8", null, null],
        ["研发支出", null, null, null],
        ["公共基础设施原值", null, null, 13.51],
        ["减:公共基础设施累计折旧(摊销)", null, null, null],
        ["公共基础设施净值", "附表9", null, 13.51],
        ["政府储备物资", "附表10", null, null],
        ["文物文化资产", null, null, null],
        ["保障性住房原值", null, null, null],
        ["减:保障性住房累计折旧", null, null, null],
        ["保障性住房净值", "附表11", null, null],
        ["长期待摊费用", null, null, null],
        ["待处理财产损溢", null, null, null],
        ["其他非流动资产", null, null, null],
        ["非流动资产合计", null, 137.18, 164.82],
        ["受托代理资产", null, null, null],
        ["资产总计", null, 496.56, 490.71],
      ],
      merges: ["A1:D1", "A28:D28"],
    },
  ],
  expect: {
    mustFlag: [],
    mustNotFlag: [
      {
        sheet: "资产负债表",
        rows: [48],
        severities: ["error"],
        why:
          "资产总计 = 流动资产合计 + 非流动资产合计: 年末 359.38 + 137.18 = 496.56, 年初 325.89 + 164.82 = 490.71, both exact. " +
          "A warning that the liabilities/net-assets half is missing (so 资产总计 = 负债合计 + 净资产合计 cannot be checked) is defensible; an error is not.",
      },
      {
        sheet: "资产负债表",
        rows: [18],
        severities: ["error"],
        why:
          "流动资产合计 vs its items: 年末 27.86 + 212.50 + 4.54 + 101.96 + 12.51 = 359.37 against 359.38; 年初 8.18 + 215.42 + 4.54 + 97.76 = 325.90 " +
          "against 325.89. Each differs by 0.01万元, the rounding of figures kept in 元 — within the 0.01 tolerance on sums, not an error.",
      },
      {
        sheet: "资产负债表",
        rows: [24, 46],
        severities: ["error"],
        why:
          "固定资产净值 = 原值 − 累计折旧: 307.13 − 169.95 = 137.18 (exact); 303.47 − 152.16 = 151.31 against 151.30 (0.01, rounding). " +
          "非流动资产合计: 年末 137.18 = 固定资产净值 137.18; 年初 151.30 + 公共基础设施净值 13.51 = 164.81 against 164.82 (0.01, rounding).",
      },
      {
        sheet: "资产负债表",
        rows: [4, 19],
        severities: ["error"],
        why:
          "The section headings '流动资产:' and '非流动资产:' repeat their 合计 figures (359.38/325.89 and 137.18/164.82) — a layout habit of this report, " +
          "not an extra item; counting them into the sums would double the section totals.",
      },
      {
        sheet: "资产负债表",
        rows: [27, 28, 29, 30],
        severities: ["error"],
        why: "'表1-续表' and the repeated title, 编制单位 line and column header are the printed page break of the same table, not a new table or data rows.",
      },
      {
        sheet: "资产负债表",
        rows: [5, 9, 10, 13, 14, 22, 23, 35, 37],
        why: "Plain item rows with figures (or a single year's figure); nothing to recompute on them.",
      },
    ],
  },
};
