/**
 * 绩效自评表 as samples/README.md lays it out (“Layout”): A1:J1 the title “YYYY年度部门整体支出绩效自评表”, A2
 * “单位：万元”, A3 单位名称 with the name in B3:J3; the funds block (header row 4: A4:D4 年度预算资金, E..J 年初预算数
 * 全年预算数 全年执行数 分值 执行率 得分; rows 5–8 年度资金总额, 其中：财政拨款, 上年结转资金, 其他资金); the indicators
 * block (header row 9: 一级指标 … 偏差原因分析及改进措施; one row per 二级指标, 一级 merged vertically); then 总分,
 * 自评等级, 评价结论, 存在问题, 改进措施.
 *
 * Formulas: 年度资金总额 = SUM of its parts; 执行率 = JX.EXECRATE(全年执行数, 全年预算数) and the 预算执行率 得分 =
 * JX.EXECSCORE(…), both blank while the budget is 0; each quantitative indicator's 得分 = JX.SCORE(实际完成值,
 * 年度指标值, 分值, 指标性质); 总分 = SUM(预算执行率得分, 指标得分); 自评等级 = JX.GRADE(总分). A qualitative
 * indicator's 得分 is the evaluator's judgement within its grade's band, so it is a value, not a formula.
 *
 * Neither block is an Excel table: a table cannot hold merged cells, and the form merges the funds labels
 * across A:D and the 一级指标 down their rows; the funds block also shares its columns with the indicators.
 */
import type { SheetContext } from "./context";
import { SheetDraft } from "./draft";
import { call, profileArg, range, ref, unlessZero } from "./formula";
import { executionWeight, templateIndicators } from "./indicators";
import { FORMATS, STYLES } from "./styles";

export const FORM_LAYOUT = {
  fundsHeader: 4,
  indicatorsHeader: 9,
  firstIndicator: 10,
  fundsColumns: ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
  fundsLines: ["年度资金总额", "其中：财政拨款", "上年结转资金", "其他资金"],
  indicatorColumns: [
    "一级指标",
    "二级指标",
    "三级指标",
    "指标性质",
    "年度指标值",
    "度量单位",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因分析及改进措施",
  ],
  texts: ["评价结论", "存在问题", "改进措施"],
} as const;

/** The 指标性质 of the drop-down list: “＝” in full width, since a lone “=” typed into a cell starts a formula
 *  (the checker and JX.SCORE read both widths alike). */
export const NATURES = ["≥", "≤", "＝", ">", "<", "定性"] as const;

const COLUMN_WIDTHS = [12, 14, 24, 10, 18, 10, 18, 10, 10, 40];

