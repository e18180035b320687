/**
 * 年度整体支出绩效目标 (自评报告 一、（三）; 评价报告 一、（二）): one numbered line for each indicator of the
 * table, its target in words: "1、采购应急处突装备：1批。" "2、化解矛盾纠纷案件：不少于2,000件。"
 */
import { marker, type NarrativeContext } from "../context";
import { readRow, targetWords, writtenSide } from "../indicator-words";
import type { Passage } from "../types";
import { PassageWriter } from "../writer";
import { writeIndicatorName } from "./indicators";

export function targetsPassages(ctx: NarrativeContext): Passage[] | null {
  const rows = ctx.model.indicators?.rows ?? [];
  if (rows.length === 0) return null;
  return rows.map((row, i) => {
    const { name, qualitative, quantity: q } = readRow(row);
    const refs = row.target ? [row.target.ref] : [];
    const w = new PassageWriter().say(marker(ctx, 3, i + 1));
    writeIndicatorName(w, row, name);
    const written = q && !qualitative ? targetWords(q, row) : writtenSide(row.target, row.unit);
    // A qualitative target that only repeats the indicator's name says nothing more.
    if (written !== name || !name) {
      w.say("：");
      if (written === null) w.gap("年度指标值");
      else w.figure(written, "年度指标值", refs);
    }
    w.say("。");
    return w.passage(`targets/${name || i + 1}`);
  });
}
