/**
 * report-figures: the figures the report states against the data of the workbook (GUIDE §6, §7).
 *
 * - 全年预算数 / 全年执行数 / 预算执行率 of the department (总体), of 基本支出 and of 项目支出 against the funds block
 *   and the budget table. A figure's subject is the nearest subject keyword before it in its sentence, else the
 *   nearest in an earlier sentence of the paragraph that is that sentence's topic and names no figure of its own
 *   ("1、项目支出预算执行率不高。" carries on; "其中项目支出 500 万元。" ends with its sentence, so the "全年执行数
 *   900 万元" after it is the department's); none, 合计: the department. Its measure is the keyword in its own label, or, for a label
 *   that only names a subject ("其中基本支出 16,084.2 万元"), the last amount keyword of the sentence. A budget
 *   figure is read only when nothing else is the topic: its sentence opens with nothing but filler before the
 *   first budget keyword ("“三公”经费预算数 …" is not the department's), likewise the sentence its subject
 *   comes from, and, with no subject keyword, every earlier sentence without a budget keyword.
 * - 资产总计 / 流动资产 / 非流动资产 / 负债合计 / 流动负债 / 净资产 / 累计盈余, their 占比 (where the report does not
 *   state the whole itself: report-share checks those) and 资产负债率 against the balance sheet.
 * - 指标分数 / 实际得分 of an indicator, or of a 二级/一级 group (the sums), against the indicator table; 总分 and
 *   等级 against the table's total and grade.
 *
 * A figure is read only when its label holds nothing but known keywords and filler words: "人员经费 X 万元" or
 * "约 4000 万元" says nothing this rule can check, and a figure that matches nothing it could refer to is left
 * alone. Amounts agree within the profile's sum tolerance, rates within its rate tolerance and scores within
 * its score tolerance, each at least half a unit of the last digit written ("99.1%" ± 0.05 points).
 * Figures that are right for another subject (the department's figures under "项目支出") are a warning: the
 * label is wrong, not the figures.
 */
import { clean, roundHalfUp, within } from "../../decimal";
import { formatAmount, formatRate, formatScore } from "../../format";
import type { BalanceKey, CellRef, FigureCell, ReportParagraph, WorkbookModel } from "../../model/types";
import type { Profile } from "../../profile-types";
import { findingOf } from "../finding";
import {
  figuresIn,
  hitsInLabel,
  isExact,
  keywordsIn,
  keywordTable,
  lastHitBefore,
  residue,
  type KeywordHit,
  type TextFigure,
} from "../report/figures-in-text";
import { GRADE_NAME, gradeWordLike, statedGrades, statedTotals } from "../report/grades";
import { figureReplacement, textFix, type Replacement } from "../report/text-fix";
import { matchIndicator, scoreStatements, sumOf } from "../report/indicator-statements";
import { shareStatements } from "../report/shares";
import { normalize, sentences, statedTolerance } from "../report/text";
import type { Finding, Rule } from "../types";

type Subject = "total" | "basic" | "project";
type Measure = "budget" | "executed" | "rate";

type Token =
  | { readonly t: "subject"; readonly subject: Subject }
  | { readonly t: "measure"; readonly measure: Measure }
  | { readonly t: "balance"; readonly key: BalanceKey }
  | { readonly t: "debtRatio" };

const TOKENS = keywordTable<Token>([
  ["基本支出", { t: "subject", subject: "basic" }],
  ["项目支出", { t: "subject", subject: "project" }],
  ["合计 总计 年度资金总额 资金总额 部门整体支出 整体支出 部门整体 整体 总体", { t: "subject", subject: "total" }],
  ["全年预算数 调整后预算数 预算数", { t: "measure", measure: "budget" }],
  ["全年执行数 实际执行数 执行数 执行金额", { t: "measure", measure: "executed" }],
  ["预算执行率 执行率", { t: "measure", measure: "rate" }],
  ["资产总计 资产合计 资产总额 总资产", { t: "balance", key: "totalAssets" }],
  ["流动资产合计 流动资产", { t: "balance", key: "currentAssets" }],
  ["非流动资产合计 非流动资产", { t: "balance", key: "nonCurrentAssets" }],
  ["负债合计 负债总计 负债总额 总负债", { t: "balance", key: "totalLiabilities" }],
  ["流动负债合计 流动负债", { t: "balance", key: "currentLiabilities" }],
  ["非流动负债合计 非流动负债", { t: "balance", key: "nonCurrentLiabilities" }],
  ["净资产合计 净资产总额 净资产", { t: "balance", key: "netAssets" }],
  ["累计盈余", { t: "balance", key: "accumulatedSurplus" }],
  ["负债和净资产总计 负债及净资产总计", { t: "balance", key: "totalLiabilitiesAndNetAssets" }],
  ["资产负债率", { t: "debtRatio" }],
]);

