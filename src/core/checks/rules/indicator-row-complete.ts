/**
 * Every indicator row is filled in: 三级指标, 年度指标值 (a figure or a qualitative target text), 分值 and 得分;
 * the 实际完成值 wherever a score is given (a full score with nothing behind it is 满分缺少依据); 指标性质 where
 * the table has that column. One finding per row, naming the missing columns; one for the table when it has
 * no column for one of them at all.
 */
import type { CellRef, IndicatorColumn, IndicatorRow, IndicatorTable } from "../../model/types";
import { clean } from "../../decimal";
import { findingOf } from "../finding";
import {
  headerRef,
  isQualitative,
  numberOf,
  presence,
  refOf,
  rowName,
  shownScore,
  tableWithRows,
} from "../indicator-table";
import type { Finding, Rule } from "../types";

const NAMES: Readonly<Record<IndicatorColumn, string>> = {
  first: "一级指标",
  second: "二级指标",
  third: "三级指标",
  nature: "指标性质",
  target: "年度指标值",
  unit: "度量单位",
  actual: "实际完成值",
  weight: "分值",
  score: "得分",
  reason: "偏差原因分析及改进措施",
};

/** Columns every table must have, in the order of the form. */
const REQUIRED: readonly IndicatorColumn[] = ["third", "target", "actual", "weight", "score"];

function cell(row: IndicatorRow, key: IndicatorColumn) {
  switch (key) {
    case "third":
      return row.third;
    case "nature":
      return row.nature;
    case "target":
      return row.target;
    case "actual":
      return row.actual;
    case "weight":
      return row.weight;
    case "score":
      return row.score;
    default:
      return null;
  }
}

/** Columns checked in every row, in the order of the form. */
const CHECKED: readonly IndicatorColumn[] = ["third", "nature", "target", "actual", "weight", "score"];

function missingOf(table: IndicatorTable, row: IndicatorRow): IndicatorColumn[] {
  const keys: IndicatorColumn[] = [];
  for (const key of CHECKED) {
    if (table.columns[key] === undefined) continue;
    // The actual is what a score rests on: required where a score is given.
    if (key === "actual" && presence(row.score) !== "filled") continue;
    // A qualitative indicator ("有效", "显著提升") has no direction to state.
    if (key === "nature" && isQualitative(row)) continue;
    if (presence(cell(row, key)) !== "filled") keys.push(key);
  }
  return keys;
}

function listOf(row: IndicatorRow, keys: readonly IndicatorColumn[]): string {
  return keys
    .map((k) =>
      presence(cell(row, k)) === "none" ? `${NAMES[k]}（表中为“${String(cell(row, k)?.raw).trim()}”）` : NAMES[k],
    )
    .join("、");
}

export const rule: Rule = {
  id: "indicator-row-complete",
  severity: "error",
  title: "指标行填写不全",
  description:
    "每个指标行都应填写三级指标、指标性质、年度指标值、分值和得分；给了得分的，应填写实际完成值作为依据，满分而无实际完成值的属于“满分缺少依据”。空白的必填项审核时会退回。",
  why: "错误：分值、得分、年度指标值和实际完成值是计分的依据，缺了得分就无从核对，算式所需的数字缺失。",
  check(model) {
    const table = tableWithRows(model);
    if (!table) return [];
    const findings: Finding[] = [];
    // A scoring table of the 共性指标 kind (指标 | 分值 | 评价标准 | 得分) has neither target nor actual column:
    // it is scored against its standards, not against values; only the columns it does need are required.
    const scoring = table.columns.target === undefined && table.columns.actual === undefined;
    const absent = REQUIRED.filter(
      (k) => table.columns[k] === undefined && !(scoring && (k === "target" || k === "actual")),
    );
    if (absent.length > 0) {
      findings.push(
        findingOf(rule, {
          refs: [headerRef(table, "third")],
          message: `指标表缺少“${absent.map((k) => NAMES[k]).join("”“")}”列，无法填写和核对`,
        }),
      );
    }
    for (const row of table.rows) {
      const keys = missingOf(table, row);
      if (keys.length === 0) continue;
      const refs = keys.map((k) => refOf(table, row, k)).filter((r): r is CellRef => r !== null);
      const weight = numberOf(row.weight);
      const score = numberOf(row.score);
      const fullWithoutBasis =
        keys.includes("actual") && weight !== null && score !== null && weight > 0 && clean(score) >= clean(weight);
      const basis = fullWithoutBasis ? `，满分 ${shownScore(weight)} 分缺少依据` : "";
      findings.push(
        findingOf(rule, {
          refs,
          message: `${rowName(row)}：未填写${listOf(row, keys)}${basis}`,
          actual: fullWithoutBasis ? score : null,
        }),
      );
    }
    return findings;
  },
};
