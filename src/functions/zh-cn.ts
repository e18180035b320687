/**
 * Chinese text of every JX function, keyed by id: the source of functions.zh-cn.json. Function names stay
 * as they are (Chinese Excel, like its built-in SUM, uses Latin names); descriptions, parameter names and
 * parameter descriptions are Chinese. A test holds this table to the same ids and parameters as functions.json.
 */
export interface ZhFunction {
  readonly description: string;
  readonly result: string;
  /** In the order of the function's parameters, keyed by the parameter's English name. */
  readonly parameters: Readonly<Record<string, { readonly name: string; readonly description: string }>>;
  /** One worked example, for the README and the task pane. */
  readonly example: string;
}

const PROFILE = {
  name: "规则口径",
  description: "规则口径：national（全国通用，默认）、common-framework 或 strict-local",
};

export const ZH_CN: Readonly<Record<string, ZhFunction>> = {
  EXECRATE: {
    description: "预算执行率 = 全年执行数 ÷ 全年预算数（调整后预算数），结果为小数，请设为百分比格式。",
    result: "预算执行率（小数）",
    parameters: {
      executed: { name: "全年执行数", description: "全年执行数，可为单元格或区域" },
      budget: { name: "全年预算数", description: "全年预算数（调整后预算数），与全年执行数同样大小" },
    },
    example: "=JX.EXECRATE(32132.93, 36353.37) → 88.39%",
  },
  EXECSCORE: {
    description: "预算执行率得分：全国口径为 min(执行率, 100%) × 分值，保留两位小数，不超过分值。",
    result: "预算执行率得分",
    parameters: {
      executed: { name: "全年执行数", description: "全年执行数" },
      budget: { name: "全年预算数", description: "全年预算数（调整后预算数）" },
      weight: { name: "分值", description: "该指标分值，省略时为 10" },
      profile: PROFILE,
    },
    example: "=JX.EXECSCORE(32132.93, 36353.37) → 8.84",
  },
  SCORE: {
    description: "定量指标得分：达到年度指标值得满分，未达到按比例计分，保留两位小数。",
    result: "指标得分",
    parameters: {
      actual: { name: "实际完成值", description: "实际完成值，可写数字或“96%”等文字" },
      target: { name: "年度指标值", description: "年度指标值，可写“≥95%”“不高于150万元”“1批”等" },
      weight: { name: "分值", description: "该指标分值" },
      nature: {
        name: "指标性质",
        description: "指标性质：≥、>、≤、<、=（也可写 >=、<=）；省略时取年度指标值中的符号，再无则为 ≥",
      },
      profile: PROFILE,
    },
    example: '=JX.SCORE("99.1%", "≥95%", 7) → 7.00',
  },
  DEBTRATIO: {
    description: "资产负债率 = 负债合计 ÷ 资产合计，结果为小数，请设为百分比格式。",
    result: "资产负债率（小数）",
    parameters: {
      liabilities: { name: "负债合计", description: "负债合计" },
      assets: { name: "资产合计", description: "资产合计（资产总计）" },
    },
    example: "=JX.DEBTRATIO(388.73, 17467.49) → 2.23%",
  },
  GRADE: {
    description: "总分对应的等级：90分及以上为优，80至90分为良，60至80分为中，60分以下为差。",
    result: "等级",
    parameters: {
      total: { name: "总分", description: "自评总分（不先四舍五入）" },
      profile: PROFILE,
    },
    example: "=JX.GRADE(88.5) → 良",
  },
  CHANGERATE: {
    description: "变动率（同比）=（本年数 − 上年数）÷ 上年数，结果为小数，减少为负数。",
    result: "变动率（小数）",
    parameters: {
      current: { name: "本年数", description: "本年数" },
      previous: { name: "上年数", description: "上年数" },
    },
    example: "=JX.CHANGERATE(269.35, 300) → -10.22%",
  },
  SHARE: {
    description: "占比 = 部分数 ÷ 合计数；也用于完成率、控制率等“完成数 ÷ 计划数”的比率。",
    result: "占比（小数）",
    parameters: {
      part: { name: "部分数", description: "部分数，如流动资产、完成数" },
      total: { name: "合计数", description: "合计数，如资产合计、计划数" },
    },
    example: "=JX.SHARE(1262.54, 17467.49) → 7.23%",
  },
  CARRYOVERRATE: {
    description: "结转结余率 = 结转结余总额 ÷ 预算数；规则口径以支出完成数为分母时除以支出完成数。",
    result: "结转结余率（小数）",
    parameters: {
      carryover: { name: "结转结余总额", description: "结转结余总额" },
      budget: { name: "预算数", description: "预算数" },
      expenditure: { name: "支出完成数", description: "支出完成数，规则口径以其为分母时必填" },
      profile: PROFILE,
    },
    example: "=JX.CARRYOVERRATE(4220.44, 36353.37) → 11.61%",
  },
  QUALBAND: {
    description: "定性指标某一等级的得分区间下限或上限：如分值10分、达成年度指标为8至10分。",
    result: "区间的下限或上限分数",
    parameters: {
      grade: { name: "等级", description: "达成年度指标、部分达成年度指标并具有一定效果、未达成年度指标且效果较差" },
      weight: { name: "分值", description: "该指标分值" },
      bound: { name: "下限或上限", description: "“下限”或“上限”（上限不含，最高等级除外）" },
      profile: PROFILE,
    },
    example: '=JX.QUALBAND("部分达成年度指标并具有一定效果", 10, "下限") → 6.00',
  },
  COMMONSCORE: {
    description: "共性指标得分：按规则口径对预算完成率、在职人员控制率、“三公经费”控制率、预算调整率等计分。",
    result: "指标得分",
    parameters: {
      indicator: { name: "指标名称", description: "共性指标名称，如“预算完成率”" },
      rate: { name: "比率", description: "该指标的比率，如 92.8% 或 0.928" },
      weight: { name: "分值", description: "该指标分值" },
      profile: PROFILE,
    },
    example: '=JX.COMMONSCORE("预算完成率", 92.8%, 5, "common-framework") → 3.00',
  },
};