const SUBJECT_NAME: Record<Subject, string> = { total: "部门", basic: "基本支出", project: "项目支出" };
const MEASURE_NAME: Record<Measure, string> = { budget: "全年预算数", executed: "全年执行数", rate: "预算执行率" };
const BALANCE_NAME: Record<BalanceKey, string> = {
  currentAssets: "流动资产",
  nonCurrentAssets: "非流动资产",
  totalAssets: "资产总计",
  currentLiabilities: "流动负债",
  nonCurrentLiabilities: "非流动负债",
  totalLiabilities: "负债合计",
  accumulatedSurplus: "累计盈余",
  netAssets: "净资产",
  totalLiabilitiesAndNetAssets: "负债和净资产总计",
};
/** The whole a balance item's 占比 is taken of. */
const SHARE_OF: Partial<Record<BalanceKey, BalanceKey>> = {
  currentAssets: "totalAssets",
  nonCurrentAssets: "totalAssets",
  currentLiabilities: "totalLiabilities",
  nonCurrentLiabilities: "totalLiabilities",
  accumulatedSurplus: "netAssets",
  totalLiabilities: "totalAssets",
  netAssets: "totalAssets",
};

// ---------------------------------------------------------------------------------------------------------
// The data a figure may be checked against

interface Datum {
  /** Amounts in the table's unit; rates in percentage points. */
  readonly value: number;
  readonly refs: readonly CellRef[];
  /** How it was found, for the message: "按全年执行数 16,654.12 万元 ÷ 全年预算数 20,269.17 万元". */
  readonly how: string | null;
  /** Factor of the table's unit (万元: 10000): a text amount is brought to it by its own factor ÷ this. */
  readonly factor: number;
  readonly unit: string;
  /** Where the figure stands, for messages: "“预算执行情况”表基本支出全年预算数". */
  readonly source: string;
}

const num = (c: FigureCell | null | undefined): number | null =>
  c && c.figure.kind === "number" ? c.figure.value : null;

interface Line {
  readonly source: string;
  readonly budget: FigureCell | null;
  readonly executed: FigureCell | null;
  readonly rate: FigureCell | null;
  readonly factor: number;
  readonly unit: string;
}

/** “预算执行情况”表, 资产负债表: a sheet's name as a table's. */
function sheetName(sheet: string): string {
  return sheet.endsWith("表") ? sheet : `“${sheet}”表`;
}

/** The lines of a subject, computed once per model (a report states the same subjects many times). */
const linesCache = new WeakMap<WorkbookModel, Map<Subject, Line[]>>();

function linesOf(model: WorkbookModel, subject: Subject): Line[] {
  let bySubject = linesCache.get(model);
  if (!bySubject) linesCache.set(model, (bySubject = new Map()));
  let lines = bySubject.get(subject);
  if (!lines) bySubject.set(subject, (lines = computeLinesOf(model, subject)));
  return lines;
}

function computeLinesOf(model: WorkbookModel, subject: Subject): Line[] {
  const out: Line[] = [];
  if (subject === "total" && model.funds) {
    const u = model.funds.unit.unit;
    for (const r of model.funds.rows.filter((r) => r.line === "total"))
      out.push({
        source: `绩效自评表${r.label.text}`,
        budget: r.budget,
        executed: r.executed,
        rate: r.rate,
        factor: u.factor,
        unit: u.text,
      });
  }
  if (model.budget) {
    const u = model.budget.unit.unit;
    for (const r of model.budget.rows.filter((r) => r.kind === subject))
      out.push({
        source: `${sheetName(model.budget.sheet)}${r.name.text}`,
        budget: r.budget,
        executed: r.executed,
        rate: r.rate,
        factor: u.factor,
        unit: u.text,
      });
  }
  return out;
}

/** The data of each kind, computed once per model: a report states the same figures paragraph after paragraph. */
const dataCache = new WeakMap<WorkbookModel, Map<string, Datum[]>>();

