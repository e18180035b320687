/**
 * The indicator passages (自评报告 二、; 评价报告 三、), in the seed's form: a heading for each 二级指标 with its
 * sums, "1、数量指标（指标分数14分，实际得分14分）", then one paragraph for each indicator: "（1）采购应急处突装备
 * （指标分数7分，实际得分7分）：年度指标值为1批，实际完成1批，达到年度指标值，完成年度绩效指标值的100%。" The
 * completion is the score's share of the 分值 (100% for a full score), as the reports write it and as
 * report-text-score checks it. A 偏差原因 is quoted from the table; where one is needed (target missed, score
 * below full, far above target) and the table has none, a gap says so.
 */
import { div, sum } from "../../decimal";
import type { CellRef, IndicatorRow, IndicatorTable } from "../../model/types";
import { direction, needsOverAchievementReason } from "../../scoring";
import { marker, type NarrativeContext } from "../context";
import {
  actualWords,
  boundWord,
  readRow,
  targetWords,
  VERDICT_WORDS,
  verdictOf,
  writtenSide,
} from "../indicator-words";
import type { Passage } from "../types";
import { asSentence, numberIn, PassageWriter, rateText, saysNothing, scoreText } from "../writer";

export interface IndicatorGroup {
  readonly first: string;
  readonly second: string;
  readonly rows: readonly IndicatorRow[];
}

const nameOf = (cell: { readonly text: string } | null): string => (cell ? cell.text.trim() : "");

/** The table's rows by 一级 and 二级指标, in the table's order. */
export function groupsOf(table: IndicatorTable | null): IndicatorGroup[] {
  const groups: { first: string; second: string; rows: IndicatorRow[] }[] = [];
  for (const row of table?.rows ?? []) {
    const first = nameOf(row.first);
    const second = nameOf(row.second) || first;
    const last = groups[groups.length - 1];
    if (last && last.first === first && last.second === second) last.rows.push(row);
    else groups.push({ first, second, rows: [row] });
  }
  return groups;
}

/** A column summed over rows, traced to every cell; null where a cell holds no number. */
function total(rows: readonly IndicatorRow[], column: "weight" | "score"): { value: number; refs: CellRef[] } | null {
  const values: number[] = [];
  const refs: CellRef[] = [];
  for (const r of rows) {
    const v = numberIn(r[column]);
    if (v === null) return null;
    values.push(v);
    refs.push(r[column]!.ref);
  }
  return values.length > 0 ? { value: sum(values), refs } : null;
}

/** "（指标分数14分，实际得分14分）" for rows, summed. */
export function writeScores(w: PassageWriter, rows: readonly IndicatorRow[], what: string): PassageWriter {
  const weight = total(rows, "weight");
  const score = total(rows, "score");
  w.say("（指标分数");
  if (weight) w.figure(scoreText(weight.value), `${what}分值`, weight.refs);
  else w.gap(`${what}分值`);
  w.say("分，实际得分");
  if (score) w.figure(scoreText(score.value), `${what}得分`, score.refs);
  else w.gap(`${what}得分`);
  return w.say("分）");
}

/** What the paragraph says after the completion when the table gives no 偏差原因. */
const OVER_ACHIEVEMENT_GAP = "超额完成的原因（年度指标值是否设定偏低）";

/**
 * The body of an indicator's paragraph, after its name and scores. Quantitative: "年度指标值不少于2,000件，实际
 * 完成7,129件，完成年度绩效指标值的356.45%，超额完成。" — an indicator past its target with the full score
 * states the real proportion (实际完成值 ÷ 年度指标值), never a capped 100%; otherwise the completion is the
 * score's share of the 分值 (100% for a full score), as the seeds write it and report-text-score reads it.
 * Qualitative: "年度指标值为“…”，自评为“达成年度指标”，完成年度绩效指标值的85%。" A 偏差原因 is quoted from the
 * table; where one is needed and the table has none, a gap says what belongs there (for an actual at 130% or more
 * of its target: why it was exceeded, whether the target was set too low).
 */