export function formSheet(ctx: SheetContext): SheetDraft {
  const s = new SheetDraft("form");
  const L = FORM_LAYOUT;
  const indicators = templateIndicators(ctx.profile);
  const first = L.firstIndicator;
  const last = first + indicators.length - 1;
  const total = last + 1;
  const grade = total + 1;
  const end = grade + L.texts.length;
  s.columnWidths = COLUMN_WIDTHS;
  s.style(`A1:J${end}`, STYLES.base);

  // Title, unit, name.
  s.merge("A1:J1", `${ctx.year}年度部门整体支出绩效自评表`).style("A1:J1", STYLES.title).height(1, 30);
  s.merge("A2:J2", "单位：万元").style("A2:J2", STYLES.note);
  s.value("A3", "单位名称").merge("B3:J3", ctx.unitName || null);
  s.style("A3:J3", STYLES.body).style("A3", STYLES.bold).style("B3:J3", STYLES.input);

  // Funds block.
  const h = L.fundsHeader;
  s.merge(`A${h}:D${h}`, "年度预算资金");
  L.fundsColumns.forEach((name, i) => s.value(`${"EFGHIJ"[i]}${h}`, name));
  s.style(`A${h}:J${h}`, STYLES.header);
  L.fundsLines.forEach((label, i) => s.merge(`A${h + 1 + i}:D${h + 1 + i}`, label));
  const t = h + 1; // 年度资金总额
  const p0 = t + 1;
  const p1 = t + L.fundsLines.length - 1;
  for (const c of ["E", "F", "G"]) s.formula(`${c}${t}`, call("SUM", range(`${c}${p0}:${c}${p1}`)), FORMATS.amount);
  s.format(`E${p0}:G${p1}`, FORMATS.amount);
  s.value(`H${t}`, executionWeight(ctx.profile), FORMATS.score);
  for (let r = t; r <= p1; r++) {
    s.formula(`I${r}`, unlessZero(ref(`F${r}`), call("JX.EXECRATE", ref(`G${r}`), ref(`F${r}`))), FORMATS.rate);
  }
  s.formula(
    `J${t}`,
    unlessZero(
      ref(`F${t}`),
      call("JX.EXECSCORE", ref(`G${t}`), ref(`F${t}`), ref(`H${t}`), ...profileArg(ctx.profileArg)),
    ),
    FORMATS.score,
  );
  s.style(`A${t}:J${p1}`, STYLES.body).style(`A${t}:J${t}`, STYLES.bold);
  s.style(`E${p0}:G${p1}`, STYLES.input);

  // Indicators block.
  const ih = L.indicatorsHeader;
  L.indicatorColumns.forEach((name, i) => s.value(`${"ABCDEFGHIJ"[i]}${ih}`, name));
  s.style(`A${ih}:J${ih}`, STYLES.header);
  indicators.forEach((ind, i) => {
    const r = first + i;
    s.value(`B${r}`, ind.second).value(`C${r}`, ind.third).value(`D${r}`, ind.nature);
    s.value(`E${r}`, ind.target).value(`F${r}`, ind.unit).value(`G${r}`, ind.actual);
    s.value(`H${r}`, ind.weight, FORMATS.score);
    if (ind.nature === "定性") s.value(`I${r}`, ind.weight, FORMATS.score);
    else
      s.formula(
        `I${r}`,
        call("JX.SCORE", ref(`G${r}`), ref(`E${r}`), ref(`H${r}`), ref(`D${r}`), ...profileArg(ctx.profileArg)),
        FORMATS.score,
      );
  });
  // 一级指标 merged down its rows.
  for (let i = 0; i < indicators.length;) {
    let j = i;
    while (j + 1 < indicators.length && indicators[j + 1]!.first === indicators[i]!.first) j++;
    if (j > i) s.merge(`A${first + i}:A${first + j}`, indicators[i]!.first);
    else s.value(`A${first + i}`, indicators[i]!.first);
    i = j + 1;
  }
  s.style(`A${first}:J${last}`, STYLES.body);
  s.style(`A${first}:B${last}`, STYLES.center).style(`D${first}:D${last}`, STYLES.center);
  s.style(`F${first}:F${last}`, STYLES.center);
  s.style(`C${first}:H${last}`, STYLES.input);
  s.style(`J${first}:J${last}`, STYLES.input);
  const qualitative = indicators.flatMap((ind, i) => (ind.nature === "定性" ? [first + i] : []));
  for (const r of qualitative) s.style(`I${r}`, STYLES.input);

  s.list(`D${first}:D${last}`, NATURES, {
    title: "指标性质",
    prompt: "≥ ＞ 越高越好，≤ ＜ 越低越好，＝ 达到即可，定性指标按等级打分",
    error: "指标性质应为 ≥、≤、＝、>、< 或 定性",
  });
  const grades = ctx.profile.qualitativeBands.map((b) => b.grade);
  for (const r of qualitative) {
    s.list(`G${r}`, grades, {
      title: "定性指标完成等级",
      prompt: `选择完成等级：${grades.join("；")}`,
      error: `定性指标的实际完成值应为完成等级之一：${grades.join("、")}`,
    });
  }

  // 总分, 自评等级, and the texts.
  s.merge(`A${total}:G${total}`, "总分");
  s.formula(`H${total}`, call("SUM", ref(`H${t}`), range(`H${first}:H${last}`)), FORMATS.score);
  s.formula(`I${total}`, call("SUM", ref(`J${t}`), range(`I${first}:I${last}`)), FORMATS.score);
  s.merge(`A${grade}:G${grade}`, "自评等级");
  s.formula(`I${grade}`, call("JX.GRADE", ref(`I${total}`), ...profileArg(ctx.profileArg)));
  s.style(`A${total}:J${grade}`, STYLES.body).style(`A${total}:J${grade}`, STYLES.bold);
  s.style(`A${total}:G${grade}`, STYLES.center).style(`I${grade}`, STYLES.center);
  L.texts.forEach((label, i) => {
    const r = grade + 1 + i;
    s.merge(`A${r}:B${r}`, label).merge(`C${r}:J${r}`).height(r, 45);
  });
  s.style(`A${grade + 1}:J${end}`, STYLES.body);
  s.style(`A${grade + 1}:B${end}`, { ...STYLES.center, ...STYLES.bold }).style(`C${grade + 1}:J${end}`, STYLES.input);
  return s;
}