function cachedData(model: WorkbookModel, key: string, compute: () => Datum[]): Datum[] {
  let byKey = dataCache.get(model);
  if (!byKey) dataCache.set(model, (byKey = new Map()));
  let data = byKey.get(key);
  if (!data) byKey.set(key, (data = compute()));
  return data;
}

function budgetData(model: WorkbookModel, subject: Subject, measure: Measure): Datum[] {
  return cachedData(model, `budget:${subject}:${measure}`, () => computeBudgetData(model, subject, measure));
}

function computeBudgetData(model: WorkbookModel, subject: Subject, measure: Measure): Datum[] {
  const out: Datum[] = [];
  for (const line of linesOf(model, subject)) {
    const b = num(line.budget);
    const e = num(line.executed);
    if (measure === "budget" && b !== null)
      out.push({
        value: b,
        refs: [line.budget!.ref],
        how: null,
        factor: line.factor,
        unit: line.unit,
        source: `${line.source}全年预算数`,
      });
    if (measure === "executed" && e !== null)
      out.push({
        value: e,
        refs: [line.executed!.ref],
        how: null,
        factor: line.factor,
        unit: line.unit,
        source: `${line.source}全年执行数`,
      });
    if (measure === "rate") {
      if (b !== null && e !== null && b !== 0)
        out.push({
          value: (e / b) * 100,
          refs: [line.executed!.ref, line.budget!.ref],
          how: `按全年执行数 ${formatAmount(e)} ${line.unit} ÷ 全年预算数 ${formatAmount(b)} ${line.unit}`,
          factor: 1,
          unit: "%",
          source: `${line.source}执行率`,
        });
      const r = num(line.rate);
      if (r !== null)
        out.push({
          value: r * 100,
          refs: [line.rate!.ref],
          how: null,
          factor: 1,
          unit: "%",
          source: `${line.source}执行率`,
        });
    }
  }
  return out;
}

function balanceItem(model: WorkbookModel, key: BalanceKey): { value: number; ref: CellRef; label: string } | null {
  const item = model.balance?.items.find((i) => i.key === key && num(i.end) !== null);
  return item ? { value: num(item.end)!, ref: item.end!.ref, label: item.label.text } : null;
}

function balanceAmount(model: WorkbookModel, key: BalanceKey): Datum[] {
  return cachedData(model, `amount:${key}`, () => computeBalanceAmount(model, key));
}

function computeBalanceAmount(model: WorkbookModel, key: BalanceKey): Datum[] {
  const item = balanceItem(model, key);
  if (!item || !model.balance) return [];
  const u = model.balance.unit.unit;
  return [
    {
      value: item.value,
      refs: [item.ref],
      how: null,
      factor: u.factor,
      unit: u.text,
      source: `${sheetName(model.balance.sheet)}${item.label}年末数`,
    },
  ];
}

function balanceRatio(model: WorkbookModel, partKey: BalanceKey, wholeKey: BalanceKey): Datum[] {
  return cachedData(model, `ratio:${partKey}:${wholeKey}`, () => computeBalanceRatio(model, partKey, wholeKey));
}

