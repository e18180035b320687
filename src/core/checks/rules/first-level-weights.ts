/**
 * 一级指标分值: the 分值 of each first-level indicator (产出指标, 效益指标, 满意度指标; 预算执行率 from the funds
 * block) against the profile's split, where the profile names one; and, where a 一级 or 二级 label states its
 * own weight ("产出指标（50分）") or a 分值 column beside the level does, the children's 分值 against it. A unit may adjust the split "如有特殊情况",
 * so this is a warning; a total other than 100 is weights-total's error.
 */
import type { CellRef, FigureCell, IndicatorRow, IndicatorTable, TextCell } from "../../model/types";
import { sum, within } from "../../decimal";
import { findingOf } from "../finding";
import {
  figureState,
  fundsTotal,
  headerRef,
  levelKey,
  levelKeyOf,
  numberOf,
  presence,
  refOf,
  scoreGap,
  shownScore,
  statedWeight,
  tableWithRows,
} from "../indicator-table";
import type { Finding, Rule } from "../types";

const EXEC = "预算执行率";

interface Group {
  readonly key: string;
  /** The label as written on its first row. */
  readonly label: TextCell;
  readonly rows: IndicatorRow[];
}

function groupBy(
  rows: readonly IndicatorRow[],
  labelOf: (r: IndicatorRow) => TextCell | null,
  keyOf: (r: IndicatorRow) => string,
): Group[] {
  const groups = new Map<string, Group>();
  for (const r of rows) {
    const label = labelOf(r);
    if (!label || presence(label) !== "filled") continue;
    const key = keyOf(r);
    const g = groups.get(key);
    if (g) g.rows.push(r);
    else groups.set(key, { key, label, rows: [r] });
  }
  return [...groups.values()];
}

function weightRefs(table: IndicatorTable, rows: readonly IndicatorRow[]): CellRef[] {
  return rows.map((r) => refOf(table, r, "weight")).filter((r): r is CellRef => r !== null);
}

/** The 分值 stated beside a level for its group: the first of its rows that gives one (merged, or written once). */
function columnWeight(rows: readonly IndicatorRow[], level: "一级指标" | "二级指标"): FigureCell | null {
  for (const r of rows) {
    const cell = level === "一级指标" ? r.firstWeight : r.secondWeight;
    if (cell && figureState(cell) === "number") return cell;
  }
  return null;
}

const readable = (rows: readonly IndicatorRow[]): boolean => rows.every((r) => figureState(r.weight) === "number");
const total = (rows: readonly IndicatorRow[]): number => sum(rows.map((r) => numberOf(r.weight)!));

export const rule: Rule = {
  id: "first-level-weights",
  severity: "warning",
  title: "一级指标分值与规则口径不符",
  description:
    "各一级指标的分值合计应与规则口径的分配一致（全国通用：预算执行率 10、产出 50、效益 30、满意度 10）；标明了分值的一级、二级指标，其下各指标分值之和应等于所标分值。特殊情况可调整，但应作说明。",
  why: "警告：各地、各项目可按实际调整一级指标的分值，写明理由即可成立，表中数字本身并不矛盾。",
  check(model, { profile }) {
    const table = tableWithRows(model);
    if (!table) return [];
    const tol = profile.tolerances.score;
    const findings: Finding[] = [];
    const firstKey = (r: IndicatorRow) => levelKeyOf(r.first);
    const firsts = groupBy(table.rows, (r) => r.first, firstKey);
    /** Levels already reported against the profile, so that their own label is not reported again. */
    const reported = new Map<string, number>();

    // A local form that states its own split ("预算执行情况(10分)", "绩效指标(90分)") is held to what it states,
    // not to the profile's split.
    const block = table.blockLabel ? statedWeight(table.blockLabel.text) : null;
    if (block !== null && table.blockLabel && readable(table.rows) && !within(total(table.rows), block, tol)) {
      findings.push(
        findingOf(rule, {
          refs: [table.blockLabel.ref, ...weightRefs(table, table.rows)],
          message: `“${table.blockLabel.text.trim()}”标明 ${shownScore(block)} 分，其下各指标分值合计 ${shownScore(total(table.rows))} 分，${scoreGap(total(table.rows), block)}`,
          expected: block,
          actual: total(table.rows),
        }),
      );
    }
    const split = block === null ? Object.entries(profile.firstLevelWeights) : [];
    const everyRowPlaced = table.rows.every((r) => presence(r.first) === "filled");
    if (split.length > 0 && everyRowPlaced) {
      for (const [name, expected] of split) {
        const key = levelKey(name);
        const rows = firsts.find((g) => g.key === key)?.rows ?? [];
        if (!readable(rows)) continue;
        const refs = weightRefs(table, rows);
        let stated = total(rows);
        if (key === levelKey(EXEC)) {
          const funds = fundsTotal(model);
          const w = funds ? numberOf(funds.weight) : null;
          if (funds && figureState(funds.weight) === "unreadable") continue;
          if (w === null && rows.length === 0) continue; // no 预算执行率 to compare: the funds rules say so
          if (w !== null && funds?.weight) refs.unshift(funds.weight.ref);
          stated = w === null ? stated : sum([w, stated]);
        }
        if (within(stated, expected, tol)) continue;
        reported.set(key, expected);
        const against = `规则口径“${profile.name}”为 ${shownScore(expected)} 分`;
        const message =
          rows.length === 0 && key !== levelKey(EXEC)
            ? `表中没有一级指标“${name}”，${against}`
            : `${key === levelKey(EXEC) ? EXEC : `一级指标“${name}”`}分值合计 ${shownScore(stated)} 分，${against}，${scoreGap(stated, expected)}`;
        findings.push(
          findingOf(rule, {
            refs: refs.length > 0 ? refs : [headerRef(table, "first")],
            message,
            expected,
            actual: stated,
          }),
        );
      }
    }

    // Children against a parent that states its own weight: in its label ("产出指标（50分）"), else in the 分值
    // column beside its level (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值).
    const check = (group: Group, level: "一级指标" | "二级指标") => {
      if (!readable(group.rows)) return;
      const inLabel = statedWeight(group.label.text);
      const column = inLabel === null ? columnWeight(group.rows, level) : null;
      const own = inLabel ?? (column ? numberOf(column) : null);
      if (own === null) return;
      if (level === "一级指标" && reported.get(group.key) === own) return;
      const children = total(group.rows);
      if (within(children, own, tol)) return;
      const name = group.label.text.trim();
      findings.push(
        findingOf(rule, {
          refs: [...(column ? [column.ref] : [group.label.ref]), ...weightRefs(table, group.rows)],
          message: column
            ? `${level}“${name}”的分值栏为 ${shownScore(own)} 分，其下各指标分值合计 ${shownScore(children)} 分，${scoreGap(children, own)}`
            : `${level}“${name}”标明 ${shownScore(own)} 分，其下各指标分值合计 ${shownScore(children)} 分，${scoreGap(children, own)}`,
          expected: own,
          actual: children,
        }),
      );
    };
    for (const g of firsts) check(g, "一级指标");
    const seconds = groupBy(
      table.rows,
      (r) => r.second,
      (r) => `${firstKey(r)}\u0000${levelKeyOf(r.second)}`,
    );
    for (const g of seconds) check(g, "二级指标");
    return findings;
  },
};