export function writeIndicatorBody(w: PassageWriter, ctx: NarrativeContext, row: IndicatorRow): void {
  const { name, qualitative, quantity: q } = readRow(row);
  const targetRefs = row.target ? [row.target.ref] : [];
  const actualRefs = row.actual ? [row.actual.ref] : [];
  const weight = numberIn(row.weight);
  const score = numberIn(row.score);
  const scored = weight !== null && score !== null && weight > 0;
  const full = scored && score >= weight;
  let needsReason = scored && score < weight;
  let overAchieved = false;
  let completionWritten = false;
  if (q && !qualitative) {
    const verdict = verdictOf(q);
    const down = direction(q.op) === "down";
    w.say(boundWord(q, row) === null ? "年度指标值为" : "年度指标值").figure(
      targetWords(q, row),
      "年度指标值",
      targetRefs,
    );
    w.say(down ? "，实际为" : "，实际完成").figure(actualWords(q), "实际完成值", actualRefs);
    if (verdict === "exceeded" && full && q.target.value > 0) {
      // The real proportion: 7,129 ÷ 2,000 = 356.45%, not the 100% a full score would give.
      w.say("，完成年度绩效指标值的").figure(
        rateText(div(q.actual.value, q.target.value)),
        "完成比例（实际完成值 ÷ 年度指标值）",
        [...actualRefs, ...targetRefs],
      );
      w.say("，超额完成");
      completionWritten = true;
    } else if (verdict !== "reached") w.say(`，${VERDICT_WORDS[verdict]}`);
    if (verdict === "missed" || verdict === "over") needsReason = true;
    overAchieved = needsOverAchievementReason(q.actual.value, q.target.value, q.op, ctx.profile);
  } else {
    const target = writtenSide(row.target, row.unit);
    const actual = writtenSide(row.actual, row.unit);
    // A qualitative target that only repeats the indicator's name says nothing more.
    const sayTarget = !(qualitative && target !== null && name !== "" && target === name);
    if (sayTarget) {
      w.say("年度指标值为");
      if (target === null) w.gap("年度指标值");
      else
        w.say(qualitative ? "“" : "")
          .figure(target, "年度指标值", targetRefs)
          .say(qualitative ? "”" : "");
      w.say("，");
    }
    w.say(qualitative ? "自评为" : "实际完成");
    if (actual === null) w.gap(qualitative ? "自评等级" : "实际完成值");
    else
      w.say(qualitative ? "“" : "")
        .figure(actual, "实际完成值", actualRefs)
        .say(qualitative ? "”" : "");
  }
  if (!completionWritten) {
    w.say("，完成年度绩效指标值的");
    if (scored) {
      w.figure(rateText(Math.min(score, weight) / weight), "完成比例（得分 ÷ 分值）", [
        row.score!.ref,
        row.weight!.ref,
      ]);
    } else w.gap("完成比例");
  }
  w.say("。");
  const reason = row.reason && !saysNothing(row.reason.text) ? row.reason : null;
  if (reason) w.say("偏差原因：").figure(asSentence(reason.text), "偏差原因分析及改进措施", [reason.ref]);
  else if (needsReason) w.say("偏差原因：").gap("偏差原因分析").say("。");
  else if (overAchieved) w.say("超额完成的主要原因是").gap(OVER_ACHIEVEMENT_GAP).say("。");
}

/** An indicator's name (三级, else 二级 or 一级) traced to its cell, or a gap. */
export function writeIndicatorName(w: PassageWriter, row: IndicatorRow, name: string): PassageWriter {
  if (!name) return w.gap("三级指标名称");
  const cell = row.third ?? row.second ?? row.first;
  return w.figure(name, "三级指标", cell ? [cell.ref] : []);
}

/** The heading and paragraphs of each 二级指标 whose 一级 `wanted` accepts, numbered from `from`. */
export function indicatorPassages(
  ctx: NarrativeContext,
  wanted: (first: string) => boolean,
  slot: string,
  from = 1,
): Passage[] | null {
  const groups = groupsOf(ctx.model.indicators).filter((g) => wanted(g.first));
  if (groups.length === 0) return null;
  const out: Passage[] = [];
  groups.forEach((g, gi) => {
    const key = `${slot}:${g.first}/${g.second}`;
    const h = new PassageWriter().say(`${marker(ctx, 3, from + gi)}${g.second}`);
    writeScores(h, g.rows, g.second);
    out.push(h.passage(key, "heading", 3));
    g.rows.forEach((row, ri) => {
      const { name } = readRow(row);
      const w = new PassageWriter().say(`${marker(ctx, 4, ri + 1)}`);
      writeIndicatorName(w, row, name);
      writeScores(w, [row], name || "该指标").say("：");
      writeIndicatorBody(w, ctx, row);
      out.push(w.passage(`${key}/${name || ri + 1}`, "body", 4));
    });
  });
  return out;
}

/** Which 一级指标 a section of the 自评报告 takes: 产出 → 履职完成情况, 效益/效果 → 履职效果, 满意度 → 满意度. */
export type FirstKind = "output" | "effect" | "satisfaction" | "other";

export function firstKind(first: string): FirstKind {
  if (/满意/.test(first)) return "satisfaction";
  if (/效益|效果/.test(first)) return "effect";
  if (/产出|履职/.test(first)) return "output";
  return "other";
}