function computeBalanceRatio(model: WorkbookModel, partKey: BalanceKey, wholeKey: BalanceKey): Datum[] {
  const part = balanceItem(model, partKey);
  const whole = balanceItem(model, wholeKey);
  if (!part || !whole || whole.value === 0 || !model.balance) return [];
  const u = model.balance.unit.unit.text;
  return [
    {
      value: (part.value / whole.value) * 100,
      refs: [part.ref, whole.ref],
      how: `按${part.label} ${formatAmount(part.value)} ${u} ÷ ${whole.label} ${formatAmount(whole.value)} ${u}`,
      factor: 1,
      unit: "%",
      source: sheetName(model.balance.sheet),
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------
// Comparing

/** Whether a stated figure agrees with a datum, at the precision written and at least the profile's tolerance. */
function agrees(f: TextFigure, d: Datum, profile: Profile): boolean {
  if (d.unit === "%") {
    return within(f.value, d.value, statedTolerance(f.decimals, profile.tolerances.ratePoints));
  }
  const scale = f.factor / d.factor;
  const tol = Math.max(profile.tolerances.sum, statedTolerance(f.decimals, 0) * scale);
  return within(f.value * scale, d.value, tol);
}

function stated(f: TextFigure): string {
  return f.unit === "%" ? `${f.written}%` : `${f.written} ${f.unit ?? ""}`.trim();
}

function shown(d: Datum): string {
  return d.unit === "%" ? formatRate(d.value / 100) : `${formatAmount(d.value)} ${d.unit}`;
}

/** The figure for a finding's `expected`: rates as fractions (as cells hold them), amounts as they are. */
function expectedNumber(d: Datum): number {
  return d.unit === "%" ? roundHalfUp(d.value / 100, 4) : roundHalfUp(d.value, 2);
}

/** The replacement of a stated figure by the datum, in the figure's own unit and at its written precision; null
 *  where the figure's unit is not the datum's kind. */
function replacementOf(text: string, c: Check): Replacement | null {
  const d = c.data[0]!;
  const f = c.figure;
  if (d.unit === "%") return f.unit === "%" ? figureReplacement(text, f, d.value, c.name) : null;
  if (f.kind !== "money") return null;
  return figureReplacement(text, f, (d.value * d.factor) / f.factor, c.name);
}

/** The stated figure for a finding's `actual`, in the same terms as `expectedNumber`. */
function actualNumber(f: TextFigure): number {
  return f.unit === "%" ? clean(f.value / 100) : f.value;
}

interface Check {
  readonly figure: TextFigure;
  /** What the figure is, for messages: "项目支出全年预算数", "资产负债率". */
  readonly name: string;
  readonly measure: string;
  readonly data: readonly Datum[];
  /** Findings of one paragraph with the same group are reported together. */
  readonly group: string;
  readonly subject?: Subject;
  readonly budgetMeasure?: Measure;
}

// ---------------------------------------------------------------------------------------------------------
// Reading the figures of a paragraph

function words(hits: readonly KeywordHit<Token>[]): string[] {
  return hits.map((h) => h.word);
}

function checksOf(model: WorkbookModel, paragraph: string): Check[] {
  const text = normalize(paragraph);
  const figures = figuresIn(paragraph);
  const hits = keywordsIn(paragraph, TOKENS);
  const spans = sentences(text);
  const subjects = hits.filter((h) => h.key.t === "subject");
  const shares = shareStatements(paragraph, figures);
  const checks: Check[] = [];
  const budgetHits = hits.filter((h) => h.key.t === "subject" || h.key.t === "measure");

  /** Whether a sentence names nothing before its first budget keyword (up to `until`): "2022 年全年预算数"
   *  or "1、项目支出…", not "“三公”经费预算数" or "政府采购预算…". */
  const plainTopic = (sentence: number, until: number): boolean => {
    const span = spans[sentence];
    if (!span) return true;
    const first = budgetHits.find((h) => h.start >= span.start && h.start < span.end);
    const end = Math.min(first ? first.start : until, until);
    // The figures of a paragraph ask about the same openings: each is read once.
    const key = span.start * (text.length + 1) + end;
    let plain = plainOpenings.get(key);
    if (plain === undefined) plainOpenings.set(key, (plain = residue(text.slice(span.start, end), []) === ""));
    return plain;
  };
  const plainOpenings = new Map<number, boolean>();
  /** A budget figure is read only where nothing else is the topic: its own sentence's opening, the opening of
   *  the sentence its subject comes from, and, for the department by default, every earlier sentence without
   *  a budget keyword ("“三公”经费情况。预算数 120 万元" is not the department's). */
  const topicClear = (f: TextFigure, subjectHit: KeywordHit<Token> | null): boolean => {
    if (!plainTopic(f.sentence, f.labelStart)) return false;
    if (subjectHit) {
      const s = spans.findIndex((sp) => subjectHit.start >= sp.start && subjectHit.start < sp.end);
      return s === f.sentence || plainTopic(s, subjectHit.start);
    }
    for (let s = 0; s < f.sentence; s++) {
      const span = spans[s]!;
      if (!budgetHits.some((h) => h.start >= span.start && h.start < span.end) && !plainTopic(s, span.end))
        return false;
    }
    return true;
  };

  const sentenceOf = (at: number): number => spans.findIndex((sp) => at >= sp.start && at < sp.end);
  /** Whether a subject keyword names a figure of its own in its sentence ("其中项目支出 500 万元"): then it is
   *  that figure's subject, and its sentence's, not the topic of the sentences after it. */
  const labelsOwnFigure = (h: KeywordHit<Token>): boolean =>
    figures.some(
      (g) =>
        g.start >= h.end &&
        g.sentence === sentenceOf(h.start) &&
        h.start >= g.labelStart &&
        (g.kind === "money" || g.kind === "percent"),
    );
  /** The subject of a figure: the nearest subject keyword before it in its own sentence; else the nearest one in
   *  an earlier sentence that is the topic there ("1、项目支出预算执行率不高。"), not one that names a figure of
   *  its own ("其中项目支出 500 万元。全年执行数为 900 万元": the 900 is the department's). */
  const subjectOf = (f: TextFigure): KeywordHit<Token> | null => {
    const before = subjects.filter((h) => h.end <= f.start);
    for (let k = before.length - 1; k >= 0; k--) {
      const h = before[k]!;
      if (sentenceOf(h.start) === f.sentence || !labelsOwnFigure(h)) return h;
    }
    return null;
  };

  figures.forEach((f, i) => {
    if (!isExact(f)) return;
    const own = hitsInLabel(hits, f);
    const rest = residue(f.label, words(own));
    const balance = own.filter((h) => h.key.t === "balance");
    const budget = own.filter((h) => h.key.t === "subject" || h.key.t === "measure");
    const ratio = own.some((h) => h.key.t === "debtRatio");

    if (f.kind === "money" && rest === "") {
      if (balance.length === 1 && budget.length === 0) {
        const key = (balance[0]!.key as { key: BalanceKey }).key;
        checks.push({
          figure: f,
          name: BALANCE_NAME[key],
          measure: BALANCE_NAME[key],
          data: balanceAmount(model, key),
          group: `balance:${key}:${i}`,
        });
        return;
      }
      if (balance.length > 0) return;
      const subjectHit = subjectOf(f);
      const subject = subjectHit ? (subjectHit.key as { subject: Subject }).subject : "total";
      const ownMeasures = own.filter((h) => h.key.t === "measure");
      let measure: Measure | null = null;
      if (ownMeasures.length === 1) measure = (ownMeasures[0]!.key as { measure: Measure }).measure;
      else if (ownMeasures.length === 0 && own.some((h) => h.key.t === "subject")) {
        // "其中基本支出 16,084.2 万元": the amount keyword of the sentence.
        const from = spans[f.sentence]?.start ?? 0;
        const amounts = hits.filter(
          (h) => h.key.t === "measure" && h.key.measure !== "rate" && h.start >= from && h.end <= f.start,
        );
        const last = amounts[amounts.length - 1];
        if (last) measure = (last.key as { measure: Measure }).measure;
      }
      if (!measure || measure === "rate" || !topicClear(f, subjectHit)) return;
      checks.push({
        figure: f,
        name: `${SUBJECT_NAME[subject]}${MEASURE_NAME[measure]}`,
        measure: MEASURE_NAME[measure],
        data: budgetData(model, subject, measure),
        group: `budget:${subject}`,
        subject,
        budgetMeasure: measure,
      });
      return;
    }

    if (f.kind !== "percent") return;
    if (ratio && rest === "" && own.length === 1) {
      checks.push({
        figure: f,
        name: "资产负债率",
        measure: "资产负债率",
        data: balanceRatio(model, "totalLiabilities", "totalAssets"),
        group: `ratio:${i}`,
      });
      return;
    }
    const rates = own.filter((h) => h.key.t === "measure" && h.key.measure === "rate");
    if (rates.length === 1 && balance.length === 0 && rest === "") {
      const subjectHit = subjectOf(f);
      const subject = subjectHit ? (subjectHit.key as { subject: Subject }).subject : "total";
      if (!topicClear(f, subjectHit)) return;
      checks.push({
        figure: f,
        name: `${SUBJECT_NAME[subject]}预算执行率`,
        measure: "预算执行率",
        data: budgetData(model, subject, "rate"),
        group: `budget:${subject}`,
        subject,
        budgetMeasure: "rate",
      });
      return;
    }
    // 占比 of a balance item whose whole the paragraph does not state (report-share checks the others):
    // "占比 7.23%" after 流动资产, "流动资产占资产总计的 7.23%".
    const at = f.label.indexOf("占");
    const share = shares.find((s) => s.figure === f);
    if (at < 0 || (share && share.candidates.length > 0)) return;
    if (residue(f.label.replace(/占比?/, " "), words(own)) !== "") return;
    const split = f.labelStart + at;
    const named = balance.filter((h) => h.start < split);
    const whole = balance.filter((h) => h.start > split);
    const from = spans[f.sentence]?.start ?? 0;
    const partHit =
      named.length === 1
        ? named[0]!
        : named.length === 0
          ? lastHitBefore(
              hits.filter((h) => h.key.t === "balance" && h.start >= from),
              f.labelStart,
            )
          : null;
    if (!partHit || whole.length > 1) return;
    // Nothing stated between the part's keyword and the share but the part's own amount.
    const between = figures.filter((g) => g.start > partHit.end && g.end <= f.labelStart && !g.year);
    if (between.length > 1 || (between.length === 1 && between[0]!.labelStart > partHit.start)) return;
    const partKey = (partHit.key as { key: BalanceKey }).key;
    const wholeKey = whole.length === 1 ? (whole[0]!.key as { key: BalanceKey }).key : SHARE_OF[partKey];
    if (!wholeKey || wholeKey === partKey) return;
    checks.push({
      figure: f,
      name: `${BALANCE_NAME[partKey]}占${BALANCE_NAME[wholeKey]}的比重`,
      measure: "占比",
      data: balanceRatio(model, partKey, wholeKey),
      group: `share:${i}`,
    });
  });
  return checks;
}

// ---------------------------------------------------------------------------------------------------------

/** Refs without repeats, in order. */
function unique(refs: readonly CellRef[]): CellRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const k = `${r.sheet}!${r.row}:${r.col}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function budgetFindings(
  rule: Rule,
  model: WorkbookModel,
  p: ReportParagraph,
  checks: readonly Check[],
  profile: Profile,
): Finding[] {
  const findings: Finding[] = [];
  const groups = new Map<string, Check[]>();
  for (const c of checks) {
    if (c.data.length === 0 || c.data.some((d) => agrees(c.figure, d, profile))) continue;
    groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  }
  for (const wrong of groups.values()) {
    const first = wrong[0]!;
    const refs = unique([p.ref, ...wrong.flatMap((c) => c.data[0]!.refs)]);
    // Right for another subject? Then the label is wrong, not the figures.
    let other: Subject | null = null;
    if (first.subject) {
      for (const s of ["total", "basic", "project"] as const) {
        if (s === first.subject) continue;
        if (wrong.every((c) => budgetData(model, s, c.budgetMeasure!).some((d) => agrees(c.figure, d, profile)))) {
          other = s;
          break;
        }
      }
    }
    const expectedOf = (c: Check): string => {
      const d = c.data[0]!;
      return d.how ? `${shown(d)}（${d.how}）` : shown(d);
    };
    let message: string;
    if (wrong.length === 1) {
      const d = first.data[0]!;
      message = d.how
        ? `报告写${first.name}为 ${stated(first.figure)}，${d.how}应为 ${shown(d)}。`
        : `报告写${first.name}为 ${stated(first.figure)}，${d.source}为 ${shown(d)}。`;
    } else {
      const subject = first.subject ? SUBJECT_NAME[first.subject] : first.name;
      message =
        `报告此段所写${subject}的${wrong.map((c) => `${c.measure} ${stated(c.figure)}`).join("、")}与数据不符：` +
        `${subject}${wrong.map((c) => `${c.measure}应为 ${expectedOf(c)}`).join("、")}。`;
    }
    if (other && first.subject) {
      const o = other === "total" ? "部门合计数" : `${SUBJECT_NAME[other]}的数`;
      message += `报告所写与${o}一致，疑为把${o}写在了“${SUBJECT_NAME[first.subject]}”名下。`;
    }
    // The figures corrected to the tables' (not where the label, not the figures, may be what is wrong).
    const replacements = other ? [] : wrong.map((c) => replacementOf(p.text, c));
    const fix = replacements.every((r) => r !== null) ? textFix(p, replacements as Replacement[]) : null;
    findings.push(
      findingOf(rule, {
        refs,
        message,
        expected: expectedNumber(first.data[0]!),
        actual: actualNumber(first.figure),
        fix,
        ...(other ? { severity: "warning" as const } : {}),
      }),
    );
  }
  return findings;
}

function scoreFindings(rule: Rule, model: WorkbookModel, profile: Profile): Finding[] {
  const report = model.report!;
  const paragraphs = report.paragraphs.map((p) => p.text);
  const findings: Finding[] = [];
  for (const s of scoreStatements(paragraphs)) {
    const match = matchIndicator(s.names, model.indicators);
    if (!match) continue;
    const weight = sumOf(match.rows, "weight");
    const score = sumOf(match.rows, "score");
    const wrong: string[] = [];
    const replacements: (Replacement | null)[] = [];
    const p = report.paragraphs[s.index]!;
    let expected: number | null = null;
    let actual: number | null = null;
    if (s.weight && weight !== null && !within(s.weight.value, weight, profile.tolerances.score)) {
      replacements.push(figureReplacement(p.text, s.weight, weight, "指标分数", { exact: true }));
      wrong.push(
        `指标分数 ${s.weight.written} 分，自评表分值${match.level === "third" ? "" : "合计"}为 ${formatScore(weight)}`,
      );
      expected = weight;
      actual = s.weight.value;
    }
    if (s.score && score !== null && !within(s.score.value, score, profile.tolerances.score)) {
      replacements.push(figureReplacement(p.text, s.score, score, "实际得分", { exact: true }));
      wrong.push(
        `实际得分 ${s.score.written} 分，自评表得分${match.level === "third" ? "" : "合计"}为 ${formatScore(score)}`,
      );
      if (expected === null) {
        expected = score;
        actual = s.score.value;
      }
    }
    if (wrong.length === 0) continue;
    const fix = replacements.every((r) => r !== null) ? textFix(p, replacements as Replacement[]) : null;
    const cells = match.rows.flatMap((r) => [r.weight?.ref, r.score?.ref]).filter((r): r is CellRef => !!r);
    const what = match.level === "third" ? `指标“${match.name}”` : `“${match.name}”（${match.rows.length} 项指标合计）`;
    findings.push(
      findingOf(rule, {
        refs: [p.ref, ...cells],
        message: `报告写${what}${wrong.join("；")}。`,
        expected,
        actual,
        fix,
      }),
    );
  }
  return findings;
}

function fixOf(p: ReportParagraph, replacement: Replacement | null): ReturnType<typeof textFix> {
  return replacement ? textFix(p, [replacement]) : null;
}

function totalFindings(rule: Rule, model: WorkbookModel, profile: Profile): Finding[] {
  const table = model.indicators;
  const report = model.report!;
  if (!table) return [];
  const findings: Finding[] = [];
  const total = num(table.total);
  const grade = table.grade ? (GRADE_NAME[table.grade.text.replace(/\s/g, "")] ?? null) : null;
  for (const p of report.paragraphs) {
    if (total !== null) {
      for (const f of statedTotals(p.text)) {
        if (within(f.value, total, profile.tolerances.score)) continue;
        findings.push(
          findingOf(rule, {
            refs: [p.ref, table.total!.ref],
            message: `报告写总分 ${f.written} 分，绩效自评表总分为 ${formatScore(total)} 分。`,
            expected: total,
            actual: f.value,
            fix: fixOf(p, figureReplacement(p.text, f, total, "总分", { exact: true })),
          }),
        );
      }
    }
    if (grade !== null) {
      for (const g of statedGrades(p.text)) {
        if (g.grade === grade) continue;
        findings.push(
          findingOf(rule, {
            refs: [p.ref, table.grade!.ref],
            message: `报告写评价等级为“${g.written}”，绩效自评表的自评等级为“${table.grade!.text}”。`,
            fix: fixOf(p, {
              start: g.start,
              end: g.start + g.written.length,
              text: gradeWordLike(grade, g.written),
              label: "评价等级",
            }),
          }),
        );
      }
    }
  }
  return findings;
}

export const rule: Rule = {
  id: "report-figures",
  severity: "error",
  title: "报告数字与报表不符",
  description:
    "核对报告正文所写的数字与工作簿中的数据：部门、基本支出、项目支出的全年预算数、执行数和预算执行率对照资金情况和预算执行情况表；资产、负债、净资产及其占比和资产负债率对照资产负债表；各项指标的指标分数、实际得分及二级指标合计对照绩效自评表；总分和等级对照自评表。报告写错的数字是审核退回的首要原因。",
  why: "错误：报告所写数字与工作簿中同一项数据不符，其中必有一个写错。警告：只与另一口径的数字对得上的，可能是口径不同，请核对。",
  check(model, { profile }) {
    const report = model.report;
    if (!report) return [];
    const findings: Finding[] = [];
    for (const p of report.paragraphs) {
      const checks = checksOf(model, p.text);
      if (checks.length) findings.push(...budgetFindings(rule, model, p, checks, profile));
    }
    findings.push(...scoreFindings(rule, model, profile));
    findings.push(...totalFindings(rule, model, profile));
    return findings;
  },
};
